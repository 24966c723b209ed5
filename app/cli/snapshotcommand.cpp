#include "snapshotcommand.h"

#include "commandline.h"
#include "snapshotclient.h"
#include "snapshotprinter.h"

#include <QJsonDocument>
#include <QTextStream>

namespace partita {

int SnapshotCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(
        QStringLiteral("snapshot"),
        QStringLiteral("Print brokers, controller, topics and partitions (leader, replicas, "
                       "ISR, watermarks) of a cluster."));
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;
    QString error;
    const auto client = SnapshotClient::create(commandLine.settings(), &error);
    if (!client) {
        err << "error: " << error << '\n';
        return 1;
    }
    SnapshotClient::Timeouts timeouts;
    timeouts.metadata = commandLine.timeout();
    timeouts.offsets = std::min(timeouts.offsets, timeouts.metadata);
    const SnapshotResult result = client->fetch(timeouts);
    if (!result.snapshot) {
        err << "error: " << result.message << '\n';
        return 2;
    }
    if (commandLine.json())
        out << QJsonDocument(SnapshotPrinter::toJson(*result.snapshot)).toJson(QJsonDocument::Indented);
    else
        SnapshotPrinter::printText(*result.snapshot, out);
    if (result.state != ConnectionState::Connected)
        err << "warning: " << result.message << '\n';
    return 0;
}

} // namespace partita
