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

bool GroupMemberModel::Row::operator==(const Row &other) const {
    return memberId == other.memberId && clientId == other.clientId && host == other.host &&
           instanceId == other.instanceId && assignment == other.assignment;
}

GroupMemberModel::GroupMemberModel(const LagTracker *tracker, QObject *parent)
    : MergingTableModel(parent)
    , m_tracker(tracker) {
    connect(m_tracker, &LagTracker::lagUpdated, this, &GroupMemberModel::refresh);
}

std::vector<GroupMemberModel::Row> GroupMemberModel::rowsOfGroup() const {
    std::vector<Row> rows;
    const GroupLagState *group = m_tracker->group(m_group);
    if (!group)
        return rows;
    rows.reserve(group->info.members.size());
    for (const GroupMember &member : group->info.members)
        rows.push_back(
            {member.memberId, member.clientId, member.host, member.groupInstanceId, member.assignment});
    // The broker lists members in no particular order; merging needs one.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.memberId < b.memberId; });
    return rows;
}

void GroupMemberModel::setGroup(const QString &id) {
    if (id == m_group)
        return;
    beginResetModel();
    m_group = id;
    m_rows = rowsOfGroup();
    endResetModel();
}

void GroupMemberModel::refresh() {
    mergeSorted(
        m_rows, rowsOfGroup(), [](const Row &row) -> const QString & { return row.memberId; }, rowObserver());
}

int GroupMemberModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupMemberModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMemberModel::data(const QModelIndex &index, int role) const {
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};

    const Row &row = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ClientIdColumn:
            return row.clientId;
        case HostColumn:
            return row.host;
        case MemberIdColumn:
            return row.memberId;
        case AssignmentColumn:
            return row.assignment.isEmpty() ? tr("none") : assignmentText(row.assignment);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case ClientIdColumn:
            return row.clientId;
        case HostColumn:
            return row.host;
        case MemberIdColumn:
            return row.memberId;
        case AssignmentColumn:
            return int(row.assignment.size());
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == MemberIdColumn && !row.instanceId.isEmpty())
            return tr("Static member, group instance id %1").arg(row.instanceId);
        if (column == AssignmentColumn && !row.assignment.isEmpty())
            return assignmentText(row.assignment);
        break;
    }
    return {};
}

QVariant GroupMemberModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return {};

    switch (Column(section)) {
    case ClientIdColumn:
        return tr("Client id");
    case HostColumn:
        return tr("Host");
    case MemberIdColumn:
        return tr("Member id");
    case AssignmentColumn:
        return tr("Assigned partitions");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace partita
