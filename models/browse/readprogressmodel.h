#pragma once

#include "messagereader.h"
#include "tablemodel.h"

namespace partita {

// How far a read has come in each of its partitions: one row per partition, updated in place as the
// reader reports, so a view keeps its selection while a large range loads.
class ReadProgressModel : public TableModel<PartitionProgress> {
    Q_OBJECT
public:
    enum Column {
        PartitionColumn,
        LeaderColumn,
        ReadColumn,
        PositionColumn,
        EndColumn,
        ProgressColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell (-1 when unknown), for sorting proxies
        FractionRole,            // on every cell: PartitionProgress::readFraction(), for a progress bar
        ProblemRole,             // on every cell: true when the partition stopped early or is stuck
    };

    explicit ReadProgressModel(QObject *parent = nullptr);

    // `progress` by partition, as MessageReader reports it; an empty list clears the table.
    void setProgress(const QList<PartitionProgress> &progress);
};

} // namespace partita
