#pragma once

#include "clustersnapshot.h"
#include "productionrates.h"
#include "tablemodel.h"

namespace partita {

// The partition table of one topic: placement, watermarks and health of each partition.
class PartitionModel : public TableModel<PartitionInfo> {
    Q_OBJECT
public:
    enum Column {
        PartitionColumn,
        LeaderColumn,
        ReplicasColumn,
        IsrColumn,
        LowWatermarkColumn,
        HighWatermarkColumn,
        MessagesColumn,
        RateColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell (-1 when unknown), for sorting proxies
        TopicNameRole,
        PartitionIdRole,
    };

    explicit PartitionModel(QObject *parent = nullptr);

    // Switching topics resets the model: no row of the old topic survives into the new one.
    void setTopic(const QString &name);
    QString topic() const { return m_topic; }
    // Diffs against the previous snapshot; nullptr, or a snapshot without the topic, clears the table.
    // `rates` are those between the snapshot and the one before.
    void setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates = {});

private:
    QList<PartitionInfo> partitionsOfTopic() const;

    ClusterSnapshotPtr m_snapshot;
    ProductionRates m_rates;
    QString m_topic;
};

} // namespace partita
