#pragma once

#include <QSharedPointer>
#include <QString>

class QCPAxisRect;
class QCPAxisTicker;
class QPalette;

namespace partita {

// The look every chart shares: light grid, no axis lines but the time axis, muted labels, values from 0.
namespace ChartStyle {

// A time axis ticker in local time, e.g. for a chart's bottom axis.
QSharedPointer<QCPAxisTicker> timeTicker();
// `valueTicker` null keeps QCustomPlot's own ticks.
void styleAxisRect(QCPAxisRect *rect, const QString &valueLabel,
                   const QSharedPointer<QCPAxisTicker> &timeTicker,
                   const QSharedPointer<QCPAxisTicker> &valueTicker, const QPalette &palette);

} // namespace ChartStyle

} // namespace partita
