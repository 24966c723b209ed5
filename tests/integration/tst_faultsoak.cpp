// A fault soak: the main window watches the real cluster at a 1 s interval, on the Topology view, with
// two consumer groups and a topic a producer keeps writing to, while nodes crash, hang and restart and
// a topic is deleted. After every step the window must recover by itself and agree with the cluster:
// connected again within three intervals, the same placement and full ISR as a fresh snapshot, and
// lag that a fresh fetch of committed offsets and watermarks accounts for. It kills every node, so it
// runs after all other tests of its cluster.

#include "clustersession.h"
#include "clustersnapshot.h"
#include "groupclient.h"
#include "groupservice.h"
#include "lagtracker.h"
#include "mainwindow.h"
#include "rdkafkaptr.h"
#include "snapshotclient.h"
#include "testkafka.h"
#include "topologymodel.h"
#include "topologyview.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <set>
#include <thread>

using namespace partita;
using namespace std::chrono_literals;

namespace {

constexpr auto Interval = 1s; // the window's refresh interval
constexpr auto ConnectedWithin = 3 * Interval;
constexpr int Cycles = 2;
constexpr auto PauseLength = 20s;
constexpr int Partitions = 3;
// Worst case of one preview with a hung broker: the resetter's snapshot (metadata 10 s, statistics
// 2.5 s, watermarks 3 s per leader and side) and its group fetch (list, describe and offsets, 11 s
// each), with some margin. Anything longer is a hang.
constexpr auto PreviewBound = 90s;
constexpr auto AgreementTimeout = 60s; // a recovering cluster still moves leaders and ISRs for a while

double seconds(qint64 ms) {
    return double(ms) / 1000.0;
}

// Produces to one topic from a thread of its own, one message per `period`, and stops by itself after
// `duration` (or when asked). Counts every delivery report, so no message can be lost without the test
// saying so: each message enqueued ends delivered or failed once the producer has stopped.
class SoakProducer {
public:
    // Longer than any outage of the soak, so messages wait for the cluster instead of failing.
    static constexpr auto MessageTimeout = 180s;

    SoakProducer(const QString &topic, std::chrono::milliseconds period, std::chrono::seconds duration)
        : m_topic(topic.toUtf8())
        , m_period(period)
        , m_duration(duration)
        , m_thread([this] { run(); }) {}
    ~SoakProducer() { stop(); }

    // Stops producing and waits until every message in flight is reported (bounded by MessageTimeout).
    void stop() {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    qint64 enqueued() const { return m_enqueued; }
    qint64 delivered() const { return m_delivered; }
    qint64 failed() const { return m_failed; }
    qint64 refused() const { return m_refused; } // produce() calls that librdkafka refused at once
    qint64 unreported() const { return m_enqueued - m_delivered - m_failed; }
    QString problems() const {
        const QMutexLocker lock(&m_mutex);
        QStringList lines;
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
            lines << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
        if (!m_setupError.isEmpty())
            lines << m_setupError;
        return lines.join(QStringLiteral("; "));
    }

private:
    void noteError(const QString &error) {
        const QMutexLocker lock(&m_mutex);
        ++m_errors[error];
    }

    static void onDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque) {
        auto *self = static_cast<SoakProducer *>(opaque);
        if (!message->err) {
            ++self->m_delivered;
        } else {
            ++self->m_failed;
            self->noteError(QStringLiteral("delivery failed: %1").arg(rd_kafka_err2str(message->err)));
        }
    }

    void run() {
        char errstr[512];
        rdk::ConfPtr conf(rd_kafka_conf_new());
        const QByteArray servers = test::bootstrapServers().toUtf8();
        const QByteArray timeout =
            QByteArray::number(qint64(std::chrono::milliseconds(MessageTimeout).count()));
        if (rd_kafka_conf_set(conf.get(), "bootstrap.servers", servers.constData(), errstr, sizeof errstr) ||
            rd_kafka_conf_set(conf.get(), "message.timeout.ms", timeout.constData(), errstr, sizeof errstr)) {
            const QMutexLocker lock(&m_mutex);
            m_setupError = QString::fromUtf8(errstr);
            return;
        }
        rd_kafka_conf_set_dr_msg_cb(conf.get(), &SoakProducer::onDelivery);
        rd_kafka_conf_set_opaque(conf.get(), this);
        rdk::HandlePtr producer(rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr));
        if (!producer) {
            const QMutexLocker lock(&m_mutex);
            m_setupError = QStringLiteral("cannot create the producer: %1").arg(errstr);
            return;
        }
        static_cast<void>(conf.release()); // rd_kafka_new took ownership
        const auto end = std::chrono::steady_clock::now() + m_duration;
        auto next = std::chrono::steady_clock::now();
        for (qint64 sequence = 0; !m_stop && std::chrono::steady_clock::now() < end; ++sequence) {
            const QByteArray value = QByteArray::number(sequence);
            const rd_kafka_resp_err_t err = rd_kafka_producev(
                producer.get(), RD_KAFKA_V_TOPIC(m_topic.constData()),
                RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
                RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (err) {
                ++m_refused;
                noteError(QStringLiteral("produce refused: %1").arg(rd_kafka_err2str(err)));
            } else {
                ++m_enqueued;
            }
            // Serve delivery reports until the next message is due.
            next += m_period;
            for (auto now = std::chrono::steady_clock::now(); !m_stop && now < next;
                 now = std::chrono::steady_clock::now()) {
                const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next - now);
                rd_kafka_poll(producer.get(), int(std::clamp<qint64>(wait.count(), 1, 50)));
            }
        }
        // Every message still queued is reported within message.timeout.ms, delivered or not.
        rd_kafka_flush(producer.get(), int(std::chrono::milliseconds(MessageTimeout + 30s).count()));
    }

