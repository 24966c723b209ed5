// The event timeline's diff of consecutive polls, table-driven: the first poll and an unchanged one give
// no events; a broker going down or coming back, leaders moving, ISRs shrinking and expanding (not merely
// reordered), topics created and deleted and partitions added each give theirs, in the order brokers,
// topics, leaders, ISRs; another cluster behind the connection gives none. Of the groups' judgements: state,
// member count and verdict changes and committed offsets that moved back, but not ones that moved on.

#include "clustereventdiff.h"
#include "laganalyzer.h"
#include "snapshotbuilders.h"

#include <QTest>

using namespace partita;
using namespace partita::test;

namespace {

const QDateTime PollTime = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

// Three brokers and "orders" with three partitions, each led by its first replica, all in sync.
ClusterSnapshot healthyCluster() {
    ClusterSnapshot snapshot;
    snapshot.clusterId = QStringLiteral("cluster-a");
    snapshot.takenAt = PollTime;
    snapshot.brokers = {onlineBroker(1), onlineBroker(2), onlineBroker(3)};
    snapshot.topics = {topic(QStringLiteral("orders"),
                             {partition(0, 1, {1, 2, 3}, {1, 2, 3}), partition(1, 2, {2, 3, 1}, {2, 3, 1}),
                              partition(2, 3, {3, 1, 2}, {3, 1, 2})})};
    return snapshot;
}

// Broker 3 stopped: its partition moved to broker 1 and it left every ISR.
ClusterSnapshot brokerThreeDown() {
    ClusterSnapshot snapshot = healthyCluster();
    snapshot.brokers[2] = offlineBroker(3);
    snapshot.topics[0].partitions = {partition(0, 1, {1, 2, 3}, {1, 2}), partition(1, 2, {2, 3, 1}, {2, 1}),
                                     partition(2, 1, {3, 1, 2}, {1, 2})};
    return snapshot;
}

// One line per event, so that a failure shows what differs.
QStringList lines(const ClusterEvents &events) {
    QStringList out;
    for (const ClusterEvent &e : events)
        out.append(QStringLiteral("%1 %2 %3 %4 %5>%6 @%7")
                       .arg(int(e.kind))
                       .arg(e.subject, e.topic)
                       .arg(e.partition)
                       .arg(e.from, e.to)
                       .arg(e.timeMs));
    return out;
}

ClusterEvent expected(ClusterEvent::Kind kind, const QString &subject, int partition = -1,
                      const QString &from = {}, const QString &to = {}, const QString &topic = {}) {
    ClusterEvent e;
    e.timeMs = PollTime.toMSecsSinceEpoch();
    e.kind = kind;
    e.subject = subject;
    e.topic = topic;
    e.partition = partition;
    e.from = from;
    e.to = to;
    return e;
}

GroupLagState group(const QString &id, GroupState state, int members, LagVerdict::Status status,
                    const QList<qint64> &committed) {
    GroupLagState judged;
    judged.info.groupId = id;
    judged.info.state = state;
    for (int m = 0; m < members; ++m)
        judged.info.members.append(GroupMember{QStringLiteral("member-%1").arg(m), {}, {}, {}, {}});
    for (int p = 0; p < committed.size(); ++p) {
        GroupPartitionOffsets offsets;
        offsets.partition = {QStringLiteral("orders"), p};
        offsets.committed = committed.at(p);
        judged.info.partitions.append(offsets);
    }
    judged.verdict.status = status;
    return judged;
}

} // namespace

Q_DECLARE_METATYPE(ClusterSnapshot)
Q_DECLARE_METATYPE(ClusterEvents)
Q_DECLARE_METATYPE(std::vector<GroupLagState>)

