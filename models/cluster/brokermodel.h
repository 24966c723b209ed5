#pragma once

#include "clustersnapshot.h"
#include "mergingtablemodel.h"

#include <vector>

namespace partita {

// The broker table: one row per broker, offline ones included, with its share of leaders and replicas.
class BrokerModel : public MergingTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        AddressColumn,
        StatusColumn,
        ControllerColumn,
        LeadersColumn,
        ReplicasColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell, for sorting proxies
        BrokerIdRole,
        BrokerOnlineRole, // bool; views style offline rows from it
    };

    explicit BrokerModel(QObject *parent = nullptr);

    // Diffs against the previous snapshot; nullptr clears the table.
    void setSnapshot(const ClusterSnapshotPtr &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        BrokerInfo broker;
        bool controller = false;
        int leaders = 0;  // partitions it leads
        int replicas = 0; // partition replicas it hosts

        bool operator==(const Row &other) const {
            return broker == other.broker && controller == other.controller && leaders == other.leaders &&
                   replicas == other.replicas;
        }
    };

    static std::vector<Row> rowsOf(const ClusterSnapshot *snapshot);

    std::vector<Row> m_rows;
};

} // namespace partita
