#include "connectionoptions.h"

#include "clientconfigimport.h"

namespace partita {

ConnectionOptions::ConnectionOptions(QCommandLineParser &parser)
    : m_bootstrap(QStringLiteral("bootstrap"),
                  tr("Bootstrap servers, host:port[,host:port...]; may be left to --command-config."),
                  tr("servers"))
    , m_commandConfig(QStringLiteral("command-config"),
                      tr("Client configuration file: a Java client.properties, as Kafka's own tools take, "
                         "or a kcat/librdkafka configuration. The options below override it."),
                      tr("file"))
    , m_securityProtocol(QStringLiteral("security-protocol"),
                         tr("PLAINTEXT (default), SSL, SASL_PLAINTEXT or SASL_SSL, in any case."),
                         tr("protocol"))
    , m_saslMechanism(QStringLiteral("sasl-mechanism"),
                      tr("PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER (an unsecured token for the "
                         "--sasl-username principal)."),
                      tr("mechanism"))
    , m_saslUsername(QStringLiteral("sasl-username"),
                     tr("SASL user; the password is read from PARTITA_SASL_PASSWORD."), tr("user"))
    , m_sslCaFile(QStringLiteral("ssl-ca"), tr("CA certificate file (PEM)."), tr("file"))
    , m_sslCertificate(QStringLiteral("ssl-cert"), tr("Client certificate file (PEM)."), tr("file"))
    , m_sslKey(QStringLiteral("ssl-key"),
               tr("Client private key file (PEM); its password is read from PARTITA_SSL_KEY_PASSWORD."),
               tr("file"))
    , m_noHostnameVerification(
          QStringLiteral("no-hostname-verification"),
          tr("Accept broker certificates that do not name the host (test clusters only)."))
    , m_property(QStringLiteral("property"), tr("Extra librdkafka property key=value; may be repeated."),
                 QStringLiteral("key=value"))
    , m_readOnly(QStringLiteral("read-only"),
                 tr("Refuse every command that would change the cluster (such as replay).")) {
    parser.addOptions({m_bootstrap, m_commandConfig, m_securityProtocol, m_saslMechanism, m_saslUsername,
                       m_sslCaFile, m_sslCertificate, m_sslKey, m_noHostnameVerification, m_property,
                       m_readOnly});
}

std::optional<ConnectionSettings> ConnectionOptions::settings(const QCommandLineParser &parser,
                                                              QStringList *problems,
                                                              QStringList *warnings) const {
    problems->clear();
    warnings->clear();
    ConnectionSettings settings;
    if (parser.isSet(m_commandConfig)) {
        ImportedConnection imported;
        QString error;
        if (!ClientConfigImport::fromFile(parser.value(m_commandConfig), &imported, &error)) {
            *problems << error;
            return std::nullopt;
        }
        settings = imported.settings;
        for (const QString &problem : std::as_const(imported.problems))
            *problems << tr("--command-config %1").arg(problem);
        for (const QString &ignored : std::as_const(imported.ignored))
            *warnings << tr("--command-config ignores %1").arg(ignored);
    }
    if (parser.isSet(m_bootstrap))
        settings.bootstrapServers = parser.value(m_bootstrap);
    if (settings.bootstrapServers.isEmpty()) {
        *problems << tr("--bootstrap HOST:PORT is required (or bootstrap.servers in --command-config)");
        return std::nullopt;
    }
    const auto overrideWith = [&parser](const QCommandLineOption &option, QString *field) {
        if (parser.isSet(option))
            *field = parser.value(option);
    };
    overrideWith(m_securityProtocol, &settings.securityProtocol);
    overrideWith(m_saslMechanism, &settings.saslMechanism);
    overrideWith(m_saslUsername, &settings.saslUsername);
    overrideWith(m_sslCaFile, &settings.sslCaFile);
    overrideWith(m_sslCertificate, &settings.sslCertificateFile);
    overrideWith(m_sslKey, &settings.sslKeyFile);
    // A password on the command line would end up in shell history and `ps`.
    if (qEnvironmentVariableIsSet("PARTITA_SASL_PASSWORD"))
        settings.saslPassword = qEnvironmentVariable("PARTITA_SASL_PASSWORD");
    if (qEnvironmentVariableIsSet("PARTITA_SSL_KEY_PASSWORD"))
        settings.sslKeyPassword = qEnvironmentVariable("PARTITA_SSL_KEY_PASSWORD");
    if (parser.isSet(m_noHostnameVerification))
        settings.sslVerifyHostname = false;
    settings.readOnly = parser.isSet(m_readOnly);
    const QMap<QString, QString> extra =
        ConnectionSettings::parseProperties(parser.values(m_property).join(QLatin1Char('\n')), problems);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        settings.extraProperties.insert(it.key(), it.value());
    *problems << settings.validate();
    *warnings << settings.warnings();
    if (!problems->isEmpty())
        return std::nullopt;
    return settings;
}

} // namespace partita
