#include "throughputchart.h"

#include "chartstyle.h"
#include "displayformat.h"
#include "lagtracker.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace partita {

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_plot(new QCustomPlot(this)) {
    m_plot->setObjectName(QStringLiteral("throughputPlot"));
    m_plot->setBackground(palette().base());
    m_plot->setMinimumHeight(140);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal); // time only: the rate keeps its scale from 0
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    ChartStyle::styleAxisRect(m_plot->axisRect(), tr("Messages/s"), ChartStyle::timeTicker(), nullptr,
                              palette());
    m_graph = m_plot->addGraph();
    m_graph->setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.6));
    m_graph->setBrush(QColor(0x25, 0x63, 0xeb, 30));
    m_title->setObjectName(QStringLiteral("throughputTitle"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
    setTopic(QString());
}

void ThroughputChart::setTracker(LagTracker *tracker) {
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (m_tracker)
        connect(m_tracker, &LagTracker::throughputReady, this, &ThroughputChart::show);
    show(m_topic, {});
    refresh();
}

void ThroughputChart::setTopic(const QString &topic) {
    m_topic = topic;
    show(topic, {});
    refresh();
}

void ThroughputChart::refresh() {
    if (m_tracker && !m_topic.isEmpty())
        m_tracker->requestThroughput(m_topic);
}

void ThroughputChart::show(const QString &topic, const std::vector<RatePoint> &points) {
    if (topic != m_topic)
        return; // the answer for a topic no longer shown
    QVector<QCPGraphData> data;
    data.reserve(int(points.size()));
    std::vector<double> rates;
    for (const RatePoint &point : points) { // NaN, an outage, leaves a gap in the line
        data.append({point.timeMs / 1000.0, point.perSecond});
        if (!qIsNaN(point.perSecond))
            rates.push_back(point.perSecond);
    }
    m_graph->data()->set(data, true);
    // One burst (a backfill, a replay) would flatten everything else to a line on zero: past ten times
    // the 90th percentile, the axis is cut there and the title gives the peak.
    std::sort(rates.begin(), rates.end());
    const double peak = rates.empty() ? 0 : rates.back();
    const double usual = rates.empty() ? 0 : rates[size_t(double(rates.size() - 1) * 0.9)];
    const bool cut = usual > 0 && peak > 10 * usual;
    if (topic.isEmpty())
        m_title->setText(tr("Messages per second: no topic selected"));
    else if (points.empty())
        m_title->setText(tr("Messages per second of %1: not enough history yet").arg(topic));
    else if (cut)
        m_title->setText(
            tr("Messages per second of %1 (peak %2 off the scale)").arg(topic, formatRate(peak)));
    else
        m_title->setText(tr("Messages per second of %1").arg(topic));
    if (!data.isEmpty()) {
        const double last = data.constLast().key;
        const double first = data.constFirst().key;
        m_plot->xAxis->setRange(std::min(first, last - 60), last);
    }
    m_plot->yAxis->setRange(0, std::max(1.0, (cut ? 2 * usual : peak) * 1.15));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace partita
