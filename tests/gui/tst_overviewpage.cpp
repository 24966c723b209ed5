// The overview's controller tile for each metadata mode: a KRaft quorum names its voters and never a
// controller, ZooKeeper mode names the controller, an unknown mode says so. Its health findings: none
// on a healthy cluster, a broker down and its under-replicated topic listed most severe first, each
// leading to what it is about; the Topics tile counts internal topics apart, as the Topics view does.

#include "overviewpage.h"
#include "snapshotbuilders.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace partita;

namespace {

ControllerVoter voter(int id, const QString &host, int port) {
    ControllerVoter v;
    v.id = id;
    v.host = host;
    v.port = port;
    return v;
}

} // namespace

class TestOverviewPage : public QObject {
    Q_OBJECT
private slots:
    void controllerTile_data();
    void controllerTile();
    void noSnapshotClearsTheTile();
    void findingsLeadToWhatTheyAreAbout();
};

void TestOverviewPage::controllerTile_data() {
    QTest::addColumn<MetadataMode>("mode");
    QTest::addColumn<int>("controllerId");
    QTest::addColumn<QList<ControllerVoter>>("voters");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("toolTipPart");

    const QList<ControllerVoter> three = {voter(1, "c1", 9093), voter(2, "c2", 9093), voter(3, "c3", 9093)};
    QTest::newRow("kraft") << MetadataMode::KRaft << -1 << three << "KRaft quorum"
                           << "Voters 1, 2, 3\nActive controller not visible to clients"
                           << "Voter 2 at c2:9093";
    QTest::newRow("kraft, addresses only")
        << MetadataMode::KRaft << -1 << QList<ControllerVoter>{voter(-1, "c1", 9093)} << "KRaft quorum"
        << "Voters c1:9093\nActive controller not visible to clients"
        << "Voter at c1:9093";
    QTest::newRow("kraft, voters not named")
        << MetadataMode::KRaft << -1 << QList<ControllerVoter>{} << "KRaft quorum"
        << "Voters not named in the broker configuration\nActive controller not visible to clients"
        << "does not tell clients";
    QTest::newRow("zookeeper") << MetadataMode::ZooKeeper << 2 << QList<ControllerVoter>{} << "Broker 2"
                               << "ZooKeeper mode"
                               << "the brokers name the active controller";
    QTest::newRow("zookeeper, controller not a broker")
        << MetadataMode::ZooKeeper << -1 << QList<ControllerVoter>{} << "unknown"
        << "ZooKeeper mode"
        << "migrating to KRaft";
    QTest::newRow("unknown") << MetadataMode::Unknown << -1 << QList<ControllerVoter>{} << "unknown"
                             << "Metadata mode unknown"
                             << "cannot be told apart";
}

void TestOverviewPage::controllerTile() {
    QFETCH(MetadataMode, mode);
    QFETCH(int, controllerId);
    QFETCH(QList<ControllerVoter>, voters);
    QFETCH(QString, value);
    QFETCH(QString, detail);
    QFETCH(QString, toolTipPart);

    auto snapshot = std::make_shared<ClusterSnapshot>();
    snapshot->metadataMode = mode;
    snapshot->controllerId = controllerId;
    snapshot->controllerVoters = voters;
    snapshot->takenAt = QDateTime::currentDateTimeUtc();
    OverviewPage page;
    page.setSnapshot(snapshot);

    const auto *valueLabel = page.findChild<QLabel *>(QStringLiteral("controllerValue"));
    const auto *detailLabel = page.findChild<QLabel *>(QStringLiteral("controllerValueDetail"));
    QVERIFY(valueLabel && detailLabel);
    QCOMPARE(valueLabel->text(), value);
    QCOMPARE(detailLabel->text(), detail);
    const QString toolTip = valueLabel->parentWidget()->toolTip();
    QVERIFY2(toolTip.contains(toolTipPart), qPrintable(toolTip));
}

void TestOverviewPage::noSnapshotClearsTheTile() {
    auto snapshot = std::make_shared<ClusterSnapshot>();
    snapshot->metadataMode = MetadataMode::KRaft;
    OverviewPage page;
    page.setSnapshot(snapshot);
    page.setSnapshot(nullptr);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("controllerValue"))->text(), QStringLiteral("\u2014"));
    const auto *detailLabel = page.findChild<QLabel *>(QStringLiteral("controllerValueDetail"));
    QVERIFY(detailLabel->text().isEmpty());
    QVERIFY(detailLabel->isHidden());
    QVERIFY(detailLabel->parentWidget()->toolTip().isEmpty());
}

void TestOverviewPage::findingsLeadToWhatTheyAreAbout() {
    using namespace partita::test;
    auto snapshot = std::make_shared<ClusterSnapshot>();
    snapshot->brokers = {onlineBroker(1), onlineBroker(2), onlineBroker(3)};
    snapshot->topics = {
        topic(QStringLiteral("orders"), {partition(0, 1, {1, 2, 3}, {1, 2, 3})}),
        topic(QStringLiteral("__consumer_offsets"), {partition(0, 2, {2, 3, 1}, {2, 3, 1})}, true)};
    snapshot->takenAt = QDateTime::currentDateTimeUtc();
    OverviewPage page;
    page.resize(1024, 640);
    page.show();
    page.setSnapshot(snapshot);
    auto *table = page.findChild<QTableView *>(QStringLiteral("findingTable"));
    const auto *summary = page.findChild<QLabel *>(QStringLiteral("findingsSummary"));
    QVERIFY(table && summary);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(table->isHidden());
    QCOMPARE(summary->text(),
             QStringLiteral("Nothing to report: 3 brokers up, every partition led and with all "
                            "its replicas in sync, no consumer group stopped, stalled or falling behind."));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("topicsValue"))->text(), QStringLiteral("1"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("topicsValueDetail"))->text(),
             QStringLiteral("and 1 internal topic"));

    auto broken = std::make_shared<ClusterSnapshot>(*snapshot);
    broken->brokers[2] = offlineBroker(3);
    broken->topics[0].partitions[0].isr = {1, 2};
    page.setSnapshot(broken);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(table->isVisible());
    QCOMPARE(summary->text(), QStringLiteral("2 findings, the most severe first:"));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Broker 3 is down"));
    QCOMPARE(table->model()->index(1, 1).data().toString(),
             QStringLiteral("orders: 1 partition under-replicated"));
    const QString folder = qEnvironmentVariable("PARTITA_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(100); // layouts and the tables' column fitting run from the event loop
        QVERIFY(page.grab().save(folder + QStringLiteral("/overview-findings.png")));
    }

    QSignalSpy topics(&page, &OverviewPage::topicRequested);
    QSignalSpy brokers(&page, &OverviewPage::brokerRequested);
    emit table->activated(table->model()->index(1, 1));
    QCOMPARE(topics.size(), 1);
    QCOMPARE(topics.first().first().toString(), QStringLiteral("orders"));
    emit table->activated(table->model()->index(0, 1));
    QCOMPARE(brokers.size(), 1);
    QCOMPARE(brokers.first().first().toInt(), 3);
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
