#include "grouppartitionmodel.h"

#include "displayformat.h"

namespace partita {

namespace {

QString lagToolTip(const PartitionLag &lag) {
    switch (lag.kind) {
    case PartitionLag::Normal:
        return lag.clamped ? GroupPartitionModel::tr("The committed offset was read after the end offset: "
                                                     "the group is caught up")
                           : QString();
    case PartitionLag::NoCommit:
        return GroupPartitionModel::tr("The group has not committed an offset for this partition, so "
                                       "neither 0 nor the whole log would be true");
    case PartitionLag::Expired:
        return GroupPartitionModel::tr("Retention deleted %1 messages before the group read them; the lag "
                                       "of %2 counts them")
            .arg(formatCount(lag.lostMessages), formatCount(lag.lag));
    case PartitionLag::Unknown:
        return GroupPartitionModel::tr("The partition's watermarks could not be read");
    }
    return {};
}

} // namespace

bool GroupPartitionModel::Row::operator==(const Row &other) const {
    return partition == other.partition && committed == other.committed && low == other.low &&
           high == other.high && lag == other.lag && behind == other.behind && verdict == other.verdict &&
           owner == other.owner && error == other.error;
}

GroupPartitionModel::GroupPartitionModel(const LagTracker *tracker, QObject *parent)
    : MergingTableModel(parent)
    , m_tracker(tracker) {
    connect(m_tracker, &LagTracker::lagUpdated, this, &GroupPartitionModel::refresh);
}

std::vector<GroupPartitionModel::Row> GroupPartitionModel::rowsOfGroup() const {
    std::vector<Row> rows;
    const GroupLagState *group = m_tracker->group(m_group);
    if (!group)
        return rows;
    rows.reserve(group->partitions.size());
    for (const PartitionLagState &state : group->partitions) {
        const GroupPartitionOffsets &offsets = state.offsets;
        rows.push_back({offsets.partition, offsets.committed, offsets.lowWatermark, offsets.highWatermark,
                        state.lag, state.behind, state.verdict, offsets.ownerClientId, offsets.error});
    }
    return rows;
}

void GroupPartitionModel::setGroup(const QString &id) {
    if (id == m_group)
        return;
    beginResetModel();
    m_group = id;
    m_rows = rowsOfGroup();
    endResetModel();
}

void GroupPartitionModel::refresh() {
    mergeSorted(
        m_rows, rowsOfGroup(), [](const Row &row) -> const TopicPartition & { return row.partition; },
        rowObserver());
}

int GroupPartitionModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupPartitionModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupPartitionModel::data(const QModelIndex &index, int role) const {
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};

    const Row &row = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TopicColumn:
            return row.partition.topic;
        case PartitionColumn:
            return QString::number(row.partition.partition);
        case CommittedColumn:
            return formatCount(row.committed);
        case EndColumn:
            return formatCount(row.high);
        case LagColumn:
            return row.lag.displayText();
        case TimeLagColumn:
            return formatTimeLag(row.behind);
        case VerdictColumn:
            return LagVerdict::statusName(row.verdict.status);
        case ReasonColumn:
            return row.verdict.reason;
        case OwnerColumn:
            return row.owner.isEmpty() ? formatCount(-1) : row.owner;
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case TopicColumn:
            return row.partition.topic;
        case PartitionColumn:
            return row.partition.partition;
        case CommittedColumn:
            return row.committed;
        case EndColumn:
            return row.high;
        case LagColumn:
            return row.lag.lag;
        case TimeLagColumn:
            return row.behind ? row.behind->ms : qint64(-1);
        case VerdictColumn:
            return int(row.verdict.status);
        case ReasonColumn:
            return row.verdict.reason;
        case OwnerColumn:
            return row.owner;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case CommittedColumn:
            if (!row.error.isEmpty())
                return tr("Reading the committed offset failed: %1").arg(row.error);
            if (row.committed < 0)
                return tr("No committed offset");
            break;
        case EndColumn:
            if (row.low >= 0)
                return tr("Oldest retained offset: %1").arg(formatCount(row.low));
            break;
        case LagColumn: {
            const QString text = lagToolTip(row.lag);
            return text.isEmpty() ? QVariant() : text;
        }
        case VerdictColumn:
        case ReasonColumn:
            return row.verdict.reason;
        case OwnerColumn:
            if (row.owner.isEmpty())
                return tr("Not assigned to any member of the group");
            break;
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (column) {
        case PartitionColumn:
        case CommittedColumn:
        case EndColumn:
        case LagColumn:
        case TimeLagColumn:
            return numberAlignment();
        default:
            break;
        }
        break;
    case TopicNameRole:
        return row.partition.topic;
    case PartitionIdRole:
        return row.partition.partition;
    case VerdictStatusRole:
        return int(row.verdict.status);
    }
    return {};
}

QVariant GroupPartitionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};

    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case TopicColumn:
            return tr("Topic");
        case PartitionColumn:
            return tr("Partition");
        case CommittedColumn:
            return tr("Committed");
        case EndColumn:
            return tr("End");
        case LagColumn:
            return tr("Lag");
        case TimeLagColumn:
            return tr("Time lag");
        case VerdictColumn:
            return tr("Verdict");
        case ReasonColumn:
            return tr("Reason");
        case OwnerColumn:
            return tr("Owner");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case CommittedColumn:
            return tr("The group's committed offset: the next message it will read");
        case EndColumn:
            return tr("High watermark: the offset the next message written will get");
        case LagColumn:
            return tr("Messages between the committed offset and the end");
        case TimeLagColumn:
            return tr("How long ago the end of the partition was where the group is now");
        case VerdictColumn:
            return tr("Health over the last %1").arg(formatDuration(LagVerdictSettings().windowMs));
        case OwnerColumn:
            return tr("Client id of the member the partition is assigned to");
        default:
            break;
        }
    }
    return {};
}

} // namespace partita
