// The health findings of real snapshots of the 3-node KRaft cluster while node 3 stops and returns: none
// on a steady cluster; broker 3 down and the topic under-replicated, with the snapshot's numbers;
// leadership left off the returned broker (the test cluster never rebalances by itself) until Kafka's own
// preferred leader election moves it back, after which no finding about the topic or broker 3 remains.
// partita-cli health lists the same findings while broker 3 is down and exits with 1. The topic has
// min.insync.replicas=2: with node 2 stopped too its partitions are under it (critical, in place of
// under-replicated, and so in partita-cli health), and with node 2 back they are not.

#include "displayformat.h"
#include "healthfindings.h"
#include "snapshotclient.h"
#include "testkafka.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace partita;
using Kind = HealthFinding::Kind;

namespace {

constexpr int Partitions = 6;
constexpr int StoppedNode = 3;
constexpr int SecondStoppedNode = 2;
constexpr int MinInSyncReplicas = 2;

const HealthFinding *findingOf(const std::vector<HealthFinding> &findings, Kind kind, int broker,
                               const QString &topic) {
    const auto it = std::find_if(findings.cbegin(), findings.cend(), [&](const HealthFinding &found) {
        return found.kind == kind && found.broker == broker && found.topic == topic;
    });
    return it == findings.cend() ? nullptr : &*it;
}

// The findings about the topic or about one of the brokers: the cluster also holds other tests' topics.
std::vector<HealthFinding> findingsAbout(const ClusterSnapshot &snapshot, const QString &topic,
                                         const QList<int> &brokers) {
    std::vector<HealthFinding> found = HealthCheck::of(snapshot);
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const HealthFinding &finding) {
                                   return finding.topic != topic && !brokers.contains(finding.broker);
                               }),
                found.end());
    return found;
}

QByteArray summaries(const std::vector<HealthFinding> &findings) {
    QStringList lines;
    for (const HealthFinding &finding : findings)
        lines.append(finding.summary + QStringLiteral(": ") + finding.detail);
    return lines.isEmpty() ? QByteArray("no findings") : lines.join(QStringLiteral(" | ")).toUtf8();
}

// Visits every partition of every topic in the snapshot.
template <typename Visit> void forEachPartition(const ClusterSnapshot &snapshot, Visit visit) {
    for (const TopicInfo &topic : snapshot.topics) {
        for (const PartitionInfo &partition : topic.partitions)
            visit(partition);
    }
}

int replicasOn(const ClusterSnapshot &snapshot, int broker) {
    int count = 0;
    forEachPartition(snapshot, [&](const PartitionInfo &p) { count += p.replicas.contains(broker); });
    return count;
}

QList<int> partitionsWithReplicaOn(const TopicInfo &topic, int broker) {
    QList<int> ids;
    for (const PartitionInfo &partition : topic.partitions) {
        if (partition.replicas.contains(broker))
            ids.append(partition.id);
    }
    return ids;
}

// How a broker's leadership compares with Kafka's preferred leaders (each partition's first replica).
struct Leadership {
    int leads = 0;           // partitions it leads
    int ledInCluster = 0;    // partitions with a leader
    int preferred = 0;       // partitions it is the preferred leader of
    int preferredLed = 0;    // of those, the ones it leads
    int preferredInSync = 0; // of those, the ones it is in the ISR of
};

Leadership leadershipOf(const ClusterSnapshot &snapshot, int broker) {
    Leadership share;
    forEachPartition(snapshot, [&](const PartitionInfo &p) {
        if (p.isOffline())
            return;
        ++share.ledInCluster;
        share.leads += p.leader == broker;
        if (p.replicas.value(0, -1) != broker)
            return;
        ++share.preferred;
        share.preferredLed += p.leader == broker;
        share.preferredInSync += p.isr.contains(broker);
    });
    return share;
}

