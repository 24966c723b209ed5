#pragma once

#include "connectionsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace partita {

// The connection flags every partita-cli command shares (--bootstrap or --command-config, security,
// --property, --read-only).
class ConnectionOptions {
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    explicit ConnectionOptions(QCommandLineParser &parser);
    // Valid settings, or nullopt with *problems naming every problem; *warnings lists what was ignored
    // or weakens security either way.
    std::optional<ConnectionSettings> settings(const QCommandLineParser &parser, QStringList *problems,
                                               QStringList *warnings) const;

private:
    QCommandLineOption m_bootstrap;
    QCommandLineOption m_commandConfig;
    QCommandLineOption m_securityProtocol;
    QCommandLineOption m_saslMechanism;
    QCommandLineOption m_saslUsername;
    QCommandLineOption m_sslCaFile;
    QCommandLineOption m_sslCertificate;
    QCommandLineOption m_sslKey;
    QCommandLineOption m_noHostnameVerification;
    QCommandLineOption m_property;
    QCommandLineOption m_readOnly;
};

} // namespace partita
