#include "clustersnapshot.h"
#include "connectionerrors.h"
#include "snapshotbuilders.h"

#include <QTest>

using namespace partita;
using namespace partita::test;

class TestClusterSnapshot : public QObject {
    Q_OBJECT
private slots:
    void readableKafkaText_data();
    void readableKafkaText();
    void replicaState_data();
    void replicaState();
    void partitionMessageCount_data();
    void partitionMessageCount();
    void partitionHealth();
    void topicCounts();
    void topicMessageCount_data();
    void topicMessageCount();
    void topicLookup_data();
    void topicLookup();
    void brokerLookup();
    void brokerAddress();
};

void TestClusterSnapshot::replicaState_data() {
    QTest::addColumn<int>("brokerId");
    QTest::addColumn<bool>("brokerOnline");
    QTest::addColumn<ReplicaState>("expected");

    // The partition below: leader 1, replicas 1, 2, 3, in sync 1, 2.
    QTest::newRow("leader") << 1 << true << ReplicaState::Leader;
    QTest::newRow("in-sync follower") << 2 << true << ReplicaState::InSyncFollower;
    QTest::newRow("out-of-sync follower") << 3 << true << ReplicaState::OutOfSyncFollower;
    QTest::newRow("offline follower") << 3 << false << ReplicaState::Offline;
    QTest::newRow("offline wins over leader") << 1 << false << ReplicaState::Offline;
    QTest::newRow("not a replica") << 4 << true << ReplicaState::NotAReplica;
    QTest::newRow("offline non-replica") << 4 << false << ReplicaState::NotAReplica;
}

void TestClusterSnapshot::replicaState() {
    QFETCH(int, brokerId);
    QFETCH(bool, brokerOnline);
    QFETCH(ReplicaState, expected);

    const PartitionInfo info = partition(0, 1, {1, 2, 3}, {1, 2});
    QCOMPARE(info.replicaState(brokerId, brokerOnline), expected);
}

void TestClusterSnapshot::partitionMessageCount_data() {
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("both known") << qint64(10) << qint64(1010) << true << qint64(1000);
    QTest::newRow("empty") << qint64(5) << qint64(5) << true << qint64(0);
    QTest::newRow("both unknown") << qint64(-1) << qint64(-1) << false << qint64(-1);
    QTest::newRow("low unknown") << qint64(-1) << qint64(100) << false << qint64(-1);
    QTest::newRow("high unknown") << qint64(0) << qint64(-1) << false << qint64(-1);
}

void TestClusterSnapshot::partitionMessageCount() {
    QFETCH(qint64, low);
    QFETCH(qint64, high);
    QFETCH(bool, known);
    QFETCH(qint64, expected);

    const PartitionInfo info = partition(0, 1, {1}, {1}, low, high);
    QCOMPARE(info.hasWatermarks(), known);
    QCOMPARE(info.messageCount(), expected);
}

void TestClusterSnapshot::partitionHealth() {
    const PartitionInfo healthy = partition(0, 1, {1, 2}, {2, 1});
    QVERIFY(!healthy.isOffline());
    QVERIFY(!healthy.isUnderReplicated());

    const PartitionInfo shrunk = partition(0, 1, {1, 2}, {1});
    QVERIFY(!shrunk.isOffline());
    QVERIFY(shrunk.isUnderReplicated());

    const PartitionInfo leaderless = partition(0, -1, {1, 2}, {});
    QVERIFY(leaderless.isOffline());
    QVERIFY(leaderless.isUnderReplicated());

    // Full ISR as reported, but one replica's broker is known to be down.
    PartitionInfo staleIsr = partition(0, 1, {1, 2}, {1, 2});
    staleIsr.offlineReplicas = {2};
    QVERIFY(!staleIsr.isOffline());
    QVERIFY(staleIsr.isUnderReplicated());
    QVERIFY(staleIsr != healthy);
}

void TestClusterSnapshot::topicCounts() {
    const TopicInfo info =
        topic("orders", {partition(0, 1, {1, 2, 3}, {1, 2, 3}), partition(1, 2, {2, 3}, {2}),
                         partition(2, -1, {3}, {}), partition(3, 1, {1, 2, 3}, {1, 3})});
    QCOMPARE(info.replicationFactor(), 3);
    QCOMPARE(info.underReplicatedCount(), 3);
    QCOMPARE(info.offlineCount(), 1);
    QCOMPARE(topic("empty", {}).replicationFactor(), 0);
}

