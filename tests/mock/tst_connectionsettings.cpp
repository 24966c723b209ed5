// Connection settings are checked before any connection attempt, each problem naming its field.

#include "connectionsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace partita;

class TestConnectionSettings : public QObject {
    Q_OBJECT

private slots:
    void validate_data() {
        QTest::addColumn<QString>("bootstrap");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("properties");
        QTest::addColumn<QString>("expectedProblem"); // empty: valid

        const QString plain = QStringLiteral("plaintext");
        QTest::newRow("single") << "localhost:9092" << plain << ""
                                << "";
        QTest::newRow("list with spaces") << "a:1, b.example.com:9093 ,10.0.0.1:9094" << plain << ""
                                          << "";
        QTest::newRow("ipv6") << "[::1]:9092" << plain << ""
                              << "";
        QTest::newRow("scheme") << "PLAINTEXT://broker:9092" << plain << ""
                                << "";
        QTest::newRow("empty") << "" << plain << ""
                               << "Bootstrap servers: empty";
        QTest::newRow("blank") << "   " << plain << ""
                               << "Bootstrap servers: empty";
        QTest::newRow("no port") << "localhost" << plain << ""
                                 << "\"localhost\" has no port";
        QTest::newRow("stray comma") << "a:1,,b:2" << plain << ""
                                     << "an empty entry";
        QTest::newRow("port zero") << "a:0" << plain << ""
                                   << "outside 1-65535";
        QTest::newRow("port too big") << "a:70000" << plain << ""
                                      << "outside 1-65535";
        QTest::newRow("junk") << "a b:1" << plain << ""
                              << "\"a b:1\" is not host:port";
        QTest::newRow("protocol") << "a:1"
                                  << "tls"
                                  << ""
                                  << "Security protocol: \"tls\"";
        QTest::newRow("sasl without user") << "a:1"
                                           << "sasl_plaintext"
                                           << ""
                                           << "SASL username: empty";
        QTest::newRow("Kafka's spelling") << "a:1"
                                          << "SASL_SSL"
                                          << ""
                                          << "SASL username: empty";
        QTest::newRow("dashes") << "a:1"
                                << "Sasl-Plaintext"
                                << ""
                                << "SASL username: empty";
        QTest::newRow("SSL upper case") << "a:1"
                                        << "SSL"
                                        << ""
                                        << "";
        QTest::newRow("unknown property") << "a:1" << plain << "no.such.property=1"
                                          << "Extra properties: Property \"no.such.property\"";
        QTest::newRow("bad value") << "a:1" << plain << "socket.timeout.ms=soon"
                                   << "Extra properties: Property \"socket.timeout.ms\"";
        QTest::newRow("good property") << "a:1" << plain << "client.id=partita"
                                       << "";
    }

