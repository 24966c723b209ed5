#include "snapshotcommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partita-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTITA_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("snapshot")) {
        arguments.removeAt(1);
        return partita::SnapshotCommand::run(arguments);
    }
    QTextStream(stderr) << "usage: partita-cli <command> [options]\n\n"
                           "commands:\n"
                           "  snapshot   brokers, controller, topics and partitions of a cluster\n\n"
                           "Run `partita-cli <command> --help` for a command's options.\n";
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 1;
}