    const QByteArray m_topic;
    const std::chrono::milliseconds m_period;
    const std::chrono::seconds m_duration;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_enqueued{0};
    std::atomic<qint64> m_delivered{0};
    std::atomic<qint64> m_failed{0};
    std::atomic<qint64> m_refused{0};
    mutable QMutex m_mutex;
    QMap<QString, int> m_errors; // by message, with how often it came
    QString m_setupError;
    std::thread m_thread; // last: starts once everything above is set up
};

// Runs tests/cluster/cluster.sh while the event loop goes on, so the window keeps polling meanwhile.
// Returns its exit code; -1 when it crashed or did not finish within `timeout` (then it is killed).
int runClusterScript(const QStringList &arguments, std::chrono::seconds timeout = 240s) {
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(qEnvironmentVariable("PARTITA_CLUSTER_SCRIPT"), arguments);
    if (!script.waitForStarted(10000))
        return -1;
    QElapsedTimer timer;
    timer.start();
    while (script.state() != QProcess::NotRunning) {
        if (timer.elapsed() > std::chrono::milliseconds(timeout).count()) {
            qWarning("cluster.sh %s did not finish within %lld s",
                     qPrintable(arguments.join(QLatin1Char(' '))), qint64(timeout.count()));
            script.kill();
            script.waitForFinished(10000);
            return -1;
        }
        QTest::qWait(50);
    }
    return script.exitStatus() == QProcess::NormalExit ? script.exitCode() : -1;
}

// Committed offset and high watermark of each partition of a group.
using PartitionEnds = QMap<TopicPartition, std::pair<qint64, qint64>>;

QString sortedIsr(QList<int> isr) {
    std::sort(isr.begin(), isr.end());
    QStringList ids;
    for (int id : std::as_const(isr))
        ids << QString::number(id);
    return ids.join(QLatin1Char(','));
}

} // namespace

class TestFaultSoak : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void soak();

private:
    struct StepReport {
        QString step;
        double faultSeconds = 0;     // the fault and the cluster's own recovery, until wait-ready
        double connectedSeconds = 0; // from wait-ready to the window's Connected
        double agreedSeconds = 0;    // from wait-ready until every check passed
        int restarts = 0;
        int notices = 0;
    };

    // The faults. Each leaves the cluster whole, having waited with cluster.sh wait-ready, and starts
    // m_ready then.
    void killAndRestartNode(int node);
    void pauseAndResumeNode(int node);
    void killAndRestartAllNodes();
    void deleteThrowawayTopic();
    void previewWhileNodePaused();
    void waitReady();

    // What every step is followed by; records the step's line of the report.
    void checkRecovery(const QString &step);
    void checkConnected(StepReport &report);
    void checkTopology();
    void checkLag();
    QString topologyDifference(const ClusterSnapshot &fresh) const;
    // Committed offsets and watermarks of the watched groups as the cluster has them now.
    QMap<QString, PartitionEnds> freshOffsets(QString *error);
    // Waits until the lag tracker shows a group poll whose watermarks were read after this call began.
    bool waitForNewerLag(std::chrono::milliseconds timeout);
    QString lagDifference(const QMap<QString, PartitionEnds> &before,
                          const QMap<QString, PartitionEnds> &after, QString *summary) const;
    void printReport() const;
    int restarts() const { return m_session ? m_session->groupService()->restartCount() : 0; }
    qint64 elapsed() const { return m_clock.elapsed(); }

    QTemporaryDir m_settingsDir;
    QElapsedTimer m_clock; // since the start of the test, for the log
    ConnectionSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
    ClusterSession *m_session = nullptr;
    std::unique_ptr<SnapshotClient> m_client; // the separate, fresh view of the cluster
    std::unique_ptr<test::ActiveMember> m_member;
    QTimer m_memberPoll; // keeps the active member polling, so it stays in its group
    std::unique_ptr<SoakProducer> m_producer;
    QString m_liveTopic;   // written by the producer
    QString m_staticTopic; // the active member's subscription
    QString m_idleGroup;   // committed offsets only
    QString m_memberGroup; // committed offsets and an active member
    QString m_deletedTopic;
    std::set<int> m_paused;
    std::set<int> m_killed;
    QElapsedTimer m_faultTimer;
    QElapsedTimer m_ready;
    // Poll bookkeeping, to tell which group poll came after a fresh read.
    int m_pollsStarted = 0;
    int m_groupsReady = 0;
    QMap<int, int> m_groupsReadyAtSnapshot; // by the number of the poll that brought the snapshot
    int m_notices = 0;
    QStringList m_noticeTexts;
    std::vector<StepReport> m_report;
};

