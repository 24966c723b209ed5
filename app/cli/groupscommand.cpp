#include "groupscommand.h"

#include "commandline.h"
#include "displayformat.h"
#include "groupclient.h"
#include "groupmembermodel.h"
#include "interruptflag.h"
#include "laganalyzer.h"
#include "messageformat.h"
#include "oldestunreadreader.h"
#include "snapshotclient.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <optional>
#include <thread>

namespace partita {

namespace {

QString lagKindName(PartitionLag::Kind kind) {
    switch (kind) {
    case PartitionLag::Normal:
        return QStringLiteral("normal");
    case PartitionLag::NoCommit:
        return QStringLiteral("no_commit");
    case PartitionLag::Expired:
        return QStringLiteral("expired");
    case PartitionLag::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QJsonValue offsetOrNull(qint64 offset) {
    return offset < 0 ? QJsonValue() : QJsonValue(offset);
}

// Not translated: the names scripts match, as the Groups view shows them.
QString verdictKey(LagVerdict::Status status) {
    switch (status) {
    case LagVerdict::Unknown:
        break;
    case LagVerdict::Ok:
        return QStringLiteral("OK");
    case LagVerdict::Warn:
        return QStringLiteral("WARN");
    case LagVerdict::Rewind:
        return QStringLiteral("REWIND");
    case LagVerdict::Stop:
        return QStringLiteral("STOP");
    case LagVerdict::Stall:
        return QStringLiteral("STALL");
    }
    return QStringLiteral("UNKNOWN");
}

// The verdict and time lag fields a group and each of its partitions have alike.
void insertJudgement(QJsonObject &object, const LagVerdict &verdict, const std::optional<TimeLag> &behind) {
    object.insert(QStringLiteral("verdict"), verdictKey(verdict.status));
    object.insert(QStringLiteral("verdict_reason"), verdict.reason);
    object.insert(QStringLiteral("time_lag_ms"), behind ? QJsonValue(behind->ms) : QJsonValue());
    object.insert(QStringLiteral("time_lag_exact"), behind && behind->exact);
    object.insert(QStringLiteral("time_lag_at_least"), behind && behind->atLeast);
    object.insert(QStringLiteral("time_lag_timestamp_type"),
                  behind && behind->timestampType != TimestampType::NotAvailable
                      ? QJsonValue(messageformat::timestampTypeName(behind->timestampType))
                      : QJsonValue());
}

// Per topic: lag summed over the partitions with a measured lag.
QJsonObject topicLagJson(const GroupLagState &group) {
    QJsonObject object;
    for (auto it = group.topicTotals.cbegin(); it != group.topicTotals.cend(); ++it)
        object.insert(it.key(), it->lag);
    return object;
}

QJsonObject toJson(const GroupLagState &group) {
    QJsonArray partitions;
    for (const PartitionLagState &state : group.partitions) {
        const GroupPartitionOffsets &p = state.offsets;
        const PartitionLag &lag = state.lag;
        QJsonObject row{{QStringLiteral("topic"), p.partition.topic},
                        {QStringLiteral("partition"), p.partition.partition},
                        {QStringLiteral("committed"), offsetOrNull(p.committed)},
                        {QStringLiteral("low_watermark"), offsetOrNull(p.lowWatermark)},
                        {QStringLiteral("end"), offsetOrNull(p.highWatermark)},
                        {QStringLiteral("lag"), lag.hasLag() ? QJsonValue(lag.lag) : QJsonValue()},
                        {QStringLiteral("lag_kind"), lagKindName(lag.kind)},
                        {QStringLiteral("owner"), ownerLabel(group.info, p.ownerMemberId)},
                        {QStringLiteral("owner_member_id"), p.ownerMemberId}};
        if (lag.kind == PartitionLag::Expired)
            row.insert(QStringLiteral("lost_messages"), lag.lostMessages);
        insertJudgement(row, state.verdict, state.behind);
        if (!p.error.isEmpty())
            row.insert(QStringLiteral("error"), p.error);
        partitions.append(row);
    }
    const ConsumerGroupInfo &info = group.info;
    QJsonObject object{{QStringLiteral("group_id"), info.groupId},
                       {QStringLiteral("state"), groupStateName(info.state)},
                       {QStringLiteral("members"), int(info.members.size())},
                       {QStringLiteral("listed_by_broker"), info.listedByBroker},
                       {QStringLiteral("total_lag"), group.totals.lag},
                       {QStringLiteral("topic_lag"), topicLagJson(group)},
                       {QStringLiteral("partitions"), partitions}};
    insertJudgement(object, group.verdict, group.maxBehind);
    if (!info.error.isEmpty())
        object.insert(QStringLiteral("error"), info.error);
    return object;
}

void printText(const GroupLagState &group, QTextStream &out) {
    const ConsumerGroupInfo &info = group.info;
    const LagTotals &totals = group.totals;
    const QString lag = totals.unknownPartitions ? GroupsCommand::tr("at least %1").arg(totals.lag)
                                                 : QString::number(totals.lag);
    // "GROUP" marks the line, as the column names mark the tables: it is not translated.
    out << "GROUP " << info.groupId << "  " << GroupsCommand::tr("state %1").arg(groupStateName(info.state))
        << ", " << GroupsCommand::tr("%n member(s)", nullptr, pluralOf(info.members.size())) << ", "
        << GroupsCommand::tr("total lag %1").arg(lag) << ", "
        << GroupsCommand::tr("time lag %1").arg(formatTimeLag(group.maxBehind)) << ", "
        << LagVerdict::statusName(group.verdict.status);
    if (totals.noCommitPartitions)
        out << " ("
            << GroupsCommand::tr("%n partition(s) without a commit", nullptr, totals.noCommitPartitions)
            << ")";
    if (totals.unknownPartitions) {
        out << " ("
            << GroupsCommand::tr("%n partition(s) with unknown end offsets", nullptr,
                                 totals.unknownPartitions)
            << ")";
    }
    out << '\n';
    if (!info.error.isEmpty())
        out << "  " << GroupsCommand::tr("note: %1").arg(info.error) << '\n';
    if (info.partitions.isEmpty())
        return;
    QList<QStringList> rows{{QStringLiteral("TOPIC"), QStringLiteral("PARTITION"),
                             QStringLiteral("COMMITTED"), QStringLiteral("END"), QStringLiteral("LAG"),
                             QStringLiteral("TIME LAG"), QStringLiteral("OWNER"), QStringLiteral("VERDICT"),
                             QStringLiteral("REASON")}};
    for (const PartitionLagState &state : group.partitions) {
        const GroupPartitionOffsets &p = state.offsets;
        rows.append({p.partition.topic, QString::number(p.partition.partition),
                     p.committed < 0 ? QStringLiteral("-") : QString::number(p.committed),
                     p.highWatermark < 0 ? QStringLiteral("?") : QString::number(p.highWatermark),
                     state.lag.kind == PartitionLag::Normal ? QString::number(state.lag.lag)
                                                            : state.lag.displayText(),
                     formatTimeLag(state.behind), ownerLabel(info, p.ownerMemberId),
                     LagVerdict::statusName(state.verdict.status), state.verdict.reason});
    }
    printTable(out, rows);
}

// Waits `interval`, looking at the flag every tenth of a second; false when it was set meanwhile.
bool waitUnlessInterrupted(std::chrono::milliseconds interval, const InterruptFlag &interrupt) {
    const auto until = std::chrono::steady_clock::now() + interval;
    while (!interrupt.isSet() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
            std::chrono::milliseconds(100), until - std::chrono::steady_clock::now()));
    return !interrupt.isSet();
}

} // namespace

int GroupsCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    CommandLine commandLine(QStringLiteral("groups"),
                            tr("Print consumer groups with their state and, per partition, the committed "
                               "offset, the end offset, the lag, the time lag and the verdict."));
    const QCommandLineOption group(
        QStringLiteral("group"),
        tr("Only this group (may be repeated). Also works when the broker does not allow listing groups."),
        tr("id"));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"),
        tr("Poll this many times and judge each partition over those polls (default 1: too few for any "
           "verdict but OK)."),
        tr("count"), QStringLiteral("1"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            tr("Seconds between the polls of --samples (default 5)."),
                                            tr("seconds"), QStringLiteral("5"));
    commandLine.parser().addOptions({group, samplesOption, intervalOption});
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;
    bool ok = false;
    const int samples = commandLine.parser().value(samplesOption).toInt(&ok);
    if (!ok || samples < 1) {
        CommandLine::printError(tr("--samples needs a whole number of polls, at least 1, not \"%1\"")
                                    .arg(commandLine.parser().value(samplesOption)));
        return 1;
    }
    const double seconds = commandLine.parser().value(intervalOption).toDouble(&ok);
    if (!ok || seconds <= 0) {
        CommandLine::printError(tr("--interval needs a positive number of seconds, not \"%1\"")
                                    .arg(commandLine.parser().value(intervalOption)));
        return 1;
    }
    const std::chrono::milliseconds interval(qint64(seconds * 1000));

