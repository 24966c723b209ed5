#include "verdictdelegate.h"

#include "healthfindings.h"
#include "statuscolors.h"

namespace partita {

StatTile::Severity verdictSeverity(LagVerdict::Status status) {
    const std::optional<HealthFinding::Severity> severity = HealthCheck::severityOf(status);
    if (!severity)
        return StatTile::Severity::Normal;
    return *severity == HealthFinding::Severity::Critical ? StatTile::Severity::Critical
                                                          : StatTile::Severity::Warning;
}

VerdictDelegate::VerdictDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole) {}

void VerdictDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = LagVerdict::Status(index.data(m_statusRole).toInt());
    switch (verdictSeverity(status)) {
    case StatTile::Severity::Normal:
        // Unknown is greyed: it is the absence of a verdict, not a healthy one.
        option->palette.setColor(QPalette::Text, status == LagVerdict::Ok
                                                     ? StatusColors::healthy()
                                                     : option->palette.color(QPalette::PlaceholderText));
        return;
    case StatTile::Severity::Warning:
    case StatTile::Severity::Critical:
        StatusColors::emphasize(option, verdictSeverity(status) == StatTile::Severity::Critical);
        return;
    }
}

} // namespace partita
