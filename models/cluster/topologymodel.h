#pragma once

#include "clustersnapshot.h"
#include "mergingtablemodel.h"

#include <vector>

namespace partita {

// The replica placement grid: one row per (topic, partition), one column per broker, each cell the
// broker's role in that partition. Filters rows itself because a proxy is too slow at this size.
class TopologyModel : public MergingTableModel {
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString topic;
        PartitionInfo partition;

        bool operator==(const Row &other) const {
            return topic == other.topic && partition == other.partition;
        }
    };

    void mergeRows();

    ClusterSnapshotPtr m_snapshot;
    QString m_topicFilter;
    std::vector<Row> m_rows;           // in snapshot order: topic name, then partition id
    std::vector<BrokerInfo> m_brokers; // sorted by id
};

} // namespace partita
