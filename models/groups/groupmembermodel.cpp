#include "groupmembermodel.h"

#include "displayformat.h"

#include <algorithm>

namespace partita {

namespace {

QString assignmentText(const QList<TopicPartition> &assignment) {
    QStringList labels;
    labels.reserve(assignment.size());
    for (const TopicPartition &partition : assignment)
        labels.append(topicPartitionLabel(partition.topic, partition.partition));
    return labels.join(QStringLiteral(", "));
}

} // namespace

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
