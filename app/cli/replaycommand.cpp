#include "replaycommand.h"

#include "browseoptions.h"
#include "commandline.h"
#include "displayformat.h"
#include "interruptflag.h"
#include "messagereplayer.h"
#include "progressline.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace partita {

namespace {

QString outcomeName(ReplayReport::Outcome outcome) {
    switch (outcome) {
    case ReplayReport::Outcome::Completed:
        return QStringLiteral("completed");
    case ReplayReport::Outcome::NotStarted:
        return QStringLiteral("not_started");
    case ReplayReport::Outcome::BrokenOff:
        return QStringLiteral("broken_off");
    case ReplayReport::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonValue stringOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject toJson(const QString &source, const ReplayRequest &request, const ReplayReport &report) {
    QJsonArray failures;
    for (const ReplayFailure &failure : report.failures)
        failures.append(QJsonObject{{QStringLiteral("partition"), failure.partition},
                                    {QStringLiteral("offset"), failure.offset},
                                    {QStringLiteral("target_topic"), stringOrNull(failure.targetTopic)},
                                    {QStringLiteral("error"), failure.error}});
    QJsonObject object{{QStringLiteral("source_topic"), source},
                       {QStringLiteral("target_topic"), stringOrNull(request.targetTopic)},
                       {QStringLiteral("topic_header"), stringOrNull(QString::fromUtf8(request.topicHeader))},
                       {QStringLiteral("outcome"), outcomeName(report.outcome)},
                       {QStringLiteral("messages"), report.counts.messages},
                       {QStringLiteral("sent"), report.counts.sent},
                       {QStringLiteral("acknowledged"), report.counts.acknowledged},
                       {QStringLiteral("failed"), report.counts.failed},
                       {QStringLiteral("failures"), failures},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
    if (!report.error.isEmpty())
        object.insert(QStringLiteral("error"), report.error);
    return object;
}

void printText(const QString &source, const ReplayRequest &request, const ReplayReport &report,
               QTextStream &out) {
    const QString target =
        request.topicHeader.isEmpty()
            ? request.targetTopic
            : ReplayCommand::tr("the topics header %1 names").arg(QString::fromUtf8(request.topicHeader));
    out << ReplayCommand::tr("%n message(s) of %1 replayed to %2: %3 sent, %4 acknowledged, %5 failed",
                             nullptr, pluralOf(report.counts.messages))
               .arg(source, target)
               .arg(report.counts.sent)
               .arg(report.counts.acknowledged)
               .arg(report.counts.failed)
        << '\n';
    if (report.failures.isEmpty())
        return;
    QList<QStringList> rows{{QStringLiteral("PARTITION"), QStringLiteral("OFFSET"), QStringLiteral("TARGET"),
                             QStringLiteral("ERROR")}};
    for (const ReplayFailure &failure : report.failures)
        rows.append({QString::number(failure.partition), QString::number(failure.offset),
                     failure.targetTopic.isEmpty() ? QStringLiteral("-") : failure.targetTopic,
                     failure.error});
    printTable(out, rows);
}

} // namespace

int ReplayCommand::run(const QStringList &arguments) {
    CommandLine commandLine(QStringLiteral("replay"),
                            tr("Produce a topic's messages again, with their keys, values and headers, to a "
                               "topic of the same cluster or to the topic a header of each message names."));
    const BrowseOptions browseOptions(commandLine.parser());
    const QCommandLineOption toTopicOption(QStringLiteral("to-topic"), tr("The topic to produce to."),
                                           tr("name"));
    const QCommandLineOption toTopicFromHeaderOption(
        QStringLiteral("to-topic-from-header"),
        tr("Produce each message to the topic its header of this name names (dead-letter redrive)."),
        tr("header"));
    const QCommandLineOption keepTimestampsOption(QStringLiteral("keep-timestamps"),
                                                  tr("Keep the messages' timestamps (default: the time "
                                                     "of replay)."));
    const QCommandLineOption keepPartitionsOption(QStringLiteral("keep-partitions"),
                                                  tr("Keep the messages' partitions (default: by key)."));
    commandLine.parser().addOptions(
        {toTopicOption, toTopicFromHeaderOption, keepTimestampsOption, keepPartitionsOption});
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;
    const QCommandLineParser &parser = commandLine.parser();

    const std::optional<BrowseRequest> source = browseOptions.request(parser);
    if (!source)
        return 1;
    if (parser.isSet(toTopicOption) == parser.isSet(toTopicFromHeaderOption)) {
        CommandLine::printError(tr("give either --to-topic or --to-topic-from-header"));
        return 1;
    }
    ReplayRequest request;
    request.targetTopic = parser.value(toTopicOption);
    request.topicHeader = parser.value(toTopicFromHeaderOption).toUtf8();
    if (request.targetTopic.isEmpty() && request.topicHeader.isEmpty()) {
        CommandLine::printError(tr("--to-topic and --to-topic-from-header need a name"));
        return 1;
    }
    request.keepTimestamps = parser.isSet(keepTimestampsOption);
    request.keepPartitions = parser.isSet(keepPartitionsOption);
    request.timeout = commandLine.timeout();

    QString error;
    const auto replayer = MessageReplayer::create(commandLine.settings(), &error);
    if (!replayer) {
        CommandLine::printError(error);
        return 2;
    }
    ProgressLine progressLine;
    const auto showProgress = [&progressLine](const ReplayCounts &counts) {
        progressLine.show(tr("%1 sent, %2 acknowledged, %3 failed")
                              .arg(QLocale().toString(counts.sent), QLocale().toString(counts.acknowledged),
                                   QLocale().toString(counts.failed)));
    };
    const InterruptFlag interrupt;
    const ReplayReport report = replayer->replay(*source, request, showProgress, interrupt.flag());
    progressLine.clear();
    if (report.outcome == ReplayReport::Outcome::NotStarted) {
        CommandLine::printError(report.error);
        return 2;
    }
    for (const QString &note : report.notes)
        CommandLine::printWarning(note);
    if (!report.error.isEmpty())
        CommandLine::printError(report.error);
    QTextStream out(stdout);
    if (commandLine.json())
        out << QJsonDocument(toJson(source->topic, request, report)).toJson(QJsonDocument::Indented);
    else
        printText(source->topic, request, report, out);
    if (report.outcome == ReplayReport::Outcome::Cancelled)
        return InterruptFlag::ExitCode;
    return report.outcome == ReplayReport::Outcome::Completed && report.counts.failed == 0 ? 0 : 3;
}

} // namespace partita
