// What crosses the pipe to a group helper process: every value read back field by field, and broken
// payloads refused; the frame reader's splitting of a byte stream.

#include "groupsstream.h"
#include "groupworker.h"
#include "workerprotocol.h"

#include <QBuffer>
#include <QTest>

using namespace partita;

namespace {

template <typename T> T roundTrip(const T &value) {
    T copy;
    if (!decode(encode(value), copy))
        qFatal("a value did not read back");
    return copy;
}

void compare(const TopicPartition &a, const TopicPartition &b) {
    QCOMPARE(a.topic, b.topic);
    QCOMPARE(a.partition, b.partition);
}

void compare(const QList<TopicPartition> &a, const QList<TopicPartition> &b) {
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size() && !QTest::currentTestFailed(); ++i)
        compare(a.at(i), b.at(i));
}

ClusterSnapshot sampleCluster() {
    ClusterSnapshot snapshot;
    snapshot.clusterId = QStringLiteral("lkc-7f3a");
    snapshot.controllerId = 2;
    snapshot.brokers = {{1, QStringLiteral("kafka-1.example"), 9092, true},
                        {2, QStringLiteral("kafka-2.example"), 9093, false}};
    PartitionInfo healthy;
    healthy.id = 0;
    healthy.leader = 1;
    healthy.replicas = {1, 2, 3};
    healthy.isr = {1, 3};
    healthy.offlineReplicas = {2};
    healthy.lowWatermark = 17;
    healthy.highWatermark = 4'000'000'000LL; // beyond 32 bits
    PartitionInfo offline;
    offline.id = 1;
    offline.replicas = {2};
    offline.error = QStringLiteral("no leader");
    TopicInfo orders{QStringLiteral("orders"), false, QString(), {healthy, offline}};
    TopicInfo internal{
        QStringLiteral("__consumer_offsets"), true, QStringLiteral("Topic authorization failed"), {}};
    snapshot.topics = {internal, orders};
    snapshot.takenAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0, 5, 250), Qt::UTC);
    snapshot.generation = 42;
    return snapshot;
}

ConsumerGroupInfo sampleGroup() {
    ConsumerGroupInfo group;
    group.groupId = QStringLiteral("billing");
    group.state = GroupState::Stable;
    group.simple = true;
    group.assignor = QStringLiteral("cooperative-sticky");
    group.coordinatorId = 3;
    group.listedByBroker = true;
    group.members = {{QStringLiteral("m-1"),
                      QStringLiteral("billing-1"),
                      QStringLiteral("/10.0.0.7"),
                      QStringLiteral("static-1"),
                      {{QStringLiteral("orders"), 0}, {QStringLiteral("orders"), 1}}}};
    group.partitions = {
        {{QStringLiteral("orders"), 0},
         12,
         3,
         40,
         QStringLiteral("billing-1"),
         QString(),
         {OldestUnread::Kind::Record, 13, 1772452800123, TimestampType::LogAppendTime}},
        {{QStringLiteral("orders"), 1}, -1, -1, -1, QString(), QStringLiteral("Not coordinator"), {}}};
    group.error = QStringLiteral("partly answered");
    return group;
}

} // namespace

class TestGroupsStream : public QObject {
    Q_OBJECT

private slots:
    void connectionSettings() {
        ConnectionSettings settings;
        settings.bootstrapServers = QStringLiteral("a:9092,b:9093");
        settings.securityProtocol = QStringLiteral("sasl_ssl");
        settings.saslMechanism = QStringLiteral("SCRAM-SHA-512");
        settings.saslUsername = QStringLiteral("monitor");
        settings.saslPassword = QStringLiteral("pa:ss\nwörd");
        settings.sslCaFile = QStringLiteral("/etc/ssl/ca.pem");
        settings.extraProperties = {{QStringLiteral("client.id"), QStringLiteral("partita")},
                                    {QStringLiteral("socket.timeout.ms"), QStringLiteral("5000")}};
        settings.readOnly = true;
        settings.describesGroups = false;
        const ConnectionSettings copy = roundTrip(settings);
        QCOMPARE(copy.bootstrapServers, settings.bootstrapServers);
        QCOMPARE(copy.securityProtocol, settings.securityProtocol);
        QCOMPARE(copy.saslMechanism, settings.saslMechanism);
        QCOMPARE(copy.saslUsername, settings.saslUsername);
        QCOMPARE(copy.saslPassword, settings.saslPassword);
        QCOMPARE(copy.sslCaFile, settings.sslCaFile);
        QCOMPARE(copy.extraProperties, settings.extraProperties);
        QCOMPARE(copy.readOnly, true);
        QCOMPARE(copy.describesGroups, false);
    }

