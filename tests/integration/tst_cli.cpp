// partita-cli as a user runs it: a snapshot of the real cluster, a replay and its report, Ctrl+C in
// the middle of a replay and of a consume, and clear failures.

#include "csvparser.h"
#include "rangeexport.h"
#include "testkafka.h"

#include <QBuffer>
#include <QDateTime>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    qint64 elapsedMs = 0;
};

Run runCli(const QStringList &arguments) {
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PARTITA_CLI), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("partita-cli did not finish within 60 s");
        return run;
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// `command` on the fixture cluster's topic, with a timeout and the command's own arguments.
QStringList topicCommand(const QString &command, const QString &topic, const QStringList &more) {
    return QStringList{command,
                       QStringLiteral("--bootstrap"),
                       partita::test::bootstrapServers(),
                       QStringLiteral("--topic"),
                       topic,
                       QStringLiteral("--timeout"),
                       QStringLiteral("10")} +
           more;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void snapshotJsonDescribesTheCluster() {
        const Run run = runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                                qEnvironmentVariable("PARTITA_TEST_BOOTSTRAP"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError parseError;
        const QJsonObject snapshot = QJsonDocument::fromJson(run.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(snapshot.value(QLatin1String("brokers")).toArray().size(), 3);
        // KRaft brokers do not reveal the active controller: null, with the quorum's voters instead.
        QCOMPARE(snapshot.value(QLatin1String("metadata_mode")).toString(), QStringLiteral("kraft"));
        QVERIFY(snapshot.value(QLatin1String("controller_id")).isNull());
        const QJsonArray voters = snapshot.value(QLatin1String("controller_voters")).toArray();
        QCOMPARE(voters.size(), 3);
        for (int node = 1; node <= 3; ++node) {
            const QJsonObject voter = voters.at(node - 1).toObject();
            QCOMPARE(voter.value(QLatin1String("id")).toInt(), node);
            QCOMPARE(voter.value(QLatin1String("host")).toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(voter.value(QLatin1String("port")).toInt(), partita::test::controllerPort(node));
        }
        QVERIFY(!snapshot.value(QLatin1String("cluster_id")).toString().isEmpty());
        QVERIFY(snapshot.value(QLatin1String("topics")).isArray());
    }

    void snapshotTextHasTables() {
        const Run run = runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                                qEnvironmentVariable("PARTITA_TEST_BOOTSTRAP")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("3/3 brokers online"));
        QVERIFY2(run.out.contains("KRaft quorum (voters 1, 2, 3; active controller not visible to clients)"),
                 run.out.constData());
        QVERIFY(
            run.out.contains(QStringLiteral("127.0.0.1:%1").arg(partita::test::controllerPort(2)).toUtf8()));
        QVERIFY(run.out.contains("BROKER"));
        QVERIFY(run.out.contains(partita::test::nodeAddress(2).toUtf8()));
    }

    void groupsJsonHasExactLag() {
        const QString topic = partita::test::uniqueTopicName(QStringLiteral("cli-lag"));
        const QString group = partita::test::uniqueTopicName(QStringLiteral("cli-readers"));
        QCOMPARE(partita::test::createTopic(topic, 2, 3), QString());
        QCOMPARE(partita::test::produce(topic, 0, 12), QString());
        QCOMPARE(partita::test::commitOffsets(group, topic, {{0, 5}}), QString());

        const Run run = runCli({QStringLiteral("groups"), QStringLiteral("--bootstrap"),
                                partita::test::bootstrapServers(), QStringLiteral("--group"), group,
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray groups =
            QJsonDocument::fromJson(run.out).object().value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject info = groups.first().toObject();
        QCOMPARE(info.value(QLatin1String("group_id")).toString(), group);
        QCOMPARE(info.value(QLatin1String("total_lag")).toInteger(), 7);
        QCOMPARE(info.value(QLatin1String("topic_lag")).toObject().value(topic).toInteger(), 7);
        const QJsonArray partitions = info.value(QLatin1String("partitions")).toArray();
        QCOMPARE(partitions.size(), 2);
        const QJsonObject p0 = partitions.at(0).toObject();
        QCOMPARE(p0.value(QLatin1String("committed")).toInteger(), 5);
        QCOMPARE(p0.value(QLatin1String("end")).toInteger(), 12);
        QCOMPARE(p0.value(QLatin1String("lag")).toInteger(), 7);
        const QJsonObject p1 = partitions.at(1).toObject();
        QVERIFY(p1.value(QLatin1String("committed")).isNull());
        QVERIFY(p1.value(QLatin1String("lag")).isNull());
        QCOMPARE(p1.value(QLatin1String("lag_kind")).toString(), QStringLiteral("no_commit"));
    }

    // Two polls a second apart: each partition's verdict and reason over them, and the exact time lag
    // of the record at the committed offset, produced two minutes ago.
    void groupsSamplesJudgeAndTellTheExactTimeLag() {
        const QString topic = partita::test::uniqueTopicName(QStringLiteral("cli-timelag"));
        const QString group = partita::test::uniqueTopicName(QStringLiteral("cli-stuck"));
        QCOMPARE(partita::test::createTopic(topic, 2, 3), QString());
        const qint64 producedAt = QDateTime::currentMSecsSinceEpoch() - 120000;
        QList<partita::test::TestMessage> messages;
        for (int i = 0; i < 7; ++i) {
            partita::test::TestMessage message;
            message.value = QByteArray::number(i);
            message.timestamp = producedAt + i * qint64(1000);
            messages.append(message);
        }
        messages[6].partition = 1;
        QCOMPARE(partita::test::produceMessages(topic, messages), QString());
        // Stuck at offset 1 of partition 0 (produced 119 s ago); caught up on partition 1.
        QCOMPARE(partita::test::commitOffsets(group, topic, {{0, 1}, {1, 1}}), QString());

        const Run run = runCli({QStringLiteral("groups"), QStringLiteral("--bootstrap"),
                                partita::test::bootstrapServers(), QStringLiteral("--group"), group,
                                QStringLiteral("--samples"), QStringLiteral("2"),
                                QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--json")});
        const qint64 age = QDateTime::currentMSecsSinceEpoch() - (producedAt + 1000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.elapsedMs >= 1000, "two polls a second apart took less than a second");
        const QJsonArray groups =
            QJsonDocument::fromJson(run.out).object().value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonArray partitions = groups.first().toObject().value(QLatin1String("partitions")).toArray();
        QCOMPARE(partitions.size(), 2);
        const QJsonObject stuck = partitions.at(0).toObject();
        QCOMPARE(stuck.value(QLatin1String("lag")).toInteger(), 5);
        // Two polls are fewer than a verdict other than OK needs.
        QCOMPARE(stuck.value(QLatin1String("verdict")).toString(), QStringLiteral("UNKNOWN"));
        QVERIFY2(stuck.value(QLatin1String("verdict_reason")).toString().contains(QLatin1String("history")),
                 qPrintable(stuck.value(QLatin1String("verdict_reason")).toString()));
        QVERIFY(stuck.value(QLatin1String("time_lag_exact")).toBool());
        QCOMPARE(stuck.value(QLatin1String("time_lag_timestamp_type")).toString(),
                 QStringLiteral("CreateTime"));
        // As of the second poll, which ended before the run did.
        const qint64 timeLag = stuck.value(QLatin1String("time_lag_ms")).toInteger();
        QVERIFY2(timeLag <= age && timeLag >= age - run.elapsedMs - 1000,
                 qPrintable(QStringLiteral("time lag %1 ms, record age %2 ms").arg(timeLag).arg(age)));
        const QJsonObject caughtUp = partitions.at(1).toObject();
        QCOMPARE(caughtUp.value(QLatin1String("verdict")).toString(), QStringLiteral("OK"));
        QVERIFY(!caughtUp.value(QLatin1String("verdict_reason")).toString().isEmpty());
        QCOMPARE(caughtUp.value(QLatin1String("time_lag_ms")).toInteger(), 0);
        QVERIFY(caughtUp.value(QLatin1String("time_lag_exact")).toBool());
    }

    // Ctrl+C between polls ends at once with what was sampled.
    void interruptedGroupSamplesEndPromptly() {
        QProcess process;
        process.start(QStringLiteral(PARTITA_CLI),
                      {QStringLiteral("groups"), QStringLiteral("--bootstrap"),
                       partita::test::bootstrapServers(), QStringLiteral("--samples"), QStringLiteral("100"),
                       QStringLiteral("--interval"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY(process.waitForStarted());
        QTest::qWait(3000); // inside the first wait between polls
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY2(process.waitForFinished(10000), "partita-cli groups did not end after Ctrl+C");
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(QJsonDocument::fromJson(process.readAllStandardOutput())
                    .object()
                    .value(QLatin1String("groups"))
                    .isArray());
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
                 QStringLiteral("warning: interrupted after 1 poll\n"));
    }

    void initTestCase() {
        m_topic = partita::test::uniqueTopicName(QStringLiteral("cliconsume"));
        QCOMPARE(partita::test::createTopic(m_topic, 2, 3), QString());
        QList<partita::test::TestMessage> messages;
        for (int i = 0; i < 6; ++i) {
            partita::test::TestMessage message;
            message.partition = i % 2;
            message.key = QByteArray("k") + QByteArray::number(i);
            message.value = QByteArray("line one, \"quoted\"\nline two ") + QByteArray::number(i);
            message.headers = {{QByteArray("trace"), QByteArray::number(i)}};
            messages.append(message);
        }
        partita::test::TestMessage tombstone;
        tombstone.partition = 1;
        tombstone.key = QByteArray("gone");
        messages.append(tombstone);
        partita::test::TestMessage binary;
        binary.partition = 0;
        binary.value = QByteArray("\xff\xfe\x00bin", 6);
        messages.append(binary);
        QCOMPARE(partita::test::produceMessages(m_topic, messages), QString());
    }

    void consumePrintsJsonLines() {
        const Run run = runCli(topicCommand(QStringLiteral("consume"), m_topic,
                                            {QStringLiteral("--partition"), QStringLiteral("0")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // messages 0, 2, 4 and the binary one
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QLatin1String("topic")).toString(), m_topic);
        QCOMPARE(first.value(QLatin1String("partition")).toInt(), 0);
        QCOMPARE(first.value(QLatin1String("offset")).toInt(), 0);
        QCOMPARE(first.value(QLatin1String("key")).toString(), QStringLiteral("k0"));
        QCOMPARE(first.value(QLatin1String("value")).toString(),
                 QStringLiteral("line one, \"quoted\"\nline two 0"));
        QCOMPARE(first.value(QLatin1String("timestamp_type")).toString(), QStringLiteral("CreateTime"));
        const QJsonObject header = first.value(QLatin1String("headers")).toArray().first().toObject();
        QCOMPARE(header.value(QLatin1String("key")).toString(), QStringLiteral("trace"));
        QCOMPARE(header.value(QLatin1String("value")).toString(), QStringLiteral("0"));
        const QJsonObject binary = QJsonDocument::fromJson(lines.last()).object();
        QVERIFY(binary.value(QLatin1String("key")).isNull());
        QCOMPARE(binary.value(QLatin1String("value_encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(binary.value(QLatin1String("value")).toString().toLatin1()),
                 QByteArray("\xff\xfe\x00bin", 6));
    }

    void consumeCsvParsesBack() {
        const Run jsonl = runCli(topicCommand(QStringLiteral("consume"), m_topic,
                                              {QStringLiteral("--partition"), QStringLiteral("1")}));
        const Run csv = runCli(topicCommand(QStringLiteral("consume"), m_topic,
                                            {QStringLiteral("--partition"), QStringLiteral("1"),
                                             QStringLiteral("--format"), QStringLiteral("csv")}));
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> rows = partita::test::parseCsv(csv.out);
        const QList<QByteArray> lines = jsonl.out.trimmed().split('\n');
        QCOMPARE(rows.size(), lines.size() + 1);
        QCOMPARE(rows.first(), (QStringList{"topic", "partition", "offset", "timestamp", "timestamp_type",
                                            "key", "value", "key_encoding", "value_encoding", "headers"}));
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.at(1).toInt(), object.value(QLatin1String("partition")).toInt());
            QCOMPARE(row.at(2).toLongLong(), object.value(QLatin1String("offset")).toInteger());
            QCOMPARE(row.at(5), object.value(QLatin1String("key")).toString());
            QCOMPARE(row.at(6), object.value(QLatin1String("value")).toString());
            QCOMPARE(QJsonDocument::fromJson(row.at(9).toUtf8()).array(),
                     object.value(QLatin1String("headers")).toArray());
        }
        // The tombstone's value is an empty cell, unlike an empty value ("").
        QVERIFY(csv.out.contains(",gone,,,,[]\r\n"));
    }

    // The Messages view's "export a range from the cluster" writes exactly what consume prints.
    void rangeExportEqualsConsume() {
        const Run run = runCli(topicCommand(QStringLiteral("consume"), m_topic,
                                            {QStringLiteral("--from"), QStringLiteral("1")}));
        QCOMPARE(run.exitCode, 0);
        partita::ConnectionSettings settings;
        settings.bootstrapServers = partita::test::bootstrapServers();
        QString error;
        const auto reader = partita::MessageReader::create(settings, &error);
        QVERIFY2(reader, qPrintable(error));
        partita::BrowseRequest request;
        request.topic = m_topic;
        request.start = {partita::StartPosition::Kind::Offset, 1};
        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        partita::MessageWriter writer(&exported, partita::ExportFormat::JsonLines);
        const auto outcome = partita::exportRange(*reader, request, std::chrono::seconds(10), writer, {});
        QCOMPARE(int(outcome.result), int(partita::RangeExportOutcome::Result::Finished));
        QCOMPARE(outcome.written, 6LL);
        // Partitions interleave as they arrive: compare as sets of lines.
        QList<QByteArray> consumed = run.out.split('\n');
        QList<QByteArray> lines = exported.data().split('\n');
        std::sort(consumed.begin(), consumed.end());
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, consumed);
    }

    void consumeRefusesBadInput_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown topic")
            << QStringList{QStringLiteral("--topic"), QStringLiteral("no-such-topic")} << 2
            << QStringLiteral("error: Topic no-such-topic does not exist");
        QTest::newRow("partition out of range")
            << QStringList{QStringLiteral("--partition"), QStringLiteral("7")} << 2
            << QStringLiteral("has no partition 7: it has 2 partitions");
        QTest::newRow("malformed --from")
            << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")} << 1
            << QStringLiteral("--from takes beginning, end, an offset");
        QTest::newRow("offset beyond the end")
            << QStringList{QStringLiteral("--from"), QStringLiteral("100")} << 2
            << QStringLiteral("Offset 100 is out of range in every partition");
        QTest::newRow("malformed --until") << QStringList{QStringLiteral("--until"), QStringLiteral("soon")}
                                           << 1 << QStringLiteral("--until takes end, never or @timestamp");
    }

    void consumeRefusesBadInput() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        // A later --topic overrides the first.
        const Run run = runCli(topicCommand(QStringLiteral("consume"), m_topic, arguments));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
        QVERIFY2(run.elapsedMs < 15000, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(run.out, QByteArray());
    }

    // Sixty messages to a target that allows 1,000 bytes: one of 5,000 bytes is listed, the others are
    // acknowledged, and the exit code says that one failed.
    void replayReportsEachFailure_data() {
        QTest::addColumn<bool>("json");
        QTest::newRow("text") << false;
        QTest::newRow("json") << true;
    }
    void replayReportsEachFailure() {
        QFETCH(bool, json);
        const QString source = partita::test::uniqueTopicName(QStringLiteral("cli-replay-source"));
        const QString target = partita::test::uniqueTopicName(QStringLiteral("cli-replay-target"));
        QCOMPARE(partita::test::createTopic(source, 1, 3), QString());
        QCOMPARE(partita::test::createTopic(target, 1, 3,
                                            {{QStringLiteral("max.message.bytes"), QStringLiteral("1000")}}),
                 QString());
        QList<partita::test::TestMessage> messages;
        for (int i = 0; i < 60; ++i) {
            partita::test::TestMessage message;
            message.value = QByteArray(i == 7 ? 5000 : 10, 'x');
            messages.append(message);
        }
        QCOMPARE(partita::test::produceMessages(source, messages), QString());

        QStringList arguments = topicCommand(QStringLiteral("replay"), source,
                                             {QStringLiteral("--to-topic"), target, QStringLiteral("--count"),
                                              QStringLiteral("50"), QStringLiteral("--keep-partitions")});
        if (json)
            arguments << QStringLiteral("--json");
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 3, qPrintable(run.err + QString::fromUtf8(run.out)));
        if (json) {
            const QJsonObject report = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(report.value(QLatin1String("outcome")).toString(), QStringLiteral("completed"));
            QCOMPARE(report.value(QLatin1String("source_topic")).toString(), source);
            QCOMPARE(report.value(QLatin1String("target_topic")).toString(), target);
            QCOMPARE(report.value(QLatin1String("messages")).toInteger(), 50);
            QCOMPARE(report.value(QLatin1String("sent")).toInteger(), 50);
            QCOMPARE(report.value(QLatin1String("acknowledged")).toInteger(), 49);
            QCOMPARE(report.value(QLatin1String("failed")).toInteger(), 1);
            const QJsonArray failures = report.value(QLatin1String("failures")).toArray();
            QCOMPARE(failures.size(), 1);
            const QJsonObject failure = failures.first().toObject();
            QCOMPARE(failure.value(QLatin1String("partition")).toInteger(), 0);
            QCOMPARE(failure.value(QLatin1String("offset")).toInteger(), 7);
            QCOMPARE(failure.value(QLatin1String("target_topic")).toString(), target);
            QCOMPARE(failure.value(QLatin1String("error")).toString(),
                     QStringLiteral("Broker: Message size too large"));
        } else {
            const QList<QByteArray> lines = run.out.trimmed().split('\n');
            QVERIFY2(lines.size() == 3, run.out.constData());
            QCOMPARE(QString::fromUtf8(lines.at(0)),
                     QStringLiteral("50 messages of %1 replayed to %2: 50 sent, 49 acknowledged, 1 failed")
                         .arg(source, target));
            QCOMPARE(lines.at(1).simplified(), QByteArray("PARTITION OFFSET TARGET ERROR"));
            QCOMPARE(QString::fromUtf8(lines.at(2).simplified()),
                     QStringLiteral("0 7 %1 Broker: Message size too large").arg(target));
        }
        QCOMPARE(partita::test::deleteTopic(source), QString());
        QCOMPARE(partita::test::deleteTopic(target), QString());
    }

    void replayFailuresHaveExitCodes_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        const QString missing = partita::test::uniqueTopicName(QStringLiteral("cli-replay-missing"));
        const QStringList replay{QStringLiteral("replay"), QStringLiteral("--bootstrap"),
                                 partita::test::bootstrapServers(), QStringLiteral("--topic"), missing};
        QTest::newRow("no target") << replay << 1
                                   << QStringLiteral(
                                          "error: give either --to-topic or --to-topic-from-header\n");
        QTest::newRow("two targets")
            << (replay + QStringList{QStringLiteral("--to-topic"), QStringLiteral("t"),
                                     QStringLiteral("--to-topic-from-header"), QStringLiteral("h")})
            << 1 << QStringLiteral("error: give either --to-topic or --to-topic-from-header\n");
        QTest::newRow("bad --from")
            << (replay + QStringList{QStringLiteral("--to-topic"), QStringLiteral("t"),
                                     QStringLiteral("--from"), QStringLiteral("soon")})
            << 1
            << QStringLiteral(
                   "error: --from takes beginning, end, an offset, @timestamp or -N, not \"soon\"\n");
        // The target is checked first, before the source is read.
        const QString missingTarget = missing + QStringLiteral("-target");
        QTest::newRow("target missing")
            << (replay + QStringList{QStringLiteral("--to-topic"), missingTarget}) << 2
            << QStringLiteral("error: Topic %1 does not exist\n").arg(missingTarget);
        QTest::newRow("read-only")
            << (replay + QStringList{QStringLiteral("--to-topic"), missing, QStringLiteral("--read-only")})
            << 2
            << QStringLiteral(
                   "error: Refused: this connection is read-only, so messages cannot be replayed\n");
    }
    void replayFailuresHaveExitCodes() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err, error);
        QVERIFY(run.out.isEmpty());
    }

    // Ctrl+C (SIGINT) in the middle of a replay that follows its source: the replay stops taking
    // messages, and the report still accounts for every one it took, with exit code 130.
    void interruptedReplayReportsWhatItSent() {
        const QString source = partita::test::uniqueTopicName(QStringLiteral("cli-interrupt-source"));
        const QString target = partita::test::uniqueTopicName(QStringLiteral("cli-interrupt-target"));
        QCOMPARE(partita::test::createTopic(source, 1, 3), QString());
        QCOMPARE(partita::test::createTopic(target, 1, 3), QString());
        constexpr int Messages = 20;
        QCOMPARE(partita::test::produce(source, 0, Messages), QString());
        QProcess process;
        process.start(QStringLiteral(PARTITA_CLI),
                      topicCommand(QStringLiteral("replay"), source,
                                   {QStringLiteral("--to-topic"), target, QStringLiteral("--until"),
                                    QStringLiteral("never"), QStringLiteral("--json")}));
        QVERIFY(process.waitForStarted());
        qint64 low = -1;
        qint64 high = -1;
        QTRY_VERIFY_WITH_TIMEOUT(partita::test::queryWatermarks(target, 0, &low, &high) && high == Messages,
                                 30000);
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY2(process.waitForFinished(45000), "partita-cli replay did not end after Ctrl+C");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(report.value(QLatin1String("outcome")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(report.value(QLatin1String("messages")).toInteger(), Messages);
        QCOMPARE(report.value(QLatin1String("acknowledged")).toInteger(), Messages);
        QCOMPARE(report.value(QLatin1String("failed")).toInteger(), 0);
        QCOMPARE(partita::test::deleteTopic(source), QString());
        QCOMPARE(partita::test::deleteTopic(target), QString());
    }

    // Ctrl+C while consume follows a topic: the output ends with a whole line, exit code 130.
    void interruptedConsumeEndsOnAWholeLine() {
        QProcess process;
        process.start(QStringLiteral(PARTITA_CLI),
                      topicCommand(QStringLiteral("consume"), m_topic,
                                   {QStringLiteral("--until"), QStringLiteral("never")}));
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') == 8, 30000);
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY2(process.waitForFinished(10000), "partita-cli consume did not end after Ctrl+C");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        out += process.readAllStandardOutput();
        QVERIFY(out.endsWith('\n'));
        QCOMPARE(out.count('\n'), 8);
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
                 QStringLiteral("warning: interrupted after 8 messages\n"));
    }

    void unreachableBootstrapFailsWithinTimeout() {
        const Run run =
            runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:1"),
                    QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QLatin1String("error: Bootstrap unreachable (127.0.0.1:1)")),
                 qPrintable(run.err));
        QVERIFY2(run.elapsedMs < 6000, qPrintable(QString::number(run.elapsedMs)));
    }

    // Nothing can be said of a cluster that does not answer: 2, not the 1 of "findings" nor the 0 of
    // "healthy"; a severity it does not know is refused.
    void healthExitCodes() {
        const Run unreachable =
            runCli({QStringLiteral("health"), QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:1"),
                    QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(unreachable.exitCode, 2);
        QVERIFY2(unreachable.err.startsWith(QLatin1String("error: Bootstrap unreachable (127.0.0.1:1)")),
                 qPrintable(unreachable.err));
        QVERIFY(unreachable.out.isEmpty());
        const Run badSeverity =
            runCli({QStringLiteral("health"), QStringLiteral("--bootstrap"),
                    partita::test::bootstrapServers(), QStringLiteral("--fail-at"), QStringLiteral("major")});
        QCOMPARE(badSeverity.exitCode, 1);
        QCOMPARE(badSeverity.err,
                 QStringLiteral("error: --fail-at takes critical, warning or notice, not \"major\"\n"));
    }

    void malformedBootstrapIsRejectedBeforeConnecting() {
        const Run run =
            runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("broker")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("\"broker\" has no port")), qPrintable(run.err));
    }

    void missingBootstrapIsNamed() {
        const Run run = runCli({QStringLiteral("snapshot")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(
            run.err,
            QStringLiteral(
                "error: --bootstrap HOST:PORT is required (or bootstrap.servers in --command-config)\n"));
    }

    // The file Kafka's own tools take: its bootstrap.servers replaces --bootstrap, the flags override it,
    // and a key librdkafka does not know is named, not dropped in silence.
    void commandConfigLikeKafkasTools() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("client.properties"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# as for kafka-topics --command-config\n");
        file.write("bootstrap.servers=" + partita::test::bootstrapServers().toUtf8() + "\n");
        file.write("security.protocol=PLAINTEXT\nclient.dns.lookup=use_all_dns_ips\nclient.id=cli-test\n");
        file.close();
        const Run run = runCli({QStringLiteral("snapshot"), QStringLiteral("--command-config"), path,
                                QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("10")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(run.out).object().value(QLatin1String("brokers")).toArray().size() ==
                     3,
                 run.out.constData());
        QCOMPARE(run.err,
                 QStringLiteral("warning: --command-config ignores client.dns.lookup: not a librdkafka "
                                "property\n"));

        // --bootstrap overrides the file's servers; Kafka's upper-case protocol names are accepted.
        const Run overridden = runCli({QStringLiteral("snapshot"), QStringLiteral("--command-config"), path,
                                       QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:1"),
                                       QStringLiteral("--security-protocol"), QStringLiteral("PLAINTEXT"),
                                       QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(overridden.exitCode, 2);
        QVERIFY2(overridden.err.contains(QLatin1String("Bootstrap unreachable (127.0.0.1:1)")),
                 qPrintable(overridden.err));

        const Run missing = runCli({QStringLiteral("snapshot"), QStringLiteral("--command-config"),
                                    dir.filePath(QStringLiteral("nope.properties"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.startsWith(QLatin1String("error: Cannot read ")), qPrintable(missing.err));
    }

    void kafkaSpellingsOfProtocolsAndMechanisms() {
        const Run run =
            runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("a:1"),
                    QStringLiteral("--security-protocol"), QStringLiteral("SASL_PLAINTEXT"),
                    QStringLiteral("--sasl-mechanism"), QStringLiteral("scram-sha-512")});
        // Accepted; only the missing user stops it.
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("error: SASL username: empty\n"));
        const Run unknown =
            runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("a:1"),
                    QStringLiteral("--security-protocol"), QStringLiteral("TLS")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(
                     QLatin1String("\"TLS\" is not one of plaintext, ssl, sasl_plaintext, sasl_ssl")),
                 qPrintable(unknown.err));
    }

    void unknownPropertyIsNamed() {
        const Run run =
            runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("a:1"),
                    QStringLiteral("--property"), QStringLiteral("fetch.wait.forever=1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("fetch.wait.forever")), qPrintable(run.err));
    }

private:
    QString m_topic;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
