#include "clientconfigimport.h"

#include "rdkafkaptr.h"

#include <QFile>

#include <optional>

namespace partita {

namespace {

// Splits the text into logical lines: a line ending in an odd number of backslashes goes on with the
// next one, whose leading blanks are dropped.
QStringList logicalLines(const QString &text) {
    QStringList lines;
    QString current;
    bool continuing = false;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (continuing) {
            qsizetype start = 0;
            while (start < line.size() && line.at(start).isSpace())
                ++start;
            line = line.mid(start);
        } else {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
                trimmed.startsWith(QLatin1Char('!')))
                continue;
        }
        qsizetype backslashes = 0;
        while (backslashes < line.size() && line.at(line.size() - 1 - backslashes) == QLatin1Char('\\'))
            ++backslashes;
        continuing = backslashes % 2 == 1;
        current += continuing ? line.left(line.size() - 1) : line;
        if (!continuing) {
            lines << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

// Resolves the escapes of a key or value: \t \n \r \f, \uXXXX, and any other escaped character as itself.
QString unescaped(const QString &raw) {
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != QLatin1Char('\\') || i + 1 == raw.size()) {
            out += c;
            continue;
        }
        const QChar next = raw.at(++i);
        switch (next.unicode()) {
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'u': {
            bool ok = false;
            const ushort code = raw.mid(i + 1, 4).toUShort(&ok, 16);
            if (ok && i + 4 < raw.size()) {
                out += QChar(code);
                i += 4;
            } else {
                out += next;
            }
            break;
        }
        default:
            out += next;
        }
    }
    return out;
}

bool isKeyEnd(QChar c) {
    return c == QLatin1Char('=') || c == QLatin1Char(':') || c.isSpace();
}

// The shell commands that turn a Java key store into the PEM files librdkafka reads.
QString truststoreConversion(const QString &type, const QString &path) {
    if (type == QLatin1String("PKCS12"))
        return QStringLiteral("openssl pkcs12 -in %1 -nokeys -out ca.pem").arg(path);
    return QStringLiteral("keytool -exportcert -rfc -keystore %1 -alias <alias> -file ca.pem").arg(path);
}

QString keystoreConversion(const QString &path) {
    return QStringLiteral(
               "keytool -importkeystore -srckeystore %1 -srcstoretype JKS -destkeystore client.p12 "
               "-deststoretype PKCS12")
        .arg(path);
}

// Reads one file's keys into an ImportedConnection, each consumed once.
class Importer {
public:
    explicit Importer(QMap<QString, QString> properties)
        : m_rest(std::move(properties)) {}

    ImportedConnection run() {
        ConnectionSettings &s = m_out.settings;
        if (auto bootstrap = take("bootstrap.servers"))
            s.bootstrapServers = *bootstrap;
        if (auto brokers = take("metadata.broker.list"); brokers && s.bootstrapServers.isEmpty())
            s.bootstrapServers = *brokers;
        if (auto protocol = take("security.protocol"))
            s.securityProtocol = ConnectionSettings::normalizedProtocol(*protocol);
        for (const char *key : {"sasl.mechanism", "sasl.mechanisms"}) {
            if (auto mechanism = take(key))
                s.saslMechanism = ConnectionSettings::normalizedMechanism(*mechanism);
        }
        if (auto user = take("sasl.username"))
            s.saslUsername = *user;
        if (auto password = take("sasl.password"))
            s.saslPassword = *password;
        if (auto jaas = take("sasl.jaas.config"))
            readJaas(*jaas);
        readTruststore();
        readKeystore();
        if (auto ca = take("ssl.ca.location"))
            s.sslCaFile = *ca;
        if (auto certificate = take("ssl.certificate.location"))
            s.sslCertificateFile = *certificate;
        if (auto key = take("ssl.key.location"))
            s.sslKeyFile = *key;
        if (auto keyPassword = take("ssl.key.password"))
            s.sslKeyPassword = *keyPassword;
        if (auto algorithm = take("ssl.endpoint.identification.algorithm"))
            readHostnameVerification(*algorithm);
        passOrIgnoreTheRest();
        return m_out;
    }

private:
    std::optional<QString> take(const char *key) {
        const QString name = QString::fromLatin1(key);
        const auto it = m_rest.constFind(name);
        if (it == m_rest.cend())
            return std::nullopt;
        const QString value = it.value();
        m_rest.erase(it);
        return value;
    }

