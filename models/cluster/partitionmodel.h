#pragma once

#include "clustersnapshot.h"
#include "mergingtablemodel.h"

#include <vector>

namespace partita {

// The partition table of one topic: placement, watermarks and health of each partition.
class PartitionModel : public MergingTableModel {
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
    void setSnapshot(const ClusterSnapshotPtr &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PartitionInfo> partitionsOfTopic() const;

    ClusterSnapshotPtr m_snapshot;
    QString m_topic;
    std::vector<PartitionInfo> m_rows;
};

} // namespace partita
