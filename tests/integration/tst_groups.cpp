// Consumer groups on the real cluster: committed offsets, lag per partition, partitions without
// commits, data deleted below a group's position, and groups watched by hand.

#include "clustersession.h"
#include "groupclient.h"
#include "lagtracker.h"
#include "partitionlag.h"
#include "snapshotclient.h"
#include "testkafka.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace partita;

class TestGroups : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // groups watched here stay out of the user's settings
        m_settings.bootstrapServers = test::bootstrapServers();
        QString error;
        m_snapshots = SnapshotClient::create(m_settings, &error);
        QVERIFY2(m_snapshots, qPrintable(error));
        m_groups = GroupClient::create(m_settings, &error);
        QVERIFY2(m_groups, qPrintable(error));
        m_topic = test::uniqueTopicName(QStringLiteral("lag"));
        QCOMPARE(test::createFilledTopic(m_topic, {10, 20, 30}), QString());
    }

    void lagPerPartitionIsExact() {
        const QString group = test::uniqueTopicName(QStringLiteral("readers"));
        // Partition 2 never committed: it must read "no commit", not 0 and not the whole log.
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 4}, {1, 20}}), QString());

        const ConsumerGroupInfo info = fetchGroup(group);
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QVERIFY(info.listedByBroker);
        QCOMPARE(info.state, GroupState::Empty); // no members: committed without joining
        QVERIFY(!info.isActive());
        QCOMPARE(info.topics(), QStringList{m_topic});
        QCOMPARE(info.partitions.size(), 3);

        const auto lagOf = [&info](int partition) {
            const GroupPartitionOffsets &p = info.partitions.at(partition);
            return PartitionLag::compute(p.committed, p.lowWatermark, p.highWatermark);
        };
        QCOMPARE(info.partitions.at(0).committed, 4);
        QCOMPARE(info.partitions.at(0).highWatermark, 10);
        QCOMPARE(lagOf(0).kind, PartitionLag::Normal);
        QCOMPARE(lagOf(0).lag, 6);
        QCOMPARE(lagOf(1).kind, PartitionLag::Normal);
        QCOMPARE(lagOf(1).lag, 0);
        QCOMPARE(info.partitions.at(2).committed, -1);
        QCOMPARE(info.partitions.at(2).highWatermark, 30);
        QCOMPARE(lagOf(2).kind, PartitionLag::NoCommit);
    }

    void deletedRecordsBelowCommitShowAsExpired() {
        const QString group = test::uniqueTopicName(QStringLiteral("slow"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{2, 5}}), QString());
        QCOMPARE(test::deleteRecords(m_topic, 2, 12), QString());

        const ConsumerGroupInfo info = fetchGroup(group);
        const GroupPartitionOffsets &p2 = info.partitions.at(2);
        QCOMPARE(p2.committed, 5);
        QCOMPARE(p2.lowWatermark, 12);
        QCOMPARE(p2.highWatermark, 30);
        const PartitionLag lag = PartitionLag::compute(p2.committed, p2.lowWatermark, p2.highWatermark);
        QCOMPARE(lag.kind, PartitionLag::Expired);
        QCOMPARE(lag.lostMessages, 7);
    }

    void watchedGroupThatDoesNotExistSaysSo() {
        const QString ghost = test::uniqueTopicName(QStringLiteral("ghost"));
        const ConsumerGroupInfo info = fetchGroup(ghost, {ghost});
        QVERIFY(!info.listedByBroker);
        QVERIFY(info.partitions.isEmpty());
        QVERIFY2(!info.error.isEmpty(), "a watched group the broker does not know must say why it is empty");
    }

    void sessionPollsWatchedGroups() {
        const QString group = test::uniqueTopicName(QStringLiteral("monitored"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{1, 15}}), QString());
        const QString ghost = test::uniqueTopicName(QStringLiteral("watched"));
        ClusterSession session(m_settings, std::chrono::milliseconds(500));
        session.watchGroup(ghost);
        QSignalSpy groups(&session, &ClusterSession::groupsReady);
        session.start();
        QVERIFY(groups.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(session.lastGroups() && session.lastGroups()->group(group), 20000);
        const ConsumerGroupInfo *info = session.lastGroups()->group(group);
        QCOMPARE(info->partitions.at(1).committed, 15);
        QCOMPARE(info->partitions.at(1).highWatermark, 20);
        QVERIFY(session.lastGroups()->group(ghost)); // watched by hand, though the broker does not list it
        // and judged in the session's lag history, on the tracker's own thread
        QTRY_VERIFY_WITH_TIMEOUT(session.lagTracker()->group(group), 10000);
    }

private:
    ConsumerGroupInfo fetchGroup(const QString &id, const QStringList &watched = {}) {
        const SnapshotResult cluster = m_snapshots->fetch();
        if (!cluster.snapshot)
            qFatal("cluster snapshot failed: %s", qPrintable(cluster.message));
        const GroupsSnapshotPtr groups = m_groups->fetch(watched, *cluster.snapshot);
        if (!groups->listError.isEmpty())
            qWarning("listing groups: %s", qPrintable(groups->listError));
        const ConsumerGroupInfo *info = groups->group(id);
        if (!info)
            qFatal("group %s missing from the groups snapshot", qPrintable(id));
        return *info;
    }

    ConnectionSettings m_settings;
    std::unique_ptr<SnapshotClient> m_snapshots;
    std::unique_ptr<GroupClient> m_groups;
    QString m_topic;
};

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
