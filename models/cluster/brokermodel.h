#pragma once

#include "clustersnapshot.h"
#include "productionrates.h"
#include "tablemodel.h"

#include <optional>

namespace partita {

// A broker's part in the cluster's metadata: ZooKeeper mode's active controller, or one of a KRaft
// quorum's voters (which of them is active, clients cannot see).
enum class ControllerPart { None, Active, Voter };

// A row of BrokerModel.
struct BrokerRow {
    BrokerInfo broker;
    ControllerPart controller = ControllerPart::None;
    int leaders = 0;                 // partitions it leads
    int replicas = 0;                // partition replicas it hosts
    std::optional<double> perSecond; // produced to the partitions it leads, since the previous snapshot

    bool operator==(const BrokerRow &other) const {
        return broker == other.broker && controller == other.controller && leaders == other.leaders &&
               replicas == other.replicas && perSecond == other.perSecond;
    }
};

// The broker table: one row per broker, offline ones included, with its share of leaders and replicas.
class BrokerModel : public TableModel<BrokerRow> {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        AddressColumn,
        StatusColumn,
        ControllerColumn,
        LeadersColumn,
        ReplicasColumn,
        RateColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell, for sorting proxies
        BrokerIdRole,
        BrokerOnlineRole, // bool; views style offline rows from it
    };

    explicit BrokerModel(QObject *parent = nullptr);

    // Diffs against the rows shown; `rates` are those since the previous snapshot, computed once for
    // every model that shows them. nullptr clears the table.
    void setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates = {});

private:
    static std::vector<BrokerRow> rowsOf(const ClusterSnapshot *snapshot, const ProductionRates &rates);
};

} // namespace partita
