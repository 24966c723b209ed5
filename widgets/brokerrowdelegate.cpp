#include "brokerrowdelegate.h"

#include "brokermodel.h"

namespace partita {

void BrokerRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(BrokerModel::BrokerOnlineRole).toBool())
        return;
    option->palette.setColor(QPalette::Text, QColor(0xdc, 0x26, 0x26));
    option->font.setBold(true);
}

} // namespace partita
