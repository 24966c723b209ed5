// Client configuration files as Kafka users have them (Java client.properties, kcat/librdkafka files)
// become connection settings; what does not map is listed, never dropped in silence.

#include "clientconfigimport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace partita;

namespace {

// Every field the import can set, by name, for comparing only those a row names.
QVariantMap fieldsOf(const ConnectionSettings &s) {
    return {
        {QStringLiteral("bootstrap"), s.bootstrapServers},
        {QStringLiteral("protocol"), s.securityProtocol},
        {QStringLiteral("mechanism"), s.saslMechanism},
        {QStringLiteral("user"), s.saslUsername},
        {QStringLiteral("password"), s.saslPassword},
        {QStringLiteral("ca"), s.sslCaFile},
        {QStringLiteral("cert"), s.sslCertificateFile},
        {QStringLiteral("key"), s.sslKeyFile},
        {QStringLiteral("keyPassword"), s.sslKeyPassword},
        {QStringLiteral("verify"), s.sslVerifyHostname},
        {QStringLiteral("extra"), ConnectionSettings::formatProperties(s.extraProperties)},
    };
}

QString lines(std::initializer_list<const char *> parts) {
    QStringList all;
    for (const char *part : parts)
        all << QString::fromUtf8(part);
    return all.join(QLatin1Char('\n'));
}

} // namespace

class TestClientConfigImport : public QObject {
    Q_OBJECT

private slots:
    void javaProperties_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("values");

