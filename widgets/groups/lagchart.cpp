#include "lagchart.h"

#include "chartstyle.h"
#include "clustereventtext.h"
#include "consumergroups.h"
#include "displayformat.h"
#include "elidedlabel.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace partita {

namespace {

constexpr std::chrono::milliseconds RedrawInterval(250); // at most four redraws a second
constexpr int MaxLegendPartitions = 12;                  // more entries would not fit beside the plot
constexpr int MaxLines = 10;                             // more lines cannot be told apart
constexpr double MinimumSpanSeconds = 60;                // a young history grows from the left edge
constexpr double ExportScale = 2.0;
constexpr int MaxEventMarks = 100;
const QString HighlightLayer = QStringLiteral("highlight");
const QString HoverLayer = QStringLiteral("overlay"); // buffered on its own: hovering repaints only it

QColor totalColor() {
    return QColor(0x25, 0x63, 0xeb);
}

// Tableau 10 without its blue, which the total uses: distinct from each other, also when faded.
QColor partitionColor(int index) {
    static const QColor colors[] = {
        QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0xb0, 0x7a, 0xa1), QColor(0xed, 0xc9, 0x48),
        QColor(0x9c, 0x75, 0x5f), QColor(0xff, 0x9d, 0xa7), QColor(0x4e, 0x79, 0xa7),
    };
    return colors[index % int(std::size(colors))];
}

// Ticks on whole messages, with the thousands separators the tables use.
class CountTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange &range) override {
        return std::max(1.0, std::ceil(QCPAxisTicker::getTickStep(range)));
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override {
        return QLocale().toString(qRound64(tick));
    }
};

QVector<QCPGraphData> graphData(const std::vector<LagPoint> &points) {
    QVector<QCPGraphData> data;
    data.reserve(int(points.size()));
    for (const LagPoint &point : points) // NaN leaves a gap in the line
        data.append({point.timeMs / 1000.0, point.lag < 0 ? qQNaN() : double(point.lag)});
    return data;
}

} // namespace

