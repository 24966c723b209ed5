#include "lagtracker.h"

#include <algorithm>

namespace partita {

namespace {

LagReportPtr emptyReport(const QString &chartedGroup) {
    LagSeries series;
    series.group = chartedGroup;
    return std::make_shared<const LagReport>(
        LagReport{nullptr, std::make_shared<const std::vector<GroupLagState>>(), std::move(series),
                  std::make_shared<const ClusterEvents>(), QString()});
}

} // namespace

LagTracker::LagTracker(std::chrono::milliseconds pollInterval, QObject *parent)
    : QObject(parent)
    , m_pollInterval(pollInterval)
    , m_report(emptyReport(QString()))
    , m_analyzer(this, QStringLiteral("LagAnalyzer"),
                 [pollInterval](QString *) { return std::make_unique<LagAnalyzer>(pollInterval); }) {}

void LagTracker::setPollInterval(std::chrono::milliseconds interval) {
    if (interval == m_pollInterval)
        return;
    m_pollInterval = interval;
    restart();
}

void LagTracker::addPoll(const GroupsSnapshotPtr &groups) {
    if (!groups) {
        restart();
        return;
    }
    const QString charted = m_chartedGroup;
    m_analyzer.request([groups, charted](LagAnalyzer &analyzer) { return analyzer.addPoll(groups, charted); },
                       [](const QString &) { return LagReportPtr(); },
                       [this](const LagReportPtr &report) { show(report); });
}

void LagTracker::openHistory(const QString &path, const HistoryLimits &limits) {
    m_analyzer.post([path, limits](LagAnalyzer &analyzer) { analyzer.openHistory(path, limits); });
    requestChart();
}

void LagTracker::setChartSpan(std::chrono::milliseconds span) {
    if (span == m_chartSpan)
        return;
    m_chartSpan = span;
    m_analyzer.post([span](LagAnalyzer &analyzer) { analyzer.setChartSpan(span); });
    requestChart();
}

void LagTracker::addSnapshot(const ClusterSnapshotPtr &snapshot) {
    m_analyzer.post([snapshot](LagAnalyzer &analyzer) { analyzer.addSnapshot(snapshot); });
}

void LagTracker::addEvents(const ClusterEvents &events) {
    m_analyzer.post([events](LagAnalyzer &analyzer) { analyzer.addEvents(events); });
}

void LagTracker::requestThroughput(const QString &topic) {
    m_analyzer.request(
        [topic](const LagAnalyzer &analyzer) { return analyzer.throughput(topic); },
        [](const QString &) { return std::vector<RatePoint>(); },
        [this, topic](const std::vector<RatePoint> &points) { emit throughputReady(topic, points); });
}

void LagTracker::setChartedGroup(const QString &group) {
    if (group == m_chartedGroup)
        return;
    m_chartedGroup = group;
    requestChart();
}

void LagTracker::requestChart() {
    const QString group = m_chartedGroup;
    m_analyzer.request([group](LagAnalyzer &analyzer) { return analyzer.chart(group); },
                       [](const QString &) { return LagReportPtr(); },
                       [this](const LagReportPtr &report) { show(report); });
}

// Forgets the recent history: reports still under way are dropped, and the verdicts start afresh.
void LagTracker::restart() {
    m_analyzer.supersede();
    const auto interval = m_pollInterval;
    m_analyzer.post([interval](LagAnalyzer &analyzer) { analyzer.setPollInterval(interval); });
    show(emptyReport(m_chartedGroup));
    requestChart();
}

void LagTracker::show(const LagReportPtr &report) {
    if (!report)
        return;
    m_report = report;
    if (report->historyError != m_historyError) {
        m_historyError = report->historyError;
        if (!m_historyError.isEmpty())
            emit historyFailed(m_historyError);
    }
    emit lagUpdated();
}

const GroupLagState *LagTracker::group(const QString &id) const {
    const std::vector<GroupLagState> &all = groups();
    const auto it =
        std::lower_bound(all.cbegin(), all.cend(), id,
                         [](const GroupLagState &g, const QString &name) { return g.info.groupId < name; });
    return it != all.cend() && it->info.groupId == id ? &*it : nullptr;
}

std::vector<LagKey> LagTracker::partitionKeys(const QString &group) const {
    return group == m_report->series.group ? m_report->series.keys : std::vector<LagKey>();
}

std::vector<LagPoint> LagTracker::partitionLagSeries(const LagKey &key) const {
    const LagSeries &series = m_report->series;
    if (key.group != series.group)
        return {};
    const auto it = std::lower_bound(series.keys.cbegin(), series.keys.cend(), key);
    if (it == series.keys.cend() || !(*it == key))
        return {};
    return series.lines.at(size_t(it - series.keys.cbegin()));
}

std::vector<LagPoint> LagTracker::totalLagSeries(const QString &group) const {
    return group == m_report->series.group ? m_report->series.total : std::vector<LagPoint>();
}

} // namespace partita