        QTest::newRow("separators") << lines({"a=1", "b : 2", "c 3", "d=", "  e = spaced value  "})
                                    << QStringList{"a", "b", "c", "d", "e"}
                                    << QStringList{"1", "2", "3", "", "spaced value  "};
        QTest::newRow("comments") << lines({"# a=1", "! b=2", "", "   # c=3", "d=4"}) << QStringList{"d"}
                                  << QStringList{"4"};
        QTest::newRow("escapes") << lines({"path=C\\:\\\\certs\\\\ca.pem", "tab=a\\tb", "u=\\u00e9t\\u00e9",
                                           "key\\=with\\:seps=v"})
                                 << QStringList{"key=with:seps", "path", "tab", "u"}
                                 << QStringList{"v", "C:\\certs\\ca.pem", "a\tb", QString::fromUtf8("été")};
        QTest::newRow("continuation")
            << lines({"sasl.jaas.config=org.Module required \\", "    username=\"u\" \\",
                      "    password=\"p\";", "next=1"})
            << QStringList{"next", "sasl.jaas.config"}
            << QStringList{"1", "org.Module required username=\"u\" password=\"p\";"};
        QTest::newRow("escaped backslash ends line")
            << lines({"a=x\\\\", "b=2"}) << QStringList{"a", "b"} << QStringList{"x\\", "2"};
        QTest::newRow("later wins") << lines({"a=1", "a=2"}) << QStringList{"a"} << QStringList{"2"};
        QTest::newRow("crlf") << QStringLiteral("a=1\r\nb=2\r\n") << QStringList{"a", "b"}
                              << QStringList{"1", "2"};
    }

    void javaProperties() {
        QFETCH(QString, text);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, values);
        const QMap<QString, QString> parsed = ClientConfigImport::parseJavaProperties(text);
        QCOMPARE(parsed.keys(), keys);
        QCOMPARE(parsed.values(), values);
    }

    void jaas_data() {
        QTest::addColumn<QString>("jaas");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QVariantMap>("options");

        const QString plain = QStringLiteral("org.apache.kafka.common.security.plain.PlainLoginModule");
        QTest::newRow("plain") << plain + QStringLiteral(" required username=\"alice\" password=\"secret\";")
                               << true
                               << QVariantMap{{"", plain}, {"username", "alice"}, {"password", "secret"}};
        QTest::newRow("escaped quote and backslash")
            << plain + QStringLiteral(" required username=\"al ice\" password=\"pa\\\"ss\\\\word;\";") << true
            << QVariantMap{{"", plain}, {"username", "al ice"}, {"password", "pa\"ss\\word;"}};
        QTest::newRow("unquoted, no blanks before ;")
            << QStringLiteral("x.ScramLoginModule REQUIRED username=bob password=pw;") << true
            << QVariantMap{{"", "x.ScramLoginModule"}, {"username", "bob"}, {"password", "pw"}};
        QTest::newRow("no options") << QStringLiteral("x.Module optional ;") << true
                                    << QVariantMap{{"", "x.Module"}};
        QTest::newRow("no flag") << QStringLiteral("x.Module username=\"a\";") << false << QVariantMap{};
        QTest::newRow("no semicolon")
            << QStringLiteral("x.Module required username=\"a\"") << false << QVariantMap{};
        QTest::newRow("unterminated quote")
            << QStringLiteral("x.Module required username=\"a;") << false << QVariantMap{};
        QTest::newRow("empty") << QString() << false << QVariantMap{};
    }

    void jaas() {
        QFETCH(QString, jaas);
        QFETCH(bool, valid);
        QFETCH(QVariantMap, options);
        QMap<QString, QString> parsed;
        QCOMPARE(ClientConfigImport::parseJaas(jaas, &parsed), valid);
        if (!valid)
            return;
        QVariantMap actual;
        for (auto it = parsed.cbegin(); it != parsed.cend(); ++it)
            actual.insert(it.key(), it.value());
        QCOMPARE(actual, options);
    }

    void import_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariantMap>("expected");      // fields the file sets; the others keep defaults
        QTest::addColumn<QStringList>("ignored");       // each must appear in one ignored entry
        QTest::addColumn<QStringList>("problems");      // each must appear in one problem
        QTest::addColumn<QStringList>("passedThrough"); // exactly these keys

        QTest::newRow("java SASL_SSL with SCRAM")
            << lines({"bootstrap.servers=b1:9093,b2:9093", "security.protocol=SASL_SSL",
                      "sasl.mechanism=SCRAM-SHA-512",
                      "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
                      "username=\"alice\" password=\"al\\\\\"ice\";",
                      "ssl.truststore.type=PEM", "ssl.truststore.location=/etc/kafka/ca.pem"})
            << QVariantMap{{"bootstrap", "b1:9093,b2:9093"},
                           {"protocol", "sasl_ssl"},
                           {"mechanism", "SCRAM-SHA-512"},
                           {"user", "alice"},
                           {"password", "al\"ice"},
                           {"ca", "/etc/kafka/ca.pem"},
                           {"verify", true},
                           {"extra", ""}}
            << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("java JKS stores")
            << lines({"bootstrap.servers=b:9093", "security.protocol=SSL",
                      "ssl.truststore.location=/s/trust.jks", "ssl.truststore.password=changeit",
                      "ssl.keystore.location=/s/client.jks", "ssl.keystore.password=changeit",
                      "ssl.key.password=kp"})
            << QVariantMap{{"protocol", "ssl"}, {"ca", ""}, {"cert", ""}, {"keyPassword", "kp"}}
            << QStringList{}
            << QStringList{"keytool -exportcert -rfc -keystore /s/trust.jks",
                           "keytool -importkeystore -srckeystore /s/client.jks"}
            << QStringList{};
        QTest::newRow("java PKCS12 stores")
            << lines({"bootstrap.servers=b:9093", "security.protocol=ssl", "ssl.truststore.type=PKCS12",
                      "ssl.truststore.location=/s/trust.p12", "ssl.keystore.type=PKCS12",
                      "ssl.keystore.location=/s/client.p12", "ssl.keystore.password=kspw"})
            << QVariantMap{{"ca", ""},
                           {"extra", "ssl.keystore.location=/s/client.p12\nssl.keystore.password=kspw"}}
            << QStringList{} << QStringList{"openssl pkcs12 -in /s/trust.p12 -nokeys -out ca.pem"}
            << QStringList{};
        QTest::newRow("java PEM key store, host-name verification off")
            << lines({"bootstrap.servers=b:9093", "security.protocol=SSL", "ssl.keystore.type=PEM",
                      "ssl.keystore.location=/s/client.pem", "ssl.key.password=kp",
                      "ssl.endpoint.identification.algorithm="})
            << QVariantMap{{"cert", "/s/client.pem"},
                           {"key", "/s/client.pem"},
                           {"keyPassword", "kp"},
                           {"verify", false}}
            << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("java OAUTHBEARER unsecured")
            << lines({"bootstrap.servers=b:9092", "security.protocol=SASL_PLAINTEXT",
                      "sasl.mechanism=OAUTHBEARER",
                      "sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule "
                      "required unsecuredLoginStringClaim_sub=\"svc\";"})
            << QVariantMap{{"mechanism", "OAUTHBEARER"}, {"user", "svc"}, {"password", ""}} << QStringList{}
            << QStringList{} << QStringList{};
        // Debian's librdkafka 2.0.2 has no OIDC (no libcurl): the file's OIDC client is a problem.
        QTest::newRow("java OIDC")
            << lines({"bootstrap.servers=b:9092", "security.protocol=SASL_SSL", "sasl.mechanism=OAUTHBEARER",
                      "sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer."
                      "OAuthBearerLoginCallbackHandler",
                      "sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule "
                      "required clientId=\"app\" clientSecret=\"s3\" scope=\"kafka\";"})
            << QVariantMap{{"extra", ""}}
            << QStringList{"sasl.login.callback.handler.class: not a librdkafka property"}
            << QStringList{"OAUTHBEARER through OIDC: Configuration property \"sasl.oauthbearer.method\" not "
                           "supported in this build"}
            << QStringList{};
        QTest::newRow("java keys librdkafka lacks are listed, shared ones passed")
            << lines({"bootstrap.servers=b:9092", "client.dns.lookup=use_all_dns_ips",
                      "key.serializer=org.apache.kafka.common.serialization.StringSerializer",
                      "client.id=ops-laptop",
                      "sasl.jaas.config=x.Krb5LoginModule required useKeyTab=true "
                      "keyTab=\"/k.keytab\";"})
            << QVariantMap{{"extra", "client.id=ops-laptop"}}
            << QStringList{"client.dns.lookup: not a librdkafka property",
                           "key.serializer: not a librdkafka property", "option keyTab", "option useKeyTab"}
            << QStringList{} << QStringList{"client.id"};
        QTest::newRow("malformed JAAS does not repeat the password")
            << lines({"bootstrap.servers=b:9092", "sasl.jaas.config=x.PlainLoginModule username=\"u\" "
                                                  "password=\"hunter2\";"})
            << QVariantMap{{"user", ""}, {"password", ""}} << QStringList{}
            << QStringList{"sasl.jaas.config: not a JAAS login line"} << QStringList{};
        QTest::newRow("kcat file") << lines({"# kcat -F", "metadata.broker.list=k1:9092",
                                             "security.protocol=sasl_ssl", "sasl.mechanisms=scram-sha-256",
                                             "sasl.username=bob", "sasl.password=pw",
                                             "ssl.ca.location=/ca.pem", "ssl.certificate.location=/c.pem",
                                             "ssl.key.location=/k.pem", "ssl.key.password=kp",
                                             "ssl.endpoint.identification.algorithm=https",
                                             "socket.timeout.ms=5000"})
                                   << QVariantMap{{"bootstrap", "k1:9092"},
                                                  {"protocol", "sasl_ssl"},
                                                  {"mechanism", "SCRAM-SHA-256"},
                                                  {"user", "bob"},
                                                  {"password", "pw"},
                                                  {"ca", "/ca.pem"},
                                                  {"cert", "/c.pem"},
                                                  {"key", "/k.pem"},
                                                  {"keyPassword", "kp"},
                                                  {"verify", true},
                                                  {"extra", "socket.timeout.ms=5000"}}
                                   << QStringList{} << QStringList{} << QStringList{"socket.timeout.ms"};
        QTest::newRow("bad librdkafka values are problems, a secret's value unrepeated")
            << lines({"bootstrap.servers=b:9092", "socket.timeout.ms=soon", "ssl.keystore.password.x=1",
                      "ssl.endpoint.identification.algorithm=ldap"})
            << QVariantMap{{"extra", ""}} << QStringList{"ssl.keystore.password.x: not a librdkafka property"}
            << QStringList{"socket.timeout.ms: ", "\"ldap\" is neither https nor empty"} << QStringList{};
        QTest::newRow("bootstrap.servers wins over metadata.broker.list")
            << lines({"metadata.broker.list=old:1", "bootstrap.servers=new:2"})
            << QVariantMap{{"bootstrap", "new:2"}} << QStringList{} << QStringList{} << QStringList{};
    }

    void import() {
        QFETCH(QString, text);
        QFETCH(QVariantMap, expected);
        QFETCH(QStringList, ignored);
        QFETCH(QStringList, problems);
        QFETCH(QStringList, passedThrough);

        const ImportedConnection imported = ClientConfigImport::fromText(text);
        const QVariantMap actual = fieldsOf(imported.settings);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(
                actual.value(it.key()) == it.value(),
                qPrintable(QStringLiteral("%1: %2, expected %3")
                               .arg(it.key(), actual.value(it.key()).toString(), it.value().toString())));
        const auto containsEach = [](const QStringList &found, const QStringList &wanted, const char *what) {
            for (const QString &part : wanted) {
                const bool present = std::any_of(found.cbegin(), found.cend(),
                                                 [&](const QString &f) { return f.contains(part); });
                if (!present)
                    qWarning("%s lacks \"%s\": %s", what, qPrintable(part), qPrintable(found.join(" | ")));
                if (!present)
                    return false;
            }
            return found.size() == wanted.size();
        };
        QVERIFY2(containsEach(imported.ignored, ignored, "ignored"),
                 qPrintable(imported.ignored.join(" | ")));
        QVERIFY2(containsEach(imported.problems, problems, "problems"),
                 qPrintable(imported.problems.join(" | ")));
        QCOMPARE(imported.passedThrough, passedThrough);
        // The secrets the file holds are in the settings only, never in what is listed for the user.
        const QString listed = (imported.ignored + imported.problems).join(QLatin1Char('\n'));
        for (const QString &secret : imported.settings.secrets())
            QVERIFY2(!listed.contains(secret), qPrintable(listed));
        QVERIFY(!listed.contains(QLatin1String("hunter2")));
    }

    void importedSettingsValidate() {
        const ImportedConnection imported = ClientConfigImport::fromText(
            lines({"bootstrap.servers=b:9092", "security.protocol=SASL_PLAINTEXT", "sasl.mechanism=PLAIN",
                   "sasl.jaas.config=x.PlainLoginModule required username=\"u\" password=\"p\";"}));
        QVERIFY2(imported.settings.validate().isEmpty(), qPrintable(imported.settings.validate().join('\n')));
    }

    void fromFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("client.properties"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("bootstrap.servers=f:9092\n");
        file.close();
        ImportedConnection imported;
        QString error;
        QVERIFY(ClientConfigImport::fromFile(path, &imported, &error));
        QCOMPARE(imported.settings.bootstrapServers, QStringLiteral("f:9092"));
        QVERIFY(!ClientConfigImport::fromFile(dir.filePath(QStringLiteral("missing")), &imported, &error));
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestClientConfigImport)
#include "tst_clientconfigimport.moc"
