// The snapshot engine against librdkafka's mock cluster: leader moves, brokers going down, unreachable
// bootstraps. The mock never moves leadership itself, reports controller id 0 (not a broker) and
// does not answer DescribeConfigs, so its metadata mode is unknown.

#include "mockfixtures.h"
#include "rdkafkaptr.h"
#include "snapshotclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace partita;

namespace {

const char *const Topic = "orders";
constexpr int Partitions = 4;

SnapshotClient::Timeouts shortTimeouts() {
    SnapshotClient::Timeouts timeouts;
    timeouts.metadata = std::chrono::seconds(2);
    timeouts.offsets = std::chrono::seconds(2);
    return timeouts;
}

} // namespace

class TestMockSnapshot : public QObject {
    Q_OBJECT

private slots:
    void init() {
        const QString started = m_cluster.start(Topic, Partitions);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_settings.bootstrapServers = m_cluster.bootstrapServers();
        QString error;
        m_client = SnapshotClient::create(m_settings, &error);
        QVERIFY2(m_client, qPrintable(error));
    }

    void cleanup() {
        m_client.reset();
        m_cluster.stop();
    }

    void snapshotDescribesTheCluster() {
        produce(2, 25);
        const SnapshotResult result = m_client->fetch(shortTimeouts());
        QVERIFY2(result.snapshot, qPrintable(result.message));
        QCOMPARE(result.state, ConnectionState::Connected);
        const ClusterSnapshot &snapshot = *result.snapshot;
        QCOMPARE(snapshot.brokers.size(), 3);
        QCOMPARE(snapshot.onlineBrokerCount(), 3);
        QCOMPARE(snapshot.brokers.first().id, 1);
        QCOMPARE(snapshot.brokers.first().host, QStringLiteral("127.0.0.1"));
        // The mock answers no DescribeConfigs, so the mode stays unknown and no controller is claimed
        // (its Metadata says 0, which is no broker anyway).
        QCOMPARE(snapshot.metadataMode, MetadataMode::Unknown);
        QCOMPARE(snapshot.controllerId, -1);
        QVERIFY(snapshot.controllerVoters.isEmpty());
        const TopicInfo *topic = snapshot.topic(QString::fromUtf8(Topic));
        QVERIFY(topic);
        QCOMPARE(topic->partitions.size(), Partitions);
        for (const auto &partition : topic->partitions) {
            QCOMPARE(partition.replicas.size(), 3);
            QCOMPARE(partition.isr.size(), 3);
            QVERIFY(partition.replicas.contains(partition.leader));
            QVERIFY2(partition.error.isEmpty(), qPrintable(partition.error));
            QCOMPARE(partition.lowWatermark, 0);
            QCOMPARE(partition.highWatermark, partition.id == 2 ? 25 : 0);
        }
        QCOMPARE(topic->messageCount(), 25);
    }

    void leaderMoveIsReflected() {
        const int oldLeader = partitionZero(*fetchOk()).leader;
        const int newLeader = oldLeader % 3 + 1;
        QCOMPARE(rd_kafka_mock_partition_set_leader(m_cluster.get(), Topic, 0, newLeader),
                 RD_KAFKA_RESP_ERR_NO_ERROR);
        QTRY_COMPARE_WITH_TIMEOUT(partitionZero(*fetchOk()).leader, newLeader, 10000);
    }

    void brokerSetDownIsReported() {
        fetchOk();
        QCOMPARE(rd_kafka_mock_broker_set_down(m_cluster.get(), 2), RD_KAFKA_RESP_ERR_NO_ERROR);
        SnapshotResult result;
        QTRY_VERIFY_WITH_TIMEOUT((result = m_client->fetch(shortTimeouts()),
                                  result.snapshot && !result.snapshot->isBrokerOnline(2)),
                                 15000);
        QCOMPARE(result.state, ConnectionState::Degraded);
        QCOMPARE(result.message, QStringLiteral("Broker 2 is down"));
        QVERIFY(result.snapshot->isBrokerOnline(1));
        QVERIFY(result.snapshot->isBrokerOnline(3));
        // Partitions led by the dead broker say why their watermarks are missing.
        for (const auto &partition : result.snapshot->topic(QString::fromUtf8(Topic))->partitions) {
            if (partition.leader == 2) {
                QVERIFY(!partition.hasWatermarks());
                QVERIFY2(partition.error.contains(QLatin1String("broker 2")), qPrintable(partition.error));
            }
        }

        QCOMPARE(rd_kafka_mock_broker_set_up(m_cluster.get(), 2), RD_KAFKA_RESP_ERR_NO_ERROR);
        QTRY_VERIFY_WITH_TIMEOUT(
            (result = m_client->fetch(shortTimeouts()), result.state == ConnectionState::Connected), 20000);
    }

