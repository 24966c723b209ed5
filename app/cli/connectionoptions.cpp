#include "connectionoptions.h"

namespace partita {

ConnectionOptions::ConnectionOptions(QCommandLineParser &parser)
    : m_bootstrap(QStringLiteral("bootstrap"), tr("Bootstrap servers, host:port[,host:port...]."),
                  tr("servers"))
    , m_securityProtocol(QStringLiteral("security-protocol"),
                         tr("plaintext (default), ssl, sasl_plaintext or sasl_ssl."), tr("protocol"),
                         QStringLiteral("plaintext"))
    , m_saslMechanism(QStringLiteral("sasl-mechanism"), tr("PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512."),
                      tr("mechanism"))
    , m_saslUsername(QStringLiteral("sasl-username"),
                     tr("SASL user; the password is read from PARTITA_SASL_PASSWORD."), tr("user"))
    , m_sslCaFile(QStringLiteral("ssl-ca"), tr("CA certificate file (PEM)."), tr("file"))
    , m_property(QStringLiteral("property"), tr("Extra librdkafka property key=value; may be repeated."),
                 QStringLiteral("key=value"))
    , m_readOnly(QStringLiteral("read-only"),
                 tr("Refuse every command that would change the cluster (such as replay).")) {
    parser.addOptions({m_bootstrap, m_securityProtocol, m_saslMechanism, m_saslUsername, m_sslCaFile,
                       m_property, m_readOnly});
}

std::optional<ConnectionSettings> ConnectionOptions::settings(const QCommandLineParser &parser,
                                                              QStringList *problems) const {
    if (!parser.isSet(m_bootstrap)) {
        *problems = QStringList{tr("--bootstrap HOST:PORT is required")};
        return std::nullopt;
    }
    ConnectionSettings settings;
    settings.bootstrapServers = parser.value(m_bootstrap);
    settings.securityProtocol = parser.value(m_securityProtocol);
    settings.saslMechanism = parser.value(m_saslMechanism);
    settings.saslUsername = parser.value(m_saslUsername);
    // A password on the command line would end up in shell history and `ps`.
    settings.saslPassword = qEnvironmentVariable("PARTITA_SASL_PASSWORD");
    settings.sslCaFile = parser.value(m_sslCaFile);
    settings.readOnly = parser.isSet(m_readOnly);
    problems->clear();
    settings.extraProperties =
        ConnectionSettings::parseProperties(parser.values(m_property).join(QLatin1Char('\n')), problems);
    *problems << settings.validate();
    if (!problems->isEmpty())
        return std::nullopt;
    return settings;
}

} // namespace partita
