#include "replicadelegate.h"

#include "replicacellpainter.h"
#include "topologymodel.h"

#include <QApplication>
#include <QPainter>

namespace partita {

void ReplicaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const {
    // The style draws selection and hover as for any cell; the text is replaced by the tile.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto state = ReplicaState(index.data(TopologyModel::ReplicaStateRole).toInt());
    ReplicaCellPainter::paint(painter, option.rect, state);

    // A rule where the next topic starts keeps long grids readable.
    const QModelIndex above = index.siblingAtRow(index.row() - 1);
    if (above.isValid() &&
        above.data(TopologyModel::TopicNameRole) != index.data(TopologyModel::TopicNameRole)) {
        painter->save();
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawLine(option.rect.topLeft(), option.rect.topRight());
        painter->restore();
    }
}

QSize ReplicaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    return cellSize(option.fontMetrics);
}

QSize ReplicaDelegate::cellSize(const QFontMetrics &metrics) {
    return QSize(metrics.height() * 3, metrics.height() + 6);
}

} // namespace partita
