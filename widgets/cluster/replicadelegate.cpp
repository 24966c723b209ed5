#include "replicadelegate.h"

#include "replicacellpainter.h"
#include "topologymodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

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

    if (index.data(TopologyModel::TopicHeaderRole).toBool()) {
        painter->fillRect(option.rect, option.palette.color(QPalette::AlternateBase));
        return;
    }
    const auto state = ReplicaState(index.data(TopologyModel::ReplicaStateRole).toInt());
    // Tiles wider than their height read as bars, so a stretched column keeps them at their own width.
    QRectF tile = option.rect;
    const qreal width = std::min<qreal>(tile.width(), cellSize(option.fontMetrics).width() * 1.5);
    tile.setLeft(tile.center().x() - width / 2);
    tile.setWidth(width);
    painter->save();
    if (m_stale)
        painter->setOpacity(0.35);
    ReplicaCellPainter::paint(painter, tile, state);
    painter->restore();
}

QSize ReplicaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    return cellSize(option.fontMetrics);
}

QSize ReplicaDelegate::cellSize(const QFontMetrics &metrics) {
    return QSize(metrics.height() * 3, metrics.height() + 6);
}

} // namespace partita
