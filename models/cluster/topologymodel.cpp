#include "topologymodel.h"

#include "consumergroups.h"
#include "displayformat.h"

#include <QFont>

#include <algorithm>
#include <tuple>

namespace partita {

namespace {

// Rows are ordered and matched by (internal, topic, partition id): the snapshot's topic order with the
// internal topics moved last, each topic's header row (id -1) before its partitions.
auto rowKey(const TopologyRow &row) {
    return std::tie(row.internal, row.topic, row.placement.id);
}

int brokerKey(const BrokerInfo &broker) {
    return broker.id;
}

QString cellText(ReplicaState state) {
    switch (state) {
    case ReplicaState::NotAReplica:
        return {};
    case ReplicaState::Leader:
        return TopologyModel::tr("L", "topology cell: the leader replica");
    case ReplicaState::InSyncFollower:
        return TopologyModel::tr("F", "topology cell: an in-sync follower");
    case ReplicaState::OutOfSyncFollower:
        return TopologyModel::tr("F!", "topology cell: a follower out of sync");
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

// One broker's column: its header, and each partition's replica on it.
void declareBrokerColumn(TableColumn<TopologyRow> &column, const BrokerInfo &broker) {
    using Row = TopologyRow;
    const auto state = [broker](const Row &row) {
        return row.isTopicHeader() ? ReplicaState::NotAReplica
                                   : row.placement.replicaState(broker.id, broker.online);
    };
    column
        .header(broker.online ? TopologyModel::tr("Broker %1").arg(broker.id)
                              : TopologyModel::tr("Broker %1 (down)").arg(broker.id),
                brokerToolTip(broker))
        .columnRole(TopologyModel::BrokerIdRole, broker.id)
        .columnRole(TopologyModel::BrokerOnlineRole, broker.online)
        .role(TopologyModel::ReplicaStateRole, [state](const Row &row) { return int(state(row)); })
        .text([state](const Row &row) { return cellText(state(row)); })
        .toolTip([state, id = broker.id](const Row &row) {
            return cellToolTip(state(row), id, TopicPartition{row.topic, row.placement.id}.label());
        })
        .align(Qt::AlignCenter);
}

} // namespace

TopologyModel::TopologyModel(QObject *parent)
    : TableModel(0, -1, parent) {
    using Row = TopologyRow;
    setRowHeader([](const Row &row) {
        if (!row.isTopicHeader())
            return TopicPartition{row.topic, row.placement.id}.label();
        // The arrow says the row folds, as in a tree.
        return tr("%1 %2 (%n partition(s))", "topology: a topic's header row", row.partitionCount)
            .arg(row.collapsed ? QStringLiteral("\u25B8") : QStringLiteral("\u25BE"), row.topic);
    });
    rowRole(TopicNameRole, [](const Row &row) { return row.topic; });
    rowRole(PartitionIdRole, [](const Row &row) { return row.placement.id; });
    rowRole(TopicHeaderRole, [](const Row &row) { return row.isTopicHeader(); });
    rowRole(Qt::ToolTipRole, [](const Row &row) -> QVariant {
        if (!row.isTopicHeader())
            return QVariant();
        return row.collapsed ? tr("Click to show the partitions of %1").arg(row.topic)
                             : tr("Click to hide the partitions of %1").arg(row.topic);
    });
    rowRole(Qt::FontRole, [](const Row &row) -> QVariant {
        if (!row.isTopicHeader())
            return QVariant();
        QFont bold;
        bold.setBold(true);
        return bold;
    });
}

void TopologyModel::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    m_snapshot = snapshot;
    // A broker going offline changes its column, not the partitions, so the column merge repaints it.
    const QList<BrokerInfo> brokers = snapshot ? snapshot->brokers : QList<BrokerInfo>();
    mergeColumns(m_brokers, brokers, brokerKey, declareBrokerColumn);
    refreshRows();
}

void TopologyModel::setTopicFilter(const QString &substring) {
    if (substring == m_topicFilter)
        return;
    m_topicFilter = substring;
    refreshRows();
}

void TopologyModel::setShowInternalTopics(bool show) {
    if (show == m_showInternal)
        return;
    m_showInternal = show;
    refreshRows();
}

void TopologyModel::setTopicCollapsed(const QString &topic, bool collapsed) {
    if (collapsed == m_collapsed.contains(topic))
        return;
    if (collapsed)
        m_collapsed.insert(topic);
    else
        m_collapsed.remove(topic);
    refreshRows();
}

void TopologyModel::refreshRows() {
    std::vector<TopologyRow> rows;
    m_partitionCount = 0;
    if (m_snapshot) {
        rows.reserve(size_t(m_snapshot->partitionCount() + m_snapshot->topics.size()));
        // Two passes keep the rows sorted by rowKey(): ordinary topics, then internal ones.
        for (const bool internal : {false, true}) {
            if (internal && !m_showInternal)
                break;
            for (const auto &topic : m_snapshot->topics) {
                if (topic.internal != internal || !topic.name.contains(m_topicFilter, Qt::CaseInsensitive))
                    continue;
                m_partitionCount += int(topic.partitions.size());
                TopologyRow &header = rows.emplace_back();
                header.topic = topic.name;
                header.internal = internal;
                header.placement.id = -1;
                header.partitionCount = int(topic.partitions.size());
                header.collapsed = m_collapsed.contains(topic.name);
                if (header.collapsed)
                    continue;
                for (const auto &partition : topic.partitions) {
                    TopologyRow &row = rows.emplace_back();
                    row.topic = topic.name;
                    row.internal = internal;
                    row.placement.id = partition.id;
                    row.placement.leader = partition.leader;
                    row.placement.replicas = partition.replicas;
                    row.placement.isr = partition.isr;
                }
            }
        }
    }
    mergeRows(rows, rowKey);
}

int TopologyModel::rowForPartition(const QString &topic, int partition) const {
    if (!m_snapshot)
        return -1;
    const TopicInfo *info = m_snapshot->topic(topic);
    if (!info)
        return -1;
    const auto key = std::make_tuple(info->internal, topic, partition);
    const auto it =
        std::lower_bound(rows().cbegin(), rows().cend(), key,
                         [](const TopologyRow &row, const auto &wanted) { return rowKey(row) < wanted; });
    return it != rows().cend() && rowKey(*it) == key ? int(it - rows().cbegin()) : -1;
}

int TopologyModel::columnForBroker(int brokerId) const {
    const auto it = std::lower_bound(m_brokers.cbegin(), m_brokers.cend(), brokerId,
                                     [](const BrokerInfo &broker, int id) { return broker.id < id; });
    return it != m_brokers.cend() && it->id == brokerId ? int(it - m_brokers.cbegin()) : -1;
}

} // namespace partita
