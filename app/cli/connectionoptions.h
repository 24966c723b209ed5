#pragma once

#include "connectionsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace partita {

// The connection flags every partita-cli command shares (--bootstrap, security, --property, --read-only).
class ConnectionOptions {
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    explicit ConnectionOptions(QCommandLineParser &parser);
    // Valid settings, or nullopt with *problems naming every problem.
    std::optional<ConnectionSettings> settings(const QCommandLineParser &parser, QStringList *problems) const;

private:
    QCommandLineOption m_bootstrap;
    QCommandLineOption m_securityProtocol;
    QCommandLineOption m_saslMechanism;
    QCommandLineOption m_saslUsername;
    QCommandLineOption m_sslCaFile;
    QCommandLineOption m_property;
    QCommandLineOption m_readOnly;
};

} // namespace partita
