#include "connectionsettings.h"

#include "kafkaconfig.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace partita {

namespace {

// One bootstrap entry: "host:port", "[v6]:port", optionally "scheme://..."; the host without brackets
// in group 1 or 2, the port in group 3.
QRegularExpressionMatch matchBootstrapEntry(const QString &entry) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:[A-Za-z_]+://)?(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9._-]+)):(\d{1,5})$)"));
    return pattern.match(entry);
}

// Checks one bootstrap entry; empty when fine.
QString bootstrapEntryProblem(const QString &entry) {
    if (entry.isEmpty())
        return ConnectionSettings::tr("an empty entry (check for stray commas)");
    const auto match = matchBootstrapEntry(entry);
    if (!match.hasMatch()) {
        if (!entry.contains(QLatin1Char(':')))
            return ConnectionSettings::tr("\"%1\" has no port (expected host:port)").arg(entry);
        return ConnectionSettings::tr("\"%1\" is not host:port").arg(entry);
    }
    const int port = match.captured(3).toInt();
    if (port < 1 || port > 65535)
        return ConnectionSettings::tr("\"%1\" has port %2 outside 1-65535").arg(entry).arg(port);
    return {};
}

QString unreadableFileProblem(const QString &field, const QString &path) {
    if (path.isEmpty() || QFileInfo(path).isReadable())
        return {};
    return ConnectionSettings::tr("%1: \"%2\" does not exist or is not readable").arg(field, path);
}

} // namespace

QStringList ConnectionSettings::securityProtocols() {
    return {QStringLiteral("plaintext"), QStringLiteral("ssl"), QStringLiteral("sasl_plaintext"),
            QStringLiteral("sasl_ssl")};
}

QStringList ConnectionSettings::saslMechanisms() {
    return {QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-512"),
            QStringLiteral("OAUTHBEARER")};
}

QString ConnectionSettings::normalizedProtocol(const QString &name) {
    return name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString ConnectionSettings::normalizedMechanism(const QString &name) {
    return name.trimmed().toUpper().replace(QLatin1Char('_'), QLatin1Char('-'));
}

bool ConnectionSettings::protocolUsesSasl(const QString &protocol) {
    return normalizedProtocol(protocol).startsWith(QLatin1String("sasl"));
}

bool ConnectionSettings::protocolUsesSsl(const QString &protocol) {
    return normalizedProtocol(protocol).endsWith(QLatin1String("ssl"));
}

QList<ConnectionSettings::BootstrapAddress> ConnectionSettings::bootstrapAddresses() const {
    QList<BootstrapAddress> addresses;
    for (const QString &entry : bootstrapServers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        if (!bootstrapEntryProblem(trimmed).isEmpty())
            continue;
        const auto match = matchBootstrapEntry(trimmed);
        const QString host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        addresses.append({host, quint16(match.captured(3).toUInt())});
    }
    return addresses;
}

QStringList ConnectionSettings::secrets() const {
    QStringList found;
    for (const QString &secret : {saslPassword, sslKeyPassword}) {
        if (!secret.isEmpty())
            found << secret;
    }
    for (auto it = extraProperties.cbegin(); it != extraProperties.cend(); ++it) {
        if (isSecretKey(it.key()) && !it.value().isEmpty())
            found << it.value();
    }
    return found;
}

bool ConnectionSettings::isSecretKey(const QString &key) {
    const QString lower = key.toLower();
    return lower.contains(QLatin1String("password")) || lower.contains(QLatin1String("secret")) ||
           lower.endsWith(QLatin1String(".jaas.config")) || lower.endsWith(QLatin1String("key.pem")) ||
           lower == QLatin1String("sasl.oauthbearer.config");
}

QStringList ConnectionSettings::warnings() const {
    QStringList found;
    if (usesSsl() && !sslVerifyHostname)
        found << tr("Host-name verification is off: any server with a certificate from a trusted CA can "
                    "pose as these brokers.");
    return found;
}

bool ConnectionSettings::isUsable(QString *error) const {
    const QStringList problems = validate();
    if (problems.isEmpty())
        return true;
    *error = problems.join(QLatin1Char('\n'));
    return false;
}

QStringList ConnectionSettings::validate() const {
    QStringList problems;
    const QString bootstrap = bootstrapServers.trimmed();
    if (bootstrap.isEmpty()) {
        problems << tr("Bootstrap servers: empty; enter host:port, e.g. localhost:9092");
    } else {
        for (const QString &entry : bootstrap.split(QLatin1Char(','))) {
            const QString problem = bootstrapEntryProblem(entry.trimmed());
            if (!problem.isEmpty())
                problems << tr("Bootstrap servers: %1").arg(problem);
        }
    }
    if (!securityProtocols().contains(normalizedProtocol(securityProtocol))) {
        problems << tr("Security protocol: \"%1\" is not one of %2")
                        .arg(securityProtocol, securityProtocols().join(QStringLiteral(", ")));
    }
    if (usesSasl()) {
        const QString mechanism = normalizedMechanism(saslMechanism);
        if (!saslMechanisms().contains(mechanism))
            problems << tr("SASL mechanism: \"%1\" is not one of %2")
                            .arg(saslMechanism, saslMechanisms().join(QStringLiteral(", ")));
        // OAUTHBEARER by OIDC fetches its token with extra properties and needs no principal.
        const bool oidc = extraProperties.value(QStringLiteral("sasl.oauthbearer.method")).toLower() ==
                          QLatin1String("oidc");
        if (saslUsername.isEmpty() && !(mechanism == QLatin1String("OAUTHBEARER") && oidc))
            problems << (mechanism == QLatin1String("OAUTHBEARER") ? tr("SASL username: empty; OAUTHBEARER "
                                                                        "needs the principal of its token")
                                                                   : tr("SASL username: empty"));
    }
    if (usesSsl()) {
        problems << unreadableFileProblem(tr("SSL CA file"), sslCaFile)
                 << unreadableFileProblem(tr("SSL client certificate"), sslCertificateFile)
                 << unreadableFileProblem(tr("SSL client key"), sslKeyFile);
        problems.removeAll(QString());
        if (sslCertificateFile.isEmpty() != sslKeyFile.isEmpty())
            problems << tr("SSL client certificate and key: give both or neither");
    }
    if (!extraProperties.isEmpty()) {
        rdk::ConfPtr scratch(rd_kafka_conf_new());
        QString error;
        if (!KafkaConfig::apply(scratch.get(), extraProperties, &error))
            problems << tr("Extra properties: %1").arg(error);
    }
    return problems;
}

QMap<QString, QString> ConnectionSettings::parseProperties(const QString &text, QStringList *errors) {
    QMap<QString, QString> properties;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        if (equals <= 0 || key.isEmpty()) {
            errors->append(tr("Extra properties, line %1: \"%2\" is not key=value").arg(i + 1).arg(line));
            continue;
        }
        properties.insert(key, line.mid(equals + 1).trimmed());
    }
    return properties;
}

QString ConnectionSettings::formatProperties(const QMap<QString, QString> &properties) {
    QStringList lines;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        lines << QStringLiteral("%1=%2").arg(it.key(), it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace partita
