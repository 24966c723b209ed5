#pragma once

#include "sortedmerge.h"

#include <QAbstractTableModel>

namespace partita {

// Base of the snapshot models: announces mergeSorted() edits as row and column signals of this model.
class MergingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // A changed row repaints all its cells.
    MergeObserver rowObserver();
    // A changed column repaints its header and all its cells.
    MergeObserver columnObserver();
};

} // namespace partita
