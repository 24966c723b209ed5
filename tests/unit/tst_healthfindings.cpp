// The health findings of hand-built snapshots: a healthy cluster has none; a broker down, partitions
// without a leader, under their topic's min.insync.replicas (superseding under-replicated) or missing
// in-sync replicas, and leadership that did not move back to a returned
// broker each give one finding with its numbers, most severe first; groups in STOP, STALL, WARN or
// REWIND are findings too; the findings table under
// QAbstractItemModelTester keeps a finding's row while it lasts.

#include "healthfindingmodel.h"
#include "laganalyzer.h"
#include "snapshotbuilders.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace partita;
using namespace partita::test;
using Severity = HealthFinding::Severity;
using Kind = HealthFinding::Kind;

namespace {

// Three brokers, "orders" with three partitions, each led by its preferred (first) replica.
ClusterSnapshot healthyCluster() {
    ClusterSnapshot snapshot;
    snapshot.brokers = {onlineBroker(1), onlineBroker(2), onlineBroker(3)};
    snapshot.topics = {topic(QStringLiteral("orders"),
                             {partition(0, 1, {1, 2, 3}, {1, 2, 3}), partition(1, 2, {2, 3, 1}, {2, 3, 1}),
                              partition(2, 3, {3, 1, 2}, {3, 1, 2})})};
    return snapshot;
}

struct Expected {
    Severity severity;
    Kind kind;
    int broker;
    QString topic;
    QString summary;
    QString detail;
};

} // namespace

Q_DECLARE_METATYPE(ClusterSnapshot)
Q_DECLARE_METATYPE(QList<Expected>)

