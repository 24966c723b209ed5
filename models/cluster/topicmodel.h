#pragma once

#include "clustersnapshot.h"
#include "mergingtablemodel.h"

#include <vector>

namespace partita {

// The topic table: one row per topic with its partition health and retained message count.
class TopicModel : public MergingTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PartitionsColumn,
        ReplicationFactorColumn,
        UnderReplicatedColumn,
        OfflineColumn,
        MessagesColumn,
        InternalColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell (messages: -1 when unknown), for sorting proxies
        TopicNameRole,
    };

    explicit TopicModel(QObject *parent = nullptr);

    // Diffs against the previous snapshot; nullptr clears the table.
    void setSnapshot(const ClusterSnapshotPtr &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Only what the table shows, so a change the table cannot show (a leader move) emits nothing.
    struct Row {
        QString name;
        bool internal = false;
        QString error;
        int partitions = 0;
        int replicationFactor = 0;
        int underReplicated = 0;
        int offline = 0;
        qint64 messages = -1;

        bool operator==(const Row &other) const {
            return name == other.name && internal == other.internal && error == other.error &&
                   partitions == other.partitions && replicationFactor == other.replicationFactor &&
                   underReplicated == other.underReplicated && offline == other.offline &&
                   messages == other.messages;
        }
    };

    static std::vector<Row> rowsOf(const ClusterSnapshot *snapshot);

    std::vector<Row> m_rows;
};

} // namespace partita
