#include "topicfilterproxymodel.h"

#include "topicmodel.h"

namespace partita {

TopicFilterProxyModel::TopicFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TopicModel::SortRole);
    setFilterKeyColumn(TopicModel::NameColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void TopicFilterProxyModel::setShowInternalTopics(bool show) {
    if (show == m_showInternal)
        return;
    m_showInternal = show;
    invalidateFilter();
}

bool TopicFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_showInternal) {
        const QModelIndex internal =
            sourceModel()->index(sourceRow, TopicModel::InternalColumn, sourceParent);
        if (internal.data(TopicModel::SortRole).toBool())
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace partita
