#pragma once

#include "connectionoptions.h"
#include "snapshotclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <chrono>
#include <optional>

namespace partita {

// The options every partita-cli command shares (connection, --json, --timeout) and their parsing,
// including --help and errors. A command adds its own options to parser() before parse().
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(const QString &command, const QString &description);

    // "error: <message>" and "warning: <message>" lines on stderr.
    static void printError(const QString &message);
    static void printWarning(const QString &message);

    QCommandLineParser &parser() { return m_parser; }
    // Returns the exit code to end with (help shown, or an error printed), or nullopt to run.
    std::optional<int> parse(const QStringList &arguments);

    const ConnectionSettings &settings() const { return m_settings; }
    bool json() const { return m_parser.isSet(m_json); }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // A snapshot of the cluster within timeout(). Without one, says why on stderr and sets *exitCode:
    // 1 when the settings cannot make a client, 2 when the cluster did not answer.
    SnapshotResult fetchSnapshot(int *exitCode) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    ConnectionOptions m_connection;
    QCommandLineOption m_json;
    QCommandLineOption m_timeoutOption;
    QCommandLineOption m_help;
    ConnectionSettings m_settings;
    std::chrono::milliseconds m_timeout{0};
};

} // namespace partita
