// GroupService against librdkafka's mock cluster: polls and resets answered by helper processes, and
// what happens when a helper dies, hangs, cannot start, or the service goes away mid-request.

#include "childprocesses.h"
#include "groupservice.h"
#include "groupsstream.h"
#include "groupworker.h"
#include "mockfixtures.h"
#include "rdkafkaptr.h"
#include "snapshotclient.h"
#include "workerprocess.h"
#include "workerprotocol.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace partita;
using namespace std::chrono_literals;

namespace {

const char *const Topic = "orders";
const QString Group = QStringLiteral("billing");
constexpr int Partitions = 3;
constexpr auto RequestTimeout = 3s;

// Written by a callback; shared so that a callback after a failed test touches nothing freed.
struct Answers {
    int polls = 0;
    GroupsSnapshotPtr groups;
    int plans = 0;
    OffsetResetPlan plan;
    int applies = 0;
    QString error;
};
using AnswersPtr = std::shared_ptr<Answers>;

GroupService::PollCallback recordPoll(const AnswersPtr &answers) {
    return [answers](const GroupsSnapshotPtr &groups, const QString &error) {
        ++answers->polls;
        answers->groups = groups;
        answers->error = error;
    };
}

GroupService::PlanCallback recordPlan(const AnswersPtr &answers) {
    return [answers](const OffsetResetPlan &plan) {
        ++answers->plans;
        answers->plan = plan;
    };
}

GroupService::ApplyCallback recordApply(const AnswersPtr &answers) {
    return [answers](const QString &error) {
        ++answers->applies;
        answers->error = error;
    };
}

// Stderr lines of helpers, as WorkerProcess forwards them to its logging category.
QStringList g_helperLines;
QtMessageHandler g_previousHandler = nullptr;

void captureHelperLines(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (context.category && qstrcmp(context.category, "partita.worker") == 0)
        g_helperLines.append(message);
    else
        g_previousHandler(type, context, message);
}

} // namespace

