#include "snapshotcommand.h"

#include "commandline.h"
#include "connectionoptions.h"
#include "snapshotclient.h"
#include "snapshotprinter.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace partita {

int SnapshotCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print brokers, controller, topics and partitions "
                                                    "(leader, replicas, ISR, watermarks) of a cluster."));
    ConnectionOptions connection(parser);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of tables."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("Give up when the cluster does not answer within this many "
                       "seconds (default 10)."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    parser.addOptions({json, timeout});
    if (const auto exitCode = parseCommandLine(parser, arguments, QStringLiteral("snapshot")))
        return *exitCode;

    bool timeoutOk = false;
    const double seconds = parser.value(timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0) {
        err << "error: --timeout needs a positive number of seconds, not \"" << parser.value(timeout)
            << "\"\n";
        return 1;
    }
    QString error;
    const auto settings = connection.settings(parser, &error);
    std::unique_ptr<SnapshotClient> client;
    if (settings)
        client = SnapshotClient::create(*settings, &error);
    if (!client) {
        err << "error: " << error << '\n';
        return 1;
    }
    SnapshotClient::Timeouts timeouts;
    timeouts.metadata = std::chrono::milliseconds(qint64(seconds * 1000));
    timeouts.offsets = std::min(timeouts.offsets, timeouts.metadata);
    const SnapshotResult result = client->fetch(timeouts);
    if (!result.snapshot) {
        err << "error: " << result.message << '\n';
        return 2;
    }
    if (parser.isSet(json))
        out << QJsonDocument(SnapshotPrinter::toJson(*result.snapshot)).toJson(QJsonDocument::Indented);
    else
        SnapshotPrinter::printText(*result.snapshot, out);
    if (result.state != ConnectionState::Connected)
        err << "warning: " << result.message << '\n';
    return 0;
}

} // namespace partita