LagChart::LagChart(LagTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_plot(new QCustomPlot(this))
    , m_totalRect(m_plot->axisRect())
    , m_partitionRect(new QCPAxisRect(m_plot)) {
    m_plot->setObjectName(QStringLiteral("lagPlot"));
    m_plot->setBackground(palette().base());
    m_plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeLegendItems);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables | QCP::iSelectLegend |
                            QCP::iMultiSelect);
    // Lag starts at 0 and the panels scale it to fit: panning and zooming move time, unless Ctrl asks
    // the wheel for the lag axis (see eventFilter()).
    for (QCPAxisRect *rect : {m_totalRect, m_partitionRect}) {
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
    }
    m_plot->setMinimumSize(320, 160);
    m_plot->addLayer(HighlightLayer, m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);

    // Two panels on one time axis: the total dwarfs single partitions, so each gets its own scale.
    const QSharedPointer<QCPAxisTicker> timeTicker = ChartStyle::timeTicker();
    ChartStyle::styleAxisRect(m_totalRect, tr("Total lag"), timeTicker, QSharedPointer<CountTicker>::create(),
                              palette());
    ChartStyle::styleAxisRect(m_partitionRect, tr("Lag by partition"), timeTicker,
                              QSharedPointer<CountTicker>::create(), palette());
    m_totalRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    auto *margins = new QCPMarginGroup(m_plot);
    m_totalRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_partitionRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    QCPAxis *totalTime = m_totalRect->axis(QCPAxis::atBottom);
    QCPAxis *partitionTime = m_partitionRect->axis(QCPAxis::atBottom);
    connect(totalTime, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), partitionTime,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(partitionTime, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), totalTime,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    for (QCPAxisRect *rect : {m_totalRect, m_partitionRect}) {
        for (QCPAxis *axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)}) {
            connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
                if (!m_fitting)
                    m_following = false; // the user zoomed or panned: keep their view
            });
        }
    }

    // The legend sits beside the partition panel, listing its lines.
    QCPLegend *legend = m_plot->legend;
    m_totalRect->insetLayout()->take(legend);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    QFont selectedFont = legendFont;
    selectedFont.setBold(true);
    legend->setVisible(true);
    legend->setFont(legendFont);
    legend->setSelectedFont(selectedFont);
    legend->setTextColor(palette().color(QPalette::Text));
    legend->setSelectedTextColor(palette().color(QPalette::Text));
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setIconSize(16, 10);
    legend->setIconBorderPen(Qt::NoPen);
    legend->setSelectedIconBorderPen(Qt::NoPen);
    legend->setSelectableParts(QCPLegend::spItems);
    legend->setMargins(QMargins(10, 2, 6, 2));
    legend->setRowSpacing(0);
    m_legendOverflow = new QCPTextElement(m_plot, QString(), legendFont);
    m_legendOverflow->setTextColor(palette().color(QPalette::PlaceholderText));
    m_legendOverflow->setTextFlags(Qt::AlignLeft | Qt::AlignTop);
    m_legendOverflow->setMargins(QMargins(12, 2, 6, 2));
    auto *legendColumn = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, m_partitionRect);
    m_plot->plotLayout()->addElement(1, 1, legendColumn);
    legendColumn->addElement(0, 0, legend);
    legendColumn->addElement(1, 0, m_legendOverflow);
    legendColumn->addElement(2, 0, new QCPLayoutElement(m_plot)); // takes the height left over
    legendColumn->setRowStretchFactors({0.001, 0.001, 1});
    m_plot->plotLayout()->setColumnStretchFactors({1, 0.001});
    m_plot->plotLayout()->setRowStretchFactors({2, 3});
    m_plot->plotLayout()->setRowSpacing(2);

    m_totalGraph = m_plot->addGraph(totalTime, m_totalRect->axis(QCPAxis::atLeft));
    m_totalGraph->setName(tr("Total"));
    m_totalGraph->removeFromLegend();
    m_totalGraph->setSelectable(QCP::stNone);
    m_totalGraph->setPen(QPen(totalColor(), 2));
    QColor fill = totalColor();
    fill.setAlpha(36);
    m_totalGraph->setBrush(fill);

    m_othersGraph = m_plot->addGraph(partitionTime, m_partitionRect->axis(QCPAxis::atLeft));
    m_othersGraph->setSelectable(QCP::stNone);
    m_othersGraph->setPen(QPen(QColor(0x6b, 0x72, 0x80), 1.6, Qt::DashLine));
    m_othersGraph->removeFromLegend();

    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setLayer(HoverLayer);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(9);
    m_tracer->setPen(QPen(palette().color(QPalette::Base), 2));
    m_tracer->setSelectable(false);
    m_tracer->setVisible(false);

    m_emptyText = new QCPItemText(m_plot);
    m_emptyText->setClipToAxisRect(false);
    m_emptyText->setSelectable(false);
    m_emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyText->position->setAxisRect(m_partitionRect);
    m_emptyText->position->setCoords(0.5, 0.5);
    m_emptyText->setColor(palette().color(QPalette::PlaceholderText));

    // One line, elided (whole in its tool tip): a short window keeps its height for the plot.
    auto *hint = new ElidedLabel(this);
    hint->setFullText(tr("Drag to pan, scroll to zoom time (Ctrl: lag), double-click to follow; click "
                         "lines or legend entries to pick partitions; Shift+drag a time range for its "
                         "events, marked as dashed lines"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_spanCombo = new QComboBox(this);
    m_spanCombo->setObjectName(QStringLiteral("chartSpan"));
    m_spanCombo->setToolTip(tr("How far back the chart reaches in the lasting history"));
    using std::chrono::hours;
    for (const auto &[text, span] :
         {std::pair{tr("Last hour"), hours(1)}, std::pair{tr("Last 6 hours"), hours(6)},
          std::pair{tr("Last 24 hours"), hours(24)}, std::pair{tr("Last 7 days"), hours(24 * 7)}})
        m_spanCombo->addItem(text, qlonglong(std::chrono::milliseconds(span).count()));
    auto *resetButton = new QPushButton(tr("Follow latest"), this);
    resetButton->setObjectName(QStringLiteral("followLatestButton"));
    auto *exportButton = new QPushButton(tr("Export PNG…"), this);
    exportButton->setObjectName(QStringLiteral("exportChartButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_spanCombo);
    buttons->addWidget(resetButton);
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(buttons);

    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(RedrawInterval);
    connect(&m_redrawTimer, &QTimer::timeout, this, &LagChart::redraw);
    connect(m_tracker, &LagTracker::lagUpdated, this, &LagChart::scheduleRedraw);
    connect(m_plot, &QCustomPlot::selectionChangedByUser, this, &LagChart::takeSelectionFromPlot);
    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { showHover(event->position(), event->globalPosition().toPoint()); });
    m_plot->installEventFilter(this);
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect &rect, QMouseEvent *) {
                QCPAxis *time = m_partitionRect->axis(QCPAxis::atBottom);
                const double from = time->pixelToCoord(rect.left());
                const double to = time->pixelToCoord(rect.right());
                emit timeRangeSelected(qint64(std::min(from, to) * 1000), qint64(std::max(from, to) * 1000));
            });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &LagChart::followData);
    connect(m_plot, &QCustomPlot::beforeReplot, this, &LagChart::fitAxisText);
    connect(resetButton, &QPushButton::clicked, this, &LagChart::followData);
    connect(m_spanCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_tracker->setChartSpan(std::chrono::milliseconds(m_spanCombo->currentData().toLongLong()));
        followData(); // the whole new span in view
    });
    connect(exportButton, &QPushButton::clicked, this, &LagChart::exportWithDialog);
    updateData();
}

