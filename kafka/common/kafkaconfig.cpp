#include "kafkaconfig.h"

#include "connectionsettings.h"
#include "kafkalog.h"

namespace partita {

namespace {

void insertSasl(const ConnectionSettings &settings, QMap<QString, QString> *properties) {
    const QString mechanism = ConnectionSettings::normalizedMechanism(settings.saslMechanism);
    properties->insert(QStringLiteral("sasl.mechanism"), mechanism);
    if (mechanism != QLatin1String("OAUTHBEARER")) {
        properties->insert(QStringLiteral("sasl.username"), settings.saslUsername);
        properties->insert(QStringLiteral("sasl.password"), settings.saslPassword);
        return;
    }
    // librdkafka 2.0.2 makes an unsecured token (alg "none") for the principal itself; brokers accept
    // those only with their default, unsecured validator. OIDC is configured by extra properties.
    if (!settings.saslUsername.isEmpty()) {
        properties->insert(QStringLiteral("enable.sasl.oauthbearer.unsecure.jwt"), QStringLiteral("true"));
        properties->insert(QStringLiteral("sasl.oauthbearer.config"),
                           QStringLiteral("principal=") + settings.saslUsername);
    }
}

void insertSsl(const ConnectionSettings &settings, QMap<QString, QString> *properties) {
    if (!settings.sslCaFile.isEmpty())
        properties->insert(QStringLiteral("ssl.ca.location"), settings.sslCaFile);
    if (!settings.sslCertificateFile.isEmpty())
        properties->insert(QStringLiteral("ssl.certificate.location"), settings.sslCertificateFile);
    if (!settings.sslKeyFile.isEmpty())
        properties->insert(QStringLiteral("ssl.key.location"), settings.sslKeyFile);
    if (!settings.sslKeyPassword.isEmpty())
        properties->insert(QStringLiteral("ssl.key.password"), settings.sslKeyPassword);
    // librdkafka 2.0 verifies by default; said explicitly so that the opt-out is the only way off.
    properties->insert(QStringLiteral("ssl.endpoint.identification.algorithm"),
                       settings.sslVerifyHostname ? QStringLiteral("https") : QStringLiteral("none"));
}

} // namespace

bool KafkaConfig::apply(rd_kafka_conf_t *conf, const QMap<QString, QString> &properties, QString *error) {
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        char errstr[512];
        const QByteArray key = it.key().toUtf8();
        const QByteArray value = it.value().toUtf8();
        if (rd_kafka_conf_set(conf, key.constData(), value.constData(), errstr, sizeof errstr) !=
            RD_KAFKA_CONF_OK) {
            *error = tr("Property \"%1\": %2").arg(it.key(), QString::fromUtf8(errstr));
            return false;
        }
    }
    return true;
}

rdk::HandlePtr KafkaConfig::createHandle(rd_kafka_type_t type, rdk::ConfPtr conf, QString *error) {
    KafkaLog::install(conf.get());
    char errstr[512];
    rdk::HandlePtr handle(rd_kafka_new(type, conf.get(), errstr, sizeof errstr));
    if (!handle) {
        const QString reason = QString::fromUtf8(errstr);
        // OpenSSL only says "PEM lib" when the key cannot be decrypted.
        *error = reason.contains(QLatin1String("ssl.key.location failed"))
                     ? tr("Cannot create Kafka client: the client key cannot be read: wrong key password, or "
                          "not a PEM key (%1)")
                           .arg(reason)
                     : tr("Cannot create Kafka client: %1").arg(reason);
        return nullptr;
    }
    static_cast<void>(conf.release()); // rd_kafka_new took ownership
    return handle;
}

rdk::HandlePtr KafkaConfig::createClient(rd_kafka_type_t type, const ConnectionSettings &settings,
                                         const QMap<QString, QString> &properties, QString *error) {
    rdk::ConfPtr conf = build(settings, error);
    if (!conf || !apply(conf.get(), properties, error))
        return nullptr;
    return createHandle(type, std::move(conf), error);
}

rdk::ConfPtr KafkaConfig::build(const ConnectionSettings &settings, QString *error) {
    rdk::ConfPtr conf(rd_kafka_conf_new());
    QMap<QString, QString> properties;
    properties.insert(QStringLiteral("bootstrap.servers"), settings.bootstrapServers.trimmed());
    properties.insert(QStringLiteral("security.protocol"),
                      ConnectionSettings::normalizedProtocol(settings.securityProtocol));
    if (settings.usesSasl())
        insertSasl(settings, &properties);
    if (settings.usesSsl())
        insertSsl(settings, &properties);
    // Extra properties override the fields above: the escape hatch for anything the dialog lacks.
    for (auto it = settings.extraProperties.cbegin(); it != settings.extraProperties.cend(); ++it)
        properties.insert(it.key(), it.value());
    if (!apply(conf.get(), properties, error))
        return nullptr;
    return conf;
}

} // namespace partita
