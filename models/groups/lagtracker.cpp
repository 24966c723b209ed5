#include "lagtracker.h"

#include <algorithm>
#include <map>

namespace partita {

namespace {

LagKey keyOf(const QString &group, const GroupPartitionOffsets &offsets) {
    return {group, offsets.partition.topic, offsets.partition.partition};
}

LagSample sampleOf(qint64 timeMs, const GroupPartitionOffsets &offsets) {
    return {timeMs, offsets.committed, offsets.lowWatermark, offsets.highWatermark};
}

} // namespace

LagTracker::LagTracker(std::chrono::milliseconds pollInterval, QObject *parent)
    : QObject(parent)
    , m_store(emptyStore(pollInterval))
    , m_pollInterval(pollInterval) {}

LagHistoryStore LagTracker::emptyStore(std::chrono::milliseconds pollInterval) {
    const qint64 spanMs = std::chrono::milliseconds(HistorySpan).count();
    const qint64 intervalMs = std::max<qint64>(1, pollInterval.count());
    const int capacity = int(std::max<qint64>(1, (spanMs + intervalMs - 1) / intervalMs));
    // A partition that left the group stays in its charts for as long as the charts reach back.
    return LagHistoryStore(capacity, spanMs);
}

void LagTracker::setPollInterval(std::chrono::milliseconds interval) {
    if (interval == m_pollInterval)
        return;
    m_pollInterval = interval;
    addPoll(nullptr);
}

void LagTracker::addPoll(const GroupsSnapshotPtr &groups) {
    m_lastPoll = groups;
    m_groups.clear();
    if (!groups) {
        m_store = emptyStore(m_pollInterval);
        emit lagUpdated();
        return;
    }

    Q_ASSERT(groups->takenAt.isValid());
    const qint64 timeMs = groups->takenAt.toMSecsSinceEpoch();
    std::vector<LagReading> readings;
    size_t pairs = 0;
    for (const ConsumerGroupInfo &info : groups->groups)
        pairs += size_t(info.partitions.size());
    readings.reserve(pairs);
    for (const ConsumerGroupInfo &info : groups->groups) {
        for (const GroupPartitionOffsets &offsets : info.partitions)
            readings.push_back({keyOf(info.groupId, offsets), sampleOf(timeMs, offsets)});
    }
    // Judged from the histories just recorded, without looking each one up again.
    const std::vector<const LagHistory *> histories = m_store.addPoll(timeMs, readings);

    m_groups.reserve(groups->groups.size());
    const LagHistory *const *next = histories.data();
    for (const ConsumerGroupInfo &info : groups->groups) {
        m_groups.push_back(judge(info, timeMs, next));
        next += info.partitions.size();
    }
    emit lagUpdated();
}

GroupLagState LagTracker::judge(const ConsumerGroupInfo &info, qint64 timeMs,
                                const LagHistory *const *histories) const {
    GroupLagState group;
    group.info = info;
    std::vector<std::pair<LagKey, LagVerdict>> verdicts;
    verdicts.reserve(info.partitions.size());
    bool timeLagMissing = false; // a lagging partition whose time lag is unknown may be the furthest behind
    group.partitions.reserve(info.partitions.size());
    for (const GroupPartitionOffsets &offsets : info.partitions) {
        const LagKey key = keyOf(info.groupId, offsets);
        const LagHistory *history = *histories++;
        Q_ASSERT(history == m_store.history(key));
        PartitionLagState partition{offsets, sampleOf(timeMs, offsets).lag(), m_estimator.behind(*history),
                                    LagVerdict::evaluate(*history)};
        group.totals.add(partition.lag);
        group.topicTotals[offsets.partition.topic].add(partition.lag);
        if (partition.behind) {
            const TimeLag furthest = group.maxBehind.value_or(TimeLag{});
            group.maxBehind = TimeLag{std::max(furthest.ms, partition.behind->ms),
                                      furthest.atLeast || partition.behind->atLeast};
        } else if (partition.lag.hasLag() && partition.lag.lag > 0) {
            timeLagMissing = true;
        }
        verdicts.emplace_back(key, partition.verdict);
        group.partitions.push_back(std::move(partition));
    }
    if (group.maxBehind && timeLagMissing)
        group.maxBehind->atLeast = true;
    // Without partitions there is nothing to judge, and the group's error is the best explanation why.
    if (verdicts.empty() && !info.error.isEmpty())
        group.verdict = {LagVerdict::Unknown, info.error};
    else
        group.verdict = LagVerdict::worstOf(verdicts);
    return group;
}

const GroupLagState *LagTracker::group(const QString &id) const {
    const auto it =
        std::lower_bound(m_groups.cbegin(), m_groups.cend(), id,
                         [](const GroupLagState &g, const QString &name) { return g.info.groupId < name; });
    return it != m_groups.cend() && it->info.groupId == id ? &*it : nullptr;
}

std::vector<LagKey> LagTracker::partitionKeys(const QString &group) const {
    return m_store.keys(group);
}

std::vector<LagPoint> LagTracker::partitionLagSeries(const LagKey &key) const {
    std::vector<LagPoint> points;
    const LagHistory *history = m_store.history(key);
    if (!history)
        return points;
    points.reserve(history->size());
    for (int i = 0; i < history->size(); ++i) {
        const LagSample &sample = history->at(i);
        points.push_back({sample.timeMs, sample.lag().lag});
    }
    return points;
}

std::vector<LagPoint> LagTracker::totalLagSeries(const QString &group) const {
    // Every partition of a poll shares the poll's time, so summing by time sums by poll.
    std::map<qint64, LagTotals> byTime;
    for (const LagKey &key : partitionKeys(group)) {
        const LagHistory *history = m_store.history(key);
        for (int i = 0; i < history->size(); ++i)
            byTime[history->at(i).timeMs].add(history->at(i).lag());
    }
    std::vector<LagPoint> points;
    points.reserve(byTime.size());
    for (const auto &[timeMs, totals] : byTime)
        points.push_back({timeMs, totals.measuredPartitions > 0 ? totals.lag : -1});
    return points;
}

} // namespace partita
