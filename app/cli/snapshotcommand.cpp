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
    int exitCode = 0;
    const SnapshotResult result = commandLine.fetchSnapshot(&exitCode);
    if (!result.snapshot)
        return exitCode;
    if (commandLine.json())
        out << QJsonDocument(SnapshotPrinter::toJson(*result.snapshot)).toJson(QJsonDocument::Indented);
    else
        SnapshotPrinter::printText(*result.snapshot, out);
    if (result.state != ConnectionState::Connected)
        CommandLine::printWarning(result.message);
    return 0;
}

} // namespace partita
