#pragma once

#include "clusterevent.h"
#include "clustersnapshot.h"
#include "consumergroups.h"
#include "historystore.h"
#include "laghistory.h"
#include "lagverdict.h"
#include "partitionlag.h"
#include "throughput.h"
#include "timelagestimator.h"

#include <QMap>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace partita {

// A group's position on one partition as the latest poll saw it, judged against the partition's history.
struct PartitionLagState {
    GroupPartitionOffsets offsets;
    PartitionLag lag;
    std::optional<TimeLag> behind; // time lag; empty when the history cannot tell
    LagVerdict verdict;
};

// A consumer group as the latest poll saw it, with lag summed and judged over its partitions.
struct GroupLagState {
    ConsumerGroupInfo info;
    LagTotals totals;
    QMap<QString, LagTotals> topicTotals; // the same, per topic
    // The partition furthest behind in time; a lower bound when any partition's time lag is one or is
    // unknown while it lags; empty when none can tell.
    std::optional<TimeLag> maxBehind;
    LagVerdict verdict;                        // the worst partition's
    std::vector<PartitionLagState> partitions; // in the order of info.partitions
};

// One point of a lag chart. lag is -1 where nothing could be measured, so a chart can leave a gap.
struct LagPoint {
    qint64 timeMs = 0;
    qint64 lag = -1;

    bool operator==(const LagPoint &other) const { return timeMs == other.timeMs && lag == other.lag; }
};

// The lag over time of the one group a chart shows.
struct LagSeries {
    QString group;
    std::vector<LagKey> keys;                 // the group's partitions with a history, sorted
    std::vector<std::vector<LagPoint>> lines; // per key, oldest first
    std::vector<LagPoint> total;              // summed over the partitions at each poll
};

// Everything the groups views show of one poll, judged against the history before it. Immutable.
struct LagReport {
    GroupsSnapshotPtr poll;
    std::shared_ptr<const std::vector<GroupLagState>> groups; // sorted by id; shared by reports of one poll
    LagSeries series;
    // The newest ChartedEvents events, whatever the chart span, oldest first; shared until new ones are
    // recorded.
    std::shared_ptr<const ClusterEvents> events;
    QString historyError; // why the lasting history could not be written or opened; empty when fine
};

using LagReportPtr = std::shared_ptr<const LagReport>;

// Judges every poll against the recent lag history of each group and partition (lag, time lag and
// verdicts) and records it in the lasting history (HistoryStore), from which the chart series of one
// group are read. The expensive part of a group poll; LagTracker runs it on a worker thread. Not
// thread-safe: use it on one thread at a time.
class LagAnalyzer {
public:
    // What is kept in memory for the verdicts and the time-lag estimate; the charts reach further back
    // through the lasting history, so memory does not grow with the history's length.
    static constexpr std::chrono::minutes RecentSpan{15};
    static constexpr std::chrono::hours DefaultChartSpan{1};
    static constexpr int ChartedEvents = 2000;

    // Keeps the lasting history in memory until openHistory().
    explicit LagAnalyzer(std::chrono::milliseconds pollInterval);

    // Keeps the lasting history in the file at `path` from now on (in memory when empty). Returns the
    // error, empty when the file could be opened; the history stays where it was when it could not.
    QString openHistory(const QString &path, const HistoryLimits &limits);
    // Forgets the recent history, e.g. for another poll interval; the lasting history stays.
    void setPollInterval(std::chrono::milliseconds pollInterval);
    void setChartSpan(std::chrono::milliseconds span) { m_chartSpan = span; }

    // Records one poll, timed by GroupsSnapshot::takenAt, and judges every group in it afresh, with the
    // series of `chartedGroup` (none when empty).
    LagReportPtr addPoll(const GroupsSnapshotPtr &groups, const QString &chartedGroup);
    // Records the partitions' offsets of a cluster poll, for throughput, and the events that happened
    // since the one before.
    void addSnapshot(const ClusterSnapshotPtr &snapshot);
    // Records events found elsewhere, e.g. an offset reset the user made.
    void addEvents(const ClusterEvents &events);
    // The topic's messages per second over the chart span, from the stored offsets.
    std::vector<RatePoint> throughput(const QString &topic) const;
    // The latest judgement again, with the series of another group.
    LagReportPtr chart(const QString &group);

private:
    // `histories` holds those of info.partitions, in the same order.
    GroupLagState judge(const ConsumerGroupInfo &info, qint64 timeMs,
                        const LagHistory *const *histories) const;
    // The group as the previous poll judged it, for the hysteresis of its verdicts; nullptr when new.
    const GroupLagState *previousGroup(const QString &id) const;
    LagSeries series(const QString &group, qint64 nowMs) const;
    std::shared_ptr<const ClusterEvents> chartedEvents(qint64 nowMs);
    void noteHistoryResult(bool written);

    LagHistoryStore m_store;
    TimeLagEstimator m_estimator;
    std::unique_ptr<HistoryStore> m_history;
    std::chrono::milliseconds m_chartSpan = DefaultChartSpan;
    std::shared_ptr<const ClusterEvents> m_events; // null when events were recorded since it was read
    QString m_historyError;
    ClusterSnapshotPtr m_lastSnapshot;
    qint64 m_lastPollMs = 0;
    LagReportPtr m_latest;
};

} // namespace partita
