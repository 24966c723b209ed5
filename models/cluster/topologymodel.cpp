#include "topologymodel.h"

#include "displayformat.h"

#include <algorithm>
#include <tuple>

namespace partita {

namespace {

// Rows are ordered and matched by (topic, partition id), the order the snapshot lists them in.
template <typename Row> auto rowKey(const Row &row) {
    return std::tie(row.topic, row.partition.id);
}

int brokerKey(const BrokerInfo &broker) {
    return broker.id;
}

QString cellText(ReplicaState state) {
    switch (state) {
    case ReplicaState::NotAReplica:
        return {};
    case ReplicaState::Leader:
        return QStringLiteral("L");
    case ReplicaState::InSyncFollower:
        return QStringLiteral("F");
    case ReplicaState::OutOfSyncFollower:
        return QStringLiteral("F!");
    case ReplicaState::Offline:
        return QStringLiteral("\u2715");
    }
    return {};
}

QString cellToolTip(ReplicaState state, int brokerId, const QString &partitionLabel) {
    switch (state) {
    case ReplicaState::NotAReplica:
        return {};
    case ReplicaState::Leader:
        return TopologyModel::tr("Broker %1: leader of %2").arg(brokerId).arg(partitionLabel);
    case ReplicaState::InSyncFollower:
        return TopologyModel::tr("Broker %1: in-sync follower of %2").arg(brokerId).arg(partitionLabel);
    case ReplicaState::OutOfSyncFollower:
        return TopologyModel::tr("Broker %1: follower of %2, out of sync (not in ISR)")
            .arg(brokerId)
            .arg(partitionLabel);
    case ReplicaState::Offline:
        return TopologyModel::tr("Broker %1: replica of %2, offline: broker %1 is down")
            .arg(brokerId)
            .arg(partitionLabel);
    }
    return {};
}

} // namespace

TopologyModel::TopologyModel(QObject *parent)
    : MergingTableModel(parent) {}

void TopologyModel::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    m_snapshot = snapshot;
    // A broker going offline changes its column, not the partitions, so the column merge repaints it.
    const QList<BrokerInfo> brokers = snapshot ? snapshot->brokers : QList<BrokerInfo>();
    mergeSorted(m_brokers, brokers, brokerKey, columnObserver());
    mergeRows();
}

void TopologyModel::setTopicFilter(const QString &substring) {
    if (substring == m_topicFilter)
        return;
    m_topicFilter = substring;
    mergeRows();
}

void TopologyModel::mergeRows() {
    std::vector<Row> rows;
    if (m_snapshot) {
        rows.reserve(m_snapshot->partitionCount());
        for (const auto &topic : m_snapshot->topics) {
            if (!topic.name.contains(m_topicFilter, Qt::CaseInsensitive))
                continue;
            for (const auto &partition : topic.partitions)
                rows.push_back({topic.name, partition});
        }
    }
    mergeSorted(m_rows, rows, rowKey<Row>, rowObserver());
}

int TopologyModel::rowForPartition(const QString &topic, int partition) const {
    const auto key = std::tie(topic, partition);
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [](const Row &row, const auto &wanted) { return rowKey(row) < wanted; });
    return it != m_rows.cend() && rowKey(*it) == key ? int(it - m_rows.cbegin()) : -1;
}

int TopologyModel::columnForBroker(int brokerId) const {
    const auto it = std::lower_bound(m_brokers.cbegin(), m_brokers.cend(), brokerId,
                                     [](const BrokerInfo &broker, int id) { return broker.id < id; });
    return it != m_brokers.cend() && it->id == brokerId ? int(it - m_brokers.cbegin()) : -1;
}

int TopologyModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopologyModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_brokers.size());
}

QVariant TopologyModel::data(const QModelIndex &index, int role) const {
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};

    const Row &row = m_rows[index.row()];
    const BrokerInfo &broker = m_brokers[index.column()];
    const auto state = [&]() { return row.partition.replicaState(broker.id, broker.online); };
    switch (role) {
    case Qt::DisplayRole:
        return cellText(state());
    case Qt::ToolTipRole: {
        const QString text =
            cellToolTip(state(), broker.id, topicPartitionLabel(row.topic, row.partition.id));
        return text.isEmpty() ? QVariant() : text;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case ReplicaStateRole:
        return int(state());
    case BrokerIdRole:
        return broker.id;
    case BrokerOnlineRole:
        return broker.online;
    case TopicNameRole:
        return row.topic;
    case PartitionIdRole:
        return row.partition.id;
    }
    return {};
}

QVariant TopologyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= int(m_brokers.size()))
            return {};
        const BrokerInfo &broker = m_brokers[section];
        switch (role) {
        case Qt::DisplayRole:
            return broker.online ? tr("Broker %1").arg(broker.id) : tr("Broker %1 (down)").arg(broker.id);
        case Qt::ToolTipRole:
            return brokerToolTip(broker);
        case BrokerIdRole:
            return broker.id;
        case BrokerOnlineRole:
            return broker.online;
        }
        return {};
    }

    if (section < 0 || section >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[section];
    switch (role) {
    case Qt::DisplayRole:
        return topicPartitionLabel(row.topic, row.partition.id);
    case TopicNameRole:
        return row.topic;
    case PartitionIdRole:
        return row.partition.id;
    }
    return {};
}

} // namespace partita