class TestHealthFindings : public QObject {
    Q_OBJECT

private slots:
    void findings_data() {
        QTest::addColumn<ClusterSnapshot>("snapshot");
        QTest::addColumn<QList<Expected>>("expected");
        const QString orders = QStringLiteral("orders");

        QTest::newRow("healthy") << healthyCluster() << QList<Expected>{};

        // Broker 3 stopped: Kafka moved the leadership of partition 2 to broker 1 and dropped 3 from
        // every ISR.
        ClusterSnapshot brokerDown = healthyCluster();
        brokerDown.brokers[2] = offlineBroker(3);
        brokerDown.topics[0].partitions = {partition(0, 1, {1, 2, 3}, {1, 2}),
                                           partition(1, 2, {2, 3, 1}, {2, 1}),
                                           partition(2, 1, {3, 1, 2}, {1, 2})};
        QTest::newRow("broker down")
            << brokerDown
            << QList<Expected>{
                   {Severity::Critical, Kind::BrokerDown, 3, QString(), QStringLiteral("Broker 3 is down"),
                    QStringLiteral(
                        "It hosts 3 partition replicas; other brokers lead all of their partitions")},
                   {Severity::Warning, Kind::UnderReplicated, -1, orders,
                    QStringLiteral("orders: 3 partitions under-replicated"),
                    QStringLiteral("Replicas out of sync or down: broker 3 (partitions 0, 1, 2)")}};

        // Partition 1's only replica is on a down broker; partition 2 is down to its leader.
        ClusterSnapshot leaderless = healthyCluster();
        leaderless.brokers[1] = offlineBroker(2);
        leaderless.topics[0].partitions = {partition(0, 1, {1}, {1}), partition(1, -1, {2}, {}),
                                           partition(2, 3, {3, 2}, {3})};
        QTest::newRow("partition without a leader")
            << leaderless
            << QList<Expected>{
                   {Severity::Critical, Kind::BrokerDown, 2, QString(), QStringLiteral("Broker 2 is down"),
                    QStringLiteral("It hosts 2 partition replicas; 1 partition of those without a leader")},
                   {Severity::Critical, Kind::OfflinePartitions, -1, orders,
                    QStringLiteral("orders: 1 partition without a leader"),
                    QStringLiteral("Partition 1 offline: producing and reading fail until a replica is back "
                                   "(replicas on broker 2)")},
                   {Severity::Warning, Kind::UnderReplicated, -1, orders,
                    QStringLiteral("orders: 1 partition under-replicated"),
                    QStringLiteral(
                        "Replicas out of sync or down: broker 2 (partition 2). Partition 2 down to "
                        "the leader alone: losing it makes it offline")}};

        // Brokers 2 and 3 stopped under min.insync.replicas=2: every partition is down to broker 1, which
        // producers with acks=all cannot write to; that supersedes under-replicated for each of them.
        ClusterSnapshot underMin = healthyCluster();
        underMin.brokers[1] = offlineBroker(2);
        underMin.brokers[2] = offlineBroker(3);
        underMin.topics[0].minInSyncReplicas = 2;
        underMin.topics[0].partitions = {partition(0, 1, {1, 2, 3}, {1}), partition(1, 1, {2, 3, 1}, {1}),
                                         partition(2, 1, {3, 1, 2}, {1})};
        QTest::newRow("under min.insync.replicas")
            << underMin
            << QList<Expected>{
                   {Severity::Critical, Kind::BrokerDown, 2, QString(), QStringLiteral("Broker 2 is down"),
                    QStringLiteral(
                        "It hosts 3 partition replicas; other brokers lead all of their partitions")},
                   {Severity::Critical, Kind::BrokerDown, 3, QString(), QStringLiteral("Broker 3 is down"),
                    QStringLiteral(
                        "It hosts 3 partition replicas; other brokers lead all of their partitions")},
                   {Severity::Critical, Kind::UnderMinInSyncReplicas, -1, orders,
                    QStringLiteral("orders: 3 partitions under min.insync.replicas"),
                    QStringLiteral("Partitions 0, 1, 2 have fewer than 2 in-sync replicas on online brokers: "
                                   "producers with acks=all fail there until replicas catch up")}};

        // Only partition 2 is down to one in-sync replica; the other two are under-replicated and still
        // take writes. A replica still in the ISR but on a down broker cannot acknowledge one.
        ClusterSnapshot partlyUnderMin = healthyCluster();
        partlyUnderMin.brokers[2] = offlineBroker(3);
        partlyUnderMin.topics[0].minInSyncReplicas = 2;
        partlyUnderMin.topics[0].partitions = {partition(0, 1, {1, 2, 3}, {1, 2}),
                                               partition(1, 2, {2, 3, 1}, {2, 1}),
                                               partition(2, 1, {3, 1, 2}, {1, 3})};
        partlyUnderMin.topics[0].partitions[2].offlineReplicas = {3};
        QTest::newRow("partly under min.insync.replicas")
            << partlyUnderMin
            << QList<Expected>{
                   {Severity::Critical, Kind::BrokerDown, 3, QString(), QStringLiteral("Broker 3 is down"),
                    QStringLiteral(
                        "It hosts 3 partition replicas; other brokers lead all of their partitions")},
                   {Severity::Critical, Kind::UnderMinInSyncReplicas, -1, orders,
                    QStringLiteral("orders: 1 partition under min.insync.replicas"),
                    QStringLiteral("Partition 2 has fewer than 2 in-sync replicas on online brokers: "
                                   "producers with acks=all fail there until replicas catch up")},
                   {Severity::Warning, Kind::UnderReplicated, -1, orders,
                    QStringLiteral("orders: 2 partitions under-replicated"),
                    QStringLiteral("Replicas out of sync or down: broker 3 (partitions 0, 1)")}};

        // Broker 3 is back and in sync again, but partition 2 is still led by broker 1.
        ClusterSnapshot returned = healthyCluster();
        returned.topics[0].partitions[2].leader = 1;
        QTest::newRow("leadership not back")
            << returned
            << QList<Expected>{
                   {Severity::Warning, Kind::NotPreferredLeader, 3, QString(),
                    QStringLiteral("Broker 3 leads 0 of the 1 partition it is the preferred leader of"),
                    QStringLiteral("1 partition could move back to it, as it is in their in-sync "
                                   "replicas: a preferred leader election does that "
                                   "(kafka-leader-election --election-type preferred), as does "
                                   "auto.leader.rebalance.enable at its next check")}};

        // While broker 3 still leads something, though less than its share (2 of 6), the same is only a
        // notice; a preferred leader that is out of sync could not take the partition back, so it is
        // not counted.
        ClusterSnapshot partly = healthyCluster();
        partly.topics[0].partitions.append(partition(3, 3, {3, 1, 2}, {3, 1, 2}));
        partly.topics[0].partitions.append(partition(4, 1, {3, 1, 2}, {1, 2}));
        partly.topics[0].partitions.append(partition(5, 1, {3, 1, 2}, {3, 1, 2}));
        partly.topics[0].partitions[2].leader = 2;
        QTest::newRow("partly back")
            << partly
            << QList<Expected>{
                   {Severity::Warning, Kind::UnderReplicated, -1, orders,
                    QStringLiteral("orders: 1 partition under-replicated"),
                    QStringLiteral("Replicas out of sync or down: broker 3 (partition 4)")},
                   {Severity::Notice, Kind::NotPreferredLeader, 3, QString(),
                    QStringLiteral("Broker 3 leads 1 of the 4 partitions it is the preferred leader of"),
                    QStringLiteral("2 partitions could move back to it, as it is in their in-sync replicas: "
                                   "a preferred leader election does that (kafka-leader-election "
                                   "--election-type preferred), as does auto.leader.rebalance.enable at its "
                                   "next check")}};
    }
    void findings() {
        QFETCH(ClusterSnapshot, snapshot);
        QFETCH(QList<Expected>, expected);
        const std::vector<HealthFinding> found = HealthCheck::of(snapshot);
        QCOMPARE(int(found.size()), int(expected.size()));
        for (int i = 0; i < expected.size(); ++i) {
            const HealthFinding &finding = found[size_t(i)];
            const Expected &wanted = expected.at(i);
            QCOMPARE(finding.severity, wanted.severity);
            QCOMPARE(finding.kind, wanted.kind);
            QCOMPARE(finding.broker, wanted.broker);
            QCOMPARE(finding.topic, wanted.topic);
            QCOMPARE(finding.summary, wanted.summary);
            QCOMPARE(finding.detail, wanted.detail);
        }
    }

