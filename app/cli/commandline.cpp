#include "commandline.h"

#include <QTextStream>

namespace partita {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
    , m_connection(m_parser)
    , m_json(QStringLiteral("json"), QStringLiteral("Print JSON instead of tables."))
    , m_timeoutOption(QStringLiteral("timeout"),
                      QStringLiteral("Give up when the cluster does not answer within this many seconds "
                                     "(default 10)."),
                      QStringLiteral("seconds"), QStringLiteral("10"))
    // Our own help option: Qt's adds --help-all (Qt's options), which means nothing here.
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")) {
    m_parser.setApplicationDescription(description);
    m_parser.addOptions({m_json, m_timeoutOption, m_help});
}

std::optional<int> CommandLine::parse(const QStringList &arguments) {
    QTextStream err(stderr);
    if (!m_parser.parse(arguments)) {
        err << "error: " << m_parser.errorText() << "\nRun `partita-cli " << m_command
            << " --help` for its options.\n";
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
        err << "error: --timeout needs a positive number of seconds, not \""
            << m_parser.value(m_timeoutOption) << "\"\n";
        return 1;
    }
    m_timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    QString error;
    const auto settings = m_connection.settings(m_parser, &error);
    if (!settings) {
        err << "error: " << error << '\n';
        return 1;
    }
    m_settings = *settings;
    return std::nullopt;
}

} // namespace partita
