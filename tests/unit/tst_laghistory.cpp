#include "laghistory.h"

#include <QTest>

using namespace partita;

namespace {

// A sample whose offsets are derived from its time, so contents are easy to check after wrapping.
LagSample sampleAt(qint64 timeMs) {
    return {timeMs, timeMs / 10, 0, timeMs / 5};
}

std::vector<qint64> timesOf(const std::vector<LagSample> &samples) {
    std::vector<qint64> times;
    times.reserve(samples.size());
    for (const LagSample &sample : samples)
        times.push_back(sample.timeMs);
    return times;
}

std::vector<qint64> timesOf(const LagHistory &history) {
    std::vector<qint64> times;
    times.reserve(size_t(history.size()));
    for (int i = 0; i < history.size(); ++i)
        times.push_back(history.at(i).timeMs);
    return times;
}

LagReading reading(const QString &group, int partition, qint64 timeMs) {
    return {{group, "orders", partition}, sampleAt(timeMs)};
}

} // namespace

class TestLagHistory : public QObject {
    Q_OBJECT
private slots:
    void appendBelowCapacity();
    void ringDropsOldest_data();
    void ringDropsOldest();
    void ignoresSamplesNotNewer();
    void window_data();
    void window();
    void storeAddsWholePoll();
    void storeForgetsKeysAfterRetention();
};

void TestLagHistory::appendBelowCapacity() {
    LagHistory history(4);
    QVERIFY(history.isEmpty());
    QCOMPARE(history.capacity(), 4);
    QVERIFY(history.append(sampleAt(1000)));
    QVERIFY(history.append(sampleAt(2000)));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0), sampleAt(1000));
    QCOMPARE(history.last(), sampleAt(2000));
    QCOMPARE(history.last().lag().lag, 200);
}

void TestLagHistory::ringDropsOldest_data() {
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");
    QTest::addColumn<std::vector<qint64>>("times");

    QTest::newRow("exactly full") << 3 << 3 << std::vector<qint64>{1000, 2000, 3000};
    QTest::newRow("one over") << 3 << 4 << std::vector<qint64>{2000, 3000, 4000};
    QTest::newRow("wrapped twice and a bit") << 3 << 8 << std::vector<qint64>{6000, 7000, 8000};
    QTest::newRow("capacity one") << 1 << 5 << std::vector<qint64>{5000};
}

void TestLagHistory::ringDropsOldest() {
    QFETCH(int, capacity);
    QFETCH(int, appended);
    QFETCH(std::vector<qint64>, times);

    LagHistory history(capacity);
    for (int i = 1; i <= appended; ++i)
        QVERIFY(history.append(sampleAt(qint64{i} * 1000)));
    QCOMPARE(timesOf(history), times);
    QCOMPARE(history.last(), sampleAt(qint64{appended} * 1000));
    QCOMPARE(history.at(0), sampleAt(times.front()));
}

void TestLagHistory::ignoresSamplesNotNewer() {
    LagHistory history(2);
    QVERIFY(history.append(sampleAt(1000)));
    QVERIFY(history.append(sampleAt(2000)));
    QVERIFY(!history.append({2000, 1, 0, 2})); // same time, other offsets
    QVERIFY(!history.append(sampleAt(1500)));  // late result of an older poll
    QCOMPARE(timesOf(history), (std::vector<qint64>{1000, 2000}));
    QCOMPARE(history.last(), sampleAt(2000)); // the ignored sample did not replace it
    QVERIFY(history.append(sampleAt(2001)));
    QCOMPARE(timesOf(history), (std::vector<qint64>{2000, 2001}));
}

void TestLagHistory::window_data() {
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<std::vector<qint64>>("times");

    // The history holds 3000, 4000 .. 8000 after 1000 and 2000 fell out of a capacity of 6.
    QTest::newRow("everything") << 8000LL << 100000LL
                                << std::vector<qint64>{3000, 4000, 5000, 6000, 7000, 8000};
    QTest::newRow("start on a sample") << 8000LL << 2000LL << std::vector<qint64>{6000, 7000, 8000};
    QTest::newRow("start just after a sample") << 8000LL << 1999LL << std::vector<qint64>{7000, 8000};
    QTest::newRow("now before the newest") << 6500LL << 2500LL << std::vector<qint64>{4000, 5000, 6000};
    QTest::newRow("now on an older sample") << 5000LL << 0LL << std::vector<qint64>{5000};
    QTest::newRow("between samples") << 5500LL << 400LL << std::vector<qint64>{};
    QTest::newRow("before the history") << 2500LL << 5000LL << std::vector<qint64>{};
    QTest::newRow("after the history") << 20000LL << 5000LL << std::vector<qint64>{};
}

void TestLagHistory::window() {
    QFETCH(qint64, now);
    QFETCH(qint64, window);
    QFETCH(std::vector<qint64>, times);

    LagHistory history(6);
    for (int i = 1; i <= 8; ++i)
        history.append(sampleAt(qint64{i} * 1000));
    QCOMPARE(timesOf(history.window(now, window)), times);
}

void TestLagHistory::storeAddsWholePoll() {
    LagHistoryStore store(3, 60000);
    store.addPoll(1000, {reading("billing", 0, 1000), reading("billing", 1, 1000), reading("audit", 0, 990)});
    store.addPoll(6000,
                  {reading("billing", 0, 6000), reading("billing", 1, 6000), reading("audit", 0, 5990)});
    QCOMPARE(store.size(), 3);
    // Sorted by group first.
    const std::vector<LagKey> expectedKeys{
        {"audit", "orders", 0}, {"billing", "orders", 0}, {"billing", "orders", 1}};
    QCOMPARE(store.keys(), expectedKeys);

    const LagHistory *audit = store.history({"audit", "orders", 0});
    QVERIFY(audit);
    QCOMPARE(timesOf(*audit), (std::vector<qint64>{990, 5990}));
    QCOMPARE(audit->capacity(), 3);
    QVERIFY(!store.history({"audit", "orders", 1}));
    QVERIFY(!store.history({"audit", "payments", 0}));
}

void TestLagHistory::storeForgetsKeysAfterRetention() {
    LagHistoryStore store(10, 10000);
    store.addPoll(0, {reading("a", 0, 0), reading("b", 0, 0)});
    store.addPoll(5000, {reading("a", 0, 5000)});
    // b was last seen at 0: exactly the retention ago is not longer than it, so b stays.
    store.addPoll(10000, {reading("a", 0, 10000)});
    QCOMPARE(store.size(), 2);
    QVERIFY(store.history({"b", "orders", 0}));
    store.addPoll(10001, {reading("a", 0, 10001)});
    QCOMPARE(store.size(), 1);
    QVERIFY(!store.history({"b", "orders", 0}));

    // A key that comes back starts a fresh history.
    store.addPoll(15000, {reading("a", 0, 15000), reading("b", 0, 15000)});
    QCOMPARE(timesOf(*store.history({"b", "orders", 0})), (std::vector<qint64>{15000}));
    QCOMPARE(store.history({"a", "orders", 0})->size(), 5);

    // A poll that finds nothing forgets everything once the retention has passed.
    store.addPoll(25000, {});
    QCOMPARE(store.size(), 2);
    store.addPoll(25001, {});
    QCOMPARE(store.size(), 0);
}

QTEST_GUILESS_MAIN(TestLagHistory)
#include "tst_laghistory.moc"
