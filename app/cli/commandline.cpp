#include "commandline.h"

#include <algorithm>

#include <QTextStream>

namespace partita {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
    , m_connection(m_parser)
    , m_json(QStringLiteral("json"), tr("Print JSON instead of tables."))
    , m_timeoutOption(QStringLiteral("timeout"),
                      tr("Give up when the cluster does not answer within this many seconds (default 10)."),
                      tr("seconds"), QStringLiteral("10"))
    // Our own help option: Qt's adds --help-all (Qt's options), which means nothing here.
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")) {
    m_parser.setApplicationDescription(description);
    m_parser.addOptions({m_json, m_timeoutOption, m_help});
}

void CommandLine::printError(const QString &message) {
    QTextStream(stderr) << tr("error: %1").arg(message) << '\n';
}

void CommandLine::printWarning(const QString &message) {
    QTextStream(stderr) << tr("warning: %1").arg(message) << '\n';
}

std::optional<int> CommandLine::parse(const QStringList &arguments) {
    if (!m_parser.parse(arguments)) {
        printError(m_parser.errorText());
        QTextStream(stderr) << tr("Run `partita-cli %1 --help` for its options.").arg(m_command) << '\n';
        return 1;
    }
    if (m_parser.isSet(m_help)) {
        QString text = m_parser.helpText();
        // Qt names the program by the path it was started with; users type "partita-cli <command>".
        text.replace(text.indexOf(QLatin1String("Usage: ")) + 7, arguments.constFirst().size(),
                     QStringLiteral("partita-cli %1").arg(m_command));
        QTextStream(stdout) << text;
        return 0;
    }
    bool ok = false;
    const double seconds = m_parser.value(m_timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0) {
        printError(tr("--timeout needs a positive number of seconds, not \"%1\"")
                       .arg(m_parser.value(m_timeoutOption)));
        return 1;
    }
    m_timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    QStringList problems;
    QStringList warnings;
    const auto settings = m_connection.settings(m_parser, &problems, &warnings);
    for (const QString &warning : std::as_const(warnings))
        printWarning(warning);
    if (!settings) {
        for (const QString &problem : std::as_const(problems))
            printError(problem);
        return 1;
    }
    m_settings = *settings;
    return std::nullopt;
}

SnapshotResult CommandLine::fetchSnapshot(int *exitCode) const {
    QString error;
    const auto client = SnapshotClient::create(m_settings, &error);
    if (!client) {
        printError(error);
        *exitCode = 1;
        return {};
    }
    SnapshotClient::Timeouts timeouts;
    timeouts.metadata = m_timeout;
    timeouts.offsets = std::min(timeouts.offsets, timeouts.metadata);
    SnapshotResult result = client->fetch(timeouts);
    if (!result.snapshot) {
        printError(result.message);
        *exitCode = 2;
    }
    return result;
}

} // namespace partita
