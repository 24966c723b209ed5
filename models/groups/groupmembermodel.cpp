#include "groupmembermodel.h"

#include <QMap>

#include <algorithm>

namespace partita {

namespace {

// "0-2, 5" for 0, 1, 2, 5: a member of a large group is often assigned long runs.
QString partitionRuns(QList<int> ids) {
    std::sort(ids.begin(), ids.end());
    QStringList runs;
    for (int i = 0; i < ids.size();) {
        int last = i;
        while (last + 1 < ids.size() && ids.at(last + 1) == ids.at(last) + 1)
            ++last;
        runs.append(last - i >= 2 ? QStringLiteral("%1-%2").arg(ids.at(i)).arg(ids.at(last))
                                  : QString::number(ids.at(i)));
        if (last - i == 1)
            runs.append(QString::number(ids.at(last)));
        i = last + 1;
    }
    return runs.join(QStringLiteral(", "));
}

// Kafka makes a dynamic member's id from its client id, a dash and a UUID.
QString ownPartOfId(const GroupMember &member) {
    QString id = member.memberId;
    if (id.startsWith(member.clientId + QLatin1Char('-')))
        id.remove(0, member.clientId.size() + 1);
    return id.left(8);
}

} // namespace

QString memberLabel(const ConsumerGroupInfo &group, const GroupMember &member) {
    const QString base =
        member.host.isEmpty()
            ? member.clientId
            : GroupMemberModel::tr("%1 on %2", "client id on host").arg(member.clientId, member.host);
    const bool shared =
        std::any_of(group.members.cbegin(), group.members.cend(), [&member](const GroupMember &other) {
            return other.memberId != member.memberId && other.clientId == member.clientId &&
                   other.host == member.host;
        });
    if (!shared)
        return base;
    return GroupMemberModel::tr("%1 (%2)", "member label and what tells it apart")
        .arg(base, member.groupInstanceId.isEmpty() ? ownPartOfId(member) : member.groupInstanceId);
}

QString ownerLabel(const ConsumerGroupInfo &group, const QString &memberId) {
    if (memberId.isEmpty())
        return QString();
    const GroupMember *member = group.member(memberId);
    return member ? memberLabel(group, *member) : memberId;
}

QString assignmentText(const QList<TopicPartition> &assignment) {
    QMap<QString, QList<int>> byTopic;
    for (const TopicPartition &partition : assignment)
        byTopic[partition.topic].append(partition.partition);
    QStringList topics;
    for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it)
        topics.append(
            GroupMemberModel::tr("%1: %2", "topic: its partitions").arg(it.key(), partitionRuns(it.value())));
    return topics.join(QStringLiteral("; "));
}

bool GroupMemberRow::operator==(const GroupMemberRow &other) const {
    return memberId == other.memberId && clientId == other.clientId && host == other.host &&
           instanceId == other.instanceId && assignment == other.assignment;
}

GroupMemberModel::GroupMemberModel(const LagTracker *tracker, QObject *parent)
    : TableModel(ColumnCount, SortRole, parent)
    , m_tracker(tracker) {
    using Row = GroupMemberRow;
    column(ClientIdColumn).header(tr("Client id")).value([](const Row &row) { return row.clientId; });
    column(HostColumn).header(tr("Host")).value([](const Row &row) { return row.host; });
    column(MemberIdColumn)
        .header(tr("Member id"))
        .value([](const Row &row) { return row.memberId; })
        .toolTip([](const Row &row) {
            return row.instanceId.isEmpty() ? QString()
                                            : tr("Static member, group instance id %1").arg(row.instanceId);
        });
    column(AssignmentColumn)
        .header(tr("Assigned partitions"))
        .value([](const Row &row) { return int(row.assignment.size()); })
        .text([](const Row &row) {
            return row.assignment.isEmpty() ? tr("none") : assignmentText(row.assignment);
        })
        .toolTip([](const Row &row) { return assignmentText(row.assignment); });

    connect(m_tracker, &LagTracker::lagUpdated, this, &GroupMemberModel::refresh);
}

std::vector<GroupMemberRow> GroupMemberModel::rowsOfGroup() const {
    std::vector<GroupMemberRow> rows;
    const GroupLagState *group = m_tracker->group(m_group);
    if (!group)
        return rows;
    rows.reserve(group->info.members.size());
    for (const GroupMember &member : group->info.members)
        rows.push_back(
            {member.memberId, member.clientId, member.host, member.groupInstanceId, member.assignment});
    // The broker lists members in no particular order; merging needs one.
    std::sort(rows.begin(), rows.end(),
              [](const GroupMemberRow &a, const GroupMemberRow &b) { return a.memberId < b.memberId; });
    return rows;
}

void GroupMemberModel::setGroup(const QString &id) {
    if (id == m_group)
        return;
    resetRows([&]() {
        m_group = id;
        return rowsOfGroup();
    });
}

void GroupMemberModel::refresh() {
    mergeRows(rowsOfGroup(), [](const GroupMemberRow &row) -> const QString & { return row.memberId; });
}

} // namespace partita
