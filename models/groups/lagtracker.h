#pragma once

#include "laganalyzer.h"
#include "workerhandle.h"

#include <QObject>

#include <chrono>
#include <vector>

namespace partita {

// Turns the stream of GroupsSnapshots into lag over time for the groups views. The history and the
// judging (LagAnalyzer) live on a worker thread, so the GUI thread only takes in finished reports;
// polls are judged in the order they were added, and a reset drops the reports still under way.
class LagTracker : public QObject {
    Q_OBJECT
public:
    explicit LagTracker(std::chrono::milliseconds pollInterval = std::chrono::seconds(5),
                        QObject *parent = nullptr);

    // Sizes the recent history to LagAnalyzer::RecentSpan of polls at this interval, which forgets the
    // recent polls; the lasting history stays.
    void setPollInterval(std::chrono::milliseconds interval);
    // Keeps the lasting history in the file at `path` (in memory when empty); historyFailed() tells
    // when it cannot.
    void openHistory(const QString &path, const HistoryLimits &limits);
    // How far back the charts reach.
    void setChartSpan(std::chrono::milliseconds span);
    std::chrono::milliseconds chartSpan() const { return m_chartSpan; }
    // Records a cluster poll's offsets and the events since the one before.
    void addSnapshot(const ClusterSnapshotPtr &snapshot);
    void addEvents(const ClusterEvents &events);
    // Reads the topic's messages per second over the chart span; throughputReady() follows.
    void requestThroughput(const QString &topic);
    // Records one poll; lagUpdated() follows once it is judged. nullptr forgets the recent polls (at
    // once); the lasting history stays.
    void addPoll(const GroupsSnapshotPtr &groups);
    // The group whose series the chart shows; the series follow in the next report.
    void setChartedGroup(const QString &group);
    QString chartedGroup() const { return m_chartedGroup; }

    GroupsSnapshotPtr lastPoll() const { return m_report->poll; }
    const std::vector<GroupLagState> &groups() const { return *m_report->groups; } // sorted by id
    const GroupLagState *group(const QString &id) const;

    // For the charted group only (empty for any other): its partitions that have a history, sorted,
    // including partitions it left within the hour; their lag; and the lag summed over them at each
    // recorded poll, oldest first.
    std::vector<LagKey> partitionKeys(const QString &group) const;
    std::vector<LagPoint> partitionLagSeries(const LagKey &key) const;
    std::vector<LagPoint> totalLagSeries(const QString &group) const;
    // The newest events kept (LagAnalyzer::ChartedEvents of them), oldest first.
    const ClusterEvents &events() const { return *m_report->events; }

signals:
    // After every judged poll and reset: the groups, their verdicts, the series and the events may all
    // have changed.
    void lagUpdated();
    void throughputReady(const QString &topic, const std::vector<partita::RatePoint> &points);
    // The lasting history could not be opened or written; said once per distinct error.
    void historyFailed(const QString &message);

private:
    void restart();
    void show(const LagReportPtr &report);

    void requestChart();

    std::chrono::milliseconds m_pollInterval;
    std::chrono::milliseconds m_chartSpan = LagAnalyzer::DefaultChartSpan;
    QString m_chartedGroup;
    QString m_historyError;
    LagReportPtr m_report;
    WorkerHandle<LagAnalyzer> m_analyzer;
};

} // namespace partita
