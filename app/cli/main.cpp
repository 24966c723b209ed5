#include "checkcommand.h"
#include "commandline.h"
#include "consumecommand.h"
#include "groupscommand.h"
#include "healthcommand.h"
#include "kafkaversion.h"
#include "replaycommand.h"
#include "snapshotcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <map>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partita-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTITA_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    const std::map<QString, int (*)(const QStringList &)> commands{
        {QStringLiteral("snapshot"), &partita::SnapshotCommand::run},
        {QStringLiteral("groups"), &partita::GroupsCommand::run},
        {QStringLiteral("health"), &partita::HealthCommand::run},
        {QStringLiteral("consume"), &partita::ConsumeCommand::run},
        {QStringLiteral("replay"), &partita::ReplayCommand::run},
        {QStringLiteral("check"), &partita::CheckCommand::run}};
    if (const auto found = commands.find(command); found != commands.end()) {
        arguments.removeAt(1);
        return found->second(arguments);
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
               "  groups     consumer groups with committed offsets and lag per partition\n"
               "  health     the cluster's health findings, with an exit code for scripts\n"
               "  consume    a topic's messages as JSON Lines or CSV\n"
               "  replay     produce a topic's messages again, to another topic or the one a header names\n"
               "  check      test the connection stage by stage and name the stage that fails\n\n"
               "Run `partita-cli <command> --help` for a command's options, `partita-cli --version` for "
               "the version.\n");
    return helpWanted ? 0 : 1;
}