void LagChart::setTracker(LagTracker *tracker) {
    if (tracker == m_tracker)
        return;
    disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    connect(m_tracker, &LagTracker::lagUpdated, this, &LagChart::scheduleRedraw);
    m_spanCombo->setCurrentIndex(
        std::max(0, m_spanCombo->findData(qlonglong(m_tracker->chartSpan().count()))));
    m_group.clear();
    m_highlighted.clear();
    m_following = true;
    redraw();
}

void LagChart::setGroup(const QString &id) {
    if (id == m_group)
        return;
    m_group = id;
    m_tracker->setChartedGroup(id);
    m_highlighted.clear();
    m_following = true;
    redraw();
}

void LagChart::setHighlightedPartitions(const QList<LagKey> &keys) {
    if (keys == m_highlighted)
        return;
    m_highlighted = keys;
    // A picked partition gets a line of its own even when it is not among those lagging most.
    if (m_partitionCount > MaxLines) {
        redraw();
        return;
    }
    applyHighlight();
    if (isVisible())
        m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString LagChart::exportTitle() const {
    const QCPRange range = m_totalRect->axis(QCPAxis::atBottom)->range();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(qRound64(range.lower * 1000));
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(qRound64(range.upper * 1000));
    const QString toFormat =
        from.date() == to.date() ? QStringLiteral("HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString group = m_group.isEmpty() ? tr("No group") : m_group;
    const QString cluster = m_clusterName.isEmpty() ? tr("an unnamed cluster") : m_clusterName;
    return tr("Lag of %1 on %2, %3 to %4")
        .arg(group, cluster, QLocale().toString(from, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             QLocale().toString(to, toFormat));
}

bool LagChart::exportPng(const QString &fileName) {
    if (m_stale)
        updateData();
    m_tracer->setVisible(false);
    // The image leaves the window, so it says what it shows; the title row exists only while saving.
    QCPLayoutGrid *layout = m_plot->plotLayout();
    QFont titleFont = font();
    titleFont.setBold(true);
    auto *title = new QCPTextElement(m_plot, exportTitle(), titleFont);
    title->setTextColor(palette().color(QPalette::Text));
    layout->insertRow(0);
    layout->addElement(0, 0, title);
    layout->setRowStretchFactors({0.001, 2, 3});
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    const bool saved = m_plot->savePng(fileName, 0, 0, ExportScale);
    layout->remove(title);
    layout->simplify();
    layout->setRowStretchFactors({2, 3});
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    return saved;
}

void LagChart::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        redraw();
}

bool LagChart::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_plot && event->type() == QEvent::Leave)
        hideHover();
    // Seen before the plot takes the press: Shift makes the drag a time range instead of a pan.
    if (watched == m_plot && event->type() == QEvent::MouseButtonPress) {
        const bool range = static_cast<QMouseEvent *>(event)->modifiers() & Qt::ShiftModifier;
        m_plot->setSelectionRectMode(range ? QCP::srmCustom : QCP::srmNone);
    }
    if (watched == m_plot && event->type() == QEvent::Wheel) {
        const bool lagAxis = static_cast<QWheelEvent *>(event)->modifiers() & Qt::ControlModifier;
        for (QCPAxisRect *rect : {m_totalRect, m_partitionRect})
            rect->setRangeZoom(lagAxis ? Qt::Vertical : Qt::Horizontal);
    }
    return QWidget::eventFilter(watched, event);
}

