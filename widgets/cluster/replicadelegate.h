#pragma once

#include <QStyledItemDelegate>

namespace partita {

// Paints TopologyModel cells as replica-state tiles instead of text, at one compact size for all cells,
// and a topic's header row as a band.
class ReplicaDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Every cell has this size, so views can fix their row heights instead of measuring rows.
    static QSize cellSize(const QFontMetrics &metrics);
    // Stale tiles are drawn faded: the placement shown is the last one known, not the current one.
    void setStale(bool stale) { m_stale = stale; }
    bool isStale() const { return m_stale; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_stale = false;
};

} // namespace partita
