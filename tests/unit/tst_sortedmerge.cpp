#include "sortedmerge.h"

#include <QList>
#include <QStringList>
#include <QTest>

#include <tuple>

using namespace partita;

namespace {

struct Item {
    int key = 0;
    QChar value;

    bool operator==(const Item &other) const { return key == other.key && value == other.value; }
};

// "1a 2b" is items {1,'a'}, {2,'b'}: the digits are the key, the letter the value.
std::vector<Item> parseItems(const QString &text) {
    std::vector<Item> items;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        items.push_back({token.chopped(1).toInt(), token.back()});
    return items;
}

QString formatItems(const std::vector<Item> &items) {
    QStringList tokens;
    for (const Item &item : items)
        tokens.append(QString::number(item.key) + item.value);
    return tokens.join(QLatin1Char(' '));
}

// Merges `next` into `current` and returns the edits, checking on the way that every begin/end pair
// brackets exactly the size change it announced and that changed elements already hold new values.
QStringList mergeAndRecord(std::vector<Item> &current, const std::vector<Item> &next) {
    QStringList edits;
    int expectedSize = -1;
    MergeObserver observer;
    observer.beginInsert = [&](int first, int last) {
        QVERIFY(first >= 0 && first <= int(current.size()) && last >= first);
        expectedSize = int(current.size()) + last - first + 1;
        edits.append(QStringLiteral("insert %1-%2").arg(first).arg(last));
    };
    observer.endInsert = [&]() { QCOMPARE(int(current.size()), expectedSize); };
    observer.beginRemove = [&](int first, int last) {
        QVERIFY(first >= 0 && last < int(current.size()) && last >= first);
        expectedSize = int(current.size()) - (last - first + 1);
        edits.append(QStringLiteral("remove %1-%2").arg(first).arg(last));
    };
    observer.endRemove = [&]() { QCOMPARE(int(current.size()), expectedSize); };
    observer.changed = [&](int first, int last) {
        QVERIFY(first >= 0 && last < int(current.size()) && last >= first);
        for (int i = first; i <= last; ++i) {
            const auto match = std::find_if(next.cbegin(), next.cend(),
                                            [&](const Item &item) { return item.key == current[i].key; });
            QVERIFY(match != next.cend());
            QCOMPARE(current[i].value, match->value);
        }
        edits.append(QStringLiteral("change %1-%2").arg(first).arg(last));
    };
    mergeSorted(
        current, next, [](const Item &item) { return item.key; }, observer);
    return edits;
}

} // namespace

class TestSortedMerge : public QObject {
    Q_OBJECT
private slots:
    void merge_data();
    void merge();
    void compositeKeyFromQList();
    void changedWithoutObserverCallback();
};

void TestSortedMerge::merge_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("edits");

    QTest::newRow("empty to empty") << ""
                                    << "" << QStringList();
    QTest::newRow("unchanged") << "1a 2a 3a"
                               << "1a 2a 3a" << QStringList();
    QTest::newRow("empty to full") << ""
                                   << "1a 2a 3a" << QStringList{"insert 0-2"};
    QTest::newRow("full to empty") << "1a 2a 3a"
                                   << "" << QStringList{"remove 0-2"};
    QTest::newRow("insert front") << "2a 3a"
                                  << "1a 2a 3a" << QStringList{"insert 0-0"};
    QTest::newRow("insert middle") << "1a 4a"
                                   << "1a 2a 3a 4a" << QStringList{"insert 1-2"};
    QTest::newRow("insert end") << "1a 2a"
                                << "1a 2a 3a" << QStringList{"insert 2-2"};
    QTest::newRow("remove front") << "1a 2a 3a"
                                  << "2a 3a" << QStringList{"remove 0-0"};
    QTest::newRow("remove middle") << "1a 2a 3a 4a"
                                   << "1a 4a" << QStringList{"remove 1-2"};
    QTest::newRow("remove end") << "1a 2a 3a"
                                << "1a 2a" << QStringList{"remove 2-2"};
    QTest::newRow("change front") << "1a 2a 3a"
                                  << "1b 2a 3a" << QStringList{"change 0-0"};
    QTest::newRow("change middle run") << "1a 2a 3a 4a"
                                       << "1a 2b 3b 4a" << QStringList{"change 1-2"};
    QTest::newRow("change end") << "1a 2a 3a"
                                << "1a 2a 3b" << QStringList{"change 2-2"};
    QTest::newRow("changes split by an unchanged element")
        << "1a 2a 3a"
        << "1b 2a 3b" << QStringList{"change 0-0", "change 2-2"};
    QTest::newRow("change reported before a later insert")
        << "1a 3a"
        << "1b 2a 3a" << QStringList{"change 0-0", "insert 1-1"};
    QTest::newRow("changes on both sides of a removal")
        << "1a 2a 3a"
        << "1b 3b" << QStringList{"change 0-0", "remove 1-1", "change 1-1"};
    QTest::newRow("replace all") << "1a 2a"
                                 << "3a 4a" << QStringList{"remove 0-1", "insert 0-1"};
    QTest::newRow("interleaved") << "1a 3a 5a 7a"
                                 << "2a 3b 4a 7a 8a" << QStringList{"remove 0-0", "insert 0-0", "change 1-1",
                                                                    "insert 2-2", "remove 3-3", "insert 4-4"};
}

void TestSortedMerge::merge() {
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, edits);

    std::vector<Item> current = parseItems(before);
    const QStringList actual = mergeAndRecord(current, parseItems(after));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(actual, edits);
    QCOMPARE(formatItems(current), after);
}

void TestSortedMerge::compositeKeyFromQList() {
    // The topology model merges (topic, partition) rows and takes the new list straight from a QList.
    using Row = std::pair<QString, int>;
    std::vector<Row> current{{"a", 0}, {"a", 1}, {"b", 0}};
    const QList<Row> next{{"a", 1}, {"a", 2}, {"b", 0}, {"c", 0}};

    QStringList edits;
    MergeObserver observer;
    observer.beginInsert = [&](int first, int last) {
        edits.append(QStringLiteral("insert %1-%2").arg(first).arg(last));
    };
    observer.endInsert = [] {};
    observer.beginRemove = [&](int first, int last) {
        edits.append(QStringLiteral("remove %1-%2").arg(first).arg(last));
    };
    observer.endRemove = [] {};
    mergeSorted(
        current, next, [](const Row &row) { return std::tie(row.first, row.second); }, observer);

    QCOMPARE(edits, (QStringList{"remove 0-0", "insert 1-1", "insert 3-3"}));
    QCOMPARE(current, (std::vector<Row>(next.cbegin(), next.cend())));
}

void TestSortedMerge::changedWithoutObserverCallback() {
    // `changed` is optional: a caller that only cares about structure may leave it empty.
    std::vector<Item> current = parseItems("1a 2a");
    MergeObserver observer;
    observer.beginInsert = [](int, int) { QFAIL("unexpected insert"); };
    observer.endInsert = [] {};
    observer.beginRemove = [](int, int) { QFAIL("unexpected removal"); };
    observer.endRemove = [] {};
    mergeSorted(
        current, parseItems("1b 2c"), [](const Item &item) { return item.key; }, observer);
    QCOMPARE(formatItems(current), QStringLiteral("1b 2c"));
}

QTEST_GUILESS_MAIN(TestSortedMerge)
#include "tst_sortedmerge.moc"