// The findings `partita-cli health --json` prints with the extra arguments; its exit code in *exitCode
// (-1 when it did not finish within 30 s).
QJsonArray cliFindings(const QStringList &arguments, int *exitCode) {
    QProcess cli;
    cli.start(QStringLiteral(PARTITA_CLI),
              QStringList{QStringLiteral("health"), QStringLiteral("--bootstrap"), test::bootstrapServers(),
                          QStringLiteral("--json")} +
                  arguments);
    *exitCode = cli.waitForFinished(30000) ? cli.exitCode() : -1;
    return QJsonDocument::fromJson(cli.readAllStandardOutput())
        .object()
        .value(QLatin1String("findings"))
        .toArray();
}

// Whether the CLI's findings hold one of the kind whose `key` is `value`.
bool cliHas(const QJsonArray &findings, const QString &kind, const QString &key, const QJsonValue &value) {
    return std::any_of(findings.cbegin(), findings.cend(), [&](const QJsonValue &finding) {
        const QJsonObject object = finding.toObject();
        return object.value(QLatin1String("kind")).toString() == kind && object.value(key) == value;
    });
}

} // namespace

class TestClusterHealth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        m_client = test::snapshotClient(&error);
        QVERIFY2(m_client, qPrintable(error));
        error = test::createTopicOnSettledCluster(
            QStringLiteral("health"), Partitions, &m_topic,
            {{QStringLiteral("min.insync.replicas"), QString::number(MinInSyncReplicas)}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() {
        // Leave the cluster whole for the tests that follow, whatever happened here.
        QStringList stopped;
        if (m_secondNodeStopped)
            stopped.append(QString::number(SecondStoppedNode));
        if (m_nodeStopped)
            stopped.append(QString::number(StoppedNode));
        if (!stopped.isEmpty())
            QCOMPARE(test::clusterScript(QStringList{QStringLiteral("start-node")} + stopped), 0);
        if (!m_topic.isEmpty())
            test::deleteTopic(m_topic);
    }

    void steadyClusterHasNoFinding() {
        // Earlier tests stopped nodes and the cluster never moves leaders back by itself: start with
        // every leader where Kafka prefers it. The election passes over a partition whose preferred
        // replica is not in its ISR yet, as after a restart moments ago (seen in CI right after
        // tst_groupfailover: broker 3 led 2 of its 21), so it is asked again until none is left.
        bool settled = false;
        for (int election = 0; election < 4 && !settled; ++election) {
            QCOMPARE(test::electPreferredLeaders(), 0);
            settled = fetchUntil(
                [this](const ClusterSnapshot &snapshot) {
                    return isSteady(snapshot) && findingsAbout(snapshot, m_topic, {1, 2, 3}).empty();
                },
                15000);
        }
        QVERIFY2(settled, lastFindings().constData());
    }

    void stoppedBrokerIsDownAndTopicUnderReplicated() {
        QCOMPARE(test::clusterScript({QStringLiteral("stop-node"), QString::number(StoppedNode)}), 0);
        m_nodeStopped = true;
        // The ISR shrinks at the controlled shutdown; the broker is shown down once it is fenced.
        QVERIFY2(fetchUntil(
                     [this](const ClusterSnapshot &snapshot) {
                         const auto found = HealthCheck::of(snapshot);
                         return findingOf(found, Kind::BrokerDown, StoppedNode, QString()) &&
                                findingOf(found, Kind::UnderReplicated, -1, m_topic);
                     },
                     60000),
                 lastFindings().constData());

        const std::vector<HealthFinding> found = HealthCheck::of(*m_last);
        const HealthFinding *down = findingOf(found, Kind::BrokerDown, StoppedNode, QString());
        QCOMPARE(down->severity, HealthFinding::Severity::Critical);
        // Counted over every topic of the cluster; what follows depends on other tests' topics too.
        const QString hosted =
            QStringLiteral("It hosts %1 partition replicas;").arg(replicasOn(*m_last, StoppedNode));
        QVERIFY2(down->detail.startsWith(hosted), qPrintable(down->detail));
        QVERIFY2(down->detail.endsWith(QStringLiteral("Last seen at %1").arg(test::nodeAddress(StoppedNode))),
                 qPrintable(down->detail));

        const HealthFinding *under = findingOf(found, Kind::UnderReplicated, -1, m_topic);
        const QList<int> onStopped = partitionsWithReplicaOn(*m_last->topic(m_topic), StoppedNode);
        QCOMPARE(int(onStopped.size()), Partitions); // replication factor 3 on 3 brokers
        QCOMPARE(under->severity, HealthFinding::Severity::Warning);
        QCOMPARE(under->summary,
                 QStringLiteral("%1: %2 partitions under-replicated").arg(m_topic).arg(onStopped.size()));
        // The other two replicas of each stay in sync, so none is down to its leader alone.
        QCOMPARE(under->detail, QStringLiteral("Replicas out of sync or down: broker %1 (partitions %2)")
                                    .arg(StoppedNode)
                                    .arg(formatIdList(onStopped)));
        QVERIFY(!findingOf(found, Kind::OfflinePartitions, -1, m_topic));
        // Two in-sync replicas are left, as many as min.insync.replicas asks for.
        QVERIFY(!findingOf(found, Kind::UnderMinInSyncReplicas, -1, m_topic));

        // partita-cli health says the same, and fails a job with exit code 1; at --fail-at critical too,
        // since a broker down is critical.
        for (const QString &failAt : {QStringLiteral("warning"), QStringLiteral("critical")}) {
            int exitCode = -1;
            const QJsonArray findings = cliFindings({QStringLiteral("--fail-at"), failAt}, &exitCode);
            QCOMPARE(exitCode, 1);
            QVERIFY(cliHas(findings, QStringLiteral("broker_down"), QStringLiteral("broker"), StoppedNode));
            QVERIFY(cliHas(findings, QStringLiteral("under_replicated"), QStringLiteral("topic"), m_topic));
        }
    }

    void secondStoppedBrokerLeavesTopicUnderMinInSyncReplicas() {
        QVERIFY(m_nodeStopped);
        // Node 2's controlled shutdown still has the quorum of nodes 1 and 2, so its ISR removal is
        // committed; node 1 then serves that metadata alone.
        QCOMPARE(test::clusterScript({QStringLiteral("stop-node"), QString::number(SecondStoppedNode)}), 0);
        m_secondNodeStopped = true;
        QVERIFY2(fetchUntil(
                     [this](const ClusterSnapshot &snapshot) {
                         return findingOf(HealthCheck::of(snapshot), Kind::UnderMinInSyncReplicas, -1,
                                          m_topic);
                     },
                     60000),
                 lastFindings().constData());
        const std::vector<HealthFinding> found = HealthCheck::of(*m_last);
        const HealthFinding *under = findingOf(found, Kind::UnderMinInSyncReplicas, -1, m_topic);
        QCOMPARE(under->severity, HealthFinding::Severity::Critical);
        QCOMPARE(m_last->topic(m_topic)->underMinInSyncReplicas().size(), Partitions);
        QCOMPARE(under->summary,
                 QStringLiteral("%1: %2 partitions under min.insync.replicas").arg(m_topic).arg(Partitions));
        QVERIFY2(under->detail.contains(QStringLiteral("fewer than %1 in-sync").arg(MinInSyncReplicas)),
                 qPrintable(under->detail));
        // It supersedes under-replicated for every partition of the topic.
        QVERIFY(!findingOf(found, Kind::UnderReplicated, -1, m_topic));

        int exitCode = -1;
        const QJsonArray findings = cliFindings({}, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY(
            cliHas(findings, QStringLiteral("under_min_insync_replicas"), QStringLiteral("topic"), m_topic));

        QCOMPARE(test::clusterScript({QStringLiteral("start-node"), QString::number(SecondStoppedNode)}), 0);
        m_secondNodeStopped = false;
        QVERIFY2(fetchUntil(
                     [this](const ClusterSnapshot &snapshot) {
                         const TopicInfo *topic = snapshot.topic(m_topic);
                         return topic && topic->underMinInSyncReplicas().isEmpty() &&
                                !findingOf(HealthCheck::of(snapshot), Kind::UnderMinInSyncReplicas, -1,
                                           m_topic);
                     },
                     90000),
                 lastFindings().constData());
        QCOMPARE(m_last->topic(m_topic)->minInSyncReplicas, MinInSyncReplicas);
    }

    void returnedBrokerIsNotPreferredLeader() {
        QVERIFY(m_nodeStopped);
        QCOMPARE(test::clusterScript({QStringLiteral("start-node"), QString::number(StoppedNode)}), 0);
        m_nodeStopped = false;
        QVERIFY2(fetchUntil([this](const ClusterSnapshot &snapshot) { return isSteady(snapshot); }, 90000),
                 "broker 3 was not back in every ISR of the topic within 90 s");

        // cluster.sh sets auto.leader.rebalance.enable=false: the controller gives broker 3 nothing of
        // the topic back, however long it waits.
        const TopicInfo &topic = *m_last->topic(m_topic);
        QVERIFY(std::none_of(topic.partitions.cbegin(), topic.partitions.cend(),
                             [](const PartitionInfo &p) { return p.leader == StoppedNode; }));

        // A partition of another test whose only replica is on broker 3 comes back led by it, so judge
        // the cluster as it is: a finding exactly when broker 3 leads less than its share and could get
        // preferred partitions back.
        const Leadership share = leadershipOf(*m_last, StoppedNode);
        const bool behind = share.leads < share.ledInCluster / m_last->onlineBrokerCount() &&
                            share.preferredInSync > share.preferredLed;
        const std::vector<HealthFinding> found = HealthCheck::of(*m_last);
        const HealthFinding *notBack = findingOf(found, Kind::NotPreferredLeader, StoppedNode, QString());
        QVERIFY2(bool(notBack) == behind, summaries(found).constData());
        if (notBack) {
            QCOMPARE(notBack->summary,
                     QStringLiteral("Broker %1 leads %2 of the %3 partitions it is the preferred leader of")
                         .arg(StoppedNode)
                         .arg(share.preferredLed)
                         .arg(share.preferred));
        }
    }

    void preferredLeaderElectionClearsTheFindings() {
        QCOMPARE(test::electPreferredLeaders(), 0);
        QVERIFY2(fetchUntil(
                     [this](const ClusterSnapshot &snapshot) {
                         return findingsAbout(snapshot, m_topic, {StoppedNode}).empty();
                     },
                     30000),
                 lastFindings().constData());
        const Leadership share = leadershipOf(*m_last, StoppedNode);
        QVERIFY(share.preferred >= Partitions / 3); // Kafka spreads the topic's preferred leaders evenly
        QCOMPARE(share.preferredLed, share.preferred);
    }

private:
    // Fetches until `condition` holds for a snapshot, or `timeoutMs` passed; m_last keeps the snapshot
    // that was judged, as a recovering cluster can flap between two fetches.
    template <typename Condition> bool fetchUntil(Condition condition, qint64 timeoutMs) {
        return test::fetchUntil(
            *m_client,
            [&](const SnapshotResult &result) {
                if (result.snapshot)
                    m_last = result.snapshot;
                return result.snapshot && condition(*m_last);
            },
            std::chrono::milliseconds(timeoutMs));
    }

    QByteArray lastFindings() const {
        return m_last ? summaries(HealthCheck::of(*m_last)) : QByteArray("no snapshot was fetched");
    }

    // All three brokers online and every partition of the topic in sync on all of its replicas.
    bool isSteady(const ClusterSnapshot &snapshot) const {
        const TopicInfo *topic = snapshot.topic(m_topic);
        return snapshot.brokers.size() == 3 && snapshot.onlineBrokerCount() == 3 && topic &&
               topic->partitions.size() == Partitions && test::hasFullIsr(*topic) &&
               topic->minInSyncReplicas == MinInSyncReplicas;
    }

    std::unique_ptr<SnapshotClient> m_client;
    QString m_topic;
    ClusterSnapshotPtr m_last;
    bool m_nodeStopped = false;
    bool m_secondNodeStopped = false;
};

QTEST_GUILESS_MAIN(TestClusterHealth)
#include "tst_clusterhealth.moc"
