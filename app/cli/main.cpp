#include "commandline.h"
#include "groupscommand.h"
#include "kafkaversion.h"
#include "snapshotcommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partita-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTITA_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("snapshot") || command == QLatin1String("groups")) {
        arguments.removeAt(1);
        return command == QLatin1String("snapshot") ? partita::SnapshotCommand::run(arguments)
                                                    : partita::GroupsCommand::run(arguments);
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "partita-cli " << PARTITA_VERSION << " (librdkafka "
                            << partita::librdkafkaVersion() << ")\n";
        return 0;
    }
    const bool helpWanted = command == QLatin1String("--help") || command == QLatin1String("-h");
    const bool unknown = !helpWanted && !command.isEmpty();
    if (unknown)
        partita::CommandLine::printError(
            QCoreApplication::translate("partita-cli", "unknown command \"%1\"").arg(command));
    QTextStream(helpWanted ? stdout : stderr)
        << (unknown ? "\n" : "")
        << QCoreApplication::translate(
               "partita-cli",
               "usage: partita-cli <command> [options]\n\n"
               "commands:\n"
               "  snapshot   brokers, controller, topics and partitions of a cluster\n"
               "  groups     consumer groups with committed offsets and lag per partition\n\n"
               "Run `partita-cli <command> --help` for a command's options, `partita-cli --version` for "
               "the version.\n");
    return helpWanted ? 0 : 1;
}
