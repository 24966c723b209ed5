// The message browser's table: short, safe texts for the rows shown (null, empty, binary and invalid
// UTF-8 told apart), one insertion per append and one removal per eviction, sorted and filtered views
// kept live as messages arrive and go, and large stores filtered on a worker thread with superseded
// builds dropped; every model under QAbstractItemModelTester.

#include "messagebuilders.h"
#include "messageformat.h"
#include "messagetablemodel.h"
#include "messagetext.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QMimeData>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace partita;
using namespace partita::test;

namespace {

const std::atomic_bool NotCancelled{false};

using Batches = std::vector<std::shared_ptr<const MessageBatch>>;

QString cell(const MessageTableModel &model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role).toString();
}

QList<int> shownRows(const MessageTableModel &model) {
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.storeRow(row));
    return rows;
}

// What a build from scratch over the model's store shows.
QList<int> expectedRows(const MessageTableModel &model) {
    MessageRows rows(model.filter(), model.order());
    if (!rows.build(model.store(), NotCancelled))
        qFatal("a build that nobody cancelled stopped");
    QList<int> result;
    for (int position = 0; position < rows.count(); ++position)
        result.append(rows.storeRow(position));
    return result;
}

// Messages over three partitions whose timestamps interleave; values "odd" and "even".
std::shared_ptr<const MessageBatch> interleaved(int first, int count) {
    std::vector<TestMessage> messages;
    for (int i = first; i < first + count; ++i) {
        messages.push_back({(i * 7) % 3,
                            i,
                            "k" + QByteArray::number(i),
                            i % 2 ? QByteArray("odd") : "even",
                            {},
                            1'700'000'000'000 + (i * 37) % 101});
    }
    return batchOf(messages);
}

MessageFilter valueFilter(const QString &pattern) {
    MessageFilter filter;
    filter.pattern = pattern;
    return filter;
}

} // namespace