    void readJaas(const QString &jaas) {
        QMap<QString, QString> options;
        if (!ClientConfigImport::parseJaas(jaas, &options)) {
            // The line holds the password: never quoted back.
            m_out.problems << ClientConfigImport::tr(
                "sasl.jaas.config: not a JAAS login line (LoginModule required key=\"value\" …;)");
            return;
        }
        ConnectionSettings &s = m_out.settings;
        const QString module = options.take(QString());
        const bool oauth = module.endsWith(QLatin1String("OAuthBearerLoginModule"));
        if (options.contains(QStringLiteral("username")))
            s.saslUsername = options.take(QStringLiteral("username"));
        if (options.contains(QStringLiteral("password")))
            s.saslPassword = options.take(QStringLiteral("password"));
        if (oauth)
            readOAuthOptions(&options);
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            m_out.ignored << ClientConfigImport::tr("sasl.jaas.config option %1: no librdkafka equivalent")
                                 .arg(it.key());
    }

    // Java's OAuthBearerLoginModule: an unsecured token's subject, or the OIDC client of a token endpoint.
    void readOAuthOptions(QMap<QString, QString> *options) {
        ConnectionSettings &s = m_out.settings;
        if (options->contains(QStringLiteral("unsecuredLoginStringClaim_sub")))
            s.saslUsername = options->take(QStringLiteral("unsecuredLoginStringClaim_sub"));
        const std::pair<const char *, const char *> oidc[] = {
            {"clientId", "sasl.oauthbearer.client.id"},
            {"clientSecret", "sasl.oauthbearer.client.secret"},
            {"scope", "sasl.oauthbearer.scope"},
        };
        QMap<QString, QString> properties;
        for (const auto &[option, property] : oidc) {
            const QString name = QString::fromLatin1(option);
            if (options->contains(name))
                properties.insert(QString::fromLatin1(property), options->take(name));
        }
        if (properties.isEmpty())
            return;
        // Debian's librdkafka 2.0.2 is built without libcurl and so without OIDC: it says so itself.
        QString unsupported;
        if (!accepted(QStringLiteral("sasl.oauthbearer.method"), QStringLiteral("oidc"), &unsupported)) {
            m_out.problems
                << ClientConfigImport::tr("sasl.jaas.config: OAUTHBEARER through OIDC: %1").arg(unsupported);
            return;
        }
        properties.insert(QStringLiteral("sasl.oauthbearer.method"), QStringLiteral("oidc"));
        for (auto it = properties.cbegin(); it != properties.cend(); ++it)
            s.extraProperties.insert(it.key(), it.value());
    }

    // Whether librdkafka takes the property; its refusal in *error.
    static bool accepted(const QString &key, const QString &value, QString *error,
                         rd_kafka_conf_res_t *result = nullptr) {
        rdk::ConfPtr scratch(rd_kafka_conf_new());
        char errstr[512];
        const rd_kafka_conf_res_t set = rd_kafka_conf_set(scratch.get(), key.toUtf8().constData(),
                                                          value.toUtf8().constData(), errstr, sizeof errstr);
        if (result)
            *result = set;
        *error = QString::fromUtf8(errstr);
        return set == RD_KAFKA_CONF_OK;
    }

    void readTruststore() {
        const std::optional<QString> location = take("ssl.truststore.location");
        const QString type = take("ssl.truststore.type").value_or(QStringLiteral("JKS")).toUpper();
        const std::optional<QString> password = take("ssl.truststore.password");
        if (auto certificates = take("ssl.truststore.certificates"))
            m_out.settings.extraProperties.insert(QStringLiteral("ssl.ca.pem"), *certificates);
        if (!location)
            return;
        if (type == QLatin1String("PEM")) {
            m_out.settings.sslCaFile = *location;
            if (password)
                m_out.ignored << ClientConfigImport::tr(
                    "ssl.truststore.password: a PEM trust store has none");
            return;
        }
        m_out.problems << ClientConfigImport::tr("ssl.truststore.location: librdkafka cannot read a %1 trust "
                                                 "store; convert it to PEM with\n  %2\nand choose ca.pem as "
                                                 "the CA file")
                              .arg(type, truststoreConversion(type, *location));
    }

    void readKeystore() {
        ConnectionSettings &s = m_out.settings;
        const std::optional<QString> location = take("ssl.keystore.location");
        const QString type = take("ssl.keystore.type").value_or(QStringLiteral("JKS")).toUpper();
        const std::optional<QString> password = take("ssl.keystore.password");
        if (auto chain = take("ssl.keystore.certificate.chain"))
            s.extraProperties.insert(QStringLiteral("ssl.certificate.pem"), *chain);
        if (auto key = take("ssl.keystore.key"))
            s.extraProperties.insert(QStringLiteral("ssl.key.pem"), *key);
        if (!location)
            return;
        if (type == QLatin1String("PEM")) {
            // Kafka's PEM key store is one file holding the private key and the certificate chain.
            s.sslCertificateFile = *location;
            s.sslKeyFile = *location;
        } else if (type == QLatin1String("PKCS12")) {
            s.extraProperties.insert(QStringLiteral("ssl.keystore.location"), *location);
            if (password)
                s.extraProperties.insert(QStringLiteral("ssl.keystore.password"), *password);
        } else {
            m_out.problems << ClientConfigImport::tr("ssl.keystore.location: librdkafka cannot read a %1 key "
                                                     "store; convert it to PKCS#12 with\n  %2\nand import "
                                                     "again with ssl.keystore.type=PKCS12")
                                  .arg(type, keystoreConversion(*location));
        }
    }

