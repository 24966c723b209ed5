// partita-cli as a user runs it: a snapshot of the real cluster, a replay and its report, and clear
// failures.

#include "testkafka.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

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

        QStringList arguments{QStringLiteral("replay"),
                              QStringLiteral("--bootstrap"),
                              partita::test::bootstrapServers(),
                              QStringLiteral("--topic"),
                              source,
                              QStringLiteral("--to-topic"),
                              target,
                              QStringLiteral("--count"),
                              QStringLiteral("50"),
                              QStringLiteral("--keep-partitions")};
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

    void unreachableBootstrapFailsWithinTimeout() {
        const Run run =
            runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:1"),
                    QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QLatin1String("error: Bootstrap unreachable (127.0.0.1:1)")),
                 qPrintable(run.err));
        QVERIFY2(run.elapsedMs < 6000, qPrintable(QString::number(run.elapsedMs)));
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
        QCOMPARE(run.err, QStringLiteral("error: --bootstrap HOST:PORT is required\n"));
    }

    void unknownPropertyIsNamed() {
        const Run run =
            runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("a:1"),
                    QStringLiteral("--property"), QStringLiteral("fetch.wait.forever=1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("fetch.wait.forever")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
