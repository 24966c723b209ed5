#include "topicmodel.h"

#include "displayformat.h"

namespace partita {

TopicModel::TopicModel(QObject *parent)
    : MergingTableModel(parent) {}

std::vector<TopicModel::Row> TopicModel::rowsOf(const ClusterSnapshot *snapshot) {
    std::vector<Row> rows;
    if (!snapshot)
        return rows;

    rows.reserve(snapshot->topics.size());
    for (const auto &topic : snapshot->topics) {
        rows.push_back({topic.name, topic.internal, topic.error, int(topic.partitions.size()),
                        topic.replicationFactor(), topic.underReplicatedCount(), topic.offlineCount(),
                        topic.messageCount()});
    }
    return rows;
}

void TopicModel::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    mergeSorted(
        m_rows, rowsOf(snapshot.get()), [](const Row &row) -> const QString & { return row.name; },
        rowObserver());
}

int TopicModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopicModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicModel::data(const QModelIndex &index, int role) const {
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};

    const Row &row = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case PartitionsColumn:
            return formatCount(row.partitions);
        case ReplicationFactorColumn:
            return formatCount(row.replicationFactor);
        case UnderReplicatedColumn:
            return formatCount(row.underReplicated);
        case OfflineColumn:
            return formatCount(row.offline);
        case MessagesColumn:
            return formatCount(row.messages);
        case InternalColumn:
            return row.internal ? tr("internal") : QString();
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case PartitionsColumn:
            return row.partitions;
        case ReplicationFactorColumn:
            return row.replicationFactor;
        case UnderReplicatedColumn:
            return row.underReplicated;
        case OfflineColumn:
            return row.offline;
        case MessagesColumn:
            return row.messages;
        case InternalColumn:
            return row.internal;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn && !row.error.isEmpty())
            return tr("Topic error: %1").arg(row.error);
        if (column == MessagesColumn && row.messages < 0)
            return tr("Unknown: no partition watermarks could be read");
        break;
    case Qt::TextAlignmentRole:
        return column == NameColumn || column == InternalColumn ? QVariant() : numberAlignment();
    case TopicNameRole:
        return row.name;
    }
    return {};
}

QVariant TopicModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};

    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case NameColumn:
            return tr("Topic");
        case PartitionsColumn:
            return tr("Partitions");
        case ReplicationFactorColumn:
            return tr("Replication");
        case UnderReplicatedColumn:
            return tr("Under-replicated");
        case OfflineColumn:
            return tr("Offline");
        case MessagesColumn:
            return tr("Messages");
        case InternalColumn:
            return tr("Internal");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case ReplicationFactorColumn:
            return tr("Replication factor: the largest replica set of any partition");
        case UnderReplicatedColumn:
            return tr("Partitions with fewer in-sync replicas than replicas");
        case OfflineColumn:
            return tr("Partitions without a leader");
        case MessagesColumn:
            return tr("Messages retained: high minus low watermark, summed over partitions");
        default:
            break;
        }
    }
    return {};
}

} // namespace partita
