#pragma once

#include <QStyledItemDelegate>

namespace partita {

// Draws BrokerModel rows of brokers that are down in red, so they stand out in the broker table.
class BrokerRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace partita
