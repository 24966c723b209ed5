#include "chartstyle.h"

#include <qcustomplot.h>

namespace partita {

QSharedPointer<QCPAxisTicker> ChartStyle::timeTicker() {
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setTickCount(6);
    return ticker;
}

void ChartStyle::styleAxisRect(QCPAxisRect *rect, const QString &valueLabel,
                               const QSharedPointer<QCPAxisTicker> &timeTicker,
                               const QSharedPointer<QCPAxisTicker> &valueTicker, const QPalette &palette) {
    const QColor axisColor(0x9c, 0xa3, 0xaf);
    const QColor gridColor(0xe5, 0xe7, 0xeb);
    const QColor textColor = palette.color(QPalette::Text).lighter(130);
    for (QCPAxis *axis : rect->axes()) {
        axis->setBasePen(Qt::NoPen);
        axis->setTickPen(QPen(axisColor));
        axis->setSubTicks(false);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(4);
        axis->setTickLabelColor(textColor);
        axis->setLabelColor(textColor);
        axis->grid()->setPen(QPen(gridColor, 1));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    QCPAxis *time = rect->axis(QCPAxis::atBottom);
    time->setBasePen(QPen(axisColor));
    time->setTicker(timeTicker);
    QCPAxis *value = rect->axis(QCPAxis::atLeft);
    if (valueTicker)
        value->setTicker(valueTicker);
    value->setLabel(valueLabel);
    value->setRangeLower(0);
}

} // namespace partita
