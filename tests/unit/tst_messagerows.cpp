// Which stored messages the browser shows, in which order: filters by substring or regular expression
// on key, value or a header; orders by partition, offset and timestamp; new rows placed and evicted rows
// dropped so that the result always equals a build from scratch.

#include "messagebuilders.h"
#include "messagerows.h"
#include "messagestore.h"

#include <QTest>

using namespace partita;
using namespace partita::test;

Q_DECLARE_METATYPE(partita::MessageFilter)
Q_DECLARE_METATYPE(partita::MessageOrder)

namespace {

const std::atomic_bool NotCancelled{false};

// Six messages with something for every filter to find or miss.
MessageStore filterFixture() {
    MessageStore store;
    store.append(*batchOf({
        {0, 0, "user-1", "{\"page\":\"/cart\"}", {{"trace", QByteArray("abc")}}},
        {0, 1, std::nullopt, "Hello World"},
        {1, 0, "user-2", std::nullopt, {{"trace", std::nullopt}, {"source", QByteArray("web")}}},
        {1, 1, "", ""},
        {2, 0, QByteArray("\xff\xfe"), "caf\xc3\xa9"},
        {2, 1, "USER-3", "cart total", {{"source", QByteArray("mobile")}}},
    }));
    return store;
}

MessageFilter filterOf(MessageFilter::Field field, const QString &pattern,
                       MessageFilter::Syntax syntax = MessageFilter::Syntax::Substring,
                       Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive,
                       const QByteArray &header = {}) {
    MessageFilter filter;
    filter.field = field;
    filter.pattern = pattern;
    filter.syntax = syntax;
    filter.caseSensitivity = caseSensitivity;
    filter.headerName = header;
    return filter;
}

QList<int> shown(const MessageRows &rows) {
    QList<int> result;
    for (int position = 0; position < rows.count(); ++position)
        result.append(rows.storeRow(position));
    return result;
}

MessageRows built(const MessageStore &store, const MessageFilter &filter, MessageOrder order) {
    MessageRows rows(filter, order);
    if (!rows.build(store, NotCancelled))
        qFatal("a build that nobody cancelled stopped");
    return rows;
}

// Messages over three partitions whose timestamps interleave, as a read of several partitions gives.
std::shared_ptr<const MessageBatch> interleaved(int first, int count) {
    std::vector<TestMessage> messages;
    for (int i = first; i < first + count; ++i) {
        const int partition = (i * 7) % 3;
        messages.push_back({partition,
                            i,
                            "k",
                            i % 2 ? QByteArray("odd") : QByteArray("even"),
                            {},
                            1'700'000'000'000 + (i * 37) % 101});
    }
    return batchOf(messages);
}

} // namespace

class TestMessageRows : public QObject {
    Q_OBJECT

private slots:
    void filters_data() {
        using Field = MessageFilter::Field;
        using Syntax = MessageFilter::Syntax;
        QTest::addColumn<MessageFilter>("filter");
        QTest::addColumn<QList<int>>("rows");

        QTest::newRow("empty value pattern keeps all")
            << filterOf(Field::Value, {}) << QList<int>{0, 1, 2, 3, 4, 5};
        QTest::newRow("value, any case") << filterOf(Field::Value, "CART") << QList<int>{0, 5};
        QTest::newRow("value, case matters")
            << filterOf(Field::Value, "World", Syntax::Substring, Qt::CaseSensitive) << QList<int>{1};
        QTest::newRow("value, case matters, no match")
            << filterOf(Field::Value, "world", Syntax::Substring, Qt::CaseSensitive) << QList<int>{};
        QTest::newRow("value, non-ASCII, any case") << filterOf(Field::Value, "CAFÉ") << QList<int>{4};
        QTest::newRow("value, ASCII pattern, any case, in non-ASCII text")
            << filterOf(Field::Value, "CAF") << QList<int>{4};
        QTest::newRow("value, ASCII pattern with punctuation, any case")
            << filterOf(Field::Value, "\"/CART\"}") << QList<int>{0};
        QTest::newRow("key, any case; null key never") << filterOf(Field::Key, "user") << QList<int>{0, 2, 5};
        QTest::newRow("key, case matters")
            << filterOf(Field::Key, "user", Syntax::Substring, Qt::CaseSensitive) << QList<int>{0, 2};
        QTest::newRow("key, expression")
            << filterOf(Field::Key, "^user-\\d$", Syntax::RegularExpression, Qt::CaseSensitive)
            << QList<int>{0, 2};
        QTest::newRow("key, expression, any case")
            << filterOf(Field::Key, "^user-\\d$", Syntax::RegularExpression) << QList<int>{0, 2, 5};
        QTest::newRow("value, expression over characters, not bytes")
            << filterOf(Field::Value, "^caf.$", Syntax::RegularExpression) << QList<int>{4};
        QTest::newRow("value, empty but not null")
            << filterOf(Field::Value, "^$", Syntax::RegularExpression) << QList<int>{3};
        QTest::newRow("binary key, as decoded") << filterOf(Field::Key, "\uFFFD") << QList<int>{4};
        QTest::newRow("header present, value or not")
            << filterOf(Field::Header, {}, Syntax::Substring, Qt::CaseInsensitive, "trace")
            << QList<int>{0, 2};
        QTest::newRow("header value")
            << filterOf(Field::Header, "WEB", Syntax::Substring, Qt::CaseInsensitive, "source")
            << QList<int>{2};
        QTest::newRow("header value, expression")
            << filterOf(Field::Header, "^(web|mobile)$", Syntax::RegularExpression, Qt::CaseSensitive,
                        "source")
            << QList<int>{2, 5};
        QTest::newRow("header name must match exactly")
            << filterOf(Field::Header, {}, Syntax::Substring, Qt::CaseInsensitive, "Trace") << QList<int>{};
    }

