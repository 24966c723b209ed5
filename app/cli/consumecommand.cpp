#include "consumecommand.h"

#include "browseoptions.h"
#include "commandline.h"
#include "displayformat.h"
#include "interruptflag.h"
#include "progressline.h"
#include "rangeexport.h"

#include <QFile>

namespace partita {

int ConsumeCommand::run(const QStringList &arguments) {
    CommandLine commandLine(QStringLiteral("consume"),
                            tr("Print a topic's messages as JSON Lines or CSV, without joining a group or "
                               "committing offsets."));
    const BrowseOptions browseOptions(commandLine.parser());
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("jsonl (default) or csv."),
                                          tr("format"), QStringLiteral("jsonl"));
    commandLine.parser().addOption(formatOption);
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;
    const QCommandLineParser &parser = commandLine.parser();

    const std::optional<BrowseRequest> request = browseOptions.request(parser);
    if (!request)
        return 1;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv")) {
        CommandLine::printError(tr("--format takes jsonl or csv, not \"%1\"").arg(format));
        return 1;
    }
    const ExportFormat exportFormat =
        format == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::JsonLines;

    QString error;
    const auto reader = MessageReader::create(commandLine.settings(), &error);
    if (!reader) {
        CommandLine::printError(error);
        return 2;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 3;
    MessageWriter writer(&out, exportFormat);
    QMap<int, QString> toldProblems;
    ProgressLine progressLine;
    const auto tellProgress = [&](const ReadResult &result) {
        for (const PartitionProgress &progress : result.progress) {
            const QString problem = MessageReader::partitionNote(progress);
            if (!problem.isEmpty() && toldProblems.value(progress.partition) != problem) {
                out.flush();
                progressLine.clear();
                CommandLine::printWarning(problem);
            }
            toldProblems.insert(progress.partition, problem);
        }
        // Each read's messages reach a pipe at once: one that follows a topic (`--until never | jq`)
        // would otherwise show nothing until a stdio buffer's worth had come.
        if (!result.batch->isEmpty())
            out.flush();
        progressLine.show(tr("%n message(s) written", nullptr, pluralOf(writer.written())));
    };
    const InterruptFlag interrupt;
    const RangeExportOutcome outcome =
        exportRange(*reader, *request, commandLine.timeout(), writer, tellProgress, &interrupt.flag());
    out.flush();
    progressLine.clear();
    switch (outcome.result) {
    case RangeExportOutcome::Result::Finished:
        return 0;
    case RangeExportOutcome::Result::Cancelled:
        CommandLine::printWarning(tr("interrupted after %n message(s)", nullptr, pluralOf(outcome.written)));
        return InterruptFlag::ExitCode;
    case RangeExportOutcome::Result::CannotStart:
        CommandLine::printError(outcome.error);
        return 2;
    case RangeExportOutcome::Result::BrokeOff:
        CommandLine::printError(outcome.error);
        return 3;
    }
    return 3;
}

} // namespace partita
