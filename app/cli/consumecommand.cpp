#include "consumecommand.h"

#include "commandline.h"
#include "rangeexport.h"

#include <QFile>
#include <QRegularExpression>

#include <optional>

namespace partita {

namespace {

// "beginning", "end", an offset, "@" and a timestamp in ms, or "-N" for the last N per partition.
std::optional<StartPosition> parseStart(const QString &text) {
    static const QRegularExpression number(QStringLiteral(R"(^(@|-)?(\d+)$)"));
    if (text == QLatin1String("beginning"))
        return StartPosition{StartPosition::Kind::Beginning, 0};
    if (text == QLatin1String("end"))
        return StartPosition{StartPosition::Kind::End, 0};
    const QRegularExpressionMatch match = number.match(text);
    bool ok = false;
    const qint64 value = match.captured(2).toLongLong(&ok);
    if (!match.hasMatch() || !ok)
        return std::nullopt;
    if (match.captured(1) == QLatin1String("@"))
        return StartPosition{StartPosition::Kind::Timestamp, value};
    if (match.captured(1) == QLatin1String("-"))
        return StartPosition{StartPosition::Kind::LastN, value};
    return StartPosition{StartPosition::Kind::Offset, value};
}

// "end" (as it was when reading started), "never" (keep tailing), or "@" and a timestamp in ms.
std::optional<StopCondition> parseStop(const QString &text) {
    if (text == QLatin1String("end"))
        return StopCondition{StopCondition::Kind::EndAtStart, 0};
    if (text == QLatin1String("never"))
        return StopCondition{StopCondition::Kind::Never, 0};
    bool ok = false;
    const qint64 value = text.mid(1).toLongLong(&ok);
    if (text.startsWith(QLatin1Char('@')) && ok && value >= 0)
        return StopCondition{StopCondition::Kind::Timestamp, value};
    return std::nullopt;
}

} // namespace

int ConsumeCommand::run(const QStringList &arguments) {
    CommandLine commandLine(QStringLiteral("consume"),
                            tr("Print a topic's messages as JSON Lines or CSV, without joining a group or "
                               "committing offsets."));
    const QCommandLineOption topicOption(QStringLiteral("topic"), tr("The topic to read."), tr("name"));
    const QCommandLineOption partitionOption(QStringLiteral("partition"),
                                             tr("Read only this partition (may be repeated)."), tr("id"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("Where to start in each partition: beginning, end, an offset, @timestamp (ms), or -N for "
           "the last N messages (default: beginning)."),
        tr("position"), QStringLiteral("beginning"));
    const QCommandLineOption untilOption(
        QStringLiteral("until"),
        tr("Where to stop: end (as it was at the start), @timestamp (ms), or never (keep following; "
           "default: end)."),
        tr("position"), QStringLiteral("end"));
    const QCommandLineOption countOption(QStringLiteral("count"), tr("Stop after this many messages in all."),
                                         tr("n"));
    const QCommandLineOption isolationOption(
        QStringLiteral("isolation"),
        tr("read_committed (default; stops at open transactions) or read_uncommitted."), tr("level"),
        QStringLiteral("read_committed"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("jsonl (default) or csv."),
                                          tr("format"), QStringLiteral("jsonl"));
    commandLine.parser().addOptions(
        {topicOption, partitionOption, fromOption, untilOption, countOption, isolationOption, formatOption});
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;
    const QCommandLineParser &parser = commandLine.parser();

    BrowseRequest request;
    request.topic = parser.value(topicOption);
    if (request.topic.isEmpty()) {
        CommandLine::printError(tr("--topic is required"));
        return 1;
    }
    for (const QString &text : parser.values(partitionOption)) {
        bool ok = false;
        const int id = text.toInt(&ok);
        if (!ok || id < 0) {
            CommandLine::printError(tr("--partition needs a partition number, not \"%1\"").arg(text));
            return 1;
        }
        request.partitions.append(id);
    }
    const auto start = parseStart(parser.value(fromOption));
    if (!start) {
        CommandLine::printError(tr("--from takes beginning, end, an offset, @timestamp or -N, not \"%1\"")
                                    .arg(parser.value(fromOption)));
        return 1;
    }
    request.start = *start;
    const auto stop = parseStop(parser.value(untilOption));
    if (!stop) {
        CommandLine::printError(
            tr("--until takes end, never or @timestamp, not \"%1\"").arg(parser.value(untilOption)));
        return 1;
    }
    request.stop = *stop;
    if (parser.isSet(countOption)) {
        bool ok = false;
        request.stop.maxMessages = parser.value(countOption).toLongLong(&ok);
        if (!ok || request.stop.maxMessages < 0) {
            CommandLine::printError(
                tr("--count needs a number of messages, not \"%1\"").arg(parser.value(countOption)));
            return 1;
        }
    }
    const QString isolation = parser.value(isolationOption);
    if (isolation != QLatin1String("read_committed") && isolation != QLatin1String("read_uncommitted")) {
        CommandLine::printError(
            tr("--isolation takes read_committed or read_uncommitted, not \"%1\"").arg(isolation));
        return 1;
    }
    request.isolation = isolation == QLatin1String("read_committed") ? IsolationLevel::ReadCommitted
                                                                     : IsolationLevel::ReadUncommitted;
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
    const auto tellProblems = [&](const ReadResult &result) {
        for (const PartitionProgress &progress : result.progress) {
            const QString problem =
                progress.problem.isEmpty() ? MessageReader::transactionNote(progress) : progress.problem;
            if (!problem.isEmpty() && toldProblems.value(progress.partition) != problem) {
                out.flush();
                CommandLine::printWarning(problem);
            }
            toldProblems.insert(progress.partition, problem);
        }
    };
    const RangeExportOutcome outcome =
        exportRange(*reader, request, commandLine.timeout(), writer, tellProblems);
    out.flush();
    switch (outcome.result) {
    case RangeExportOutcome::Result::Finished:
    case RangeExportOutcome::Result::Cancelled:
        return 0;
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
