#include "commandline.h"

#include <QTextStream>

namespace partita {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &command) {
    // Our own help option: Qt's adds --help-all (Qt's options), which means nothing here.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "error: " << parser.errorText() << "\nRun `partita-cli " << command
                            << " --help` for its options.\n";
        return 1;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt names the program by the path it was started with; users type "partita-cli <command>".
        text.replace(text.indexOf(QLatin1String("Usage: ")) + 7, arguments.constFirst().size(),
                     QStringLiteral("partita-cli %1").arg(command));
        QTextStream(stdout) << text;
        return 0;
    }
    return std::nullopt;
}

} // namespace partita
