#include "groupscommand.h"

#include "commandline.h"
#include "displayformat.h"
#include "groupclient.h"
#include "groupmembermodel.h"
#include "partitionlag.h"
#include "snapshotclient.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

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

PartitionLag lagOf(const GroupPartitionOffsets &p) {
    return PartitionLag::compute(p.committed, p.lowWatermark, p.highWatermark);
}

LagTotals totalsOf(const ConsumerGroupInfo &group) {
    LagTotals totals;
    for (const auto &partition : group.partitions)
        totals.add(lagOf(partition));
    return totals;
}

// Per topic: lag summed over the partitions with a measured lag.
QJsonObject topicLagJson(const ConsumerGroupInfo &group) {
    QMap<QString, LagTotals> byTopic;
    for (const auto &partition : group.partitions)
        byTopic[partition.partition.topic].add(lagOf(partition));
    QJsonObject object;
    for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it)
        object.insert(it.key(), it->lag);
    return object;
}

QJsonObject toJson(const ConsumerGroupInfo &group) {
    QJsonArray partitions;
    for (const auto &p : group.partitions) {
        const PartitionLag lag = lagOf(p);
        QJsonObject row{{QStringLiteral("topic"), p.partition.topic},
                        {QStringLiteral("partition"), p.partition.partition},
                        {QStringLiteral("committed"), offsetOrNull(p.committed)},
                        {QStringLiteral("low_watermark"), offsetOrNull(p.lowWatermark)},
                        {QStringLiteral("end"), offsetOrNull(p.highWatermark)},
                        {QStringLiteral("lag"), lag.hasLag() ? QJsonValue(lag.lag) : QJsonValue()},
                        {QStringLiteral("lag_kind"), lagKindName(lag.kind)},
                        {QStringLiteral("owner"), ownerLabel(group, p.ownerMemberId)},
                        {QStringLiteral("owner_member_id"), p.ownerMemberId}};
        if (lag.kind == PartitionLag::Expired)
            row.insert(QStringLiteral("lost_messages"), lag.lostMessages);
        if (!p.error.isEmpty())
            row.insert(QStringLiteral("error"), p.error);
        partitions.append(row);
    }
    QJsonObject object{{QStringLiteral("group_id"), group.groupId},
                       {QStringLiteral("state"), groupStateName(group.state)},
                       {QStringLiteral("members"), int(group.members.size())},
                       {QStringLiteral("listed_by_broker"), group.listedByBroker},
                       {QStringLiteral("total_lag"), totalsOf(group).lag},
                       {QStringLiteral("topic_lag"), topicLagJson(group)},
                       {QStringLiteral("partitions"), partitions}};
    if (!group.error.isEmpty())
        object.insert(QStringLiteral("error"), group.error);
    return object;
}

void printText(const ConsumerGroupInfo &group, QTextStream &out) {
    const LagTotals totals = totalsOf(group);
    const QString lag = totals.unknownPartitions ? GroupsCommand::tr("at least %1").arg(totals.lag)
                                                 : QString::number(totals.lag);
    // "GROUP" marks the line, as the column names mark the tables: it is not translated.
    out << "GROUP " << group.groupId << "  " << GroupsCommand::tr("state %1").arg(groupStateName(group.state))
        << ", " << GroupsCommand::tr("%n member(s)", nullptr, pluralOf(group.members.size())) << ", "
        << GroupsCommand::tr("total lag %1").arg(lag);
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
    if (!group.error.isEmpty())
        out << "  " << GroupsCommand::tr("note: %1").arg(group.error) << '\n';
    if (group.partitions.isEmpty())
        return;
    QList<QStringList> rows{{QStringLiteral("TOPIC"), QStringLiteral("PARTITION"),
                             QStringLiteral("COMMITTED"), QStringLiteral("END"), QStringLiteral("LAG"),
                             QStringLiteral("OWNER")}};
    for (const auto &p : group.partitions) {
        const PartitionLag lag = lagOf(p);
        rows.append({p.partition.topic, QString::number(p.partition.partition),
                     p.committed < 0 ? QStringLiteral("-") : QString::number(p.committed),
                     p.highWatermark < 0 ? QStringLiteral("?") : QString::number(p.highWatermark),
                     lag.kind == PartitionLag::Normal ? QString::number(lag.lag) : lag.displayText(),
                     ownerLabel(group, p.ownerMemberId)});
    }
    printTable(out, rows);
}

} // namespace

int GroupsCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    CommandLine commandLine(QStringLiteral("groups"),
                            tr("Print consumer groups with their state and, per partition, the committed "
                               "offset, the end offset and the lag."));
    const QCommandLineOption group(
        QStringLiteral("group"),
        tr("Only this group (may be repeated). Also works when the broker does not allow listing groups."),
        tr("id"));
    commandLine.parser().addOption(group);
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;

    QString error;
    const auto groupClient = GroupClient::create(commandLine.settings(), &error);
    if (!groupClient) {
        CommandLine::printError(error);
        return 1;
    }
    int exitCode = 0;
    const SnapshotResult cluster = commandLine.fetchSnapshot(&exitCode);
    if (!cluster.snapshot)
        return exitCode;
    const QStringList only = commandLine.parser().values(group);
    const GroupsSnapshotPtr groups = groupClient->fetch(only, *cluster.snapshot, commandLine.timeout());
    if (!groups->listError.isEmpty())
        CommandLine::printWarning(tr("listing groups: %1").arg(groups->listError));

    QJsonArray json;
    for (const ConsumerGroupInfo &info : groups->groups) {
        if (!only.isEmpty() && !only.contains(info.groupId))
            continue;
        if (commandLine.json())
            json.append(toJson(info));
        else
            printText(info, out);
    }
    if (commandLine.json())
        out << QJsonDocument(QJsonObject{{QStringLiteral("groups"), json}}).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace partita