    void filters() {
        QFETCH(MessageFilter, filter);
        QFETCH(QList<int>, rows);
        const MessageStore store = filterFixture();
        QVERIFY(filter.errorString().isEmpty());
        QCOMPARE(shown(built(store, filter, {})), rows);
        const MessageMatcher matcher(filter);
        for (int row = 0; row < store.rowCount(); ++row)
            QCOMPARE(matcher.matches(store, row), rows.contains(row));
    }

    void anInvalidExpressionSaysWhy() {
        MessageFilter filter =
            filterOf(MessageFilter::Field::Value, "(cart", MessageFilter::Syntax::RegularExpression);
        QVERIFY(filter.errorString().contains(QStringLiteral("character 6")));
        filter.syntax = MessageFilter::Syntax::Substring;
        QVERIFY(filter.errorString().isEmpty());
    }

    void orders_data() {
        using Key = MessageOrder::Key;
        QTest::addColumn<MessageOrder>("order");
        QTest::addColumn<QList<int>>("rows");
        // Partitions 1, 0, 1, 0; offsets 5, 5, 3, 9; timestamps 20, 10, 20, 30.
        QTest::newRow("arrival") << MessageOrder() << QList<int>{0, 1, 2, 3};
        QTest::newRow("arrival, newest first")
            << MessageOrder{Key::Arrival, Qt::DescendingOrder} << QList<int>{3, 2, 1, 0};
        QTest::newRow("partition, then arrival")
            << MessageOrder{Key::Partition, Qt::AscendingOrder} << QList<int>{1, 3, 0, 2};
        QTest::newRow("partition, descending")
            << MessageOrder{Key::Partition, Qt::DescendingOrder} << QList<int>{2, 0, 3, 1};
        QTest::newRow("offset") << MessageOrder{Key::Offset, Qt::AscendingOrder} << QList<int>{2, 0, 1, 3};
        QTest::newRow("timestamp") << MessageOrder{Key::Timestamp, Qt::AscendingOrder}
                                   << QList<int>{1, 0, 2, 3};
        QTest::newRow("timestamp, newest first")
            << MessageOrder{Key::Timestamp, Qt::DescendingOrder} << QList<int>{3, 2, 0, 1};
    }

    void orders() {
        QFETCH(MessageOrder, order);
        QFETCH(QList<int>, rows);
        MessageStore store;
        store.append(*batchOf({{1, 5, "a", "x", {}, 20},
                               {0, 5, "b", "x", {}, 10},
                               {1, 3, "c", "x", {}, 20},
                               {0, 9, "d", "x", {}, 30}}));
        QCOMPARE(shown(built(store, {}, order)), rows);
    }

    // Rows placed as they arrive end up where a build from scratch puts them.
    void addedRowsGoWhereABuildPutsThem_data() {
        using Key = MessageOrder::Key;
        QTest::addColumn<MessageFilter>("filter");
        QTest::addColumn<MessageOrder>("order");
        const MessageFilter odd = filterOf(MessageFilter::Field::Value, "odd");
        QTest::newRow("all, arrival") << MessageFilter() << MessageOrder();
        QTest::newRow("filtered, arrival") << odd << MessageOrder();
        QTest::newRow("all, by partition")
            << MessageFilter() << MessageOrder{Key::Partition, Qt::AscendingOrder};
        QTest::newRow("filtered, by timestamp, descending")
            << odd << MessageOrder{Key::Timestamp, Qt::DescendingOrder};
        QTest::newRow("all, by offset") << MessageFilter() << MessageOrder{Key::Offset, Qt::AscendingOrder};
    }

