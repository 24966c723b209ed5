// Against the secured test cluster (tests/cluster/cluster.sh with PARTITA_CLUSTER_SECURITY=1): the right
// credentials work on every listener, and each wrong one fails with its own message, within its time,
// naming the stage; no password ever appears in what Partita prints.

#include "connectionprobe.h"
#include "snapshotclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace partita;

namespace {

// What `cluster.sh security` prints: listeners, files, users.
QMap<QString, QString> securityInfo(QString *error) {
    QProcess process;
    process.start(qEnvironmentVariable("PARTITA_CLUSTER_SCRIPT"), {QStringLiteral("security")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QMap<QString, QString> info;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const int equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            info.insert(line.left(equals), line.mid(equals + 1));
    }
    return info;
}

struct CliRun {
    int exitCode = -1;
    QString output; // stdout and stderr together
};

CliRun runCli(const QStringList &arguments, const QMap<QString, QString> &environment) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PARTITA_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("partita-cli did not finish within 60 s");
        return run;
    }
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

constexpr auto StageTimeout = std::chrono::seconds(5);

} // namespace

class TestSecuredConnection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        m_info = securityInfo(&error);
        QVERIFY2(!m_info.isEmpty(), qPrintable(error));
    }

    void rightCredentialsWorkOnEachListener_data() {
        QTest::addColumn<QString>("listener");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("SASL_PLAINTEXT SCRAM-SHA-512") << "SASL_PLAINTEXT"
                                                      << "SCRAM-SHA-512";
        QTest::newRow("SASL_PLAINTEXT scram-sha-256") << "SASL_PLAINTEXT"
                                                      << "scram-sha-256";
        QTest::newRow("SASL_PLAINTEXT PLAIN") << "SASL_PLAINTEXT"
                                              << "PLAIN";
        QTest::newRow("SSL with a client certificate") << "SSL"
                                                       << "";
        QTest::newRow("SASL_SSL SCRAM-SHA-512") << "SASL_SSL"
                                                << "SCRAM-SHA-512";
        QTest::newRow("SASL_SSL PLAIN") << "SASL_SSL"
                                        << "PLAIN";
    }

    void rightCredentialsWorkOnEachListener() {
        QFETCH(QString, listener);
        QFETCH(QString, mechanism);
        const ConnectionSettings settings = rightSettings(listener, mechanism);
        QString error;
        const auto client = SnapshotClient::create(settings, &error);
        QVERIFY2(client, qPrintable(error));
        const SnapshotResult result = client->fetch();
        QVERIFY2(result.snapshot, qPrintable(result.message));
        QCOMPARE(result.snapshot->brokers.size(), 3);

        const ProbeReport report = ConnectionProbe::run(settings, StageTimeout);
        QVERIFY2(report.passed(), qPrintable(describe(report)));
        const ProbeStep &tls = report.steps.at(int(ProbeStage::Tls));
        QCOMPARE(tls.outcome, settings.usesSsl() ? ProbeStep::Outcome::Passed : ProbeStep::Outcome::Skipped);
        const ProbeStep &sasl = report.steps.at(int(ProbeStage::Authenticate));
        QCOMPARE(sasl.outcome,
                 settings.usesSasl() ? ProbeStep::Outcome::Passed : ProbeStep::Outcome::Skipped);
    }

    void eachFailureNamesItsStage_data() {
        QTest::addColumn<QString>("listener");
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("probeSays");   // in the failed step's detail
        QTest::addColumn<QString>("sessionSays"); // in the snapshot client's message

        QTest::newRow("wrong password")
            << "SASL_PLAINTEXT"
            << "wrong password" << int(ProbeStage::Authenticate) << "invalid credentials"
            << "Authentication failed";
        QTest::newRow("unknown user")
            << "SASL_SSL"
            << "unknown user" << int(ProbeStage::Authenticate) << "invalid credentials"
            << "Authentication failed";
        QTest::newRow("untrusted CA") << "SASL_SSL"
                                      << "other CA" << int(ProbeStage::Tls) << "untrusted certificate"
                                      << "SSL handshake failed";
        QTest::newRow("host-name mismatch")
            << "SSL_WRONG_HOST"
            << "" << int(ProbeStage::Tls) << "host-name mismatch: the certificate names wrong-host.invalid"
            << "SSL handshake failed";
        QTest::newRow("expired certificate")
            << "SSL_EXPIRED"
            << "" << int(ProbeStage::Tls) << "certificate expired on 2021-01-01"
            << "SSL handshake failed";
        QTest::newRow("wrong key password")
            << "SSL"
            << "wrong key password" << int(ProbeStage::Tls) << "wrong key password"
            << "";
        QTest::newRow("no client certificate")
            << "SSL"
            << "no client certificate" << int(ProbeStage::Tls) << "bad certificate"
            << "SSL handshake failed";
        QTest::newRow("unreachable") << "SASL_PLAINTEXT"
                                     << "unreachable" << int(ProbeStage::Connect) << "refused"
                                     << "Bootstrap unreachable";
    }

    void eachFailureNamesItsStage() {
        QFETCH(QString, listener);
        QFETCH(QString, change);
        QFETCH(int, stage);
        QFETCH(QString, probeSays);
        QFETCH(QString, sessionSays);

        ConnectionSettings settings = rightSettings(
            listener.startsWith(QLatin1String("SSL_")) ? QStringLiteral("SSL") : listener,
            listener.startsWith(QLatin1String("SASL")) ? QStringLiteral("SCRAM-SHA-512") : QString());
        if (listener.startsWith(QLatin1String("SSL_"))) {
            settings.bootstrapServers = m_info.value(listener + QStringLiteral("_BOOTSTRAP"));
            settings.sslCertificateFile.clear(); // these listeners ask for none
            settings.sslKeyFile.clear();
            settings.sslKeyPassword.clear();
        }
        if (change == QLatin1String("wrong password"))
            settings.saslPassword = QStringLiteral("not-the-password");
        else if (change == QLatin1String("unknown user"))
            settings.saslUsername = QStringLiteral("mallory");
        else if (change == QLatin1String("other CA"))
            settings.sslCaFile = m_info.value(QStringLiteral("OTHER_CA_FILE"));
        else if (change == QLatin1String("wrong key password"))
            settings.sslKeyPassword = QStringLiteral("not-the-key-password");
        else if (change == QLatin1String("no client certificate")) {
            settings.sslCertificateFile.clear();
            settings.sslKeyFile.clear();
            settings.sslKeyPassword.clear();
        } else if (change == QLatin1String("unreachable"))
            settings.bootstrapServers = QStringLiteral("127.0.0.1:1");

        QElapsedTimer timer;
        timer.start();
        const ProbeReport report = ConnectionProbe::run(settings, StageTimeout);
        const qint64 probeMs = timer.elapsed();
        const ProbeStep *failed = report.failure();
        QVERIFY2(failed, qPrintable(describe(report)));
        QCOMPARE(int(failed->stage), stage);
        QVERIFY2(failed->detail.contains(probeSays), qPrintable(failed->detail));
        // Every stage bounded: at most the stages before it and this one, with slack for the machine.
        QVERIFY2(probeMs < 4 * std::chrono::milliseconds(StageTimeout).count(),
                 qPrintable(QString::number(probeMs)));
        qInfo("%s: %s failed after %lld ms: %s", QTest::currentDataTag(),
              qPrintable(ConnectionProbe::stageName(failed->stage)), qlonglong(probeMs),
              qPrintable(failed->detail));

        // The session's own client says so too, within its timeout, rather than timing out in silence.
        QString error;
        const auto client = SnapshotClient::create(settings, &error);
        if (sessionSays.isEmpty()) { // refused when the client is made
            QVERIFY(!client);
            QVERIFY2(error.contains(QLatin1String("wrong key password")), qPrintable(error));
            return;
        }
        QVERIFY2(client, qPrintable(error));
        timer.restart();
        const SnapshotResult result = client->fetch();
        QVERIFY(!result.snapshot);
        QVERIFY2(result.message.contains(sessionSays), qPrintable(result.message));
        QVERIFY2(timer.elapsed() < 12000, qPrintable(QString::number(timer.elapsed())));
    }

    // The explicit, warned opt-out: a certificate that does not name the host is accepted.
    void hostnameVerificationCanBeTurnedOff() {
        ConnectionSettings settings = rightSettings(QStringLiteral("SSL"), QString());
        settings.bootstrapServers = m_info.value(QStringLiteral("SSL_WRONG_HOST_BOOTSTRAP"));
        settings.sslCertificateFile.clear();
        settings.sslKeyFile.clear();
        settings.sslKeyPassword.clear();
        settings.sslVerifyHostname = false;
        QCOMPARE(settings.warnings().size(), 1);
        const ProbeReport report = ConnectionProbe::run(settings, StageTimeout);
        // The wrong-host listener is on node 1 only; its metadata names the brokers' other listeners.
        QCOMPARE(report.steps.at(int(ProbeStage::Tls)).outcome, ProbeStep::Outcome::Passed);
        QVERIFY2(
            report.steps.at(int(ProbeStage::Tls)).detail.contains(QLatin1String("host name not checked")),
            qPrintable(describe(report)));
    }

    // Passwords given to partita-cli (environment, --command-config) are in none of its output, whether
    // the connection works or fails, in text or JSON, librdkafka's log lines included.
    void cliNeverPrintsAPassword() {
        const QString password = m_info.value(QStringLiteral("ALICE_PASSWORD"));
        const QString wrong = QStringLiteral("wr0ng-Secret-%1").arg(QCoreApplication::applicationPid());
        const QStringList base{
            QStringLiteral("--bootstrap"),         m_info.value(QStringLiteral("SASL_PLAINTEXT_BOOTSTRAP")),
            QStringLiteral("--security-protocol"), QStringLiteral("SASL_PLAINTEXT"),
            QStringLiteral("--sasl-mechanism"),    QStringLiteral("SCRAM-SHA-512"),
            QStringLiteral("--sasl-username"),     QStringLiteral("alice"),
            QStringLiteral("--timeout"),           QStringLiteral("5")};
        for (const QString &secret : {password, wrong}) {
            for (const QString &command : {QStringLiteral("check"), QStringLiteral("snapshot"),
                                           QStringLiteral("groups"), QStringLiteral("health")}) {
                for (const bool json : {false, true}) {
                    const CliRun run =
                        runCli(QStringList{command} + base +
                                   (json ? QStringList{QStringLiteral("--json")} : QStringList()),
                               {{QStringLiteral("PARTITA_SASL_PASSWORD"), secret}});
                    QVERIFY2(run.exitCode >= 0, qPrintable(run.output));
                    QVERIFY2(!run.output.contains(secret),
                             qPrintable(command + QLatin1Char('\n') + run.output));
                    if (secret == wrong)
                        QVERIFY2(run.exitCode != 0, qPrintable(run.output));
                }
            }
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("client.properties"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral(
                "bootstrap.servers=%1\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\n"
                "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule "
                "required username=\"alice\" password=\"%2\";\nsasl.secret.unknown=%2\n")
                .arg(m_info.value(QStringLiteral("SASL_PLAINTEXT_BOOTSTRAP")), wrong)
                .toUtf8());
        file.close();
        const CliRun run = runCli({QStringLiteral("check"), QStringLiteral("--command-config"), path,
                                   QStringLiteral("--timeout"), QStringLiteral("5")},
                                  {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QLatin1String("SASL authentication failed")), qPrintable(run.output));
        QVERIFY2(run.output.contains(QLatin1String("sasl.secret.unknown")), qPrintable(run.output)); // listed
        QVERIFY2(!run.output.contains(wrong), qPrintable(run.output));
    }

private:
    // Settings that work on `listener` (SASL_PLAINTEXT, SSL, SASL_SSL), as alice where SASL is used.
    ConnectionSettings rightSettings(const QString &listener, const QString &mechanism) const {
        ConnectionSettings settings;
        settings.bootstrapServers = m_info.value(listener + QStringLiteral("_BOOTSTRAP"));
        settings.securityProtocol = listener;
        if (listener.startsWith(QLatin1String("SASL"))) {
            settings.saslMechanism = mechanism;
            settings.saslUsername = m_info.value(QStringLiteral("ALICE_USER"));
            settings.saslPassword = m_info.value(QStringLiteral("ALICE_PASSWORD"));
        }
        if (listener.endsWith(QLatin1String("SSL"))) {
            settings.sslCaFile = m_info.value(QStringLiteral("CA_FILE"));
            if (listener == QLatin1String("SSL")) { // the SSL listener asks for a client certificate
                settings.sslCertificateFile = m_info.value(QStringLiteral("CLIENT_CERT_FILE"));
                settings.sslKeyFile = m_info.value(QStringLiteral("CLIENT_KEY_FILE"));
                settings.sslKeyPassword = m_info.value(QStringLiteral("CLIENT_KEY_PASSWORD"));
            }
        }
        return settings;
    }

    static QString describe(const ProbeReport &report) {
        QStringList lines;
        for (const ProbeStep &step : report.steps)
            lines << QStringLiteral("%1 [%2]: %3")
                         .arg(ConnectionProbe::stageName(step.stage))
                         .arg(int(step.outcome))
                         .arg(step.detail);
        return lines.join(QLatin1Char('\n'));
    }

    QMap<QString, QString> m_info;
};

QTEST_GUILESS_MAIN(TestSecuredConnection)
#include "tst_securedconnection.moc"
