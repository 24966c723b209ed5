// The overview's controller tile for each metadata mode: a KRaft quorum names its voters and never a
// controller, ZooKeeper mode names the controller, an unknown mode says so.

#include "overviewpage.h"

#include <QLabel>
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

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