    void addedRowsGoWhereABuildPutsThem() {
        QFETCH(MessageFilter, filter);
        QFETCH(MessageOrder, order);
        MessageStore store;
        store.append(*interleaved(0, 40));
        MessageRows rows = built(store, filter, order);
        for (int first = 40; first < 200; first += 23) {
            store.append(*interleaved(first, 23));
            const MessageRows::Addition addition = rows.place(store, rows.matching(store, first, first + 23));
            QVERIFY(std::is_sorted(addition.positions.begin(), addition.positions.end()));
            rows.insert(addition);
            QCOMPARE(shown(rows), shown(built(store, filter, order)));
        }
    }

    // The two steps a view sees for rows scattered through the order: all at the end, then moved.
    void scatteredRowsMoveFromTheEnd() {
        MessageStore store;
        store.append(*interleaved(0, 30));
        const MessageOrder byPartition{MessageOrder::Key::Partition, Qt::AscendingOrder};
        MessageRows rows = built(store, {}, byPartition);
        const QList<int> before = shown(rows);
        store.append(*interleaved(30, 6));
        const MessageRows::Addition addition = rows.place(store, rows.matching(store, 30, 36));
        QVERIFY(!addition.isContiguous());

        rows.append(addition);
        const QList<int> appended = shown(rows);
        QCOMPARE(appended.mid(0, before.size()), before);
        rows.moveAppended(addition);
        const QList<int> moved = shown(rows);
        QCOMPARE(moved, shown(built(store, {}, byPartition)));
        for (int position = 0; position < appended.size(); ++position)
            QCOMPARE(moved.at(MessageRows::positionAfterMove(addition, before.size(), position)),
                     appended.at(position));
    }

    void aTailInOrderGoesInOnePlace() {
        MessageStore store;
        store.append(*sequence(0, 0, 10));
        MessageRows newestFirst = built(store, {}, {MessageOrder::Key::Timestamp, Qt::DescendingOrder});
        MessageRows oldestFirst = built(store, {}, {MessageOrder::Key::Offset, Qt::AscendingOrder});
        store.append(*sequence(0, 10, 5));
        const MessageRows::Addition atTop = newestFirst.place(store, newestFirst.matching(store, 10, 15));
        QVERIFY(atTop.isContiguous());
        QCOMPARE(atTop.positions.front(), 0);
        const MessageRows::Addition atEnd = oldestFirst.place(store, oldestFirst.matching(store, 10, 15));
        QVERIFY(atEnd.isContiguous());
        QCOMPARE(atEnd.positions.front(), 10);
    }

    void evictionDropsAndRenumbers() {
        MessageStore store;
        store.append(*interleaved(0, 60));
        const MessageOrder byPartition{MessageOrder::Key::Partition, Qt::AscendingOrder};
        MessageRows rows = built(store, {}, byPartition);
        const std::vector<int> positions = rows.positionsBelow(20);
        QCOMPARE(int(positions.size()), 20);
        const QList<int> before = shown(rows);
        rows.moveToFront(positions);
        const QList<int> moved = shown(rows);
        for (int position = 0; position < before.size(); ++position)
            QCOMPARE(moved.at(MessageRows::positionAfterMoveToFront(positions, position)),
                     before.at(position));
        for (int position = 0; position < 20; ++position)
            QVERIFY(moved.at(position) < 20);

        rows.evict(20);
        QList<int> expected;
        for (int row : before) {
            if (row >= 20)
                expected.append(row - 20);
        }
        QCOMPARE(shown(rows), expected);

        MessageRows all;
        all.insert(all.place(store, all.matching(store, 0, 60)));
        QCOMPARE(all.positionsBelow(20).size(), size_t(20));
        all.evict(20);
        QCOMPARE(all.count(), 40);
    }

    void aCancelledBuildStops() {
        MessageStore store;
        store.append(*sequence(0, 0, 100));
        const std::atomic_bool cancelled{true};
        MessageRows rows(filterOf(MessageFilter::Field::Value, "v"), {});
        QVERIFY(!rows.build(store, cancelled));
    }
};

QTEST_GUILESS_MAIN(TestMessageRows)
#include "tst_messagerows.moc"
