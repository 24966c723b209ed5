// The snapshot engine against a real 3-node Apache Kafka (KRaft) cluster: placement, watermarks,
// and a broker failover (leaders move off the stopped node, ISR shrinks, then recovers).

#include "clustersession.h"
#include "snapshotclient.h"
#include "testkafka.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace partita;

namespace {

constexpr int Partitions = 6;
constexpr int StoppedNode = 2;

} // namespace

class TestRealCluster : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // groups watched here stay out of the user's settings
        m_settings.bootstrapServers = test::bootstrapServers();
        QString error;
        m_client = SnapshotClient::create(m_settings, &error);
        QVERIFY2(m_client, qPrintable(error));
        m_topic = test::uniqueTopicName(QStringLiteral("placement"));
        error = test::createTopic(m_topic, Partitions, 3);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (int partition = 0; partition < Partitions; ++partition) {
            error = test::produce(m_topic, partition, 10 * (partition + 1));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void cleanupTestCase() const {
        // Leave the cluster whole for the tests that follow, whatever happened here.
        if (m_nodeStopped)
            QCOMPARE(test::clusterScript({QStringLiteral("start-node"), QString::number(StoppedNode)}), 0);
    }

    void newTopicHasThreeReplicasAndFullIsr() {
        const TopicInfo topic = waitForTopic();
        const ClusterSnapshotPtr snapshot = m_last;
        QVERIFY(!snapshot->clusterId.isEmpty());
        QCOMPARE(snapshot->brokers.size(), 3);
        QCOMPARE(snapshot->onlineBrokerCount(), 3);
        // KRaft: Metadata names a random live broker as controller, so none is claimed; the voters are
        // the three nodes' controller listeners (tests/cluster/cluster.sh, controller.quorum.voters).
        QCOMPARE(snapshot->metadataMode, MetadataMode::KRaft);
        QCOMPARE(snapshot->controllerId, -1);
        QCOMPARE(snapshot->controllerVoters.size(), 3);
        for (int node = 1; node <= 3; ++node) {
            const ControllerVoter &voter = snapshot->controllerVoters.at(node - 1);
            QCOMPARE(voter.id, node);
            QCOMPARE(voter.address(), QStringLiteral("127.0.0.1:%1").arg(test::controllerPort(node)));
        }
        QCOMPARE(topic.partitions.size(), Partitions);
        QVERIFY(!topic.internal);
        for (const auto &partition : topic.partitions) {
            QCOMPARE(partition.replicas.size(), 3);
            QCOMPARE(partition.isr.size(), 3);
            QVERIFY(partition.replicas.contains(partition.leader));
            QVERIFY(!partition.isUnderReplicated());
        }
    }

    void watermarksMatchTheClassicQuery() {
        const TopicInfo topic = waitForTopic();
        for (const auto &partition : topic.partitions) {
            qint64 low = -2;
            qint64 high = -2;
            QVERIFY(test::queryWatermarks(m_topic, partition.id, &low, &high));
            QCOMPARE(partition.lowWatermark, low);
            QCOMPARE(partition.highWatermark, high);
            QCOMPARE(partition.messageCount(), qint64(10 * (partition.id + 1)));
        }
        QCOMPARE(topic.messageCount(), qint64(10 * (1 + 2 + 3 + 4 + 5 + 6)));
    }

    void consumerOffsetsTopicIsInternal() {
        // Present once any group has committed; the earlier produce does not create it, so only check
        // the flag when the topic exists.
        waitForTopic();
        if (const TopicInfo *offsets = m_last->topic(QStringLiteral("__consumer_offsets")))
            QVERIFY(offsets->internal);
    }

    void stoppedBrokerLosesLeadershipAndIsr() {
        QVERIFY(hasReplicaOn(waitForTopic(), StoppedNode));
        QCOMPARE(test::clusterScript({QStringLiteral("stop-node"), QString::number(StoppedNode)}), 0);
        m_nodeStopped = true;

        // Controlled shutdown moves leaders and shrinks the ISR first; the node leaves the metadata's
        // broker list only once it is fenced, moments later. Wait for both.
        QVERIFY(fetchUntil(
            [this](const TopicInfo &topic) {
                return leadersAndIsrAvoid(topic, StoppedNode) && !m_last->isBrokerOnline(StoppedNode);
            },
            60000));
        QVERIFY(!m_last->isBrokerOnline(StoppedNode));
        const BrokerInfo *stopped = m_last->broker(StoppedNode);
        QVERIFY2(stopped, "a stopped broker stays visible as a column, marked down");
        QVERIFY(!stopped->online);
        QCOMPARE(stopped->address(), test::nodeAddress(StoppedNode)); // remembered from when it was listed
        for (const auto &partition : m_last->topic(m_topic)->partitions) {
            QVERIFY(!partition.isOffline());
            QCOMPARE(partition.isr.size(), 2);
            QVERIFY(partition.isUnderReplicated());
            QVERIFY2(partition.hasWatermarks(), qPrintable(partition.error)); // other leaders still answer
        }
        QCOMPARE(m_lastState, ConnectionState::Degraded);
        // The changed set of online brokers has the mode asked for again: still KRaft, still no controller.
        QCOMPARE(m_last->metadataMode, MetadataMode::KRaft);
        QCOMPARE(m_last->controllerId, -1);
        QCOMPARE(m_last->controllerVoters.size(), 3);
    }

    void restartedBrokerRejoinsIsr() {
        QVERIFY(m_nodeStopped);
        QCOMPARE(test::clusterScript({QStringLiteral("start-node"), QString::number(StoppedNode)}), 0);
        m_nodeStopped = false;
        // Back in the ISR once it has caught up, and shown online once the client has reconnected to it.
        QVERIFY(fetchUntil(
            [this](const TopicInfo &topic) {
                return test::hasFullIsr(topic) && m_last->isBrokerOnline(StoppedNode);
            },
            90000));
        QCOMPARE(m_lastState, ConnectionState::Connected);
        QCOMPARE(m_last->metadataMode, MetadataMode::KRaft);
        QCOMPARE(m_last->controllerId, -1);
    }

    void sessionPollsTheRealCluster() {
        ClusterSession session(m_settings, std::chrono::milliseconds(500));
        QSignalSpy snapshots(&session, &ClusterSession::snapshotReady);
        session.start();
        QVERIFY(snapshots.wait(15000));
        const auto snapshot = snapshots.first().first().value<ClusterSnapshotPtr>();
        QVERIFY(snapshot->topic(m_topic));
        QCOMPARE(session.state(), ConnectionState::Connected);
    }

private:
    // Keeps the result's state and snapshot; the topic as it shows it, or an empty one.
    TopicInfo take(const SnapshotResult &result) {
        m_lastState = result.state;
        if (result.snapshot)
            m_last = result.snapshot;
        const TopicInfo *topic = m_last ? m_last->topic(m_topic) : nullptr;
        return topic ? *topic : TopicInfo{};
    }

    // Fetches until `condition` holds for the topic, or `timeoutMs` passed; m_last keeps the snapshot
    // that was judged. (A QTRY macro would fetch once more to report, and a recovering cluster can flap.)
    template <typename Condition> bool fetchUntil(Condition condition, qint64 timeoutMs) {
        return test::fetchUntil(
            *m_client, [&](const SnapshotResult &result) { return condition(take(result)); },
            std::chrono::milliseconds(timeoutMs));
    }

    // Metadata of a just-created topic reaches every broker within moments.
    TopicInfo waitForTopic() {
        const auto complete = [](const TopicInfo &topic) {
            return topic.partitions.size() == Partitions && test::hasFullIsr(topic);
        };
        if (!fetchUntil(complete, 30000))
            qFatal("topic %s not complete after 30 s", qPrintable(m_topic));
        return *m_last->topic(m_topic);
    }

    static bool hasReplicaOn(const TopicInfo &topic, int broker) {
        return std::any_of(topic.partitions.cbegin(), topic.partitions.cend(),
                           [broker](const PartitionInfo &p) { return p.replicas.contains(broker); });
    }

    static bool leadersAndIsrAvoid(const TopicInfo &topic, int broker) {
        return !topic.partitions.isEmpty() && std::all_of(topic.partitions.cbegin(), topic.partitions.cend(),
                                                          [broker](const PartitionInfo &p) {
                                                              return p.leader != broker &&
                                                                     !p.isr.contains(broker);
                                                          });
    }

    ConnectionSettings m_settings;
    std::unique_ptr<SnapshotClient> m_client;
    QString m_topic;
    ClusterSnapshotPtr m_last;
    ConnectionState m_lastState = ConnectionState::Disconnected;
    bool m_nodeStopped = false;
};

QTEST_GUILESS_MAIN(TestRealCluster)
#include "tst_realcluster.moc"