void TestClusterSnapshot::topicMessageCount_data() {
    QTest::addColumn<QList<PartitionInfo>>("partitions");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("no partitions") << QList<PartitionInfo>() << qint64(-1);
    QTest::newRow("all unknown") << QList<PartitionInfo>{partition(0, 1, {1}, {1}), partition(1, 1, {1}, {1})}
                                 << qint64(-1);
    QTest::newRow("all known") << QList<PartitionInfo>{partition(0, 1, {1}, {1}, 0, 100),
                                                       partition(1, 1, {1}, {1}, 50, 80)}
                               << qint64(130);
    QTest::newRow("unknown ones skipped")
        << QList<PartitionInfo>{partition(0, 1, {1}, {1}), partition(1, 1, {1}, {1}, 3, 10)} << qint64(7);
    QTest::newRow("known but empty") << QList<PartitionInfo>{partition(0, 1, {1}, {1}, 4, 4),
                                                             partition(1, 1, {1}, {1})}
                                     << qint64(0);
}

void TestClusterSnapshot::topicMessageCount() {
    QFETCH(QList<PartitionInfo>, partitions);
    QFETCH(qint64, expected);

    QCOMPARE(topic("t", partitions).messageCount(), expected);
}

void TestClusterSnapshot::topicLookup_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("found");

    QTest::newRow("first") << "audit" << true;
    QTest::newRow("middle") << "orders" << true;
    QTest::newRow("last") << "web-clicks" << true;
    QTest::newRow("before first") << "aaa" << false;
    QTest::newRow("between") << "payments" << false;
    QTest::newRow("after last") << "zzz" << false;
    QTest::newRow("prefix of a name") << "order" << false;
    QTest::newRow("case differs") << "Orders" << false;
    QTest::newRow("empty") << "" << false;
}

void TestClusterSnapshot::topicLookup() {
    QFETCH(QString, name);
    QFETCH(bool, found);

    ClusterSnapshot snapshot;
    snapshot.topics = {topic("audit", {}), topic("orders", {partition(0, 1, {1}, {1})}),
                       topic("web-clicks", {})};

    const TopicInfo *info = snapshot.topic(name);
    QCOMPARE(info != nullptr, found);
    if (info)
        QCOMPARE(info->name, name);
}

void TestClusterSnapshot::brokerLookup() {
    ClusterSnapshot snapshot;
    BrokerInfo one;
    one.id = 1;
    one.host = "kafka-1";
    one.port = 9092;
    BrokerInfo three;
    three.id = 3;
    three.online = false;
    snapshot.brokers = {one, three};
    snapshot.topics = {topic("orders", {partition(0, 1, {1, 3}, {1}), partition(1, -1, {3}, {})})};

    QVERIFY(snapshot.broker(1));
    QCOMPARE(snapshot.broker(1)->host, QStringLiteral("kafka-1"));
    QCOMPARE(snapshot.broker(2), nullptr);
    QVERIFY(snapshot.isBrokerOnline(1));
    QVERIFY(!snapshot.isBrokerOnline(3));
    QVERIFY(!snapshot.isBrokerOnline(2));
    QCOMPARE(snapshot.onlineBrokerCount(), 1);
    QCOMPARE(snapshot.partitionCount(), 2);
    QCOMPARE(snapshot.underReplicatedCount(), 2);
    QCOMPARE(snapshot.offlineCount(), 1);
}

void TestClusterSnapshot::brokerAddress() {
    BrokerInfo broker;
    broker.id = 7;
    QCOMPARE(broker.address(), QString());
    broker.host = "kafka-7.example";
    broker.port = 19092;
    QCOMPARE(broker.address(), QStringLiteral("kafka-7.example:19092"));
}

void TestClusterSnapshot::readableKafkaText_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("readable");
    QTest::newRow("bootstrap and dialled address") << "127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 "
                                                      "failed: Connection refused (after 0ms in state "
                                                      "CONNECT)"
                                                   << "bootstrap server 127.0.0.1:1: Connect to broker "
                                                      "127.0.0.1:1 failed: Connection refused (after 0ms "
                                                      "in state CONNECT)";
    QTest::newRow("broker by id, with its protocol")
        << "sasl_ssl://kafka-2:9093/2: Receive failed: Disconnected"
        << "broker 2 (kafka-2:9093): Receive failed: Disconnected";
    QTest::newRow("IPv6") << "Connect to ipv6#[::1]:9092 failed"
                          << "Connect to broker [::1]:9092 failed";
    QTest::newRow("nothing to say otherwise") << "Local: Timed out"
                                              << "Local: Timed out";
}

void TestClusterSnapshot::readableKafkaText() {
    QFETCH(QString, raw);
    QFETCH(QString, readable);
    QCOMPARE(partita::readableKafkaText(raw), readable);
}

QTEST_GUILESS_MAIN(TestClusterSnapshot)
#include "tst_clustersnapshot.moc"
