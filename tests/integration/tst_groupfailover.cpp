// Consumer groups keep being polled while the group coordinators move: each node in turn stops and
// starts again. Runs after the tests that need a settled cluster.

#include "clustersession.h"
#include "testkafka.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace partita;

class TestGroupFailover : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // groups watched here stay out of the user's settings
    }

    // librdkafka 2.0.2 crashed a handle without group.id when an offset fetch met a moved coordinator:
    // keep polling groups while each node in turn stops and starts again.
    void pollingSurvivesCoordinatorMoves() {
        ConnectionSettings settings;
        settings.bootstrapServers = test::bootstrapServers();
        const QString topic = test::uniqueTopicName(QStringLiteral("failover"));
        QCOMPARE(test::createFilledTopic(topic, {10}), QString());
        const QString group = test::uniqueTopicName(QStringLiteral("moving"));
        QCOMPARE(test::commitOffsets(group, topic, {{0, 7}}), QString());
        ClusterSession session(settings, std::chrono::milliseconds(200));
        session.watchGroup(group);
        QSignalSpy groups(&session, &ClusterSession::groupsReady);
        session.start();
        QVERIFY(groups.wait(20000));
        for (const QString &node : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
            for (const QString &command : {QStringLiteral("stop-node"), QStringLiteral("start-node")}) {
                QProcess script;
                script.setProcessChannelMode(QProcess::ForwardedChannels);
                script.start(qEnvironmentVariable("PARTITA_CLUSTER_SCRIPT"), {command, node});
                // Polls go on meanwhile, in the session's workers.
                QTRY_VERIFY_WITH_TIMEOUT(script.state() == QProcess::NotRunning, 180000);
                QCOMPARE(script.exitCode(), 0);
            }
        }
        QCOMPARE(test::clusterScript({QStringLiteral("wait-isr")}), 0);
        groups.clear();
        const auto state = [&session, &group] {
            const GroupsSnapshotPtr last = session.lastGroups();
            const ConsumerGroupInfo *info = last ? last->group(group) : nullptr;
            return !info ? QStringLiteral("no poll with the group")
                         : QStringLiteral("committed %1, error \"%2\", list error \"%3\"")
                               .arg(info->partitions.value(0).committed)
                               .arg(info->error, last->listError);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(!groups.isEmpty() && state().startsWith(QLatin1String("committed 7,")),
                                  qPrintable(state()), 30000);
    }
};

QTEST_GUILESS_MAIN(TestGroupFailover)
#include "tst_groupfailover.moc"
