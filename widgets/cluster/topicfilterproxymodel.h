#pragma once

#include <QSortFilterProxyModel>

namespace partita {

// Sorts TopicModel by raw values and filters it by name, hiding internal topics unless asked to show them.
class TopicFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TopicFilterProxyModel(QObject *parent = nullptr);

    bool showsInternalTopics() const { return m_showInternal; }
    void setShowInternalTopics(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showInternal = false;
};

} // namespace partita
