#include "mergingtablemodel.h"

namespace partita {

MergeObserver MergingTableModel::rowObserver() {
    MergeObserver observer;
    observer.beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); };
    observer.endInsert = [this]() { endInsertRows(); };
    observer.beginRemove = [this](int first, int last) { beginRemoveRows({}, first, last); };
    observer.endRemove = [this]() { endRemoveRows(); };
    observer.changed = [this](int first, int last) {
        const int columns = columnCount();
        if (columns > 0)
            emit dataChanged(index(first, 0), index(last, columns - 1));
    };
    return observer;
}

MergeObserver MergingTableModel::columnObserver() {
    MergeObserver observer;
    observer.beginInsert = [this](int first, int last) { beginInsertColumns({}, first, last); };
    observer.endInsert = [this]() { endInsertColumns(); };
    observer.beginRemove = [this](int first, int last) { beginRemoveColumns({}, first, last); };
    observer.endRemove = [this]() { endRemoveColumns(); };
    observer.changed = [this](int first, int last) {
        emit headerDataChanged(Qt::Horizontal, first, last);
        const int rows = rowCount();
        if (rows > 0)
            emit dataChanged(index(0, first), index(rows - 1, last));
    };
    return observer;
}

} // namespace partita