class TestMessageTableModel : public QObject {
    Q_OBJECT

private slots:
    void columns() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(MessageTableModel::ColumnCount));
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers.append(model.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers,
                 (QStringList{"Partition", "Offset", "Timestamp", "Key", "Value", "Headers", "Size"}));
    }

    void previewText_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("text");

        QTest::newRow("plain") << QByteArray("hello") << 200 << "hello";
        QTest::newRow("control characters as pictures") << QByteArray("a\tb\nc\x7f\x01") << 200 << "a␉b␊c␡␁";
        QTest::newRow("a nul byte") << QByteArray("a\0b", 3) << 200 << "a␀b";
        QTest::newRow("invalid UTF-8") << QByteArray("ok\xff\xfeok") << 200 << "ok\uFFFD\uFFFDok";
        QTest::newRow("a lone continuation byte") << QByteArray("x\x80y") << 200 << "x\uFFFDy";
        QTest::newRow("C1 control, bidi override, line separator")
            << QByteArray("\xc2\x85x\xe2\x80\xaey\xe2\x80\xa8z") << 200 << "\uFFFDx\uFFFDy\uFFFDz";
        QTest::newRow("emoji sequences stay whole")
            << QByteArray("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb") << 200 << "👩‍💻";
        QTest::newRow("cut after maxLength characters")
            << QByteArray(300, 'a') << 200 << QString(200, 'a') + "…";
        QTest::newRow("exactly maxLength") << QByteArray(200, 'a') << 200 << QString(200, 'a');
        QTest::newRow("multi-byte characters, cut") << QByteArray("éééé") << 3 << "ééé…";
        QTest::newRow("a pair is never halved") << QByteArray("ab\xf0\x9f\x98\x80"
                                                              "c")
                                                << 3 << "ab…";
        QTest::newRow("a huge value decodes only what it shows")
            << QByteArray(5'000'000, 'x') << 4 << "xxxx…";
    }

    void previewText() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxLength);
        QFETCH(QString, text);
        QCOMPARE(partita::previewText(bytes, maxLength), text);
    }

    void cellsTellNullEmptyAndBinaryApart() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray longValue = QByteArray(150, 'a') + QByteArray(150, 'b');
        model.append({batchOf({
            {4, 123456, std::nullopt, std::nullopt, {{"h1", QByteArray("1")}, {"h2", std::nullopt}}},
            {0, 7, "", "", {}, 1'700'000'000'123},
            {1, 8, QByteArray("\x00\xff", 2), "line one\nline two\xc3"},
            {2, 9, "key", longValue},
        })});
        QCOMPARE(model.rowCount(), 4);

        QCOMPARE(cell(model, 0, MessageTableModel::PartitionColumn), QStringLiteral("4"));
        QCOMPARE(cell(model, 0, MessageTableModel::OffsetColumn), QStringLiteral("123456"));
        QCOMPARE(cell(model, 0, MessageTableModel::KeyColumn), QStringLiteral("(null)"));
        QCOMPARE(cell(model, 0, MessageTableModel::ValueColumn), QStringLiteral("(tombstone)"));
        QCOMPARE(cell(model, 0, MessageTableModel::HeadersColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 0, MessageTableModel::SizeColumn), QStringLiteral("5")); // h1, 1, h2

        QCOMPARE(cell(model, 1, MessageTableModel::KeyColumn), QString());
        QCOMPARE(cell(model, 1, MessageTableModel::ValueColumn), QString());
        QCOMPARE(cell(model, 1, MessageTableModel::TimestampColumn),
                 QDateTime::fromMSecsSinceEpoch(1'700'000'000'123).toString(Qt::ISODateWithMs));
        QVERIFY(cell(model, 1, MessageTableModel::TimestampColumn, Qt::ToolTipRole).contains("CreateTime"));
        QCOMPARE(cell(model, 1, MessageTableModel::SizeColumn), QStringLiteral("0"));

        // Auto shows bytes that are not UTF-8 in hex; as text, invalid bytes are shown safely.
        QCOMPARE(cell(model, 2, MessageTableModel::KeyColumn), QStringLiteral("00 ff"));
        QCOMPARE(cell(model, 2, MessageTableModel::ValueColumn).left(12), QStringLiteral("6c 69 6e 65 "));
        model.setDecoders({Decoder::Text, Decoder::Text});
        QCOMPARE(cell(model, 2, MessageTableModel::KeyColumn), QStringLiteral("␀\uFFFD"));
        QCOMPARE(cell(model, 2, MessageTableModel::ValueColumn), QStringLiteral("line one␊line two\uFFFD"));
        model.setDecoders({});

        const QString preview = cell(model, 3, MessageTableModel::ValueColumn);
        QCOMPARE(preview.size(), MessageTableModel::PreviewLength + 1);
        QVERIFY(preview.endsWith(QStringLiteral("b…")));
        QCOMPARE(cell(model, 3, MessageTableModel::SizeColumn), QStringLiteral("303"));
        QCOMPARE(model.data(model.index(3, 0), MessageTableModel::StoreRowRole).toInt(), 3);
    }

    // One insertion per append call, whatever the batches; eviction as one removal at the top.
    // A new choice re-reads every shown key and value at once, selections kept.
    void decodersChangeTheKeyAndValueCells() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({batchOf({
            {0, 0, QByteArray("\0\0\0\x2a", 4), QByteArray(R"({"a": 1})")},
            {0, 1, QByteArray("\0\0\x01", 3), std::nullopt},
        })});
        const QPersistentModelIndex selected = model.index(1, MessageTableModel::KeyColumn);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setDecoders({Decoder::Int32, Decoder::Json});
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(changes.size(), 0);
        QCOMPARE(cell(model, 0, MessageTableModel::KeyColumn), QStringLiteral("42"));
        QCOMPARE(cell(model, 0, MessageTableModel::ValueColumn), QStringLiteral(R"({"a":1})"));
        QCOMPARE(cell(model, 1, MessageTableModel::KeyColumn),
                 QStringLiteral("Not int32 (big-endian): it takes 4 bytes, these are 3"));
        QCOMPARE(cell(model, 1, MessageTableModel::ValueColumn), QStringLiteral("(tombstone)"));
        QCOMPARE(selected.row(), 1);
        model.setDecoders({Decoder::Int32, Decoder::Json});
        QCOMPARE(layouts.size(), 1);
    }

    // Copied messages are JSON Lines as partita-cli consume prints them, in the table's order.
    void selectedRowsCopyAsJsonLines() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto batch =
            batchOf({{0, 5, "k5", "v5"}, {1, 6, std::nullopt, QByteArray("\xff", 1)}, {2, 7, "k7", "v7"}});
        model.append({batch});
        const QModelIndexList indexes{model.index(1, 0), model.index(0, 3), model.index(1, 4)};
        const std::unique_ptr<QMimeData> data(model.mimeData(indexes));
        QCOMPARE(data->text().toUtf8(),
                 messageformat::jsonLine(*batch, 0) + messageformat::jsonLine(*batch, 1));
        QCOMPARE(data->data(QStringLiteral("application/jsonl")), data->text().toUtf8());
        QVERIFY(data->text().contains(QLatin1String(R"("value_encoding":"base64")")));
    }

    void appendsAndEvictionsAnnounceThemselvesOnce() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 100 messages a chunk: batches of 7 and 8 are copied into chunks, not kept as chunks.
        model.setLimits(1600, qint64(1) << 30);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.append({sequence(0, 0, 3)});
        const QPersistentModelIndex third = model.index(2, MessageTableModel::OffsetColumn);
        for (int call = 1; call < 150; ++call) {
            model.append({sequence(0, call * 15 - 12, 7), sequence(1, call, 8)});
            QCOMPARE(inserted.size(), call + 1);
            QCOMPARE(model.rowCount(), model.store().rowCount());
            QVERIFY(model.rowCount() <= 1600);
        }
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(inserted.at(1).at(2).toInt(), 3 + 15 - 1);
        QVERIFY(!removed.isEmpty());
        for (const QList<QVariant> &removal : removed) {
            QCOMPARE(removal.at(1).toInt(), 0);
            QCOMPARE((removal.at(2).toInt() + 1) % 100, 0); // whole chunks
        }
        QVERIFY(!third.isValid()); // its message was evicted
        QCOMPARE(shownRows(model), expectedRows(model));
    }

    void aSortedViewStaysSortedAndSelectionsFollowTheirMessage() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLimits(320, qint64(1) << 30); // 20 messages a chunk
        model.append({interleaved(0, 100)});
        model.sort(MessageTableModel::PartitionColumn);
        QCOMPARE(shownRows(model), expectedRows(model));
        const int row = shownRows(model).indexOf(70);
        const QPersistentModelIndex selected = model.index(row, MessageTableModel::OffsetColumn);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int first = 100; first < 400; first += 30) {
            model.append({interleaved(first, 30)});
            QCOMPARE(shownRows(model), expectedRows(model));
            if (selected.isValid())
                QCOMPARE(selected.data().toString(), QStringLiteral("70"));
        }
        // Scattered over the three partitions: inserted at the end, then moved; evicted likewise.
        QCOMPARE(inserted.size(), 10);
        QVERIFY(layouts.size() >= 10);
        QVERIFY(!removed.isEmpty());
        QVERIFY(!selected.isValid()); // evicted in the end

        model.sort(MessageTableModel::KeyColumn); // not sortable: arrival order
        QCOMPARE(model.order(), MessageOrder());
        QCOMPARE(shownRows(model), expectedRows(model));
    }

    void newestFirstTakesNewMessagesAtTheTop() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({sequence(0, 0, 10)});
        model.sort(MessageTableModel::TimestampColumn, Qt::DescendingOrder);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        model.append({sequence(0, 10, 5)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(cell(model, 0, MessageTableModel::OffsetColumn), QStringLiteral("14"));
    }

    void aFilterStaysLiveAsMessagesArriveAndGo() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLimits(160, qint64(1) << 30);
        model.append({interleaved(0, 50)});
        QVERIFY(model.setFilter(valueFilter("odd")));
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(shownRows(model), expectedRows(model));
        model.append({interleaved(50, 10)});
        QCOMPARE(model.rowCount(), 30); // the match count follows
        model.sort(MessageTableModel::OffsetColumn, Qt::DescendingOrder);
        for (int first = 60; first < 300; first += 20) {
            model.append({interleaved(first, 20)});
            QCOMPARE(shownRows(model), expectedRows(model));
        }
        QVERIFY(model.store().evictedRows() > 0);

        MessageFilter invalid = valueFilter("(odd");
        invalid.syntax = MessageFilter::Syntax::RegularExpression;
        QVERIFY(!model.setFilter(invalid));
        QCOMPARE(model.filter(), valueFilter("odd"));

        QVERIFY(model.setFilter({}));
        QCOMPARE(model.rowCount(), model.store().rowCount());
        QVERIFY(!model.isBuilding());
    }

    // Matches found where the batch was read are taken as they are when they are of the filter shown;
    // those of another filter (changed meanwhile) are found again.
    void matchesFoundBeforehandAreTakenForTheirFilterOnly() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setFilter(valueFilter("odd")));
        const FilteredBatch odd = FilteredBatch::of(interleaved(0, 20), valueFilter("odd"));
        QCOMPARE(odd.matching.size(), size_t(10));
        model.appendFiltered(odd);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(shownRows(model), expectedRows(model));

        // Taken without looking at the messages again: rows the matches name, no others.
        FilteredBatch named = FilteredBatch::of(interleaved(20, 20), valueFilter("odd"));
        named.matching = {0};
        model.appendFiltered(named);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.storeRow(10), 20);

        const FilteredBatch even = FilteredBatch::of(interleaved(40, 20), valueFilter("even"));
        model.appendFiltered(even);
        QCOMPARE(model.rowCount(), 21); // the odd ones of the 20, found again
        QCOMPARE(*model.store().value(model.storeRow(20)), QByteArrayView("odd"));

        QVERIFY(model.setFilter({}));
        model.appendFiltered(FilteredBatch::of(interleaved(60, 20), {}));
        QCOMPARE(model.rowCount(), 80);
    }

    // Over BackgroundBuildRows, a filter is built on the worker thread: nothing is shown meanwhile,
    // a newer filter supersedes it, and messages read and evicted meanwhile are accounted for.
    void largeStoresFilterInTheBackground() {
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLimits(64'000, qint64(1) << 30); // 4,000 messages a chunk
        model.append({interleaved(0, 60'000)});
        QSignalSpy building(&model, &MessageTableModel::buildingChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QVERIFY(model.setFilter(valueFilter("even")));
        QVERIFY(model.isBuilding());
        QCOMPARE(model.rowCount(), 0);
        MessageFilter keys = valueFilter("^k\\d*7$");
        keys.field = MessageFilter::Field::Key;
        keys.syntax = MessageFilter::Syntax::RegularExpression;
        QVERIFY(model.setFilter(keys));
        model.append({interleaved(60'000, 8'000)}); // over the limit: one chunk evicted meanwhile
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.store().evictedRows(), 4'000);

        QTRY_VERIFY_WITH_TIMEOUT(!model.isBuilding(), 20'000);
        QCOMPARE(building.size(), 2);
        QCOMPARE(building.at(0).at(0).toBool(), true);
        QCOMPARE(building.at(1).at(0).toBool(), false);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 64'000 / 10);
        QCOMPARE(shownRows(model), expectedRows(model));
        QTest::qWait(100); // the superseded build's result never shows up
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.filter(), keys);

        model.sort(MessageTableModel::TimestampColumn);
        QVERIFY(model.isBuilding());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBuilding(), 20'000);
        QCOMPARE(shownRows(model), expectedRows(model));

        model.setFilter(valueFilter("odd"));
        model.clear(); // drops the build under way
        QVERIFY(!model.isBuilding());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.filter(), valueFilter("odd"));
        model.append({interleaved(0, 10)});
        QCOMPARE(model.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestMessageTableModel)
#include "tst_messagetablemodel.moc"
