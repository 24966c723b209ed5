// The built-in demo cluster: its shape, its click stream, and the broker fault drill.

#include "clickstreamgenerator.h"
#include "democluster.h"
#include "snapshotclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace partita;

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
    }

    void cleanup() {
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

    static int ledBy(const ClusterSnapshot &snapshot, int broker) {
        const auto &partitions = snapshot.topic(DemoCluster::topicName())->partitions;
        return int(std::count_if(partitions.cbegin(), partitions.cend(),
                                 [broker](const PartitionInfo &p) { return p.leader == broker; }));
    }

    DemoCluster m_demo;
    std::unique_ptr<SnapshotClient> m_client;
    ClusterSnapshotPtr m_last;
};

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
