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
    static constexpr std::chrono::hours HistorySpan = LagAnalyzer::HistorySpan;

    explicit LagTracker(std::chrono::milliseconds pollInterval = std::chrono::seconds(5),
                        QObject *parent = nullptr);

    // Sizes the history to HistorySpan of polls at this interval. Forgets what was recorded.
    void setPollInterval(std::chrono::milliseconds interval);
    // Records one poll; lagUpdated() follows once it is judged. nullptr forgets everything, e.g. when
    // switching to another cluster (at once).
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

signals:
    // After every judged poll and reset: the groups, their verdicts and the series may all have changed.
    void lagUpdated();

private:
    void restart();
    void show(const LagReportPtr &report);

    std::chrono::milliseconds m_pollInterval;
    QString m_chartedGroup;
    LagReportPtr m_report;
    WorkerHandle<LagAnalyzer> m_analyzer;
};

} // namespace partita
