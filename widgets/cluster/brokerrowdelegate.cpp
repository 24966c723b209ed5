#include "brokerrowdelegate.h"

#include "brokermodel.h"
#include "statuscolors.h"

namespace partita {

void BrokerRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(BrokerModel::BrokerOnlineRole).toBool())
        return;
    StatusColors::emphasize(option, true);
}

} // namespace partita