void TestFaultSoak::initTestCase() {
    m_clock.start();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PartitaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_faultsoak"));
    // Whatever earlier tests left behind: the soak starts from a whole cluster.
    QCOMPARE(runClusterScript({QStringLiteral("wait-isr")}), 0);

    m_settings.bootstrapServers = test::bootstrapServers();
    QString error;
    m_client = SnapshotClient::create(m_settings, &error);
    QVERIFY2(m_client, qPrintable(error));

    m_liveTopic = test::uniqueTopicName(QStringLiteral("soak-live"));
    m_staticTopic = test::uniqueTopicName(QStringLiteral("soak-static"));
    QCOMPARE(test::createFilledTopic(m_liveTopic, {20, 20, 20}), QString());
    QCOMPARE(test::createFilledTopic(m_staticTopic, {10, 10, 10}), QString());
    m_idleGroup = test::uniqueTopicName(QStringLiteral("soak-idle"));
    m_memberGroup = test::uniqueTopicName(QStringLiteral("soak-member"));
    QCOMPARE(test::commitOffsets(m_idleGroup, m_liveTopic, {{0, 5}, {1, 10}, {2, 15}}), QString());
    // The member reads the static topic, already committed to its end, so its consumption never moves
    // an offset; its offsets on the live topic stay as committed here while the lag there grows.
    QCOMPARE(test::commitOffsets(m_memberGroup, m_liveTopic, {{0, 3}, {1, 3}, {2, 3}}), QString());
    QCOMPARE(test::commitOffsets(m_memberGroup, m_staticTopic, {{0, 10}, {1, 10}, {2, 10}}), QString());
    m_member = std::make_unique<test::ActiveMember>(m_memberGroup, m_staticTopic);
    QVERIFY(m_member->waitForAssignment(60s));
    m_memberPoll.setInterval(3s);
    connect(&m_memberPoll, &QTimer::timeout, this, [this] { m_member->waitForAssignment(1ms); });
    m_memberPoll.start();

    m_window = std::make_unique<MainWindow>(Interval);
    m_window->resize(1400, 900);
    m_window->connectToCluster(m_settings, QStringLiteral("soak cluster"));
    m_window->showView(MainWindow::View::Topology);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The grid is compared with the cluster topic by topic, __consumer_offsets included.
    auto *topology = m_window->findChild<TopologyView *>();
    QVERIFY(topology);
    auto *internalTopics = topology->findChild<QCheckBox *>(QStringLiteral("showInternalTopics"));
    QVERIFY(internalTopics);
    internalTopics->setChecked(true);
    m_session = m_window->session();
    QVERIFY(m_session);
    connect(m_session, &ClusterSession::pollStarted, this, [this] { ++m_pollsStarted; });
    connect(m_session, &ClusterSession::snapshotReady, this, [this] {
        // One cluster poll at a time: the snapshot is the one of the poll started last.
        m_groupsReadyAtSnapshot.insert(m_pollsStarted, m_groupsReady);
    });
    connect(m_session, &ClusterSession::groupsReady, this, [this] { ++m_groupsReady; });
    connect(m_session, &ClusterSession::notice, this, [this](const QString &message) {
        ++m_notices;
        m_noticeTexts << message;
        qInfo("%7.1f s  notice: %s", seconds(elapsed()), qPrintable(message));
    });
    connect(m_session, &ClusterSession::connectionStateChanged, this,
            [this](ConnectionState state, const QString &message) {
                qInfo("%7.1f s  state %s: %s", seconds(elapsed()), qPrintable(connectionStateName(state)),
                      qPrintable(message));
            });
    connect(m_session, &ClusterSession::groupPollFailed, this, [this](const QString &message) {
        qInfo("%7.1f s  group poll failed: %s", seconds(elapsed()), qPrintable(message));
    });
    m_session->watchGroup(m_idleGroup);
    m_session->watchGroup(m_memberGroup);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == ConnectionState::Connected, 30000);

    // 20 messages a second; stops by itself after 15 minutes, well beyond the soak.
    m_producer = std::make_unique<SoakProducer>(m_liveTopic, 50ms, 15min);
}