void LagChart::scheduleRedraw() {
    // Not restarted while running: a steady stream of polls still redraws every RedrawInterval.
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void LagChart::redraw() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    updateData();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LagChart::updateData() {
    m_stale = false;
    const std::vector<LagKey> keys = m_tracker->partitionKeys(m_group);
    const std::vector<LagKey> charted = chartedKeys(keys);
    const bool sameKeys =
        std::equal(charted.cbegin(), charted.cend(), m_partitionGraphs.cbegin(), m_partitionGraphs.cend(),
                   [](const LagKey &key, const auto &entry) { return key == entry.first; });
    if (!sameKeys || int(keys.size()) != m_partitionCount)
        rebuildPartitionGraphs(charted, int(keys.size()));

    m_totalGraph->data()->set(graphData(m_tracker->totalLagSeries(m_group)), true);
    for (const auto &[key, graph] : m_partitionGraphs)
        graph->data()->set(graphData(m_tracker->partitionLagSeries(key)), true);
    updateOthers(int(keys.size()));
    updateEventMarks(keys);

    bool measured = false;
    m_totalGraph->getValueRange(measured);
    m_emptyText->setVisible(!measured);
    if (m_group.isEmpty())
        m_emptyText->setText(tr("No group selected"));
    else if (keys.empty())
        m_emptyText->setText(tr("%1 has no partitions with offsets").arg(m_group));
    else
        m_emptyText->setText(tr("No lag measured for %1 yet").arg(m_group));

    if (m_following)
        fitToData();
    applyHighlight();
}

// The events that may explain the group's lag: its own, brokers going down or coming back, and
// leaders or ISRs moving on its topics. One dashed line per event in each panel, the newest first up to
// a limit, so that a flapping cluster cannot bury the lines.
void LagChart::updateEventMarks(const std::vector<LagKey> &keys) {
    for (QCPItemStraightLine *mark : m_eventMarks)
        m_plot->removeItem(mark);
    m_eventMarks.clear();
    QSet<QString> topics;
    for (const LagKey &key : keys)
        topics.insert(key.topic);
    const ClusterEvents &events = m_tracker->events();
    int marked = 0;
    for (auto it = events.crbegin(); it != events.crend() && marked < MaxEventMarks; ++it) {
        const ClusterEventText::Category category = ClusterEventText::categoryOf(it->kind);
        const bool relevant = category == ClusterEventText::Brokers ||
                              (category == ClusterEventText::Groups && it->subject == m_group) ||
                              (category != ClusterEventText::Groups && topics.contains(it->subject));
        if (!relevant || m_group.isEmpty())
            continue;
        ++marked;
        const QColor color =
            category == ClusterEventText::Groups ? QColor(0xd9, 0x77, 0x06) : QColor(0x6b, 0x72, 0x80);
        for (QCPAxisRect *rect : {m_totalRect, m_partitionRect}) {
            auto *mark = new QCPItemStraightLine(m_plot);
            mark->setClipAxisRect(rect);
            mark->setSelectable(false);
            mark->setPen(QPen(color, 1, Qt::DashLine));
            for (QCPItemPosition *end : {mark->point1, mark->point2})
                end->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            mark->point1->setCoords(it->timeMs / 1000.0, 0);
            mark->point2->setCoords(it->timeMs / 1000.0, 1);
            m_eventMarks.push_back(mark);
        }
    }
}

int LagChart::eventMarkCount() const {
    return int(m_eventMarks.size()) / 2;
}

std::vector<LagKey> LagChart::chartedKeys(const std::vector<LagKey> &keys) const {
    if (int(keys.size()) <= MaxLines)
        return keys;
    std::vector<std::pair<qint64, LagKey>> byLag;
    byLag.reserve(keys.size());
    for (const LagKey &key : keys) {
        const std::vector<LagPoint> series = m_tracker->partitionLagSeries(key);
        byLag.emplace_back(series.empty() ? -1 : series.back().lag, key);
    }
    std::stable_sort(byLag.begin(), byLag.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<LagKey> charted;
    for (int i = 0; i < int(byLag.size()); ++i) {
        if (i < MaxLines || m_highlighted.contains(byLag[size_t(i)].second))
            charted.push_back(byLag[size_t(i)].second);
    }
    std::sort(charted.begin(), charted.end());
    return charted;
}

// Others is the mean lag of the partitions without a line: the total less the lines drawn, per poll.
// A mean rather than a sum keeps it on the scale of the lines beside it.
void LagChart::updateOthers(int partitionCount) {
    const int others = partitionCount - int(m_partitionGraphs.size());
    if (others <= 0) {
        m_othersGraph->data()->clear();
        return;
    }
    QHash<qint64, double> drawn;
    for (const auto &entry : m_partitionGraphs) {
        for (const LagPoint &point : m_tracker->partitionLagSeries(entry.first)) {
            if (point.lag > 0)
                drawn[point.timeMs] += double(point.lag);
        }
    }
    std::vector<LagPoint> total = m_tracker->totalLagSeries(m_group);
    QVector<QCPGraphData> data = graphData(total);
    for (int i = 0; i < data.size(); ++i) {
        if (!qIsNaN(data[i].value))
            data[i].value = std::max(0.0, data[i].value - drawn.value(total[size_t(i)].timeMs)) / others;
    }
    m_othersGraph->data()->set(data, true);
}

// Time labels are a fixed width; ask the ticker for no more ticks than twice that width each allows,
// so that the labels never touch, at any chart width and in exported images (drawn at the same layout).
// A lag axis' title that is taller than its panel would run into the other panel's, so it is left out,
// and its tick labels are thinned the same way as the time labels.
void LagChart::fitAxisText() {
    QCPAxis *time = m_partitionRect->axis(QCPAxis::atBottom);
    const int labelWidth = QFontMetrics(time->tickLabelFont()).horizontalAdvance(QStringLiteral("00:00:00"));
    const int width = m_partitionRect->width() > 0 ? m_partitionRect->width() : m_plot->width();
    time->ticker()->setTickCount(std::clamp(width / (2 * labelWidth + 8), 1, 6));
    const std::pair<QCPAxisRect *, QString> titles[] = {{m_totalRect, tr("Total lag")},
                                                        {m_partitionRect, tr("Lag by partition")}};
    for (const auto &[rect, title] : titles) {
        QCPAxis *lag = rect->axis(QCPAxis::atLeft);
        const bool fits = QFontMetrics(lag->labelFont()).horizontalAdvance(title) <= rect->height();
        lag->setLabel(fits || rect->height() == 0 ? title : QString());
        // Lag labels are one line high; a short panel gets fewer of them.
        if (rect->height() > 0)
            lag->ticker()->setTickCount(
                std::clamp(rect->height() / (2 * QFontMetrics(lag->tickLabelFont()).height()), 2, 5));
    }
}

void LagChart::rebuildPartitionGraphs(const std::vector<LagKey> &keys, int partitionCount) {
    m_partitionCount = partitionCount;
    m_tracer->setGraph(nullptr);
    m_tracer->setVisible(false);
    for (const auto &entry : m_partitionGraphs)
        m_plot->removeGraph(entry.second);
    m_partitionGraphs.clear();

    QCPAxis *time = m_partitionRect->axis(QCPAxis::atBottom);
    QCPAxis *lag = m_partitionRect->axis(QCPAxis::atLeft);
    for (const LagKey &key : keys) {
        QCPGraph *graph = m_plot->addGraph(time, lag);
        graph->setName(TopicPartition{key.topic, key.partition}.label());
        graph->setSelectable(QCP::stWhole);
        if (int(m_partitionGraphs.size()) >= MaxLegendPartitions)
            graph->removeFromLegend();
        m_partitionGraphs.emplace_back(key, graph);
    }
    const int others = partitionCount - int(keys.size());
    m_othersGraph->removeFromLegend();
    m_othersGraph->setName(
        others > 0 ? tr("Others (mean of %n partition(s))", "lag chart: partitions without a line", others)
                   : QString());
    if (others > 0)
        m_othersGraph->addToLegend();
    QStringList notes;
    if (others > 0)
        notes.append(
            tr("The %1 partitions lagging most\nof %2; Others: the rest").arg(MaxLines).arg(partitionCount));
    const int unlisted = int(keys.size()) - MaxLegendPartitions;
    if (unlisted > 0)
        notes.append(tr("+ %1 more (pick them in\nthe partition table)").arg(unlisted));
    m_legendOverflow->setText(notes.join(QLatin1Char('\n')));
}

void LagChart::fitToData() {
    m_fitting = true;
    bool found = false;
    QCPRange time = m_totalGraph->getKeyRange(found);
    for (const auto &entry : m_partitionGraphs) {
        bool partitionFound = false;
        const QCPRange range = entry.second->getKeyRange(partitionFound);
        if (partitionFound)
            time = found ? QCPRange(std::min(time.lower, range.lower), std::max(time.upper, range.upper))
                         : range;
        found = found || partitionFound;
    }
    if (!found) {
        const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
        time = QCPRange(now - MinimumSpanSeconds, now);
    }
    time.upper = std::max(time.upper, time.lower + MinimumSpanSeconds);
    m_totalRect->axis(QCPAxis::atBottom)->setRange(time);

    // Lag is never negative; 10 % headroom keeps the highest point off the frame.
    const auto fitValues = [](QCPAxis *axis, const std::vector<const QCPGraph *> &graphs) {
        double highest = 0;
        for (const QCPGraph *graph : graphs) {
            bool any = false;
            const QCPRange values = graph->getValueRange(any);
            if (any)
                highest = std::max(highest, values.upper);
        }
        axis->setRange(0, std::max(1.0, highest * 1.1));
    };
    fitValues(m_totalRect->axis(QCPAxis::atLeft), {m_totalGraph});
    std::vector<const QCPGraph *> partitions{m_othersGraph};
    for (const auto &entry : m_partitionGraphs)
        partitions.push_back(entry.second);
    fitValues(m_partitionRect->axis(QCPAxis::atLeft), partitions);
    m_fitting = false;
}

void LagChart::applyHighlight() {
    const bool anyPicked = !m_highlighted.isEmpty();
    for (int i = 0; i < int(m_partitionGraphs.size()); ++i) {
        const auto &[key, graph] = m_partitionGraphs[i];
        const bool picked = m_highlighted.contains(key);
        QColor color = partitionColor(i);
        const QPen pickedPen(color, 2.6);
        if (anyPicked && !picked)
            color.setAlpha(70);
        graph->setPen(QPen(color, picked ? 2.6 : 1.6));
        graph->selectionDecorator()->setPen(pickedPen);
        graph->setLayer(picked ? HighlightLayer : QStringLiteral("main"));
        // Selections are index ranges: re-cover the whole series after new points arrived.
        graph->setSelection(picked ? QCPDataSelection(graph->data()->dataRange()) : QCPDataSelection());
        if (QCPPlottableLegendItem *item = m_plot->legend->itemWithPlottable(graph))
            item->setSelected(picked);
    }
}

void LagChart::takeSelectionFromPlot() {
    // A click selects either a line or its legend entry; whichever it was picks the partition.
    QList<LagKey> picked;
    for (const auto &[key, graph] : m_partitionGraphs) {
        const QCPPlottableLegendItem *item = m_plot->legend->itemWithPlottable(graph);
        if (graph->selected() || (item && item->selected()))
            picked.append(key);
    }
    m_highlighted = picked;
    applyHighlight();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit partitionsClicked(picked);
}

void LagChart::showHover(const QPointF &pos, const QPoint &globalPos) {
    const std::optional<HoverPoint> point = pointNear(pos);
    if (!point) {
        hideHover();
        return;
    }
    m_tracer->setGraph(point->graph);
    m_tracer->setGraphKey(point->key);
    m_tracer->setClipAxisRect(point->graph->keyAxis()->axisRect());
    QColor color = point->graph->pen().color();
    color.setAlpha(255);
    m_tracer->setBrush(color);
    m_tracer->setVisible(true);
    m_plot->layer(HoverLayer)->replot();
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qRound64(point->key * 1000));
    QToolTip::showText(globalPos,
                       tr("%1\n%2\nLag: %3")
                           .arg(point->graph->name(),
                                QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                formatCount(qRound64(point->value))),
                       m_plot);
}

void LagChart::hideHover() {
    if (m_tracer->visible()) {
        m_tracer->setVisible(false);
        m_plot->layer(HoverLayer)->replot();
    }
    QToolTip::hideText();
}

std::optional<LagChart::HoverPoint> LagChart::pointNear(const QPointF &pos) const {
    std::optional<HoverPoint> nearest;
    double nearestDistance = m_plot->selectionTolerance();
    const auto consider = [&](QCPGraph *graph) {
        QVariant details;
        const double distance = graph->selectTest(pos, false, &details);
        if (distance < 0 || distance > nearestDistance)
            return;
        const QCPDataSelection selection = details.value<QCPDataSelection>();
        if (selection.isEmpty())
            return;
        const auto point = graph->data()->at(selection.dataRange().begin());
        if (qIsNaN(point->value))
            return;
        nearestDistance = distance;
        nearest = HoverPoint{graph, point->key, point->value};
    };
    consider(m_totalGraph);
    consider(m_othersGraph);
    for (const auto &entry : m_partitionGraphs)
        consider(entry.second);
    return nearest;
}

void LagChart::followData() {
    m_following = true;
    redraw();
}

void LagChart::exportWithDialog() {
    QString name = m_group.isEmpty() ? QStringLiteral("lag") : QStringLiteral("lag-%1").arg(m_group);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                      QDir::home().filePath(name + QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    if (!exportPng(file))
        QMessageBox::warning(this, tr("Export chart"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(file)));
}

} // namespace partita
