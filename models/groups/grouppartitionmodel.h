#pragma once

#include "lagtracker.h"
#include "mergingtablemodel.h"

#include <optional>
#include <vector>

namespace partita {

// The partitions of one consumer group: committed offset, end, lag in messages and in time, and the
// verdict on each. Follows a LagTracker, merging rows on every poll so selections survive.
class GroupPartitionModel : public MergingTableModel {
    Q_OBJECT
public:
    enum Column {
        TopicColumn,
        PartitionColumn,
        CommittedColumn,
        EndColumn,
        LagColumn,
        TimeLagColumn,
        VerdictColumn,
        OwnerColumn,
        ReasonColumn, // last: the longest text, free to take the width left over
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell (-1 when unknown or none), for sorting proxies
        TopicNameRole,
        PartitionIdRole,
        VerdictStatusRole, // int(LagVerdict::Status) of the row, for views that colour verdicts
    };

    explicit GroupPartitionModel(const LagTracker *tracker, QObject *parent = nullptr);

    // Switching groups resets the model: no row of the old group survives into the new one.
    void setGroup(const QString &id);
    QString group() const { return m_group; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        TopicPartition partition;
        qint64 committed = -1;
        qint64 low = -1;
        qint64 high = -1;
        PartitionLag lag;
        std::optional<TimeLag> behind;
        LagVerdict verdict;
        QString owner;
        QString error;

        bool operator==(const Row &other) const;
    };

    std::vector<Row> rowsOfGroup() const;
    void refresh();

    const LagTracker *m_tracker;
    QString m_group;
    std::vector<Row> m_rows;
};

} // namespace partita