    void clusterSnapshot() {
        const ClusterSnapshot snapshot = sampleCluster();
        const ClusterSnapshot copy = roundTrip(snapshot);
        QCOMPARE(copy.clusterId, snapshot.clusterId);
        QCOMPARE(copy.controllerId, snapshot.controllerId);
        QCOMPARE(copy.takenAt, snapshot.takenAt);
        QCOMPARE(copy.generation, snapshot.generation);
        QCOMPARE(copy.brokers.size(), snapshot.brokers.size());
        for (qsizetype b = 0; b < snapshot.brokers.size(); ++b) {
            QCOMPARE(copy.brokers.at(b).id, snapshot.brokers.at(b).id);
            QCOMPARE(copy.brokers.at(b).host, snapshot.brokers.at(b).host);
            QCOMPARE(copy.brokers.at(b).port, snapshot.brokers.at(b).port);
            QCOMPARE(copy.brokers.at(b).online, snapshot.brokers.at(b).online);
        }
        QCOMPARE(copy.topics.size(), snapshot.topics.size());
        for (qsizetype t = 0; t < snapshot.topics.size(); ++t) {
            const TopicInfo &topic = snapshot.topics.at(t);
            const TopicInfo &read = copy.topics.at(t);
            QCOMPARE(read.name, topic.name);
            QCOMPARE(read.internal, topic.internal);
            QCOMPARE(read.error, topic.error);
            QCOMPARE(read.partitions.size(), topic.partitions.size());
            for (qsizetype p = 0; p < topic.partitions.size(); ++p) {
                const PartitionInfo &partition = topic.partitions.at(p);
                const PartitionInfo &readPartition = read.partitions.at(p);
                QCOMPARE(readPartition.id, partition.id);
                QCOMPARE(readPartition.leader, partition.leader);
                QCOMPARE(readPartition.replicas, partition.replicas);
                QCOMPARE(readPartition.isr, partition.isr);
                QCOMPARE(readPartition.offlineReplicas, partition.offlineReplicas);
                QCOMPARE(readPartition.lowWatermark, partition.lowWatermark);
                QCOMPARE(readPartition.highWatermark, partition.highWatermark);
                QCOMPARE(readPartition.error, partition.error);
            }
        }
    }