    void readHostnameVerification(const QString &algorithm) {
        const QString lower = algorithm.trimmed().toLower();
        if (lower.isEmpty() || lower == QLatin1String("none"))
            m_out.settings.sslVerifyHostname = false;
        else if (lower == QLatin1String("https"))
            m_out.settings.sslVerifyHostname = true;
        else
            m_out.problems << ClientConfigImport::tr(
                                  "ssl.endpoint.identification.algorithm: \"%1\" is neither https nor empty")
                                  .arg(algorithm);
    }

    // What no field takes goes to librdkafka as it is when librdkafka knows the key, else is listed.
    void passOrIgnoreTheRest() {
        for (auto it = m_rest.cbegin(); it != m_rest.cend(); ++it) {
            QString error;
            rd_kafka_conf_res_t result = RD_KAFKA_CONF_OK;
            if (accepted(it.key(), it.value(), &error, &result)) {
                m_out.settings.extraProperties.insert(it.key(), it.value());
                m_out.passedThrough << it.key();
            } else if (result == RD_KAFKA_CONF_INVALID) {
                // librdkafka's message may repeat the value: not shown for a secret.
                m_out.problems
                    << (ConnectionSettings::isSecretKey(it.key())
                            ? ClientConfigImport::tr("%1: librdkafka refuses its value").arg(it.key())
                            : ClientConfigImport::tr("%1: %2").arg(it.key(), error));
            } else {
                m_out.ignored << ClientConfigImport::tr("%1: not a librdkafka property").arg(it.key());
            }
        }
    }

    QMap<QString, QString> m_rest;
    ImportedConnection m_out;
};

} // namespace

QMap<QString, QString> ClientConfigImport::parseJavaProperties(const QString &text) {
    QMap<QString, QString> properties;
    for (const QString &line : logicalLines(text)) {
        qsizetype i = 0;
        while (i < line.size() && line.at(i).isSpace())
            ++i;
        const qsizetype keyStart = i;
        while (i < line.size() && !isKeyEnd(line.at(i)))
            i += line.at(i) == QLatin1Char('\\') ? 2 : 1;
        const QString key = unescaped(line.mid(keyStart, i - keyStart));
        while (i < line.size() && line.at(i).isSpace())
            ++i;
        if (i < line.size() && (line.at(i) == QLatin1Char('=') || line.at(i) == QLatin1Char(':')))
            ++i;
        while (i < line.size() && line.at(i).isSpace())
            ++i;
        if (!key.isEmpty())
            properties.insert(key, unescaped(line.mid(i)));
    }
    return properties;
}

bool ClientConfigImport::parseJaas(const QString &jaas, QMap<QString, QString> *options) {
    const QString line = jaas.trimmed();
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < line.size() && line.at(i).isSpace())
            ++i;
    };
    auto word = [&] {
        const qsizetype start = i;
        while (i < line.size() && !line.at(i).isSpace() && line.at(i) != QLatin1Char('=') &&
               line.at(i) != QLatin1Char(';'))
            ++i;
        return line.mid(start, i - start);
    };
    const QString module = word();
    skipSpace();
    static const QStringList flags{QStringLiteral("required"), QStringLiteral("requisite"),
                                   QStringLiteral("sufficient"), QStringLiteral("optional")};
    if (module.isEmpty() || !flags.contains(word().toLower()))
        return false;
    options->clear();
    options->insert(QString(), module);
    for (;;) {
        skipSpace();
        if (i < line.size() && line.at(i) == QLatin1Char(';'))
            return true;
        const QString key = word();
        if (key.isEmpty() || i >= line.size() || line.at(i) != QLatin1Char('='))
            return false;
        ++i;
        QString value;
        if (i < line.size() && line.at(i) == QLatin1Char('"')) {
            for (++i; i < line.size() && line.at(i) != QLatin1Char('"'); ++i) {
                if (line.at(i) == QLatin1Char('\\') && i + 1 < line.size())
                    ++i;
                value += line.at(i);
            }
            if (i >= line.size())
                return false; // unterminated quote
            ++i;
        } else {
            value = word();
        }
        options->insert(key, value);
    }
}

ImportedConnection ClientConfigImport::fromText(const QString &text) {
    return Importer(parseJavaProperties(text)).run();
}

bool ClientConfigImport::fromFile(const QString &path, ImportedConnection *imported, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *imported = fromText(QString::fromUtf8(file.readAll()));
    return true;
}

} // namespace partita