    void validate() {
        QFETCH(QString, bootstrap);
        QFETCH(QString, protocol);
        QFETCH(QString, properties);
        QFETCH(QString, expectedProblem);

        ConnectionSettings settings;
        settings.bootstrapServers = bootstrap;
        settings.securityProtocol = protocol;
        settings.saslMechanism = QStringLiteral("PLAIN");
        QStringList parseErrors;
        settings.extraProperties = ConnectionSettings::parseProperties(properties, &parseErrors);
        QVERIFY(parseErrors.isEmpty());
        const QStringList problems = settings.validate();
        if (expectedProblem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(expectedProblem), qPrintable(problems.first()));
        }
    }

    void missingCaFileIsNamed() {
        ConnectionSettings settings;
        settings.bootstrapServers = QStringLiteral("a:1");
        settings.securityProtocol = QStringLiteral("ssl");
        settings.sslCaFile = QStringLiteral("/nonexistent/ca.pem");
        QCOMPARE(settings.validate(),
                 QStringList{QStringLiteral(
                     "SSL CA file: \"/nonexistent/ca.pem\" does not exist or is not readable")});
    }

    void mechanismsInAnyCase() {
        ConnectionSettings settings;
        settings.bootstrapServers = QStringLiteral("a:1");
        settings.securityProtocol = QStringLiteral("SASL_PLAINTEXT");
        settings.saslUsername = QStringLiteral("alice");
        for (const char *mechanism : {"scram-sha-512", "SCRAM_SHA_256", "plain", "OAuthBearer"}) {
            settings.saslMechanism = QString::fromLatin1(mechanism);
            QVERIFY2(settings.validate().isEmpty(), qPrintable(settings.validate().join('\n')));
        }
        settings.saslMechanism = QStringLiteral("GSSAPI");
        QCOMPARE(settings.validate().size(), 1);
        QVERIFY(settings.validate().first().startsWith(QLatin1String("SASL mechanism: \"GSSAPI\"")));
        settings.saslMechanism = QStringLiteral("OAUTHBEARER");
        settings.saslUsername.clear();
        QVERIFY(settings.validate().first().contains(QLatin1String("OAUTHBEARER needs the principal")));
    }

    void clientCertificateNeedsItsKey() {
        QTemporaryDir dir;
        const QString certificate = dir.filePath(QStringLiteral("client.pem"));
        QFile file(certificate);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ConnectionSettings settings;
        settings.bootstrapServers = QStringLiteral("a:1");
        settings.securityProtocol = QStringLiteral("ssl");
        settings.sslCertificateFile = certificate;
        QCOMPARE(settings.validate(),
                 QStringList{QStringLiteral("SSL client certificate and key: give both or neither")});
        settings.sslKeyFile = dir.filePath(QStringLiteral("missing.key"));
        QCOMPARE(settings.validate(),
                 QStringList{QStringLiteral("SSL client key: \"%1\" does not exist or is "
                                            "not readable")
                                 .arg(settings.sslKeyFile)});
        settings.sslKeyFile = certificate;
        QVERIFY(settings.validate().isEmpty());
        // Not SSL: the files are not used, so not checked.
        settings.securityProtocol = QStringLiteral("plaintext");
        settings.sslKeyFile = dir.filePath(QStringLiteral("missing.key"));
        QVERIFY(settings.validate().isEmpty());
    }

    void hostnameVerificationOffIsWarned() {
        ConnectionSettings settings;
        settings.bootstrapServers = QStringLiteral("a:1");
        settings.securityProtocol = QStringLiteral("ssl");
        QVERIFY(settings.warnings().isEmpty());
        settings.sslVerifyHostname = false;
        QCOMPARE(settings.warnings().size(), 1);
        QVERIFY(settings.warnings().first().startsWith(QLatin1String("Host-name verification is off")));
        QVERIFY(settings.validate().isEmpty()); // allowed, but never in silence
    }

    void bootstrapAddressesAsValidated() {
        ConnectionSettings settings;
        settings.bootstrapServers =
            QStringLiteral(" [::1]:9092, PLAINTEXT://b.example:1,broker,, c:70000 ,d:9093");
        const auto addresses = settings.bootstrapAddresses();
        QCOMPARE(addresses.size(), 3);
        QCOMPARE(addresses.at(0).host, QStringLiteral("::1"));
        QCOMPARE(addresses.at(0).port, quint16(9092));
        QCOMPARE(addresses.at(1).host, QStringLiteral("b.example"));
        QCOMPARE(addresses.at(1).port, quint16(1));
        QCOMPARE(addresses.at(2).host, QStringLiteral("d"));
        QCOMPARE(addresses.at(2).port, quint16(9093));
    }

    void secretsAreCollected() {
        ConnectionSettings settings;
        settings.saslPassword = QStringLiteral("sasl-pw");
        settings.sslKeyPassword = QStringLiteral("key-pw");
        settings.extraProperties.insert(QStringLiteral("ssl.keystore.password"), QStringLiteral("store-pw"));
        settings.extraProperties.insert(QStringLiteral("client.id"), QStringLiteral("visible"));
        QCOMPARE(settings.secrets(), (QStringList{"sasl-pw", "key-pw", "store-pw"}));
    }

    void parseProperties() {
        QStringList errors;
        const auto properties = ConnectionSettings::parseProperties(
            QStringLiteral("# comment\n client.id = partita \n\nacks=all\nbroken line\n=nokey"), &errors);
        QCOMPARE(properties.size(), 2);
        QCOMPARE(properties.value(QStringLiteral("client.id")), QStringLiteral("partita"));
        QCOMPARE(properties.value(QStringLiteral("acks")), QStringLiteral("all"));
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.first().contains(QLatin1String("line 5")));
        QCOMPARE(
            ConnectionSettings::parseProperties(ConnectionSettings::formatProperties(properties), &errors),
            properties);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
