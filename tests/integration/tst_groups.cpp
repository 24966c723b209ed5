// Consumer groups on the real cluster: committed offsets, lag per partition, partitions without
// commits, data deleted below a group's position, groups watched by hand, and the exact time lag from
// the oldest unread record.

#include "clustersession.h"
#include "groupclient.h"
#include "laganalyzer.h"
#include "lagtracker.h"
#include "oldestunreadreader.h"
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
        m_oldest = OldestUnreadReader::create(m_settings, &error);
        QVERIFY2(m_oldest, qPrintable(error));
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
        // and judged in the session's lag history, on the tracker's own thread, with the exact time lag
        // of the lagging partition from the record the helper process read at offset 15
        // (other tests' groups share the helper's fetch budget, so it may take a few polls)
        QTRY_VERIFY_WITH_TIMEOUT(
            session.lagTracker()->group(group) &&
                session.lagTracker()->group(group)->partitions.at(1).offsets.oldestUnread.kind ==
                    OldestUnread::Kind::Record,
            20000);
        const PartitionLagState &lagging = session.lagTracker()->group(group)->partitions.at(1);
        QCOMPARE(lagging.offsets.oldestUnread.kind, OldestUnread::Kind::Record);
        QCOMPARE(lagging.offsets.oldestUnread.offset, 15);
        QVERIFY(lagging.behind && lagging.behind->exact);
        QCOMPARE(lagging.behind->timestampType, TimestampType::CreateTime);
    }

    // A group stuck at a record produced two minutes ago reads that record's age, exactly, however
    // little of its history the poll has seen; a group caught up reads 0 without a fetch.
    void exactTimeLagOfAStuckGroup() {
        const QString topic = test::uniqueTopicName(QStringLiteral("timelag"));
        QCOMPARE(test::createTopic(topic, 1, 3), QString());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<test::TestMessage> messages;
        for (int i = 0; i < 6; ++i) { // offset 4 was produced 120 s ago
            test::TestMessage message;
            message.value = QByteArray::number(i);
            message.timestamp = now - 240000 + i * qint64(30000);
            messages.append(message);
        }
        QCOMPARE(test::produceMessages(topic, messages), QString());
        const qint64 stuckAt = messages.at(4).timestamp;
        const QString stuck = test::uniqueTopicName(QStringLiteral("stuck"));
        const QString caughtUp = test::uniqueTopicName(QStringLiteral("caughtup"));
        QCOMPARE(test::commitOffsets(stuck, topic, {{0, 4}}), QString());
        QCOMPARE(test::commitOffsets(caughtUp, topic, {{0, 6}}), QString());

        LagAnalyzer analyzer(std::chrono::seconds(5));
        const int fetchesBefore = m_oldest->fetchCount();
        const LagReportPtr report = analyzer.addPoll(pollGroups({stuck, caughtUp}), QString());
        const qint64 age = QDateTime::currentMSecsSinceEpoch() - stuckAt;
        const PartitionLagState &stuckState = partitionState(*report, stuck);
        QCOMPARE(stuckState.offsets.oldestUnread,
                 (OldestUnread{OldestUnread::Kind::Record, 4, stuckAt, TimestampType::CreateTime}));
        QVERIFY(stuckState.behind);
        QVERIFY(stuckState.behind->exact);
        QVERIFY(!stuckState.behind->atLeast);
        QCOMPARE(stuckState.behind->timestampType, TimestampType::CreateTime);
        QVERIFY2(qAbs(stuckState.behind->ms - age) <= 1000,
                 qPrintable(
                     QStringLiteral("time lag %1 ms, record age %2 ms").arg(stuckState.behind->ms).arg(age)));

        const PartitionLagState &caughtUpState = partitionState(*report, caughtUp);
        QCOMPARE(caughtUpState.offsets.oldestUnread.kind, OldestUnread::Kind::NotRead);
        QCOMPARE(caughtUpState.behind, std::optional(TimeLag{0, false, true, TimestampType::NotAvailable}));
        QCOMPARE(m_oldest->fetchCount(), fetchesBefore + 1); // the stuck group's record only

        // The record never changes: the next poll takes it from the cache.
        const LagReportPtr again = analyzer.addPoll(pollGroups({stuck, caughtUp}), QString());
        QCOMPARE(partitionState(*again, stuck).offsets.oldestUnread.timestamp, stuckAt);
        QCOMPARE(m_oldest->fetchCount(), fetchesBefore + 1);
    }

    // Retention deleted records the group had not read: the oldest unread one is at the low watermark.
    void expiredPositionReadsTheLowWatermark() {
        const QString topic = test::uniqueTopicName(QStringLiteral("timelag-expired"));
        QCOMPARE(test::createTopic(topic, 1, 3), QString());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<test::TestMessage> messages;
        for (int i = 0; i < 5; ++i) {
            test::TestMessage message;
            message.value = QByteArray::number(i);
            message.timestamp = now - 100000 + i * qint64(10000);
            messages.append(message);
        }
        QCOMPARE(test::produceMessages(topic, messages), QString());
        const QString group = test::uniqueTopicName(QStringLiteral("expired"));
        QCOMPARE(test::commitOffsets(group, topic, {{0, 1}}), QString());
        QCOMPARE(test::deleteRecords(topic, 0, 3), QString());
        const PartitionLagState state = partitionState(
            *LagAnalyzer(std::chrono::seconds(5)).addPoll(pollGroups({group}), QString()), group);
        QCOMPARE(state.lag.kind, PartitionLag::Expired);
        QCOMPARE(state.offsets.oldestUnread.offset, 3);
        QCOMPARE(state.offsets.oldestUnread.timestamp, messages.at(3).timestamp);
    }

    // A read_committed group that read a whole transaction stands before its commit marker only: nothing
    // is waiting, so its time lag is 0 although its lag is 1. One offset earlier, the last record counts.
    void transactionMarkerIsNotAnUnreadRecord() {
        const QString topic = test::uniqueTopicName(QStringLiteral("timelag-txn"));
        QCOMPARE(test::createTopic(topic, 1, 3), QString());
        test::TransactionalProducer producer(topic);
        QCOMPARE(producer.begin(), QString());
        QCOMPARE(producer.produce({"a", "b", "c"}), QString()); // offsets 0-2, the commit marker at 3
        QCOMPARE(producer.commit(), QString());
        const QString markerOnly = test::uniqueTopicName(QStringLiteral("marker"));
        const QString lastRecord = test::uniqueTopicName(QStringLiteral("lastrecord"));
        QCOMPARE(test::commitOffsets(markerOnly, topic, {{0, 3}}), QString());
        QCOMPARE(test::commitOffsets(lastRecord, topic, {{0, 2}}), QString());
        QTRY_VERIFY_WITH_TIMEOUT(endOffset(topic) == 4, 10000);

        const LagReportPtr report =
            LagAnalyzer(std::chrono::seconds(5)).addPoll(pollGroups({markerOnly, lastRecord}), QString());
        const PartitionLagState &marker = partitionState(*report, markerOnly);
        QCOMPARE(marker.lag.lag, 1);
        QCOMPARE(marker.offsets.oldestUnread.kind, OldestUnread::Kind::None);
        QCOMPARE(marker.behind, std::optional(TimeLag{0, false, true, TimestampType::NotAvailable}));
        const PartitionLagState &last = partitionState(*report, lastRecord);
        QCOMPARE(last.offsets.oldestUnread.kind, OldestUnread::Kind::Record);
        QCOMPARE(last.offsets.oldestUnread.offset, 2);
        QVERIFY(last.behind && last.behind->exact);
    }

    // Compaction removed the record at the committed offset: the oldest unread is the next one left.
    // Keys a b a c b d c e at offsets 0-7, then z after segment.ms rolls the segment; the cleaner
    // keeps 2 (a), 4 (b), 5 (d), 6 (c), 7 (e) and 8 (z), so a group at offset 3 has 4 next.
    void compactedPositionReadsTheNextRecord() {
        const QString topic = test::uniqueTopicName(QStringLiteral("timelag-compacted"));
        QCOMPARE(test::createTopic(topic, 1, 3,
                                   {{QStringLiteral("cleanup.policy"), QStringLiteral("compact")},
                                    {QStringLiteral("segment.ms"), QStringLiteral("100")},
                                    {QStringLiteral("min.cleanable.dirty.ratio"), QStringLiteral("0.01")}}),
                 QString());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<test::TestMessage> messages;
        const QByteArray keys = "abacbdce";
        for (int i = 0; i < keys.size(); ++i) {
            test::TestMessage message;
            message.key = keys.mid(i, 1);
            message.value = QByteArray::number(i);
            message.timestamp = now - 80000 + i * qint64(10000);
            messages.append(message);
        }
        QCOMPARE(test::produceMessages(topic, messages), QString());
        QTest::qWait(500); // past segment.ms: the next message starts a new segment
        test::TestMessage last;
        last.key = QByteArray("z");
        last.value = QByteArray("8");
        QCOMPARE(test::produceMessages(topic, {last}), QString());
        const QString group = test::uniqueTopicName(QStringLiteral("compacted"));
        QCOMPARE(test::commitOffsets(group, topic, {{0, 3}}), QString());

        // Until the cleaner has run (it looks every second on the test cluster), offset 3 is still
        // there; a fresh reader each time, since a record once read is cached.
        OldestUnread oldest;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (oldest.offset != 4 && std::chrono::steady_clock::now() < deadline) {
            QString error;
            m_oldest = OldestUnreadReader::create(m_settings, &error);
            QVERIFY2(m_oldest, qPrintable(error));
            const PartitionLagState state = partitionState(
                *LagAnalyzer(std::chrono::seconds(5)).addPoll(pollGroups({group}), QString()), group);
            oldest = state.offsets.oldestUnread;
            if (oldest.offset != 4)
                QTest::qWait(500);
        }
        QCOMPARE(oldest, (OldestUnread{OldestUnread::Kind::Record, 4, messages.at(4).timestamp,
                                       TimestampType::CreateTime}));
    }

    // A topic whose broker sets the timestamps says so; the producer's timestamp is overwritten.
    void logAppendTimeIsTheBrokers() {
        const QString topic = test::uniqueTopicName(QStringLiteral("timelag-appendtime"));
        QCOMPARE(
            test::createTopic(topic, 1, 3,
                              {{QStringLiteral("message.timestamp.type"), QStringLiteral("LogAppendTime")}}),
            QString());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        test::TestMessage message;
        message.value = QByteArray("old");
        message.timestamp = before - 3600000; // ignored by the broker
        QCOMPARE(test::produceMessages(topic, {message, message}), QString());
        const QString group = test::uniqueTopicName(QStringLiteral("appendtime"));
        QCOMPARE(test::commitOffsets(group, topic, {{0, 0}}), QString());
        const PartitionLagState state = partitionState(
            *LagAnalyzer(std::chrono::seconds(5)).addPoll(pollGroups({group}), QString()), group);
        QCOMPARE(state.offsets.oldestUnread.timestampType, TimestampType::LogAppendTime);
        QVERIFY(state.offsets.oldestUnread.timestamp >= before - 1000);
        QVERIFY(state.behind && state.behind->exact);
        QCOMPARE(state.behind->timestampType, TimestampType::LogAppendTime);
        QVERIFY(state.behind->ms < 60000);
    }

