#pragma once

#include <QStyledItemDelegate>

namespace partita {

// Paints TopologyModel cells as replica-state tiles instead of text, at one compact size for all cells.
class ReplicaDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Every cell has this size, so views can fix their row heights instead of measuring rows.
    static QSize cellSize(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace partita
