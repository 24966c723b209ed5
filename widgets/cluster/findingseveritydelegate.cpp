#include "findingseveritydelegate.h"

#include "healthfindingmodel.h"
#include "statuscolors.h"

namespace partita {

void FindingSeverityDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const auto severity = HealthFinding::Severity(index.data(HealthFindingModel::SeverityRole).toInt());
    if (severity != HealthFinding::Severity::Notice)
        StatusColors::emphasize(option, severity == HealthFinding::Severity::Critical);
}

} // namespace partita
