#include "partitionlag.h"

#include <QLocale>
#include <QTest>

using namespace partita;

Q_DECLARE_METATYPE(PartitionLag::Kind)

class TestPartitionLag : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void compute_data();
    void compute();
    void totalsSkipButCountUnmeasured();
    void keyOrder();
};

void TestPartitionLag::initTestCase() {
    // Fixes the thousands separator the expected texts use.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPartitionLag::compute_data() {
    QTest::addColumn<qint64>("committed");
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");
    QTest::addColumn<PartitionLag::Kind>("kind");
    QTest::addColumn<qint64>("lag");
    QTest::addColumn<qint64>("lost");
    QTest::addColumn<bool>("clamped");
    QTest::addColumn<QString>("text");

    const auto normal = PartitionLag::Normal;
    const auto expired = PartitionLag::Expired;
    const auto noCommit = PartitionLag::NoCommit;
    const auto unknown = PartitionLag::Unknown;
    QTest::newRow("behind") << 100LL << 0LL << 1334LL << normal << 1234LL << 0LL << false << "1,234";
    QTest::newRow("caught up") << 500LL << 0LL << 500LL << normal << 0LL << 0LL << false << "0";
    QTest::newRow("empty partition") << 0LL << 0LL << 0LL << normal << 0LL << 0LL << false << "0";
    QTest::newRow("at low watermark") << 300LL << 300LL << 400LL << normal << 100LL << 0LL << false << "100";
    QTest::newRow("read ahead of end") << 510LL << 0LL << 500LL << normal << 0LL << 0LL << true << "0";
    QTest::newRow("expired") << 88LL << 600LL << 700LL << expired << 612LL << 512LL << false
                             << "expired (512 lost)";
    QTest::newRow("expired, all lost")
        << 0LL << 5000LL << 5000LL << expired << 5000LL << 5000LL << false << "expired (5,000 lost)";
    QTest::newRow("no commit") << -1LL << 0LL << 800LL << noCommit << -1LL << 0LL << false << "no commit";
    QTest::newRow("no commit, no marks")
        << -1LL << -1LL << -1LL << noCommit << -1LL << 0LL << false << "no commit";
    QTest::newRow("high unknown") << 100LL << 0LL << -1LL << unknown << -1LL << 0LL << false << "unknown";
    QTest::newRow("low unknown") << 100LL << -1LL << 800LL << unknown << -1LL << 0LL << false << "unknown";
    QTest::newRow("low above high") << 100LL << 900LL << 800LL << unknown << -1LL << 0LL << false
                                    << "unknown";
}

void TestPartitionLag::compute() {
    QFETCH(qint64, committed);
    QFETCH(qint64, low);
    QFETCH(qint64, high);
    QFETCH(PartitionLag::Kind, kind);
    QFETCH(qint64, lag);
    QFETCH(qint64, lost);
    QFETCH(bool, clamped);
    QFETCH(QString, text);

    const PartitionLag result = PartitionLag::compute(committed, low, high);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.lag, lag);
    QCOMPARE(result.lostMessages, lost);
    QCOMPARE(result.clamped, clamped);
    QCOMPARE(result.hasLag(), lag >= 0);
    QCOMPARE(result.displayText(), text);
}

void TestPartitionLag::totalsSkipButCountUnmeasured() {
    LagTotals totals;
    totals.add(PartitionLag::compute(100, 0, 300)); // 200
    totals.add(PartitionLag::compute(510, 0, 500)); // clamped to 0
    totals.add(PartitionLag::compute(10, 50, 80));  // expired: 70, 40 lost
    totals.add(PartitionLag::compute(-1, 0, 9000)); // no commit, not 9000
    totals.add(PartitionLag::compute(-1, 0, 9000)); // no commit
    totals.add(PartitionLag::compute(100, -1, -1)); // unknown

    LagTotals expected;
    expected.lag = 270;
    expected.lostMessages = 40;
    expected.measuredPartitions = 3;
    expected.expiredPartitions = 1;
    expected.noCommitPartitions = 2;
    expected.unknownPartitions = 1;
    QCOMPARE(totals, expected);
}

void TestPartitionLag::keyOrder() {
    // Group first, then topic, then partition as a number (2 before 10).
    const LagKey a{"billing", "orders", 2};
    const LagKey b{"billing", "orders", 10};
    const LagKey c{"billing", "payments", 0};
    const LagKey d{"search", "audit", 0};
    QVERIFY(a < b && b < c && c < d);
    QVERIFY(!(b < a) && !(a < a));
    QCOMPARE(a, (LagKey{"billing", "orders", 2}));
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestPartitionLag)
#include "tst_partitionlag.moc"
