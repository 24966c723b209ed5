#include "partitionmodel.h"

#include "displayformat.h"

namespace partita {

namespace {

// Ordered by severity, so sorting the status column puts the worst partitions together.
enum class Health { Ok, Error, UnderReplicated, Offline };

Health healthOf(const PartitionInfo &partition) {
    if (partition.isOffline())
        return Health::Offline;
    if (partition.isUnderReplicated())
        return Health::UnderReplicated;
    return partition.error.isEmpty() ? Health::Ok : Health::Error;
}

QString statusText(const PartitionInfo &partition) {
    switch (healthOf(partition)) {
    case Health::Ok:
        return PartitionModel::tr("ok");
    case Health::Error:
        return partition.error;
    case Health::UnderReplicated:
        return PartitionModel::tr("under-replicated");
    case Health::Offline:
        return PartitionModel::tr("offline");
    }
    return {};
}

QString statusToolTip(const PartitionInfo &partition) {
    QStringList lines;
    if (partition.isOffline())
        lines.append(PartitionModel::tr("No leader: the partition can be neither read nor written"));
    QList<int> outOfSync;
    for (int replica : partition.replicas) {
        if (!partition.isr.contains(replica))
            outOfSync.append(replica);
    }
    if (!outOfSync.isEmpty())
        lines.append(PartitionModel::tr("Replicas not in sync: %1").arg(formatIdList(outOfSync)));
    if (!partition.offlineReplicas.isEmpty())
        lines.append(PartitionModel::tr("Replicas on down brokers: %1 (the ISR lists them until Kafka "
                                        "fences the broker)")
                         .arg(formatIdList(partition.offlineReplicas)));
    if (!partition.error.isEmpty())
        lines.append(partition.error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PartitionModel::PartitionModel(QObject *parent)
    : MergingTableModel(parent) {}

QList<PartitionInfo> PartitionModel::partitionsOfTopic() const {
    const TopicInfo *info = m_snapshot ? m_snapshot->topic(m_topic) : nullptr;
    return info ? info->partitions : QList<PartitionInfo>();
}

void PartitionModel::setTopic(const QString &name) {
    if (name == m_topic)
        return;
    beginResetModel();
    m_topic = name;
    const QList<PartitionInfo> partitions = partitionsOfTopic();
    m_rows.assign(partitions.cbegin(), partitions.cend());
    endResetModel();
}

void PartitionModel::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    m_snapshot = snapshot;
    mergeSorted(
        m_rows, partitionsOfTopic(), [](const PartitionInfo &partition) { return partition.id; },
        rowObserver());
}

int PartitionModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartitionModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartitionModel::data(const QModelIndex &index, int role) const {
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};

    const PartitionInfo &partition = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PartitionColumn:
            return QString::number(partition.id);
        case LeaderColumn:
            return partition.isOffline() ? tr("none (offline)") : QString::number(partition.leader);
        case ReplicasColumn:
            return formatIdList(partition.replicas);
        case IsrColumn:
            return formatIdList(partition.isr);
        case LowWatermarkColumn:
            return formatCount(partition.lowWatermark);
        case HighWatermarkColumn:
            return formatCount(partition.highWatermark);
        case MessagesColumn:
            return formatCount(partition.messageCount());
        case StatusColumn:
            return statusText(partition);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case PartitionColumn:
            return partition.id;
        case LeaderColumn:
            return partition.leader;
        case ReplicasColumn:
            return int(partition.replicas.size());
        case IsrColumn:
            return int(partition.isr.size());
        case LowWatermarkColumn:
            return partition.lowWatermark;
        case HighWatermarkColumn:
            return partition.highWatermark;
        case MessagesColumn:
            return partition.messageCount();
        case StatusColumn:
            return int(healthOf(partition));
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == StatusColumn) {
            const QString text = statusToolTip(partition);
            return text.isEmpty() ? QVariant() : text;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (column) {
        case PartitionColumn:
        case LowWatermarkColumn:
        case HighWatermarkColumn:
        case MessagesColumn:
            return numberAlignment();
        default:
            break;
        }
        break;
    case TopicNameRole:
        return m_topic;
    case PartitionIdRole:
        return partition.id;
    }
    return {};
}

QVariant PartitionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};

    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case PartitionColumn:
            return tr("Partition");
        case LeaderColumn:
            return tr("Leader");
        case ReplicasColumn:
            return tr("Replicas");
        case IsrColumn:
            return tr("ISR");
        case LowWatermarkColumn:
            return tr("Low watermark");
        case HighWatermarkColumn:
            return tr("High watermark");
        case MessagesColumn:
            return tr("Messages");
        case StatusColumn:
            return tr("Status");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case IsrColumn:
            return tr("In-sync replicas: those caught up with the leader");
        case MessagesColumn:
            return tr("Messages retained: high minus low watermark");
        default:
            break;
        }
    }
    return {};
}

} // namespace partita