    QString error;
    const auto groupClient = GroupClient::create(commandLine.settings(), &error);
    const auto oldest = groupClient ? OldestUnreadReader::create(commandLine.settings(), &error) : nullptr;
    if (!groupClient || !oldest) {
        CommandLine::printError(error);
        return 1;
    }
    const QStringList only = commandLine.parser().values(group);
    // Between polls, Ctrl+C judges what was sampled so far; a single poll it just ends, as before.
    std::optional<InterruptFlag> interrupt;
    if (samples > 1)
        interrupt.emplace();
    const auto interrupted = [&interrupt] { return interrupt && interrupt->isSet(); };
    LagAnalyzer analyzer(interval);
    LagReportPtr report;
    int sampled = 0;
    for (int sample = 0; sample < samples; ++sample) {
        if (sample > 0 && !waitUnlessInterrupted(interval, *interrupt))
            break;
        int exitCode = 0;
        const SnapshotResult cluster = commandLine.fetchSnapshot(&exitCode);
        if (!cluster.snapshot)
            return exitCode;
        auto groups = std::make_shared<GroupsSnapshot>(
            *groupClient->fetch(only, *cluster.snapshot, commandLine.timeout()));
        // The groups asked for only: the others would take fetches of the budget for nothing.
        if (!only.isEmpty())
            groups->groups.removeIf(
                [&only](const ConsumerGroupInfo &info) { return !only.contains(info.groupId); });
        oldest->fill(*groups, commandLine.timeout());
        if (!groups->listError.isEmpty() && !report)
            CommandLine::printWarning(tr("listing groups: %1").arg(groups->listError));
        report = analyzer.addPoll(groups, QString());
        ++sampled;
        if (interrupted())
            break;
    }

    if (interrupted())
        CommandLine::printWarning(tr("interrupted after %n poll(s)", nullptr, sampled));
    QJsonArray json;
    for (const GroupLagState &state : *report->groups) {
        if (commandLine.json())
            json.append(toJson(state));
        else
            printText(state, out);
    }
    if (commandLine.json())
        out << QJsonDocument(QJsonObject{{QStringLiteral("groups"), json}}).toJson(QJsonDocument::Indented);
    return interrupted() ? InterruptFlag::ExitCode : 0;
}

} // namespace partita
