#pragma once

#include <QStyledItemDelegate>

namespace partita {

// Draws the severity of a HealthFindingModel row in the colour of its alarm: critical in red,
// warnings in orange, notices plain.
class FindingSeverityDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace partita