class TestGroupService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        const QString worker = qEnvironmentVariable("PARTITA_WORKER");
        QVERIFY2(QFileInfo(worker).isExecutable(), "PARTITA_WORKER must name partita-worker (ctest sets it)");
        // The helpers killed with SIGABRT below leave no core files behind.
        const rlimit noCore{0, 0};
        setrlimit(RLIMIT_CORE, &noCore);
    }

    void init() {
        const QString started = m_cluster.start(Topic, Partitions);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_settings = ConnectionSettings();
        m_settings.bootstrapServers = m_cluster.bootstrapServers();
        m_settings.describesGroups = false; // the mock answers neither ListGroups nor DescribeGroups
        produce(0, 30);
        produce(1, 20);
        commit({{0, 25}, {1, 5}}); // partition 2: no commit
        QString error;
        m_snapshots = SnapshotClient::create(m_settings, &error);
        QVERIFY2(m_snapshots, qPrintable(error));
        const SnapshotResult result = m_snapshots->fetch();
        QVERIFY2(result.snapshot, qPrintable(result.message));
        m_cluster0 = result.snapshot;
    }

    void cleanup() {
        m_service.reset();
        m_snapshots.reset();
        m_cluster.stop();
    }

    void pollReturnsTheCommittedOffsets() {
        startService();
        const AnswersPtr answers = pollOnce();
        QVERIFY2(answers->error.isEmpty(), qPrintable(answers->error));
        verifyCommitted(*answers->groups);
        QCOMPARE(answers->groups->generation, 1);
        QCOMPARE(pollOnce()->groups->generation, 2);
        QCOMPARE(m_service->restartCount(), 0);
    }

    // Watermarks the cluster poll could not read leave the lag unknown, and say why.
    void missingWatermarksCarryTheirReason() {
        startService();
        auto cluster = std::make_shared<ClusterSnapshot>(*m_cluster0);
        const auto orders = std::find_if(cluster->topics.begin(), cluster->topics.end(),
                                         [](const TopicInfo &t) { return t.name == QLatin1String(Topic); });
        QVERIFY(orders != cluster->topics.end());
        PartitionInfo &partition = orders->partitions.first();
        partition.lowWatermark = partition.highWatermark = -1;
        partition.error = QStringLiteral("broker 2 did not answer ListOffsets within 3 s");
        const auto answers = std::make_shared<Answers>();
        m_service->poll({Group}, cluster, recordPoll(answers));
        QTRY_COMPARE_WITH_TIMEOUT(answers->polls, 1, 20000);
        QVERIFY2(answers->groups, qPrintable(answers->error));
        const ConsumerGroupInfo *group = answers->groups->group(Group);
        QVERIFY(group);
        QCOMPARE(group->partitions.first().committed, 25);
        QCOMPARE(group->partitions.first().highWatermark, -1);
        QCOMPARE(group->partitions.first().error, partition.error);
        QVERIFY(group->partitions.at(1).error.isEmpty());
    }

    // One poll at a time: another one asked for meanwhile is answered with an error, not queued.
    void secondPollWhileOneRunsIsRefused() {
        startService();
        const auto first = std::make_shared<Answers>();
        const auto second = std::make_shared<Answers>();
        m_service->poll({Group}, m_cluster0, recordPoll(first));
        m_service->poll({Group}, m_cluster0, recordPoll(second));
        QCOMPARE(second->polls, 0); // never answered inside the call
        QTRY_COMPARE_WITH_TIMEOUT(second->polls, 1, 2000);
        QVERIFY(!second->groups);
        QVERIFY2(second->error.contains(QLatin1String("already running")), qPrintable(second->error));
        QTRY_COMPARE_WITH_TIMEOUT(first->polls, 1, 10000);
        QVERIFY2(first->groups, qPrintable(first->error));
    }

    void killedHelperAnswersThePollAndRestarts_data() {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("words");
        QTest::newRow("SIGKILL") << int(SIGKILL) << QStringLiteral("was killed (SIGKILL)");
        // What librdkafka's failed assertion (#3663, #4605) ends in.
        QTest::newRow("SIGABRT") << int(SIGABRT) << QStringLiteral("was aborted (SIGABRT)");
    }

    void killedHelperAnswersThePollAndRestarts() {
        QFETCH(int, signal);
        QFETCH(QString, words);
        startService();
        const qint64 pid = pollHelper();
        QSignalSpy restarted(m_service.get(), &GroupService::helperRestarted);
        // Slow brokers keep the helper inside the poll when it is killed.
        setBrokerRtt(1500);
        const auto answers = std::make_shared<Answers>();
        m_service->poll({Group}, m_cluster0, recordPoll(answers));
        QTest::qWait(300);
        QCOMPARE(answers->polls, 0);
        QCOMPARE(::kill(pid_t(pid), signal), 0);
        QTRY_COMPARE_WITH_TIMEOUT(answers->polls, 1, 5000);
        QVERIFY(!answers->groups);
        QVERIFY2(answers->error.contains(words), qPrintable(answers->error));
        QVERIFY2(answers->error.contains(QString::number(pid)), qPrintable(answers->error));
        QCOMPARE(restarted.size(), 1);
        const QString message = restarted.first().first().toString();
        QVERIFY2(message.startsWith(QLatin1String("Group polling restarted")), qPrintable(message));
        QCOMPARE(message.contains(QLatin1String("librdkafka failure")), signal == SIGABRT);
        QCOMPARE(m_service->restartCount(), 1);

        setBrokerRtt(0);
        const AnswersPtr next = pollOnce(); // waits for the restart (0.5 s backoff)
        QVERIFY2(next->groups, qPrintable(next->error));
        verifyCommitted(*next->groups);
        QVERIFY(pollHelper() != 0 && pollHelper() != pid);
        QCOMPARE(::kill(pid_t(pid), 0), -1); // the old helper is gone, not left as a zombie
    }

    // A helper that stops answering (here: stopped with SIGSTOP) is killed once the poll's bound passed.
    void hungHelperIsKilledAndRestarted() {
        // bound: one OffsetFetch of 1 s, plus 1 s, the oldest unread records' 1 s and one more 1 s
        // read, plus 3 s of slack
        startService(1s);
        const qint64 pid = pollHelper();
        QSignalSpy restarted(m_service.get(), &GroupService::helperRestarted);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        const auto answers = std::make_shared<Answers>();
        QElapsedTimer elapsed;
        elapsed.start();
        m_service->poll({Group}, m_cluster0, recordPoll(answers));
        QTRY_COMPARE_WITH_TIMEOUT(answers->polls, 1, 12000);
        QVERIFY2(elapsed.elapsed() >= 6500, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(answers->error.contains(QLatin1String("did not answer within 7 s")),
                 qPrintable(answers->error));
        QCOMPARE(restarted.size(), 1);
        const AnswersPtr next = pollOnce();
        QVERIFY2(next->groups, qPrintable(next->error));
        verifyCommitted(*next->groups);
        QTRY_COMPARE_WITH_TIMEOUT(::kill(pid_t(pid), 0), -1, 2000);
    }

    void previewResetIsAnswered() {
        startService();
        QCOMPARE(resetHelper(), 0); // started on the first reset request
        const auto answers = std::make_shared<Answers>();
        OffsetResetRequest request;
        request.groupId = Group;
        request.target = ResetTarget::Earliest;
        m_service->previewReset(request, recordPlan(answers));
        QTRY_COMPARE_WITH_TIMEOUT(answers->plans, 1, 15000);
        const OffsetResetPlan &plan = answers->plan;
        QVERIFY2(plan.isApplicable(), qPrintable(plan.error));
        QCOMPARE(plan.groupId, Group);
        QCOMPARE(plan.changes.size(), Partitions);
        const QList<qint64> from{25, 5, -1};
        for (int p = 0; p < Partitions; ++p) {
            QCOMPARE(plan.changes.at(p).partition, (TopicPartition{QString::fromUtf8(Topic), p}));
            QCOMPARE(plan.changes.at(p).from, from.at(p));
            QCOMPARE(plan.changes.at(p).to, 0);
        }
        QVERIFY(resetHelper() != 0);
        QVERIFY(resetHelper() != pollHelper());

        // The mock cannot tell whether the group has running consumers, so the helper refuses to apply.
        m_service->applyReset(plan, recordApply(answers));
        QTRY_COMPARE_WITH_TIMEOUT(answers->applies, 1, 15000);
        QVERIFY2(answers->error.contains(QLatin1String("cannot describe groups")),
                 qPrintable(answers->error));
    }

    void readOnlyApplyIsRefused() {
        m_settings.readOnly = true;
        startService();
        QVERIFY(m_service->isReadOnly());
        const auto answers = std::make_shared<Answers>();
        m_service->applyReset(anApplicablePlan(), recordApply(answers));
        QCOMPARE(answers->applies, 0);
        QTRY_COMPARE_WITH_TIMEOUT(answers->applies, 1, 2000);
        QVERIFY2(answers->error.contains(QLatin1String("read-only")), qPrintable(answers->error));
        QCOMPARE(resetHelper(), 0); // refused before any helper started
    }

    // The helper refuses on its own too: the refusal lives in kafka/'s clients, not only in the service.
    void helperRefusesReadOnlyApply() {
        ConnectionSettings settings = m_settings;
        settings.readOnly = true;
        QByteArray input = encodeFrame({InitFrame, WorkerProtocolVersion, encode(settings)}) +
                           encodeFrame({groupworker::Apply, 5, encode(anApplicablePlan(), qint64(3000))});
        QBuffer in(&input);
        QByteArray output;
        QBuffer out(&output);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        QCOMPARE(runGroupWorker(groupworker::resetRole(), &in, &out), 0);
        FrameReader reader;
        reader.append(output);
        const std::optional<Frame> reply = reader.next();
        QVERIFY(reply);
        QCOMPARE(reply->type, quint32(ReplyFrame));
        QCOMPARE(reply->id, quint64(5));
        QString error;
        QVERIFY(decode(reply->payload, error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        QVERIFY(!reader.next());
    }

    void destroyingTheServiceMidRequestReturnsAtOnce() {
        startService();
        const qint64 pid = pollHelper();
        setBrokerRtt(3000); // the requests would take seconds
        const auto answers = std::make_shared<Answers>();
        m_service->poll({Group}, m_cluster0, recordPoll(answers));
        OffsetResetRequest request;
        request.groupId = Group;
        m_service->previewReset(request, recordPlan(answers));
        QTRY_VERIFY_WITH_TIMEOUT(resetHelper() != 0, 5000);
        const qint64 resetPid = resetHelper();
        QTest::qWait(300); // both helpers are inside their requests
        QElapsedTimer elapsed;
        elapsed.start();
        m_service.reset();
        QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(::kill(pid_t(pid), 0), -1); // killed and reaped
        QCOMPARE(::kill(pid_t(resetPid), 0), -1);
        QTest::qWait(1000);
        QCOMPARE(answers->polls, 0);
        QCOMPARE(answers->plans, 0);
        setBrokerRtt(0);
    }

    void unstartableHelperGivesAClearError() {
        const QByteArray saved = qgetenv("PARTITA_WORKER");
        const QString bad = QStringLiteral("/nonexistent/partita-worker");
        qputenv("PARTITA_WORKER", bad.toLocal8Bit());
        m_service = std::make_unique<GroupService>(m_settings, RequestTimeout);
        const auto answers = std::make_shared<Answers>();
        QElapsedTimer elapsed;
        elapsed.start();
        m_service->poll({Group}, m_cluster0, recordPoll(answers));
        OffsetResetRequest request;
        request.groupId = Group;
        m_service->previewReset(request, recordPlan(answers));
        qputenv("PARTITA_WORKER", saved);
        QTRY_VERIFY_WITH_TIMEOUT(answers->polls == 1 && answers->plans == 1, 3000);
        QVERIFY(elapsed.elapsed() < 2000);
        QVERIFY(!answers->groups);
        QVERIFY2(answers->error.startsWith(QLatin1String("Cannot start the group polling helper")),
                 qPrintable(answers->error));
        QVERIFY2(answers->error.contains(bad), qPrintable(answers->error));
        QVERIFY2(answers->plan.error.startsWith(QLatin1String("Cannot start the offset reset helper")),
                 qPrintable(answers->plan.error));
        QCOMPARE(answers->plan.groupId, Group);
        QCOMPARE(pollHelper(), 0);
        QCOMPARE(m_service->restartCount(), 0); // it never ran
    }

    // librdkafka's own log (here all of its debug output) goes to the helper's stderr, forwarded to the
    // partita.worker category, and never into the frames on its stdout.
    void helperLogsStayOffItsStdout() {
        m_settings.extraProperties.insert(QStringLiteral("debug"), QStringLiteral("all"));
        m_settings.saslPassword = QStringLiteral("s3cret-pw"); // in the settings frame, unused by plaintext
        const QByteArray savedRules = qgetenv("QT_LOGGING_RULES");
        qputenv("QT_LOGGING_RULES", "partita.kafka.debug=true"); // for the helper, read when it starts
        QLoggingCategory::setFilterRules(QStringLiteral("partita.worker.info=true"));
        g_helperLines.clear();
        g_previousHandler = qInstallMessageHandler(captureHelperLines);
        startService();
        const AnswersPtr answers = pollOnce();
        // A helper that dies is reported with the last lines it wrote, as librdkafka's assertion text.
        QSignalSpy restarted(m_service.get(), &GroupService::helperRestarted);
        ::kill(pid_t(pollHelper()), SIGABRT);
        QVERIFY(restarted.wait(5000));
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        qputenv("QT_LOGGING_RULES", savedRules);
        QVERIFY2(answers->groups, qPrintable(answers->error));
        verifyCommitted(*answers->groups);
        QVERIFY(g_helperLines.size() > 10);
        QVERIFY(g_helperLines.first().startsWith(QLatin1String("group-poll[")));
        for (const QString &line : std::as_const(g_helperLines))
            QVERIFY2(!line.contains(m_settings.saslPassword), qPrintable(line));
        const QString message = restarted.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("its last output: ")), qPrintable(message));
        QVERIFY(!message.contains(m_settings.saslPassword));
    }

    // The helper ends by itself when its input closes, as when the GUI is gone.
    void helperExitsWhenItsInputCloses() {
        QProcess helper;
        helper.start(qEnvironmentVariable("PARTITA_WORKER"), {groupworker::pollRole()});
        QVERIFY(helper.waitForStarted(5000));
        helper.write(encodeFrame({InitFrame, WorkerProtocolVersion, encode(m_settings)}));
        helper.write(encodeFrame(
            {groupworker::Poll, 1, encode(groupworker::PollRequest{{Group}, *m_cluster0, 3000})}));
        QTRY_VERIFY_WITH_TIMEOUT(helper.bytesAvailable() > FrameHeaderSize, 10000);
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(5000));
        QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper.exitCode(), 0);
        FrameReader reader;
        reader.append(helper.readAllStandardOutput());
        const std::optional<Frame> reply = reader.next();
        QVERIFY(reply && reply->type == ReplyFrame && reply->id == 1);
        GroupsSnapshot groups;
        QVERIFY(decode(reply->payload, groups));
        verifyCommitted(groups);
        QVERIFY(!reader.next() && reader.error().isEmpty()); // nothing but frames
    }

    // Killed with SIGKILL, the GUI cannot close the pipe in time: PR_SET_PDEATHSIG ends a helper that is
    // busy inside a request (slow brokers here) at once, instead of when its request ends.
    void helperDiesWithItsParent() {
        setBrokerRtt(4000);
        QProcess parent;
        parent.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--hold-helper"), m_settings.bootstrapServers});
        QVERIFY(parent.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(parent.canReadLine(), 5000);
        const qint64 pid = parent.readLine().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QTest::qWait(500); // inside its poll
        QVERIFY(test::isAlive(pid));
        parent.kill();
        QVERIFY(parent.waitForFinished(2000));
        QTRY_VERIFY_WITH_TIMEOUT(!test::isAlive(pid), 1000);
        setBrokerRtt(0);
    }

    // The helper gets no socket of this process (here the mock brokers' and the test's clients'):
    // one it held would keep a connection open after this process closed it.
    void helperInheritsNoSockets() {
        startService();
        const QSet<QString> ours = sockets(QCoreApplication::applicationPid());
        QVERIFY(ours.size() > 3); // listeners and connections of the mock cluster
        const QSet<QString> helpers = sockets(pollHelper());
        QVERIFY2(!helpers.intersects(ours), qPrintable(QStringList(helpers.values()).join(QLatin1Char(' '))));
    }

    void helperRefusesAnUnknownRole() {
        QProcess helper;
        helper.start(qEnvironmentVariable("PARTITA_WORKER"), {QStringLiteral("mine-bitcoin")});
        QVERIFY(helper.waitForFinished(5000));
        QCOMPARE(helper.exitCode(), 2);
        QVERIFY(helper.readAllStandardError().contains("unknown role"));
    }

private:
    void startService(std::chrono::milliseconds timeout = RequestTimeout) {
        m_service = std::make_unique<GroupService>(m_settings, timeout);
        QTRY_VERIFY_WITH_TIMEOUT(pollHelper() != 0, 5000);
    }

    AnswersPtr pollOnce() {
        auto answers = std::make_shared<Answers>();
        m_service->poll({Group}, m_cluster0, recordPoll(answers));
        QElapsedTimer elapsed;
        elapsed.start();
        while (answers->polls == 0 && elapsed.elapsed() < 20000)
            QTest::qWait(20);
        if (answers->polls != 1)
            qFatal("a poll was answered %d times in 20 s", answers->polls);
        return answers;
    }

    void verifyCommitted(const GroupsSnapshot &groups) {
        const ConsumerGroupInfo *group = groups.group(Group);
        QVERIFY(group);
        QCOMPARE(group->partitions.size(), Partitions);
        const QList<qint64> committed{25, 5, -1};
        const QList<qint64> ends{30, 20, 0};
        for (int p = 0; p < Partitions; ++p) {
            const GroupPartitionOffsets &entry = group->partitions.at(p);
            QCOMPARE(entry.partition, (TopicPartition{QString::fromUtf8(Topic), p}));
            QCOMPARE(entry.committed, committed.at(p));
            QCOMPARE(entry.lowWatermark, 0);
            QCOMPARE(entry.highWatermark, ends.at(p));
            QVERIFY2(entry.error.isEmpty(), qPrintable(entry.error));
        }
    }

    OffsetResetPlan anApplicablePlan() const {
        OffsetResetPlan plan;
        plan.groupId = Group;
        plan.changes = {{{QString::fromUtf8(Topic), 0}, 25, 0}};
        return plan;
    }

    static qint64 pollHelper() { return test::childProcess(groupworker::pollRole()); }
    static qint64 resetHelper() { return test::childProcess(groupworker::resetRole()); }

    // The socket inodes among a process's open files.
    static QSet<QString> sockets(qint64 pid) {
        QSet<QString> found;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System)) {
            const QString target =
                fd.symLinkTarget().isEmpty() ? QFile::symLinkTarget(fd.filePath()) : fd.symLinkTarget();
            if (target.contains(QLatin1String("socket:")))
                found.insert(target.mid(target.indexOf(QLatin1String("socket:"))));
        }
        return found;
    }

    void setBrokerRtt(int ms) {
        for (int broker = 1; broker <= 3; ++broker)
            rd_kafka_mock_broker_set_rtt(m_cluster.get(), broker, ms);
    }

    void produce(int partition, int count) const {
        const QString error = test::produceToMock(m_settings.bootstrapServers, Topic, partition, count);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Commits `offsets` (partition, offset) for Group from a consumer that never joins it.
    void commit(const QList<QPair<int, qint64>> &offsets) const {
        char errstr[256];
        rdk::ConfPtr conf(rd_kafka_conf_new());
        for (const auto &[key, value] :
             {std::pair{"bootstrap.servers", m_settings.bootstrapServers.toUtf8()},
              std::pair{"group.id", Group.toUtf8()}, std::pair{"enable.auto.commit", QByteArray("false")}})
            QCOMPARE(rd_kafka_conf_set(conf.get(), key, value.constData(), errstr, sizeof errstr),
                     RD_KAFKA_CONF_OK);
        rdk::HandlePtr consumer(rd_kafka_new(RD_KAFKA_CONSUMER, conf.release(), errstr, sizeof errstr));
        QVERIFY(consumer);
        rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(int(offsets.size())));
        for (const auto &[partition, offset] : offsets)
            rd_kafka_topic_partition_list_add(list.get(), Topic, partition)->offset = offset;
        QCOMPARE(rd_kafka_commit(consumer.get(), list.get(), 0), RD_KAFKA_RESP_ERR_NO_ERROR);
    }

    test::MockCluster m_cluster;
    ConnectionSettings m_settings;
    std::unique_ptr<SnapshotClient> m_snapshots;
    ClusterSnapshotPtr m_cluster0;
    std::unique_ptr<GroupService> m_service;
};

// `tst_groupservice --hold-helper BOOTSTRAP`: a parent for helperDiesWithItsParent() to kill. It starts a
// poll helper, prints its pid and keeps it busy with a poll.
int holdHelper(const QString &bootstrap) {
    ConnectionSettings settings;
    settings.bootstrapServers = bootstrap;
    settings.describesGroups = false;
    ClusterSnapshot cluster;
    TopicInfo topic;
    topic.name = QString::fromUtf8(Topic);
    for (int p = 0; p < Partitions; ++p)
        topic.partitions.append(PartitionInfo{p, 1, {1}, {1}, {}, 0, 0, QString()});
    cluster.topics = {topic};
    WorkerProcess helper(groupworker::pollRole(), QStringLiteral("Group polling"), encode(settings));
    QObject::connect(&helper, &WorkerProcess::started,
                     [](qint64 pid) { std::printf("%lld\n", pid), std::fflush(stdout); });
    helper.request(groupworker::Poll, encode(groupworker::PollRequest{{Group}, cluster, 10000}), 60s,
                   [](const QByteArray &, const QString &) {});
    return QCoreApplication::exec();
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-helper") == 0)
        return holdHelper(QString::fromLocal8Bit(argv[2]));
    TestGroupService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_groupservice.moc"
