#pragma once

#include "clustersnapshot.h"
#include "productionrates.h"
#include "tablemodel.h"

#include <optional>

namespace partita {

// A row of TopicModel: only what the table shows, so a change it cannot show (a leader move) emits nothing.
struct TopicRow {
    QString name;
    bool internal = false;
    QString error;
    int partitions = 0;
    int replicationFactor = 0;
    int underReplicated = 0;
    int offline = 0;
    qint64 messages = -1;            // offset span: high minus low watermark, summed
    std::optional<double> perSecond; // produced since the previous snapshot

    bool operator==(const TopicRow &other) const {
        return name == other.name && internal == other.internal && error == other.error &&
               partitions == other.partitions && replicationFactor == other.replicationFactor &&
               underReplicated == other.underReplicated && offline == other.offline &&
               messages == other.messages && perSecond == other.perSecond;
    }
};

// The topic table: one row per topic with its partition health, offset span and production rate.
class TopicModel : public TableModel<TopicRow> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PartitionsColumn,
        ReplicationFactorColumn,
        UnderReplicatedColumn,
        OfflineColumn,
        MessagesColumn,
        RateColumn,
        InternalColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell (messages: -1 when unknown), for sorting proxies
        TopicNameRole,
    };

    explicit TopicModel(QObject *parent = nullptr);

    // Diffs against the rows shown; `rates` are those since the previous snapshot, computed once for
    // every model that shows them. nullptr clears the table.
    void setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates = {});

private:
    static std::vector<TopicRow> rowsOf(const ClusterSnapshot *snapshot, const ProductionRates &rates);
};

} // namespace partita