    // librdkafka's mock cluster names broker 1 first in every replica list and spreads the leaders: a
    // broker leading its share is no finding.
    void leadersSpreadEvenlyAreNoFinding() {
        ClusterSnapshot snapshot = healthyCluster();
        snapshot.topics[0].partitions = {partition(0, 1, {1, 2, 3}, {1, 2, 3}),
                                         partition(1, 2, {1, 2, 3}, {1, 2, 3}),
                                         partition(2, 3, {1, 2, 3}, {1, 2, 3})};
        QCOMPARE(int(HealthCheck::of(snapshot).size()), 0);
    }

    void longListsAreCut() {
        ClusterSnapshot snapshot = healthyCluster();
        QList<PartitionInfo> partitions;
        for (int id = 0; id < 20; ++id)
            partitions.append(partition(id, -1, {2}, {}));
        snapshot.topics = {topic(QStringLiteral("wide"), partitions)};
        const std::vector<HealthFinding> found = HealthCheck::of(snapshot);
        QCOMPARE(int(found.size()), 1);
        QVERIFY2(found.front().detail.startsWith(
                     QLatin1String("Partitions 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 8 others offline")),
                 qPrintable(found.front().detail));
    }

    // Groups in STOP or STALL are critical, in WARN or REWIND warnings, with their verdict's reason;
    // OK and UNKNOWN groups are no finding. In the table they sort among the cluster's findings.
    void groupVerdictsAreFindings() {
        const auto group = [](const QString &id, LagVerdict::Status status, const QString &reason) {
            GroupLagState state;
            state.info.groupId = id;
            state.verdict = {status, reason};
            return state;
        };
        const std::vector<GroupLagState> groups{
            group(QStringLiteral("archiver"), LagVerdict::Stop,
                  QStringLiteral("no members; lag 25 and rising")),
            group(QStringLiteral("billing"), LagVerdict::Ok, QStringLiteral("caught up")),
            group(QStringLiteral("search"), LagVerdict::Warn, QStringLiteral("orders-1: lag up about 300")),
            group(QStringLiteral("new"), LagVerdict::Unknown, QStringLiteral("not enough history yet"))};
        const std::vector<HealthFinding> found = HealthCheck::of(groups);
        QCOMPARE(int(found.size()), 2);
        QCOMPARE(found[0].severity, Severity::Critical);
        QCOMPARE(found[0].group, QStringLiteral("archiver"));
        QCOMPARE(found[0].summary, QStringLiteral("Group archiver is STOP"));
        QCOMPARE(found[0].detail, QStringLiteral("no members; lag 25 and rising"));
        QCOMPARE(found[1].severity, Severity::Warning);
        QCOMPARE(found[1].summary, QStringLiteral("Group search is WARN"));

        HealthFindingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClusterSnapshot down = healthyCluster();
        down.brokers[2] = offlineBroker(3);
        model.setSnapshot(std::make_shared<ClusterSnapshot>(down));
        model.setGroups(groups);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, HealthFindingModel::SummaryColumn).data().toString(),
                 QStringLiteral("Broker 3 is down"));
        QCOMPARE(model.index(1, 0).data(HealthFindingModel::GroupRole).toString(),
                 QStringLiteral("archiver"));
        QCOMPARE(model.index(2, 0).data(HealthFindingModel::GroupRole).toString(), QStringLiteral("search"));
        model.setGroups({});
        QCOMPARE(model.rowCount(), 1);
    }

    void tableKeepsAFindingsRow() {
        HealthFindingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(std::make_shared<ClusterSnapshot>(healthyCluster()));
        QCOMPARE(model.rowCount(), 0);

        ClusterSnapshot down = healthyCluster();
        down.brokers[2] = offlineBroker(3);
        down.topics[0].partitions[2].leader = 1;
        down.topics[0].partitions[2].isr = {1, 2};
        model.setSnapshot(std::make_shared<ClusterSnapshot>(down));
        QCOMPARE(model.rowCount(), 2);
        const QPersistentModelIndex brokerRow = model.index(0, HealthFindingModel::SummaryColumn);
        QCOMPARE(brokerRow.data().toString(), QStringLiteral("Broker 3 is down"));
        QCOMPARE(model.index(0, HealthFindingModel::SeverityColumn).data().toString(),
                 QStringLiteral("critical"));
        QCOMPARE(brokerRow.data(HealthFindingModel::BrokerRole).toInt(), 3);
        QCOMPARE(model.index(1, 0).data(HealthFindingModel::TopicRole).toString(), QStringLiteral("orders"));

        // A second partition loses broker 3: the broker's row stays, the topic's changes in place.
        down.topics[0].partitions[0].isr = {1, 2};
        model.setSnapshot(std::make_shared<ClusterSnapshot>(down));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(brokerRow.row(), 0);
        QCOMPARE(model.index(1, HealthFindingModel::SummaryColumn).data().toString(),
                 QStringLiteral("orders: 2 partitions under-replicated"));

        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHealthFindings)
#include "tst_healthfindings.moc"