void TestFaultSoak::cleanupTestCase() {
    // Leave the cluster whole, whatever happened.
    for (int node : m_paused)
        runClusterScript({QStringLiteral("resume-node"), QString::number(node)});
    if (!m_killed.empty())
        runClusterScript(
            {QStringLiteral("start-node"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    printReport();
    m_memberPoll.stop();
    m_window.reset();
    m_member.reset();
    m_producer.reset();
    m_client.reset();
}

void TestFaultSoak::soak() {
    QElapsedTimer total;
    total.start();
    m_faultTimer.start();
    waitReady();
    checkRecovery(QStringLiteral("baseline"));
    if (QTest::currentTestFailed())
        return;
    const int killed[Cycles] = {2, 3};
    const int paused[Cycles] = {3, 1};
    for (int cycle = 1; cycle <= Cycles; ++cycle) {
        const QString tag = QStringLiteral("%1.").arg(cycle);
        killAndRestartNode(killed[cycle - 1]);
        if (QTest::currentTestFailed())
            return;
        checkRecovery(tag + QStringLiteral("1 kill -9 node %1").arg(killed[cycle - 1]));
        if (QTest::currentTestFailed())
            return;
        pauseAndResumeNode(paused[cycle - 1]);
        if (QTest::currentTestFailed())
            return;
        checkRecovery(tag + QStringLiteral("2 SIGSTOP node %1 20 s").arg(paused[cycle - 1]));
        if (QTest::currentTestFailed())
            return;
        killAndRestartAllNodes();
        if (QTest::currentTestFailed())
            return;
        checkRecovery(tag + QStringLiteral("3 kill -9 all nodes"));
        if (QTest::currentTestFailed())
            return;
        deleteThrowawayTopic();
        if (QTest::currentTestFailed())
            return;
        checkRecovery(tag + QStringLiteral("4 topic deleted"));
        if (QTest::currentTestFailed())
            return;
        if (cycle == 1) {
            previewWhileNodePaused();
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Every message produced is accounted for: delivered, or failed with a reason in the output.
    m_producer->stop();
    qInfo("producer: %lld enqueued, %lld delivered, %lld failed, %lld refused at once, %lld unreported",
          m_producer->enqueued(), m_producer->delivered(), m_producer->failed(), m_producer->refused(),
          m_producer->unreported());
    if (!m_producer->problems().isEmpty())
        qWarning("producer problems: %s", qPrintable(m_producer->problems()));
    QVERIFY(m_producer->enqueued() > 0);
    QCOMPARE(m_producer->unreported(), qint64(0));
    qInfo("soak took %.0f s; group helper restarts %d, session notices %d", seconds(total.elapsed()),
          restarts(), m_notices);
    for (const QString &notice : std::as_const(m_noticeTexts))
        qInfo("  notice: %s", qPrintable(notice));
}

void TestFaultSoak::waitReady() {
    QCOMPARE(runClusterScript({QStringLiteral("wait-ready")}), 0);
    m_ready.start();
}

void TestFaultSoak::killAndRestartNode(int node) {
    m_faultTimer.start();
    const QString id = QString::number(node);
    QCOMPARE(runClusterScript({QStringLiteral("kill-node"), id}), 0);
    m_killed.insert(node);
    // Not asserted: how soon the window notices is not the soak's question, only printed.
    QElapsedTimer noticed;
    noticed.start();
    while (m_session->state() == ConnectionState::Connected && noticed.elapsed() < 20000)
        QTest::qWait(100);
    qInfo("%7.1f s  node %d killed; the window says %s after %.1f s", seconds(elapsed()), node,
          qPrintable(connectionStateName(m_session->state())), seconds(noticed.elapsed()));
    QCOMPARE(runClusterScript({QStringLiteral("start-node"), id}), 0);
    m_killed.erase(node);
    waitReady();
}

void TestFaultSoak::pauseAndResumeNode(int node) {
    m_faultTimer.start();
    const QString id = QString::number(node);
    // One silent broker is a degraded cluster, not a lost connection: the others answer throughout.
    int timesFailed = 0;
    ClusterSnapshotPtr lastSnapshot;
    const QMetaObject::Connection failures =
        connect(m_session, &ClusterSession::connectionStateChanged, this,
                [&timesFailed](ConnectionState state) { timesFailed += state == ConnectionState::Failed; });
    const QMetaObject::Connection snapshots =
        connect(m_session, &ClusterSession::snapshotReady, this,
                [&lastSnapshot](const ClusterSnapshotPtr &snapshot) { lastSnapshot = snapshot; });
    QCOMPARE(runClusterScript({QStringLiteral("pause-node"), id}), 0);
    m_paused.insert(node);
    QTest::qWait(int(std::chrono::milliseconds(PauseLength).count()));
    disconnect(failures);
    disconnect(snapshots);
    const ConnectionState stateWhilePaused = m_session->state();
    qInfo("%7.1f s  node %d paused for %lld s; the window says %s, failed %d times", seconds(elapsed()), node,
          qint64(PauseLength.count()), qPrintable(connectionStateName(stateWhilePaused)), timesFailed);
    QCOMPARE(runClusterScript({QStringLiteral("resume-node"), id}), 0);
    m_paused.erase(node);
    QCOMPARE(timesFailed, 0);
    QCOMPARE(stateWhilePaused, ConnectionState::Degraded);
    QVERIFY(lastSnapshot);
    QVERIFY2(!lastSnapshot->isBrokerOnline(node), "the paused broker is shown as online");
    waitReady();
}

void TestFaultSoak::killAndRestartAllNodes() {
    m_faultTimer.start();
    const QStringList all{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    QCOMPARE(runClusterScript(QStringList{QStringLiteral("kill-node")} + all), 0);
    m_killed = {1, 2, 3};
    QElapsedTimer noticed;
    noticed.start();
    while (m_session->state() != ConnectionState::Failed && noticed.elapsed() < 20000)
        QTest::qWait(100);
    qInfo("%7.1f s  all nodes killed; the window says %s after %.1f s", seconds(elapsed()),
          qPrintable(connectionStateName(m_session->state())), seconds(noticed.elapsed()));
    QCOMPARE(runClusterScript(QStringList{QStringLiteral("start-node")} + all), 0);
    m_killed.clear();
    waitReady();
}

void TestFaultSoak::deleteThrowawayTopic() {
    m_faultTimer.start();
    m_deletedTopic = test::uniqueTopicName(QStringLiteral("soak-throwaway"));
    QCOMPARE(test::createFilledTopic(m_deletedTopic, {5, 5, 5}), QString());
    const auto shown = [this] {
        const ClusterSnapshotPtr last = m_session->lastSnapshot();
        return last && last->topic(m_deletedTopic);
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 30000);
    QCOMPARE(test::deleteTopic(m_deletedTopic), QString());
    QTRY_VERIFY2_WITH_TIMEOUT(!shown(), "the window still shows the deleted topic", 30000);
    waitReady();
}

// An offset reset preview for the inactive group while a broker (the group's coordinator) hangs: it
// must be answered within PreviewBound, with an error or a plan.
void TestFaultSoak::previewWhileNodePaused() {
    const QString step = QStringLiteral("preview, coordinator paused");
    m_faultTimer.start();
    const GroupsSnapshotPtr groups = m_session->lastGroups();
    const ConsumerGroupInfo *idle = groups ? groups->group(m_idleGroup) : nullptr;
    const int node = idle && idle->coordinatorId >= 1 && idle->coordinatorId <= 3 ? idle->coordinatorId : 1;
    QCOMPARE(runClusterScript({QStringLiteral("pause-node"), QString::number(node)}), 0);
    m_paused.insert(node);

    struct Answer {
        bool given = false;
        OffsetResetPlan plan;
    };
    const auto preview = [this] {
        auto answer = std::make_shared<Answer>();
        OffsetResetRequest request;
        request.groupId = m_idleGroup;
        request.target = ResetTarget::Earliest;
        m_session->groupService()->previewReset(request, [answer](const OffsetResetPlan &plan) {
            answer->given = true;
            answer->plan = plan;
        });
        return answer;
    };
    QElapsedTimer answerTimer;
    answerTimer.start();
    const auto answer = preview();
    while (!answer->given && answerTimer.elapsed() < std::chrono::milliseconds(PreviewBound).count())
        QTest::qWait(100);
    const qint64 answeredMs = answerTimer.elapsed();
    qInfo("%7.1f s  preview with node %d (coordinator %d) paused: %s after %.1f s: %s", seconds(elapsed()),
          node, idle ? idle->coordinatorId : -1,
          !answer->given                 ? "NO ANSWER"
          : answer->plan.error.isEmpty() ? "a plan"
                                         : "an error",
          seconds(answeredMs),
          qPrintable(answer->plan.error.isEmpty()
                         ? QStringLiteral("%1 changes").arg(answer->plan.changes.size())
                         : answer->plan.error));
    // A hung node stays hung as long as in the pause step, whatever the preview did.
    while (m_faultTimer.elapsed() < std::chrono::milliseconds(PauseLength).count())
        QTest::qWait(100);
    QCOMPARE(runClusterScript({QStringLiteral("resume-node"), QString::number(node)}), 0);
    m_paused.erase(node);
    waitReady();
    QVERIFY2(answer->given, qPrintable(QStringLiteral("the preview was not answered within %1 s with node %2 "
                                                      "paused")
                                           .arg(PreviewBound.count())
                                           .arg(node)));
    const QMap<int, qint64> committed{{0, 5}, {1, 10}, {2, 15}};
    const auto checkPlan = [&committed, this](const OffsetResetPlan &plan) {
        QCOMPARE(plan.groupId, m_idleGroup);
        QCOMPARE(plan.changes.size(), qsizetype(Partitions));
        for (const OffsetChange &change : plan.changes) {
            QCOMPARE(change.partition.topic, m_liveTopic);
            QCOMPARE(change.from, committed.value(change.partition.partition));
            QCOMPARE(change.to, qint64(0)); // nothing was ever deleted from the live topic
        }
    };
    if (answer->plan.error.isEmpty()) {
        checkPlan(answer->plan);
        if (QTest::currentTestFailed())
            return;
    }

    checkRecovery(step);
    if (QTest::currentTestFailed())
        return;
    // Once the node is back, previews give plans again (a moved coordinator may cost one more try).
    QString lastError;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        answerTimer.start();
        const auto again = preview();
        QTRY_VERIFY_WITH_TIMEOUT(again->given, std::chrono::milliseconds(PreviewBound).count());
        qInfo("%7.1f s  preview after the resume, attempt %d: %.1f s, %s", seconds(elapsed()), attempt,
              seconds(answerTimer.elapsed()),
              qPrintable(again->plan.error.isEmpty() ? QStringLiteral("a plan") : again->plan.error));
        if (again->plan.error.isEmpty()) {
            checkPlan(again->plan);
            return;
        }
        lastError = again->plan.error;
        QTest::qWait(2000);
    }
    QFAIL(qPrintable(QStringLiteral("no preview plan after the resume: %1").arg(lastError)));
}

void TestFaultSoak::checkRecovery(const QString &step) {
    StepReport report;
    report.step = step;
    report.faultSeconds = seconds(m_faultTimer.elapsed() - m_ready.elapsed());
    qInfo("%7.1f s  --- %s: cluster whole after %.1f s", seconds(elapsed()), qPrintable(step),
          report.faultSeconds);
    // Alive: a librdkafka abort in any of the window's threads would have ended this process.
    QVERIFY(m_window->session() == m_session);
    QCOMPARE(m_window->currentView(), MainWindow::View::Topology);
    checkConnected(report);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(runClusterScript({QStringLiteral("wait-isr")}), 0);
    checkTopology();
    if (QTest::currentTestFailed())
        return;
    checkLag();
    if (QTest::currentTestFailed())
        return;
    report.agreedSeconds = seconds(m_ready.elapsed());
    report.restarts = restarts();
    report.notices = m_notices;
    qInfo("%7.1f s  --- %s: Connected %.1f s after wait-ready, all checks passed after %.1f s, "
          "restarts %d, notices %d",
          seconds(elapsed()), qPrintable(step), report.connectedSeconds, report.agreedSeconds,
          report.restarts, report.notices);
    m_report.push_back(report);
}

void TestFaultSoak::checkConnected(StepReport &report) {
    // Measured, with a generous limit, then held to three intervals: a slow recovery is reported with
    // how long it took instead of as a bare timeout.
    while (m_session->state() != ConnectionState::Connected && m_ready.elapsed() < 60000)
        QTest::qWait(20);
    report.connectedSeconds = seconds(m_ready.elapsed());
    QVERIFY2(m_session->state() == ConnectionState::Connected,
             qPrintable(QStringLiteral("still %1 (%2) 60 s after wait-ready")
                            .arg(connectionStateName(m_session->state()), m_session->stateMessage())));
    QVERIFY2(m_ready.elapsed() <= std::chrono::milliseconds(ConnectedWithin).count(),
             qPrintable(QStringLiteral("Connected only %1 s after wait-ready, more than three intervals")
                            .arg(report.connectedSeconds)));
}

void TestFaultSoak::checkTopology() {
    QElapsedTimer timer;
    timer.start();
    QString difference = QStringLiteral("no fresh snapshot");
    while (timer.elapsed() < std::chrono::milliseconds(AgreementTimeout).count()) {
        const SnapshotResult fresh = m_client->fetch();
        difference = fresh.snapshot ? topologyDifference(*fresh.snapshot)
                                    : QStringLiteral("fresh snapshot failed: %1").arg(fresh.message);
        if (difference.isEmpty())
            break;
        QTest::qWait(500);
    }
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    qInfo("%7.1f s  topology agrees with a fresh snapshot (%d partitions, full ISR) after %.1f s",
          seconds(elapsed()), m_session->lastSnapshot()->partitionCount(), seconds(timer.elapsed()));
}

QString TestFaultSoak::topologyDifference(const ClusterSnapshot &fresh) const {
    const ClusterSnapshotPtr shown = m_session->lastSnapshot();
    if (!shown)
        return QStringLiteral("the window has no snapshot");
    if (shown->brokers.size() != 3 || shown->onlineBrokerCount() != 3)
        return QStringLiteral("the window shows %1 of %2 brokers online")
            .arg(shown->onlineBrokerCount())
            .arg(shown->brokers.size());
    QStringList shownTopics;
    for (const TopicInfo &topic : shown->topics)
        shownTopics << topic.name;
    QStringList freshTopics;
    for (const TopicInfo &topic : fresh.topics)
        freshTopics << topic.name;
    if (shownTopics != freshTopics) {
        QStringList extra;
        QStringList missing;
        for (const QString &name : std::as_const(shownTopics)) {
            if (!freshTopics.contains(name))
                extra << name;
        }
        for (const QString &name : std::as_const(freshTopics)) {
            if (!shownTopics.contains(name))
                missing << name;
        }
        return QStringLiteral("topics differ: the window also shows [%1] and lacks [%2]")
            .arg(extra.join(QStringLiteral(", ")), missing.join(QStringLiteral(", ")));
    }
    const auto *table = m_window->findChild<QTableView *>(QStringLiteral("topologyTable"));
    const auto *grid = table ? qobject_cast<const TopologyModel *>(table->model()) : nullptr;
    if (!grid)
        return QStringLiteral("no topology grid in the window");
    for (const BrokerInfo &broker : shown->brokers) {
        const int column = grid->columnForBroker(broker.id);
        if (column < 0 || !grid->headerData(column, Qt::Horizontal, TopologyModel::BrokerOnlineRole).toBool())
            return QStringLiteral("the grid does not show broker %1 online").arg(broker.id);
    }
    for (const TopicInfo &topic : fresh.topics) {
        const TopicInfo *mine = shown->topic(topic.name);
        if (mine->partitions.size() != topic.partitions.size())
            return QStringLiteral("%1: %2 partitions shown, %3 in the cluster")
                .arg(topic.name)
                .arg(mine->partitions.size())
                .arg(topic.partitions.size());
        for (qsizetype i = 0; i < topic.partitions.size(); ++i) {
            const PartitionInfo &want = topic.partitions.at(i);
            const PartitionInfo &have = mine->partitions.at(i);
            const QString label = QStringLiteral("%1-%2").arg(topic.name).arg(want.id);
            if (have.id != want.id || have.leader != want.leader || have.replicas != want.replicas ||
                sortedIsr(have.isr) != sortedIsr(want.isr))
                return QStringLiteral(
                           "%1: the window shows leader %2, ISR [%3], the cluster leader %4, ISR [%5]")
                    .arg(label)
                    .arg(have.leader)
                    .arg(sortedIsr(have.isr))
                    .arg(want.leader)
                    .arg(sortedIsr(want.isr));
            if (have.isUnderReplicated())
                return QStringLiteral("%1: ISR [%2] of replicas [%3] shown")
                    .arg(label, sortedIsr(have.isr), sortedIsr(have.replicas));
            const int row = grid->rowForPartition(topic.name, want.id);
            if (row < 0)
                return QStringLiteral("%1 has no row in the grid").arg(label);
            for (const BrokerInfo &broker : shown->brokers) {
                const QModelIndex cell = grid->index(row, grid->columnForBroker(broker.id));
                const int state = cell.data(TopologyModel::ReplicaStateRole).toInt();
                if (state != int(have.replicaState(broker.id, broker.online)))
                    return QStringLiteral("%1: the grid's cell for broker %2 says %3, the snapshot %4")
                        .arg(label)
                        .arg(broker.id)
                        .arg(state)
                        .arg(int(have.replicaState(broker.id, broker.online)));
            }
        }
    }
    if (!m_deletedTopic.isEmpty() && grid->rowForPartition(m_deletedTopic, 0) >= 0)
        return QStringLiteral("the grid still shows the deleted topic %1").arg(m_deletedTopic);
    return {};
}

QMap<QString, PartitionEnds> TestFaultSoak::freshOffsets(QString *error) {
    const SnapshotResult cluster = m_client->fetch();
    if (!cluster.snapshot) {
        *error = QStringLiteral("fresh snapshot failed: %1").arg(cluster.message);
        return {};
    }
    // A new client each time: its view of the group coordinators is as fresh as can be.
    const std::unique_ptr<GroupClient> client = GroupClient::create(m_settings, error);
    if (!client)
        return {};
    const GroupsSnapshotPtr groups = client->fetch({m_idleGroup, m_memberGroup}, *cluster.snapshot, 10s);
    QMap<QString, PartitionEnds> ends;
    for (const QString &id : {m_idleGroup, m_memberGroup}) {
        const ConsumerGroupInfo *group = groups->group(id);
        if (!group || !group->error.isEmpty()) {
            *error = QStringLiteral("fresh fetch of %1: %2")
                         .arg(id, group ? group->error : QStringLiteral("missing"));
            return {};
        }
        for (const GroupPartitionOffsets &entry : group->partitions) {
            if (entry.committed < 0 || entry.highWatermark < 0) {
                *error = QStringLiteral("fresh fetch of %1: %2 committed %3, end %4 (%5)")
                             .arg(id, entry.partition.label())
                             .arg(entry.committed)
                             .arg(entry.highWatermark)
                             .arg(entry.error);
                return {};
            }
            ends[id].insert(entry.partition, {entry.committed, entry.highWatermark});
        }
    }
    return ends;
}

bool TestFaultSoak::waitForNewerLag(std::chrono::milliseconds timeout) {
    // The GUI thread starts cluster polls, and it was busy with the fresh read until now: every poll
    // counted from here on reads its watermarks later.
    const int startedBefore = m_pollsStarted;
    QElapsedTimer timer;
    timer.start();
    // The second group poll after a newer snapshot uses it or a later one, even when a poll was in
    // flight when it came; then wait until the tracker has judged the latest poll.
    const auto newer = [&] {
        const auto snapshot = m_groupsReadyAtSnapshot.upperBound(startedBefore);
        return snapshot != m_groupsReadyAtSnapshot.cend() && m_groupsReady >= snapshot.value() + 2 &&
               m_session->lagTracker()->lastPoll() == m_session->lastGroups();
    };
    while (!newer()) {
        if (timer.elapsed() > timeout.count())
            return false;
        QTest::qWait(20);
    }
    return true;
}

QString TestFaultSoak::lagDifference(const QMap<QString, PartitionEnds> &before,
                                     const QMap<QString, PartitionEnds> &after, QString *summary) const {
    QStringList lines;
    for (const QString &id : {m_idleGroup, m_memberGroup}) {
        const GroupLagState *group = m_session->lagTracker()->group(id);
        if (!group)
            return QStringLiteral("%1 is not in the lag tracker").arg(id);
        if (!group->info.error.isEmpty())
            return QStringLiteral("%1: the window's poll says %2").arg(id, group->info.error);
        const PartitionEnds &first = before.value(id);
        const PartitionEnds &second = after.value(id);
        if (first.keys() != second.keys())
            return QStringLiteral("%1: its partitions changed between the fresh reads").arg(id);
        if (qsizetype(group->partitions.size()) != first.size())
            return QStringLiteral("%1: the window shows %2 partitions, the cluster has %3")
                .arg(id)
                .arg(group->partitions.size())
                .arg(first.size());
        qint64 low = 0;
        qint64 high = 0;
        qint64 total = 0;
        for (const PartitionLagState &shown : group->partitions) {
            const TopicPartition &tp = shown.offsets.partition;
            if (!first.contains(tp))
                return QStringLiteral("%1: the window shows %2, which the cluster does not have")
                    .arg(id, tp.label());
            const auto [committed, end1] = first.value(tp);
            const auto [committed2, end2] = second.value(tp);
            if (committed != committed2)
                return QStringLiteral("%1 %2: the committed offset moved from %3 to %4 between the reads")
                    .arg(id, tp.label())
                    .arg(committed)
                    .arg(committed2);
            QString detail = QStringLiteral("%1 %2: the window shows committed %3, end %4, lag %5 (%6); "
                                            "the cluster committed %7, end %8 then %9")
                                 .arg(id, tp.label())
                                 .arg(shown.offsets.committed)
                                 .arg(shown.offsets.highWatermark)
                                 .arg(shown.lag.lag)
                                 .arg(shown.lag.displayText())
                                 .arg(committed)
                                 .arg(end1)
                                 .arg(end2);
            // The window's watermark was read between the two fresh reads, so its lag lies between
            // theirs: at most what the producer added in between above the first.
            if (shown.offsets.committed != committed || shown.lag.kind != PartitionLag::Normal ||
                shown.offsets.highWatermark < end1 || shown.offsets.highWatermark > end2 ||
                shown.lag.lag != shown.offsets.highWatermark - committed)
                return detail;
            low += end1 - committed;
            high += end2 - committed;
            total += shown.lag.lag;
        }
        if (group->totals.lag != total || group->totals.measuredPartitions != first.size())
            return QStringLiteral("%1: total lag %2 over %3 partitions, the partitions add up to %4 over %5")
                .arg(id)
                .arg(group->totals.lag)
                .arg(group->totals.measuredPartitions)
                .arg(total)
                .arg(first.size());
        lines << QStringLiteral("%1 lag %2 (fresh %3..%4, %5 member(s))")
                     .arg(id.section(QLatin1Char('-'), 0, 1))
                     .arg(total)
                     .arg(low)
                     .arg(high)
                     .arg(group->info.members.size());
    }
    *summary = lines.join(QStringLiteral("; "));
    return {};
}

void TestFaultSoak::checkLag() {
    QElapsedTimer timer;
    timer.start();
    QString difference;
    QString summary;
    for (int attempt = 1; timer.elapsed() < std::chrono::milliseconds(AgreementTimeout).count(); ++attempt) {
        difference.clear();
        const QMap<QString, PartitionEnds> before = freshOffsets(&difference);
        if (difference.isEmpty()) {
            if (!waitForNewerLag(30s)) {
                difference = QStringLiteral("no new group poll judged within 30 s (last poll error: %1)")
                                 .arg(m_session->groupPollError());
            } else {
                // Nothing runs in the event loop during this read, so the tracker still shows the poll
                // that came before it.
                const QMap<QString, PartitionEnds> after = freshOffsets(&difference);
                if (difference.isEmpty())
                    difference = lagDifference(before, after, &summary);
            }
        }
        if (difference.isEmpty())
            break;
        qInfo("%7.1f s  lag check, attempt %d: %s", seconds(elapsed()), attempt, qPrintable(difference));
        QTest::qWait(1000);
    }
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    qInfo("%7.1f s  lag consistent after %.1f s: %s", seconds(elapsed()), seconds(timer.elapsed()),
          qPrintable(summary));
}

void TestFaultSoak::printReport() const {
    qInfo("fault soak report (Connected: seconds from wait-ready; checked: seconds from wait-ready until "
          "every check passed)");
    qInfo("  %-28s %8s %10s %8s %9s %8s", "step", "fault s", "Connected", "checked", "restarts", "notices");
    for (const StepReport &row : m_report)
        qInfo("  %-28s %8.1f %10.1f %8.1f %9d %8d", qPrintable(row.step), row.faultSeconds,
              row.connectedSeconds, row.agreedSeconds, row.restarts, row.notices);
}

QTEST_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
