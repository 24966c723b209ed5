#pragma once

#include "consumergroups.h"
#include "laghistory.h"
#include "lagverdict.h"
#include "partitionlag.h"
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
};

using LagReportPtr = std::shared_ptr<const LagReport>;

// Keeps an hour of lag history per group and partition and judges every poll against it: lag, time lag
// and verdicts, and the chart series of one group. The expensive part of a group poll; LagTracker runs it
// on a worker thread. Not thread-safe: use it on one thread at a time.
class LagAnalyzer {
public:
    static constexpr std::chrono::hours HistorySpan{1};

    explicit LagAnalyzer(std::chrono::milliseconds pollInterval);

    // Records one poll, timed by GroupsSnapshot::takenAt, and judges every group in it afresh, with the
    // series of `chartedGroup` (none when empty).
    LagReportPtr addPoll(const GroupsSnapshotPtr &groups, const QString &chartedGroup);
    // The latest judgement again, with the series of another group.
    LagReportPtr chart(const QString &group) const;

private:
    // `histories` holds those of info.partitions, in the same order.
    GroupLagState judge(const ConsumerGroupInfo &info, qint64 timeMs,
                        const LagHistory *const *histories) const;
    // The group as the previous poll judged it, for the hysteresis of its verdicts; nullptr when new.
    const GroupLagState *previousGroup(const QString &id) const;
    LagSeries series(const QString &group) const;

    LagHistoryStore m_store;
    TimeLagEstimator m_estimator;
    LagReportPtr m_latest;
};

} // namespace partita
