#pragma once

#include "clustersnapshot.h"
#include "tablemodel.h"

#include <QSet>

namespace partita {

// A row of TopologyModel: a topic's header row, or one partition's placement. Watermarks and errors are
// left out, so the refresh after a poll in which only offsets moved changes no row.
struct TopologyRow {
    QString topic;
    bool internal = false;   // internal topics sort after all others
    PartitionInfo placement; // id, leader, replicas and ISR only; id -1 on the topic's header row
    int partitionCount = 0;  // header row: how many partitions the topic has
    bool collapsed = false;  // header row: its partitions are not shown

    bool isTopicHeader() const { return placement.id < 0; }
    bool operator==(const TopologyRow &other) const {
        return topic == other.topic && internal == other.internal && placement == other.placement &&
               partitionCount == other.partitionCount && collapsed == other.collapsed;
    }
};

// The replica placement grid: per topic a header row, which collapses the topic, then one row per
// partition; one column per broker, each cell the broker's role in that partition. Internal topics come
// last and only on request. Filters rows itself because a proxy is too slow at this size.
class TopologyModel : public TableModel<TopologyRow> {
    Q_OBJECT
public:
    enum Role {
        ReplicaStateRole = Qt::UserRole, // int(ReplicaState) of a cell
        BrokerIdRole,                    // on cells and horizontal headers
        BrokerOnlineRole,                // bool, on cells and horizontal headers
        TopicNameRole,                   // on cells and vertical headers
        PartitionIdRole,                 // on cells and vertical headers; -1 on a topic's header row
        TopicHeaderRole,                 // bool, on cells and vertical headers
    };

    explicit TopologyModel(QObject *parent = nullptr);

    // Diffs rows and broker columns against the previous snapshot; nullptr clears the grid.
    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    // Shows only topics whose name contains `substring` (case-insensitive); empty shows all.
    void setTopicFilter(const QString &substring);
    QString topicFilter() const { return m_topicFilter; }
    // Internal topics (__consumer_offsets, __transaction_state) are hidden unless asked for.
    void setShowInternalTopics(bool show);
    bool showsInternalTopics() const { return m_showInternal; }
    // A collapsed topic shows only its header row; this holds across snapshots.
    void setTopicCollapsed(const QString &topic, bool collapsed);
    bool isTopicCollapsed(const QString &topic) const { return m_collapsed.contains(topic); }
    // Partitions of the topics shown, counting those of collapsed topics.
    int partitionCount() const { return m_partitionCount; }

    // Row showing the partition, or -1 when it is not shown; partition -1 is the topic's header row.
    int rowForPartition(const QString &topic, int partition) const;
    // Column of the broker, or -1 when it is not shown.
    int columnForBroker(int brokerId) const;

private:
    void refreshRows();

    ClusterSnapshotPtr m_snapshot;
    QString m_topicFilter;
    bool m_showInternal = false;
    QSet<QString> m_collapsed;
    int m_partitionCount = 0;
    std::vector<BrokerInfo> m_brokers; // one per column, sorted by id; rows are in snapshot order
};

} // namespace partita
