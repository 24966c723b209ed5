#pragma once

#include "lagtracker.h"
#include "tablemodel.h"

#include <optional>

namespace partita {

// A row of GroupPartitionModel.
struct GroupPartitionRow {
    TopicPartition partition;
    qint64 committed = -1;
    qint64 low = -1;
    qint64 high = -1;
    PartitionLag lag;
    std::optional<TimeLag> behind;
    LagVerdict verdict;
    QString owner;
    QString error;

    bool operator==(const GroupPartitionRow &other) const;
};

// The partitions of one consumer group: committed offset, end, lag in messages and in time, and the
// verdict on each. Follows a LagTracker, merging rows on every poll so selections survive.
class GroupPartitionModel : public TableModel<GroupPartitionRow> {
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

private:
    std::vector<GroupPartitionRow> rowsOfGroup() const;
    void refresh();

    const LagTracker *m_tracker;
    QString m_group;
};

} // namespace partita
