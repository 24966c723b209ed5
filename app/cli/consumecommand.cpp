#include "consumecommand.h"

#include "browseoptions.h"
#include "commandline.h"
#include "messageformat.h"
#include "messagereader.h"

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
    const bool csv = format == QLatin1String("csv");

    QString error;
    const auto reader = MessageReader::create(commandLine.settings(), &error);
    if (!reader) {
        CommandLine::printError(error);
        return 2;
    }
    error = reader->start(*request, commandLine.timeout());
    if (!error.isEmpty()) {
        CommandLine::printError(error);
        return 2;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 3;
    if (csv)
        out.write(messageformat::csvHeader());
    QMap<int, QString> toldProblems;
    for (;;) {
        const ReadResult result = reader->read(10000, std::chrono::milliseconds(500));
        for (int i = 0; i < result.batch->size(); ++i)
            out.write(csv ? messageformat::csvRow(*result.batch, i)
                          : messageformat::jsonLine(*result.batch, i));
        for (const PartitionProgress &progress : result.progress) {
            const QString problem =
                progress.problem.isEmpty() ? MessageReader::transactionNote(progress) : progress.problem;
            if (!problem.isEmpty() && toldProblems.value(progress.partition) != problem) {
                out.flush();
                CommandLine::printWarning(problem);
            }
            toldProblems.insert(progress.partition, problem);
        }
        if (!result.error.isEmpty()) {
            out.flush();
            CommandLine::printError(result.error);
            return 3;
        }
        if (result.finished)
            return 0;
    }
}

} // namespace partita
