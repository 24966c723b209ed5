#include "brokerheaderview.h"

#include "statuscolors.h"
#include "topologymodel.h"

#include <QStyleOptionHeader>

namespace partita {

BrokerHeaderView::BrokerHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent) {}

void BrokerHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const {
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    const QVariant online = model()->headerData(logicalIndex, orientation(), TopologyModel::BrokerOnlineRole);
    if (online.isValid() && !online.toBool())
        option->palette.setColor(QPalette::ButtonText, StatusColors::critical());
}

} // namespace partita
