// The built-in demo cluster: its shape, its click stream, its consumer groups, and the broker fault drill.

#include "clickstreamgenerator.h"
#include "democluster.h"
#include "groupclient.h"
#include "snapshotclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace partita;

namespace {

const QString Analytics = QStringLiteral("click-analytics");
const QString Archiver = QStringLiteral("click-archiver");
const QString Sessionizer = QStringLiteral("click-sessionizer");

} // namespace

class TestDemoCluster : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
        ConnectionSettings settings;
        settings.bootstrapServers = m_demo.bootstrapServers();
        QString error;
        m_client = SnapshotClient::create(settings, &error);
        QVERIFY2(m_client, qPrintable(error));
        settings.describesGroups = false; // the mock answers neither ListGroups nor DescribeGroups
        m_groups = GroupClient::create(settings, &error);
        QVERIFY2(m_groups, qPrintable(error));
    }

    void cleanup() {
        m_groups.reset();
        m_client.reset();
        m_demo.stop();
    }

    void hasThreeBrokersAndTheClickTopic() {
        const ClusterSnapshotPtr snapshot = fetch();
        QCOMPARE(snapshot->brokers.size(), DemoCluster::BrokerCount);
        const TopicInfo *topic = snapshot->topic(DemoCluster::topicName());
        QVERIFY(topic);
        QCOMPARE(topic->partitions.size(), DemoCluster::PartitionCount);
        QCOMPARE(topic->replicationFactor(), 3);
    }

    void clicksKeepArriving() {
        const qint64 before = fetch()->topic(DemoCluster::topicName())->messageCount();
        QTRY_VERIFY_WITH_TIMEOUT(fetch()->topic(DemoCluster::topicName())->messageCount() >= before + 10,
                                 10000);
        QVERIFY(m_demo.producedCount() > 0);
    }

    void clickEventsAreJsonWithTheirFields() {
        ClickStreamGenerator generator(42);
        for (int i = 0; i < 100; ++i) {
            const auto event = generator.next(1700000000000 + i);
            const QJsonObject click = QJsonDocument::fromJson(event.json).object();
            for (const char *field : {"user_id", "session_id", "page", "referrer", "device", "timestamp"})
                QVERIFY2(click.contains(QLatin1String(field)), field);
            QCOMPARE(click.value(QLatin1String("user_id")).toString().toUtf8(), event.key);
            QVERIFY(
                click.value(QLatin1String("session_id")).toString().startsWith(QString::fromUtf8(event.key)));
            QCOMPARE(click.value(QLatin1String("timestamp")).toInteger(), 1700000000000 + i);
        }
    }

    void consumerGroupsCommitOnEveryPartition() {
        QCOMPARE(DemoCluster::consumerGroups(), QStringList({Analytics, Archiver, Sessionizer}));
        QTRY_VERIFY_WITH_TIMEOUT(allGroupsCommitted(), 15000);
        QVERIFY(m_lastGroups->listError.contains(QLatin1String("cannot list")));
        // Committed offsets are read after the watermarks, so compare them with a later snapshot.
        const ClusterSnapshotPtr later = fetch();
        for (const QString &id : DemoCluster::consumerGroups()) {
            const ConsumerGroupInfo *group = m_lastGroups->group(id);
            QVERIFY2(group, qPrintable(id));
            QCOMPARE(group->state, GroupState::Unknown);
            QVERIFY(group->members.isEmpty()); // unknown, so not made up
            QVERIFY(!group->listedByBroker);
            QVERIFY2(group->error.contains(QLatin1String("cannot describe")), qPrintable(group->error));
            for (const GroupPartitionOffsets &entry : group->partitions) {
                QVERIFY(entry.error.isEmpty());
                QVERIFY(entry.lowWatermark >= 0 && entry.highWatermark >= entry.lowWatermark);
                const TopicPartition &tp = entry.partition;
                QVERIFY(later->partition(tp.topic, tp.partition)->highWatermark >= entry.committed);
            }
        }
    }

    void archiverFallsBehindWhileAnalyticsKeepsUp() {
        QTRY_VERIFY_WITH_TIMEOUT(allGroupsCommitted(), 15000);
        const qint64 archiverAtStart = totalLag(Archiver);
        // The archiver reads 10 of the 20 clicks arriving each second; analytics reads them all.
        QTRY_VERIFY2_WITH_TIMEOUT(fetchGroups() && totalLag(Archiver) >= archiverAtStart + 50 &&
                                      totalLag(Archiver) >= totalLag(Analytics) + 50,
                                  qPrintable(lagReport()), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(fetchGroups() && totalLag(Analytics) < 60, qPrintable(lagReport()), 10000);
    }

    void sessionizerHangsOnOnePartition() {
        constexpr int Stuck = 3;
        QTRY_VERIFY_WITH_TIMEOUT(allGroupsCommitted() && offsets(Sessionizer, Stuck).committed == 50, 15000);
        const qint64 endBefore = offsets(Sessionizer, Stuck).highWatermark;
        QTest::qWait(3000);
        QVERIFY(allGroupsCommitted());
        QCOMPARE(offsets(Sessionizer, Stuck).committed, 50);
        QVERIFY(offsets(Sessionizer, Stuck).highWatermark > endBefore);
        // Its other partitions carry on.
        QTRY_VERIFY_WITH_TIMEOUT(
            fetchGroups() && totalLag(Sessionizer) - lag(offsets(Sessionizer, Stuck)) < 60, 10000);
    }

    // Group requests to a stopped coordinator time out instead of wedging the client for later polls.
    void groupFetchesStayBoundedThroughAFault() {
        QTRY_VERIFY_WITH_TIMEOUT(allGroupsCommitted(), 15000);
        m_demo.setBrokerRunning(1, false);
        m_demo.setBrokerRunning(2, false);
        for (int i = 0; i < 2; ++i) {
            fetchGroups(std::chrono::seconds(1));
            for (const QString &id : DemoCluster::consumerGroups()) {
                const ConsumerGroupInfo *group = m_lastGroups->group(id);
                QVERIFY(group && (!group->partitions.isEmpty() || !group->error.isEmpty()));
            }
        }
        m_demo.setBrokerRunning(1, true);
        m_demo.setBrokerRunning(2, true);
        QTRY_VERIFY_WITH_TIMEOUT(allGroupsCommitted(), 20000);
    }

    void stoppedBrokerLosesLeadershipAndComesBack() {
        const int victim = fetch()->topic(DemoCluster::topicName())->partitions.first().leader;
        QVERIFY(victim >= 1);
        m_demo.setBrokerRunning(victim, false);
        QTRY_VERIFY_WITH_TIMEOUT(!latest()->isBrokerOnline(victim) && ledBy(*m_last, victim) == 0, 15000);
        QCOMPARE(m_last->offlineCount(), 0); // two replicas remain for every partition
        // The mock keeps the ISR full; the replica on the stopped broker still counts as not replicating.
        for (const auto &partition : m_last->topic(DemoCluster::topicName())->partitions)
            QCOMPARE(partition.offlineReplicas, QList<int>{victim});
        QCOMPARE(m_last->underReplicatedCount(), DemoCluster::PartitionCount);
        QCOMPARE(m_last->onlineBrokerCount(), DemoCluster::BrokerCount - 1);

        m_demo.setBrokerRunning(victim, true);
        QTRY_VERIFY_WITH_TIMEOUT(latest()->isBrokerOnline(victim), 15000);
    }

    void lastRunningBrokerLeadsEverything() {
        m_demo.setBrokerRunning(1, false);
        m_demo.setBrokerRunning(2, false);
        // Leadership moves at once; the client notices the lost connections within a statistics interval.
        QTRY_VERIFY_WITH_TIMEOUT(latest() && ledBy(*m_last, 3) == DemoCluster::PartitionCount &&
                                     !m_last->isBrokerOnline(1) && !m_last->isBrokerOnline(2),
                                 15000);
        QVERIFY(m_last->isBrokerOnline(3));
    }

private:
    ClusterSnapshotPtr fetch() {
        SnapshotResult result = m_client->fetch();
        if (!result.snapshot)
            qFatal("demo snapshot failed: %s", qPrintable(result.message));
        return result.snapshot;
    }

    // The newest snapshot, or the previous one while a poll fails during a fault.
    ClusterSnapshotPtr latest() {
        SnapshotResult result = m_client->fetch();
        if (result.snapshot)
            m_last = result.snapshot;
        return m_last;
    }

    // The groups' offsets are read one group after the other, each within the timeout: a fetch never
    // takes longer than that in all. Returns true, to chain in QTRY conditions.
    bool fetchGroups(std::chrono::milliseconds timeout = std::chrono::seconds(3)) {
        const ClusterSnapshotPtr cluster = latest();
        if (!cluster)
            qFatal("no demo snapshot");
        const QStringList groups = DemoCluster::consumerGroups();
        QElapsedTimer elapsed;
        elapsed.start();
        m_lastGroups = m_groups->fetch(groups, *cluster, timeout);
        const qint64 bound = groups.size() * timeout.count() + 500;
        if (elapsed.elapsed() > bound)
            qFatal("a group fetch took %lld ms, beyond its %lld ms bound", elapsed.elapsed(), bound);
        return true;
    }

    // Fetches, then checks that every demo group has committed on every partition of the topic.
    bool allGroupsCommitted() {
        fetchGroups();
        for (const QString &id : DemoCluster::consumerGroups()) {
            const ConsumerGroupInfo *group = m_lastGroups->group(id);
            if (!group || group->partitions.size() != DemoCluster::PartitionCount)
                return false;
            for (const GroupPartitionOffsets &entry : group->partitions) {
                if (entry.committed < 0 || entry.highWatermark < 0)
                    return false;
            }
        }
        return true;
    }

    // Of the last fetch; only after allGroupsCommitted() has seen every partition committed.
    GroupPartitionOffsets offsets(const QString &id, int partition) const {
        return m_lastGroups->group(id)->partitions.at(partition);
    }

    // Committed offsets can be a little ahead of the watermarks read just before them: no negative lag.
    static qint64 lag(const GroupPartitionOffsets &entry) {
        return std::max<qint64>(0, entry.highWatermark - entry.committed);
    }

    // Each group's committed offsets, end offsets and error in the last fetch, for failure messages.
    QString lagReport() const {
        QStringList lines;
        for (const ConsumerGroupInfo &group : m_lastGroups->groups) {
            QStringList partitions;
            for (const GroupPartitionOffsets &entry : group.partitions)
                partitions << QStringLiteral("%1/%2").arg(entry.committed).arg(entry.highWatermark);
            lines << QStringLiteral("%1: %2 (%3)")
                         .arg(group.groupId, partitions.join(QLatin1Char(' ')), group.error);
        }
        return lines.join(QLatin1Char('\n'));
    }

    qint64 totalLag(const QString &id) const {
        qint64 total = 0;
        for (const GroupPartitionOffsets &entry : m_lastGroups->group(id)->partitions)
            total += lag(entry);
        return total;
    }

    static int ledBy(const ClusterSnapshot &snapshot, int broker) {
        const auto &partitions = snapshot.topic(DemoCluster::topicName())->partitions;
        return int(std::count_if(partitions.cbegin(), partitions.cend(),
                                 [broker](const PartitionInfo &p) { return p.leader == broker; }));
    }

    DemoCluster m_demo;
    std::unique_ptr<SnapshotClient> m_client;
    std::unique_ptr<GroupClient> m_groups;
    ClusterSnapshotPtr m_last;
    GroupsSnapshotPtr m_lastGroups;
};

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
