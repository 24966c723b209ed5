#pragma once

#include <QStyledItemDelegate>

namespace partita {

// Draws a cell as a progress bar filled to the fraction (0 to 1) its model gives in `fractionRole`,
// labelled with the cell's text; a negative fraction (not known) leaves the cell as text.
class ProgressBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ProgressBarDelegate(int fractionRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Wide enough for a bar whose filling can be told apart at a glance, not just its label.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_fractionRole;
};

} // namespace partita
