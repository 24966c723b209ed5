// partita-cli as a user runs it: a snapshot of the real cluster, and clear failures.

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
        const int controller = snapshot.value(QLatin1String("controller_id")).toInt();
        QVERIFY(controller >= 1 && controller <= 3);
        QVERIFY(!snapshot.value(QLatin1String("cluster_id")).toString().isEmpty());
        QVERIFY(snapshot.value(QLatin1String("topics")).isArray());
    }

    void snapshotTextHasTables() {
        const Run run = runCli({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                                qEnvironmentVariable("PARTITA_TEST_BOOTSTRAP")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("3/3 brokers online"));
        QVERIFY(run.out.contains("BROKER"));
        QVERIFY(run.out.contains("127.0.0.1:29092"));
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