    // A broker that keeps its connection open and stops answering (a paused process, a hung disk):
    // librdkafka sends every metadata request to the broker it sent to last, so without a request
    // timeout of its own the silent broker would take the whole connection down with it.
    void silentBrokerIsReportedNotTheConnection_data() {
        QTest::addColumn<int>("silent");
        for (int id = 1; id <= test::MockCluster::BrokerCount; ++id)
            QTest::addRow("broker %d", id) << id;
    }
    void silentBrokerIsReportedNotTheConnection() {
        QFETCH(int, silent);
        // A silent broker shows only through a request it leaves unanswered; the mock places leaders at
        // random, so this one is made to lead a partition (real Kafka also fences a silent broker,
        // which then leaves metadata).
        QCOMPARE(rd_kafka_mock_partition_set_leader(m_cluster.get(), Topic, 0, silent),
                 RD_KAFKA_RESP_ERR_NO_ERROR);
        QTRY_COMPARE_WITH_TIMEOUT(partitionZero(*fetchOk()).leader, silent, 10000);
        QCOMPARE(rd_kafka_mock_broker_set_rtt(m_cluster.get(), silent, 120000), RD_KAFKA_RESP_ERR_NO_ERROR);
        SnapshotResult result;
        QElapsedTimer noticed;
        noticed.start();
        for (int poll = 0; poll < 5; ++poll) {
            result = m_client->fetch();
            QVERIFY2(result.snapshot,
                     qPrintable(QStringLiteral("poll %1: %2").arg(poll).arg(result.message)));
            if (!result.snapshot->isBrokerOnline(silent))
                break;
        }
        QVERIFY2(!result.snapshot->isBrokerOnline(silent), qPrintable(result.message));
        QVERIFY2(noticed.elapsed() < 15000, qPrintable(QString::number(noticed.elapsed())));
        QCOMPARE(result.state, ConnectionState::Degraded);
        QCOMPARE(result.message, QStringLiteral("Broker %1 is down").arg(silent));

        QCOMPARE(rd_kafka_mock_broker_set_rtt(m_cluster.get(), silent, 0), RD_KAFKA_RESP_ERR_NO_ERROR);
        QTRY_VERIFY_WITH_TIMEOUT(
            (result = m_client->fetch(shortTimeouts()), result.state == ConnectionState::Connected), 30000);
    }

    void allBrokersDownAfterConnecting() {
        fetchOk();
        for (int id = 1; id <= 3; ++id)
            rd_kafka_mock_broker_set_down(m_cluster.get(), id);
        SnapshotResult result;
        QTRY_VERIFY_WITH_TIMEOUT((result = m_client->fetch(shortTimeouts()), !result.snapshot), 20000);
        QCOMPARE(result.state, ConnectionState::Failed);
        QVERIFY2(result.message.startsWith(QLatin1String("All brokers down")), qPrintable(result.message));
    }

    void unreachableBootstrapFailsWithinTimeout() {
        ConnectionSettings settings;
        settings.bootstrapServers = QStringLiteral("127.0.0.1:1");
        QString error;
        auto client = SnapshotClient::create(settings, &error);
        QVERIFY(client);
        QElapsedTimer timer;
        timer.start();
        const SnapshotResult result = client->fetch(shortTimeouts());
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!result.snapshot);
        QCOMPARE(result.state, ConnectionState::Failed);
        QVERIFY2(result.message.startsWith(QLatin1String("Bootstrap unreachable (127.0.0.1:1)")),
                 qPrintable(result.message));
    }

private:
    ClusterSnapshotPtr fetchOk() {
        const SnapshotResult result = m_client->fetch(shortTimeouts());
        if (!result.snapshot)
            qFatal("snapshot failed: %s", qPrintable(result.message));
        return result.snapshot;
    }

    static PartitionInfo partitionZero(const ClusterSnapshot &snapshot) {
        return snapshot.topic(QString::fromUtf8(Topic))->partitions.first();
    }

    void produce(int partition, int count) const {
        const QString error = test::produceToMock(m_settings.bootstrapServers, Topic, partition, count);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    test::MockCluster m_cluster;
    ConnectionSettings m_settings;
    std::unique_ptr<SnapshotClient> m_client;
};

QTEST_GUILESS_MAIN(TestMockSnapshot)
#include "tst_mocksnapshot.moc"
