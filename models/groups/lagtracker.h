#pragma once

#include "consumergroups.h"
#include "laghistory.h"
#include "lagverdict.h"
#include "partitionlag.h"
#include "timelagestimator.h"

#include <QMap>
#include <QObject>

#include <chrono>
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

// Turns the stream of GroupsSnapshots into lag over time for the groups views: keeps an hour of history
// per group and partition and derives time lag, verdicts and chart series from it.
class LagTracker : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::hours HistorySpan{1};

    explicit LagTracker(std::chrono::milliseconds pollInterval = std::chrono::seconds(5),
                        QObject *parent = nullptr);

    // Sizes the history to HistorySpan of polls at this interval. Forgets what was recorded.
    void setPollInterval(std::chrono::milliseconds interval);
    // Records one poll, timed by GroupsSnapshot::takenAt, and judges every group in it afresh.
    // nullptr forgets everything, e.g. when switching to another cluster.
    void addPoll(const GroupsSnapshotPtr &groups);

    GroupsSnapshotPtr lastPoll() const { return m_lastPoll; }
    const std::vector<GroupLagState> &groups() const { return m_groups; } // sorted by id
    const GroupLagState *group(const QString &id) const;

    // The group's lag summed over its partitions at each recorded poll, oldest first.
    std::vector<LagPoint> totalLagSeries(const QString &group) const;
    // The group's partitions that have a history, sorted; includes partitions it left within the hour.
    std::vector<LagKey> partitionKeys(const QString &group) const;
    std::vector<LagPoint> partitionLagSeries(const LagKey &key) const;

signals:
    // After every addPoll(): the groups, their verdicts and the series may all have changed.
    void lagUpdated();

private:
    static LagHistoryStore emptyStore(std::chrono::milliseconds pollInterval);
    // `histories` holds those of info.partitions, in the same order.
    GroupLagState judge(const ConsumerGroupInfo &info, qint64 timeMs,
                        const LagHistory *const *histories) const;

    LagHistoryStore m_store;
    TimeLagEstimator m_estimator;
    GroupsSnapshotPtr m_lastPoll;
    std::vector<GroupLagState> m_groups;
    std::chrono::milliseconds m_pollInterval;
};

} // namespace partita
