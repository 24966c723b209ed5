#pragma once

#include "lagverdict.h"
#include "stattile.h"

#include <QStyledItemDelegate>

namespace partita {

// How alarming a verdict is (HealthCheck::severityOf), as a tile shows it.
StatTile::Severity verdictSeverity(LagVerdict::Status status);

// Colours LagVerdict names by severity in a table column, so a STALL stands out among many OKs.
class VerdictDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // statusRole is the model's role holding int(LagVerdict::Status).
    explicit VerdictDelegate(int statusRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};

} // namespace partita
