#include "snapshotcommand.h"

#include "commandline.h"
#include "snapshotclient.h"
#include "snapshotprinter.h"

#include <QJsonDocument>
#include <QTextStream>

namespace partita {

int SnapshotCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    CommandLine commandLine(QStringLiteral("snapshot"),
                            tr("Print brokers, controller, topics and partitions (leader, replicas, ISR, "
                               "watermarks) of a cluster."));
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;
    QString error;
    const auto client = SnapshotClient::create(commandLine.settings(), &error);
    if (!client) {
        CommandLine::printError(error);
        return 1;
    }
    SnapshotClient::Timeouts timeouts;
    timeouts.metadata = commandLine.timeout();
    timeouts.offsets = std::min(timeouts.offsets, timeouts.metadata);
    const SnapshotResult result = client->fetch(timeouts);
    if (!result.snapshot) {
        CommandLine::printError(result.message);
        return 2;
    }
    if (commandLine.json())
        out << QJsonDocument(SnapshotPrinter::toJson(*result.snapshot)).toJson(QJsonDocument::Indented);
    else
        SnapshotPrinter::printText(*result.snapshot, out);
    if (result.state != ConnectionState::Connected)
        CommandLine::printWarning(result.message);
    return 0;
}

} // namespace partita
