// ClusterSession against librdkafka's mock cluster: it polls and recovers by itself, refreshes asked
// for during a slow poll coalesce, and nothing of a connection the window has left reaches the views
// of the next one, even a poll that was held up in the network while the user switched.

#include "clustersession.h"
#include "democluster.h"
#include "historysettings.h"
#include "lagtracker.h"
#include "mainwindow.h"
#include "messagebrowser.h"
#include "rdkafkaptr.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>
#include <set>

using namespace partita;

namespace {

// A mock cluster of three brokers with one topic, whose answers can be delayed.
class MockCluster {
public:
    explicit MockCluster(const char *topic) {
        char errstr[256];
        m_owner.reset(rd_kafka_new(RD_KAFKA_PRODUCER, rd_kafka_conf_new(), errstr, sizeof errstr));
        m_cluster.reset(rd_kafka_mock_cluster_new(m_owner.get(), 3));
        rd_kafka_mock_topic_create(m_cluster.get(), topic, 2, 3);
    }
    ConnectionSettings settings() const {
        ConnectionSettings settings;
        settings.bootstrapServers = QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster.get()));
        return settings;
    }
    void delayAnswers(std::chrono::milliseconds delay) {
        for (int broker = 1; broker <= 3; ++broker)
            rd_kafka_mock_broker_set_rtt(m_cluster.get(), broker, int(delay.count()));
    }

private:
    rdk::HandlePtr m_owner;
    rdk::MockClusterPtr m_cluster;
};

QStringList topicsShown(const QAbstractItemModel *model) {
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

} // namespace

class TestClusterSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // watched groups stay out of the user's settings
    }

    void pollsUntilDestroyed() {
        MockCluster cluster("orders");
        ClusterSession session(cluster.settings(), std::chrono::milliseconds(200));
        QSignalSpy states(&session, &ClusterSession::connectionStateChanged);
        QSignalSpy snapshots(&session, &ClusterSession::snapshotReady);
        QCOMPARE(session.state(), ConnectionState::Disconnected); // nothing before start()
        session.start();
        QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Connecting);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 15000); // it keeps polling
        QCOMPARE(session.state(), ConnectionState::Connected);
        const auto first = snapshots.first().first().value<ClusterSnapshotPtr>();
        QVERIFY(first->topic(QStringLiteral("orders")));
        QCOMPARE(session.lastSnapshot(), snapshots.last().first().value<ClusterSnapshotPtr>());
    }

    // The session's browser reads its own cluster and goes with it.
    void browserBelongsToTheSession() {
        MockCluster cluster("orders");
        auto session = std::make_unique<ClusterSession>(cluster.settings(), std::chrono::seconds(5));
        QPointer<MessageBrowser> browser = session->browser();
        QCOMPARE(session->browser(), browser.data());
        BrowseRequest request;
        request.topic = QStringLiteral("orders");
        browser->browse(request);
        QTRY_COMPARE_WITH_TIMEOUT(browser->state(), MessageBrowser::State::Finished, 15000);
        session.reset();
        QVERIFY(browser.isNull());
    }

    void invalidSettingsFailNamingTheProblem() {
        ConnectionSettings settings;
        settings.bootstrapServers = QStringLiteral("localhost");
        ClusterSession session(settings, std::chrono::seconds(5));
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Failed, 5000);
        QVERIFY2(session.stateMessage().contains(QLatin1String("has no port")),
                 qPrintable(session.stateMessage()));
    }

    void refreshesDuringAPollCoalesceIntoOne() {
        MockCluster cluster("orders");
        cluster.delayAnswers(std::chrono::milliseconds(600));
        ClusterSession session(cluster.settings(), std::chrono::minutes(5));
        QSignalSpy started(&session, &ClusterSession::pollStarted);
        QSignalSpy snapshots(&session, &ClusterSession::snapshotReady);
        session.start();
        for (int i = 0; i < 5; ++i)
            session.refreshNow();
        session.watchGroup(QStringLiteral("late-group"));
        session.setInterval(std::chrono::minutes(4));
        QCOMPARE(started.size(), 1);
        QVERIFY(session.isPolling());
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() == 2, 30000);
        QTest::qWait(1500); // longer than a poll: nothing else follows before the interval
        QCOMPARE(started.size(), 2);
        QCOMPARE(snapshots.size(), 2);
        session.unwatchGroup(QStringLiteral("late-group"));
    }

    void destroyingDuringAPollReturnsAtOnce() {
        MockCluster cluster("orders");
        cluster.delayAnswers(std::chrono::seconds(2));
        QElapsedTimer timer;
        {
            ClusterSession session(cluster.settings(), std::chrono::seconds(5));
            session.start();
            QTest::qWait(300);
            QVERIFY(session.isPolling());
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 300, qPrintable(QString::number(timer.elapsed())));
    }

    // The old cluster's poll is held up until after the switch: its snapshot must not show up in the
    // topics of the new one.
    void switchedAwayConnectionNeverReachesTheViews() {
        MockCluster slow("old-orders");
        MockCluster fresh("new-orders");
        slow.delayAnswers(std::chrono::milliseconds(700));
        MainWindow window(std::chrono::milliseconds(300));
        const auto *topics = window.findChild<QTableView *>(QStringLiteral("topicTable"))->model();
        QStringList everShown;
        const auto record = [&] { everShown += topicsShown(topics); };
        connect(topics, &QAbstractItemModel::rowsInserted, this, record);
        connect(topics, &QAbstractItemModel::dataChanged, this, record);
        connect(topics, &QAbstractItemModel::modelReset, this, record);

        window.connectToCluster(slow.settings(), QStringLiteral("slow"));
        const QPointer<ClusterSession> old = window.session();
        QVERIFY(old->isPolling());
        QTest::qWait(300); // the request is out, waiting for the delayed answer
        window.connectToCluster(fresh.settings(), QStringLiteral("fresh"));
        QVERIFY(old.isNull()); // dropped at once, with its poll still out
        QTRY_VERIFY_WITH_TIMEOUT(topicsShown(topics).contains(QLatin1String("new-orders")), 15000);
        QTest::qWait(8000); // the old poll's answer arrives meanwhile, and several more polls of the new one
        QVERIFY2(!everShown.contains(QLatin1String("old-orders")), qPrintable(everShown.join(u',')));
        QCOMPARE(topicsShown(topics), QStringList{QStringLiteral("new-orders")});
    }

    void groupPollsFeedTheLagHistory() {
        DemoCluster demo;
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        ConnectionSettings settings;
        settings.bootstrapServers = demo.bootstrapServers();
        settings.describesGroups = false; // as the demo connects: the mock cannot list groups
        ClusterSession session(settings, std::chrono::milliseconds(500));
        const QString group = QStringLiteral("click-analytics");
        session.watchGroup(group);
        QSignalSpy groups(&session, &ClusterSession::groupsReady);
        session.start();
        const auto committed = [&session, &group] {
            const GroupLagState *state = session.lagTracker()->group(group);
            return state && !state->partitions.empty() && state->partitions.front().offsets.committed >= 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(committed(), 30000);
        QCOMPARE(session.lastGroups(), groups.last().first().value<GroupsSnapshotPtr>());
        // Each group poll used the watermarks of a cluster snapshot of the same session.
        const ClusterSnapshotPtr snapshot = session.lastSnapshot();
        QVERIFY(snapshot->topic(DemoCluster::topicName()));
        session.unwatchGroup(group);
    }

    // The lag history is the cluster's, kept on disk: a new session of the same cluster charts the polls
    // of the one before, and an outage of every broker keeps what was recorded before it.
    void historyOutlivesTheSessionAndAnOutage() {
        DemoCluster demo;
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        ConnectionSettings settings;
        settings.bootstrapServers = demo.bootstrapServers();
        settings.describesGroups = false;
        QVERIFY(settings.keepsHistory);
        const QString group = QStringLiteral("click-analytics");
        const auto chartedTimes = [&group](const LagTracker &tracker) {
            std::set<qint64> times;
            for (const LagPoint &point : tracker.totalLagSeries(group))
                times.insert(point.timeMs);
            return times;
        };
        std::set<qint64> firstSessionPolls;
        {
            ClusterSession session(settings, std::chrono::milliseconds(300));
            session.watchGroup(group);
            session.lagTracker()->setChartedGroup(group);
            // The polls that saw the group's partitions: before its first commit it has none to chart.
            connect(&session, &ClusterSession::groupsReady, this, [&](const GroupsSnapshotPtr &groups) {
                const ConsumerGroupInfo *info = groups->group(group);
                if (info && !info->partitions.isEmpty())
                    firstSessionPolls.insert(groups->takenAt.toMSecsSinceEpoch());
            });
            session.start();
            QTRY_VERIFY_WITH_TIMEOUT(chartedTimes(*session.lagTracker()).size() >= 4, 30000);
            QVERIFY(!QFileInfo::exists(HistorySettings::fileFor(QString())));
            QVERIFY(QFileInfo::exists(HistorySettings::fileFor(session.lastSnapshot()->clusterId)));
        }
        QVERIFY(firstSessionPolls.size() >= 4);
        const auto includesFirstSession = [&](const LagTracker &tracker) {
            const std::set<qint64> charted = chartedTimes(tracker);
            return std::includes(charted.cbegin(), charted.cend(), firstSessionPolls.cbegin(),
                                 std::prev(firstSessionPolls.cend()));
        };
        ClusterSession session(settings, std::chrono::milliseconds(300));
        session.lagTracker()->setChartedGroup(group);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            session.lagTracker()->lastPoll() && includesFirstSession(*session.lagTracker()), 30000);
        for (int broker = 1; broker <= DemoCluster::BrokerCount; ++broker)
            demo.setBrokerRunning(broker, false);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Failed, 30000);
        for (int broker = 1; broker <= DemoCluster::BrokerCount; ++broker)
            demo.setBrokerRunning(broker, true);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 30000);
        const GroupsSnapshotPtr lastBeforeReturn = session.lagTracker()->lastPoll();
        QTRY_VERIFY_WITH_TIMEOUT(session.lagTracker()->lastPoll() != lastBeforeReturn, 30000);
        QVERIFY(includesFirstSession(*session.lagTracker()));
        session.unwatchGroup(group);
    }
};

QTEST_MAIN(TestClusterSession)
#include "tst_clustersession.moc"