    void groupsSnapshot() {
        GroupsSnapshot snapshot;
        ConsumerGroupInfo empty;
        empty.groupId = QStringLiteral("archiver");
        snapshot.groups = {empty, sampleGroup()};
        snapshot.listError = QStringLiteral("Cluster authorization failed");
        snapshot.takenAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0, 10), Qt::UTC);
        snapshot.generation = 7;
        const GroupsSnapshot copy = roundTrip(snapshot);
        QCOMPARE(copy.listError, snapshot.listError);
        QCOMPARE(copy.takenAt, snapshot.takenAt);
        QCOMPARE(copy.generation, snapshot.generation);
        QCOMPARE(copy.groups.size(), 2);
        QCOMPARE(copy.groups.at(0).groupId, QStringLiteral("archiver"));
        QVERIFY(copy.groups.at(0).members.isEmpty() && copy.groups.at(0).partitions.isEmpty());

        const ConsumerGroupInfo &group = snapshot.groups.at(1);
        const ConsumerGroupInfo &read = copy.groups.at(1);
        QCOMPARE(read.groupId, group.groupId);
        QCOMPARE(read.state, group.state);
        QCOMPARE(read.simple, group.simple);
        QCOMPARE(read.assignor, group.assignor);
        QCOMPARE(read.coordinatorId, group.coordinatorId);
        QCOMPARE(read.listedByBroker, group.listedByBroker);
        QCOMPARE(read.error, group.error);
        QCOMPARE(read.members.size(), group.members.size());
        const GroupMember &member = group.members.first();
        const GroupMember &readMember = read.members.first();
        QCOMPARE(readMember.memberId, member.memberId);
        QCOMPARE(readMember.clientId, member.clientId);
        QCOMPARE(readMember.host, member.host);
        QCOMPARE(readMember.groupInstanceId, member.groupInstanceId);
        compare(readMember.assignment, member.assignment);
        QCOMPARE(read.partitions.size(), group.partitions.size());
        for (qsizetype p = 0; p < group.partitions.size(); ++p) {
            const GroupPartitionOffsets &entry = group.partitions.at(p);
            const GroupPartitionOffsets &readEntry = read.partitions.at(p);
            compare(readEntry.partition, entry.partition);
            QCOMPARE(readEntry.committed, entry.committed);
            QCOMPARE(readEntry.lowWatermark, entry.lowWatermark);
            QCOMPARE(readEntry.highWatermark, entry.highWatermark);
            QCOMPARE(readEntry.ownerMemberId, entry.ownerMemberId);
            QCOMPARE(readEntry.error, entry.error);
            QCOMPARE(readEntry.oldestUnread, entry.oldestUnread);
        }
    }

    void resetRequest_data() {
        QTest::addColumn<ResetTarget>("target");
        QTest::newRow("earliest") << ResetTarget::Earliest;
        QTest::newRow("latest") << ResetTarget::Latest;
        QTest::newRow("offset") << ResetTarget::Offset;
        QTest::newRow("timestamp") << ResetTarget::Timestamp;
    }

    void resetRequest() {
        QFETCH(ResetTarget, target);
        OffsetResetRequest request;
        request.groupId = QStringLiteral("billing");
        request.target = target;
        request.value = 1'772'452'800'000LL;
        request.partitions = {{QStringLiteral("orders"), 2}, {QStringLiteral("refunds"), 0}};
        const OffsetResetRequest copy = roundTrip(request);
        QCOMPARE(copy.groupId, request.groupId);
        QCOMPARE(copy.target, request.target);
        QCOMPARE(copy.value, request.value);
        compare(copy.partitions, request.partitions);
    }

    void resetPlan() {
        OffsetResetPlan plan;
        plan.groupId = QStringLiteral("billing");
        plan.changes = {{{QStringLiteral("orders"), 0}, -1, 40}, {{QStringLiteral("orders"), 1}, 12, 3}};
        plan.error = QStringLiteral("Offset 99 is out of range");
        const OffsetResetPlan copy = roundTrip(plan);
        QCOMPARE(copy.groupId, plan.groupId);
        QCOMPARE(copy.error, plan.error);
        QCOMPARE(copy.changes.size(), plan.changes.size());
        for (qsizetype i = 0; i < plan.changes.size(); ++i) {
            compare(copy.changes.at(i).partition, plan.changes.at(i).partition);
            QCOMPARE(copy.changes.at(i).from, plan.changes.at(i).from);
            QCOMPARE(copy.changes.at(i).to, plan.changes.at(i).to);
        }
    }

    // A poll request, and requests of several values in one payload; an apply's answer is only text.
    void requestPayloads() {
        const groupworker::PollRequest request{
            {QStringLiteral("billing"), QStringLiteral("audit")}, sampleCluster(), 2500};
        const groupworker::PollRequest copy = roundTrip(request);
        QCOMPARE(copy.watchedGroups, request.watchedGroups);
        QCOMPARE(copy.partitions.topics, request.partitions.topics); // field by field above
        QCOMPARE(copy.timeoutMs, 2500);

        OffsetResetRequest reset;
        qint64 timeoutMs = 0;
        QVERIFY(decode(encode(OffsetResetRequest(), qint64(1500)), reset, timeoutMs));
        QCOMPARE(timeoutMs, 1500);
        QString error = QStringLiteral("stale");
        QVERIFY(decode(encode(QString()), error));
        QVERIFY(error.isEmpty());
    }

    void brokenPayloadsAreRefused() {
        const QByteArray bytes = encode(sampleCluster());
        ClusterSnapshot snapshot;
        QVERIFY(!decode(bytes.left(bytes.size() - 1), snapshot)); // truncated
        QVERIFY(!decode(bytes + QByteArray(1, '\0'), snapshot));  // something else follows
        QVERIFY(!decode(QByteArray(), snapshot));
        OffsetResetRequest request;
        QVERIFY(!decode(encode(QStringLiteral("billing"), qint32(9), qint64(0), QList<TopicPartition>()),
                        request)); // no such target
        // A count far beyond the bytes that follow is refused, not allocated for.
        GroupsSnapshot groups;
        QVERIFY(!decode(encode(quint32(0x7fffffff)), groups));
        QVERIFY(!decode(QByteArrayLiteral("garbage"), groups));
        groupworker::PollRequest poll;
        QVERIFY(!decode(QByteArrayLiteral("garbage"), poll));
    }

    void framesSplitAnywhere() {
        const Frame first{ReplyFrame, 7, encode(sampleCluster())};
        const Frame second{FailureFrame, 8, QByteArrayLiteral("the broker said no")};
        const Frame empty{groupworker::Poll, 9, QByteArray()};
        const QByteArray stream = encodeFrame(first) + encodeFrame(second) + encodeFrame(empty);
        QCOMPARE(encodeFrame(empty).size(), FrameHeaderSize);
        for (const qsizetype chunk :
             {qsizetype(1), qsizetype(5), qsizetype(16), qsizetype(1000), stream.size()}) {
            FrameReader reader;
            QList<Frame> frames;
            for (qsizetype at = 0; at < stream.size(); at += chunk) {
                reader.append(stream.mid(at, chunk));
                while (std::optional<Frame> frame = reader.next())
                    frames.append(*frame);
            }
            QVERIFY(reader.error().isEmpty());
            QCOMPARE(frames.size(), 3);
            QCOMPARE(frames.at(0).type, quint32(ReplyFrame));
            QCOMPARE(frames.at(0).id, quint64(7));
            QCOMPARE(frames.at(0).payload, first.payload);
            QCOMPARE(frames.at(1).payload, second.payload);
            QCOMPARE(frames.at(2).type, quint32(groupworker::Poll));
            QCOMPARE(frames.at(2).payload, QByteArray());
        }
    }

    void oversizedFrameBreaksTheStream() {
        QByteArray header;
        QDataStream out(&header, QIODevice::WriteOnly);
        out << quint32(ReplyFrame) << quint64(1) << quint32(MaxFramePayload + 1);
        FrameReader reader;
        reader.append(header);
        QVERIFY(!reader.next());
        QVERIFY2(reader.error().contains(QLatin1String("more than")), qPrintable(reader.error()));
        reader.append(encodeFrame({ReplyFrame, 2, {}}));
        QVERIFY(!reader.next()); // stays broken

        QBuffer buffer(&header);
        buffer.open(QIODevice::ReadOnly);
        Frame frame;
        QString error;
        QVERIFY(!readFrame(&buffer, &frame, &error));
        QVERIFY(!error.isEmpty());
    }

    void blockingReadSeesFramesThenTheEnd() {
        QByteArray stream = encodeFrame({InitFrame, WorkerProtocolVersion, QByteArrayLiteral("x")}) +
                            encodeFrame({groupworker::Preview, 3, QByteArrayLiteral("yz")});
        QBuffer buffer(&stream);
        buffer.open(QIODevice::ReadOnly);
        Frame frame;
        QString error;
        QVERIFY(readFrame(&buffer, &frame, &error));
        QCOMPARE(frame.payload, QByteArrayLiteral("x"));
        QVERIFY(readFrame(&buffer, &frame, &error));
        QCOMPARE(frame.id, quint64(3));
        QCOMPARE(frame.payload, QByteArrayLiteral("yz"));
        QVERIFY(!readFrame(&buffer, &frame, &error));
        QVERIFY(error.isEmpty()); // the ordinary end, not a broken stream
    }
};

QTEST_GUILESS_MAIN(TestGroupsStream)
#include "tst_groupsstream.moc"
