#pragma once

#include "clustersnapshot.h"
#include "tablemodel.h"

namespace partita {

// A row of TopologyModel: one partition's placement. Watermarks and errors are left out, so the
// refresh after a poll in which only offsets moved changes no row.
struct TopologyRow {
    QString topic;
    PartitionInfo placement; // id, leader, replicas and ISR only

    bool operator==(const TopologyRow &other) const {
        return topic == other.topic && placement == other.placement;
    }
};

// The replica placement grid: one row per (topic, partition), one column per broker, each cell the
// broker's role in that partition. Filters rows itself because a proxy is too slow at this size.
class TopologyModel : public TableModel<TopologyRow> {
    Q_OBJECT
public:
    enum Role {
        ReplicaStateRole = Qt::UserRole, // int(ReplicaState) of a cell
        BrokerIdRole,                    // on cells and horizontal headers
        BrokerOnlineRole,                // bool, on cells and horizontal headers
        TopicNameRole,                   // on cells and vertical headers
        PartitionIdRole,                 // on cells and vertical headers
    };

    explicit TopologyModel(QObject *parent = nullptr);

    // Diffs rows and broker columns against the previous snapshot; nullptr clears the grid.
    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    // Shows only topics whose name contains `substring` (case-insensitive); empty shows all.
    void setTopicFilter(const QString &substring);
    QString topicFilter() const { return m_topicFilter; }

    // Row showing the partition, or -1 when it is not shown.
    int rowForPartition(const QString &topic, int partition) const;
    // Column of the broker, or -1 when it is not shown.
    int columnForBroker(int brokerId) const;

private:
    void refreshRows();

    ClusterSnapshotPtr m_snapshot;
    QString m_topicFilter;
    std::vector<BrokerInfo> m_brokers; // one per column, sorted by id; rows are in snapshot order
};

} // namespace partita