class TestClusterEventDiff : public QObject {
    Q_OBJECT

private slots:
    void snapshots_data() {
        QTest::addColumn<bool>("first");
        QTest::addColumn<ClusterSnapshot>("previous");
        QTest::addColumn<ClusterSnapshot>("current");
        QTest::addColumn<ClusterEvents>("events");
        const QString orders = QStringLiteral("orders");
        using E = ClusterEvent;

        QTest::newRow("first poll") << true << ClusterSnapshot() << brokerThreeDown() << ClusterEvents{};
        QTest::newRow("unchanged") << false << healthyCluster() << healthyCluster() << ClusterEvents{};

        QTest::newRow("broker down")
            << false << healthyCluster() << brokerThreeDown()
            << ClusterEvents{
                   expected(E::BrokerDown, QStringLiteral("3")),
                   expected(E::LeaderMoved, orders, 2, QStringLiteral("3"), QStringLiteral("1")),
                   expected(E::IsrShrank, orders, 0, QStringLiteral("1,2,3"), QStringLiteral("1,2")),
                   expected(E::IsrShrank, orders, 1, QStringLiteral("1,2,3"), QStringLiteral("1,2")),
                   expected(E::IsrShrank, orders, 2, QStringLiteral("1,2,3"), QStringLiteral("1,2"))};

        // Back and caught up on partition 0 only; partition 1's ISR lists the same brokers reordered.
        ClusterSnapshot back = brokerThreeDown();
        back.brokers[2] = onlineBroker(3);
        back.topics[0].partitions[0].isr = {1, 2, 3};
        back.topics[0].partitions[1].isr = {1, 2};
        QTest::newRow("broker up") << false << brokerThreeDown() << back
                                   << ClusterEvents{expected(E::BrokerUp, QStringLiteral("3")),
                                                    expected(E::IsrExpanded, orders, 0, QStringLiteral("1,2"),
                                                             QStringLiteral("1,2,3"))};

        // The only leader lost: no leader is -1.
        ClusterSnapshot leaderless = healthyCluster();
        leaderless.topics[0].partitions[0].leader = -1;
        leaderless.topics[0].partitions[0].isr = {};
        QTest::newRow("leader lost")
            << false << healthyCluster() << leaderless
            << ClusterEvents{expected(E::LeaderMoved, orders, 0, QStringLiteral("1"), QStringLiteral("-1")),
                             expected(E::IsrShrank, orders, 0, QStringLiteral("1,2,3"), QString())};

        // One member swapped for another: both a shrink and an expansion.
        ClusterSnapshot swapped = healthyCluster();
        swapped.topics[0].partitions[0].replicas = {1, 2, 3, 4};
        swapped.topics[0].partitions[0].isr = {1, 2, 4};
        QTest::newRow("isr member swapped")
            << false << healthyCluster() << swapped
            << ClusterEvents{
                   expected(E::IsrShrank, orders, 0, QStringLiteral("1,2,3"), QStringLiteral("1,2,4")),
                   expected(E::IsrExpanded, orders, 0, QStringLiteral("1,2,3"), QStringLiteral("1,2,4"))};

        // "audit" created, "orders" grown to 5 partitions, "clicks" deleted; a broker joins.
        ClusterSnapshot before = healthyCluster();
        before.topics.prepend(topic(QStringLiteral("clicks"), {partition(0, 1, {1}, {1})}));
        ClusterSnapshot after = healthyCluster();
        after.brokers.append(onlineBroker(4));
        after.topics.prepend(
            topic(QStringLiteral("audit"), {partition(0, 2, {2}, {2}), partition(1, 3, {3}, {3})}));
        after.topics.last().partitions.append(partition(3, 1, {1, 2, 3}, {1, 2, 3}));
        after.topics.last().partitions.append(partition(4, 2, {2, 3, 1}, {2, 3, 1}));
        QTest::newRow("topics and partitions")
            << false << before << after
            << ClusterEvents{
                   expected(E::BrokerUp, QStringLiteral("4")),
                   expected(E::TopicCreated, QStringLiteral("audit"), -1, QString(), QStringLiteral("2")),
                   expected(E::TopicDeleted, QStringLiteral("clicks")),
                   expected(E::PartitionsAdded, orders, -1, QStringLiteral("3"), QStringLiteral("5"))};

        ClusterSnapshot other = brokerThreeDown();
        other.clusterId = QStringLiteral("cluster-b");
        QTest::newRow("another cluster") << false << healthyCluster() << other << ClusterEvents{};
    }

    void snapshots() {
        QFETCH(bool, first);
        QFETCH(ClusterSnapshot, previous);
        QFETCH(ClusterSnapshot, current);
        QFETCH(ClusterEvents, events);
        QCOMPARE(lines(ClusterEventDiff::ofSnapshots(first ? nullptr : &previous, current)), lines(events));
    }

    void groups_data() {
        QTest::addColumn<bool>("first");
        QTest::addColumn<std::vector<GroupLagState>>("previous");
        QTest::addColumn<std::vector<GroupLagState>>("current");
        QTest::addColumn<ClusterEvents>("events");
        const QString billing = QStringLiteral("billing");
        const QString search = QStringLiteral("search");
        using E = ClusterEvent;
        const std::vector<GroupLagState> steady{
            group(billing, GroupState::Stable, 2, LagVerdict::Ok, {10, 20}),
            group(search, GroupState::Stable, 1, LagVerdict::Ok, {5, -1})};

        QTest::newRow("first poll") << true << std::vector<GroupLagState>{} << steady << ClusterEvents{};
        QTest::newRow("unchanged") << false << steady << steady << ClusterEvents{};

        // Commits that move on, or a first commit, are no event.
        std::vector<GroupLagState> onwards = steady;
        onwards[0].info.partitions[0].committed = 15;
        onwards[1].info.partitions[1].committed = 3;
        QTest::newRow("offsets move on") << false << steady << onwards << ClusterEvents{};

        std::vector<GroupLagState> rebalancing = steady;
        rebalancing[0] = group(billing, GroupState::PreparingRebalance, 3, LagVerdict::Warn, {10, 20});
        QTest::newRow("state, members and verdict")
            << false << steady << rebalancing
            << ClusterEvents{
                   expected(E::GroupStateChanged, billing, -1, QStringLiteral("Stable"),
                            QStringLiteral("PreparingRebalance")),
                   expected(E::GroupMembersChanged, billing, -1, QStringLiteral("2"), QStringLiteral("3")),
                   expected(E::VerdictChanged, billing, -1, LagVerdict::statusName(LagVerdict::Ok),
                            LagVerdict::statusName(LagVerdict::Warn))};

        // A reset to the beginning of partition 1; "search" stops and its commits are deleted (-1).
        std::vector<GroupLagState> reset = steady;
        reset[0].info.partitions[1].committed = 0;
        reset[1].info.partitions[0].committed = -1;
        QTest::newRow("offset reset")
            << false << steady << reset
            << ClusterEvents{expected(E::OffsetReset, billing, 1, QStringLiteral("20"), QStringLiteral("0"),
                                      QStringLiteral("orders"))};

        // A group that appears or goes is no event of this diff.
        QTest::newRow("group gone") << false << steady << std::vector<GroupLagState>{steady[1]}
                                    << ClusterEvents{};
    }

    void groups() {
        QFETCH(bool, first);
        QFETCH(std::vector<GroupLagState>, previous);
        QFETCH(std::vector<GroupLagState>, current);
        QFETCH(ClusterEvents, events);
        QCOMPARE(lines(ClusterEventDiff::ofGroups(first ? nullptr : &previous, current,
                                                  PollTime.toMSecsSinceEpoch())),
                 lines(events));
    }
};

QTEST_GUILESS_MAIN(TestClusterEventDiff)
#include "tst_clustereventdiff.moc"