private:
    // One poll of the groups `watched`, with their oldest unread records, as the group helper makes it.
    GroupsSnapshotPtr pollGroups(const QStringList &watched) {
        const SnapshotResult cluster = m_snapshots->fetch();
        if (!cluster.snapshot)
            qFatal("cluster snapshot failed: %s", qPrintable(cluster.message));
        auto groups = std::make_shared<GroupsSnapshot>(*m_groups->fetch(watched, *cluster.snapshot));
        // Only these: the groups of other tests on the cluster would share the fetch budget.
        groups->groups.removeIf(
            [&watched](const ConsumerGroupInfo &group) { return !watched.contains(group.groupId); });
        m_oldest->fill(*groups, std::chrono::seconds(10));
        return groups;
    }

    static const PartitionLagState &partitionState(const LagReport &report, const QString &group) {
        for (const GroupLagState &state : *report.groups) {
            if (state.info.groupId == group && !state.partitions.empty())
                return state.partitions.front();
        }
        qFatal("group %s has no partition in the report", qPrintable(group));
    }

    static qint64 endOffset(const QString &topic) {
        qint64 low = -1, high = -1;
        return test::queryWatermarks(topic, 0, &low, &high) ? high : -1;
    }

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
    std::unique_ptr<OldestUnreadReader> m_oldest;
    QString m_topic;
};

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
