#include "laganalyzer.h"

#include "clustereventdiff.h"

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

LagHistoryStore emptyStore(std::chrono::milliseconds pollInterval) {
    const qint64 spanMs = std::chrono::milliseconds(LagAnalyzer::RecentSpan).count();
    const qint64 intervalMs = std::max<qint64>(1, pollInterval.count());
    const int capacity = int(std::max<qint64>(1, (spanMs + intervalMs - 1) / intervalMs));
    // A partition that left the group stays in its charts for as long as the charts reach back.
    return LagHistoryStore(capacity, spanMs);
}

// The members that read the group's partitions, -1 when nobody knows: a group that could not be
// described (a cluster that cannot describe groups, a KIP-848 group described as dead), or a simple
// group, whose consumers commit without joining it (assign()), so that it never has members.
int memberCountOf(const ConsumerGroupInfo &info) {
    if (info.state == GroupState::Unknown || info.state == GroupState::Dead || info.simple)
        return -1;
    return int(info.members.size());
}

LagVerdict::Status statusOf(const GroupLagState *group, const TopicPartition &partition) {
    if (!group)
        return LagVerdict::Unknown;
    // In the order of info.partitions, which is sorted.
    const auto found = std::lower_bound(group->partitions.cbegin(), group->partitions.cend(), partition,
                                        [](const PartitionLagState &state, const TopicPartition &key) {
                                            return state.offsets.partition < key;
                                        });
    return found != group->partitions.cend() && found->offsets.partition == partition ? found->verdict.status
                                                                                      : LagVerdict::Unknown;
}

std::vector<EndReading> endsOf(const ClusterSnapshot &snapshot) {
    std::vector<EndReading> ends;
    for (const TopicInfo &topic : snapshot.topics) {
        for (const PartitionInfo &partition : topic.partitions) {
            if (partition.hasWatermarks())
                ends.push_back({topic.name, partition.id, partition.lowWatermark, partition.highWatermark});
        }
    }
    return ends;
}

// The group's time lag so far with one more partition's: the further of the two, a lower bound when
// either is one, and exact only when both are (an estimate may be off either way).
TimeLag furthestOf(const std::optional<TimeLag> &group, const TimeLag &partition) {
    if (!group)
        return partition;
    TimeLag furthest = partition.ms > group->ms ? partition : *group;
    furthest.atLeast = group->atLeast || partition.atLeast;
    furthest.exact = group->exact && partition.exact;
    if (!furthest.exact)
        furthest.timestampType = TimestampType::NotAvailable;
    return furthest;
}

} // namespace

LagAnalyzer::LagAnalyzer(std::chrono::milliseconds pollInterval)
    : m_store(emptyStore(pollInterval)) {
    m_history = HistoryStore::open(QString(), HistoryLimits(), &m_historyError);
}

QString LagAnalyzer::openHistory(const QString &path, const HistoryLimits &limits) {
    QString error;
    std::unique_ptr<HistoryStore> opened = HistoryStore::open(path, limits, &error);
    if (opened) {
        m_history = std::move(opened);
        m_events.reset();
    }
    m_historyError = error;
    return error;
}

void LagAnalyzer::setPollInterval(std::chrono::milliseconds pollInterval) {
    m_store = emptyStore(pollInterval);
    m_latest.reset();
}

void LagAnalyzer::noteHistoryResult(bool written) {
    m_historyError = written ? QString() : m_history->lastError();
}

void LagAnalyzer::addSnapshot(const ClusterSnapshotPtr &snapshot) {
    if (!m_history || !snapshot || !snapshot->takenAt.isValid())
        return;
    const qint64 timeMs = snapshot->takenAt.toMSecsSinceEpoch();
    noteHistoryResult(m_history->recordEnds(timeMs, endsOf(*snapshot)));
    addEvents(ClusterEventDiff::ofSnapshots(m_lastSnapshot.get(), *snapshot));
    m_lastSnapshot = snapshot;
}

std::vector<RatePoint> LagAnalyzer::throughput(const QString &topic) const {
    if (!m_history || !m_lastSnapshot)
        return {};
    const qint64 nowMs = m_lastSnapshot->takenAt.toMSecsSinceEpoch();
    // Polls further apart than a few of the longest intervals Partita offers are an outage, not a rate.
    constexpr qint64 MaxGapMs = 5 * 60 * 1000;
    return throughputOf(m_history->endSamples(topic, nowMs - m_chartSpan.count(), nowMs), MaxGapMs);
}

void LagAnalyzer::addEvents(const ClusterEvents &events) {
    if (!m_history || events.empty())
        return;
    noteHistoryResult(m_history->recordEvents(events));
    m_events.reset();
}

std::shared_ptr<const ClusterEvents> LagAnalyzer::chartedEvents(qint64 nowMs) {
    if (!m_events) {
        m_events = std::make_shared<const ClusterEvents>(
            m_history ? m_history->events(0, nowMs, ChartedEvents) : ClusterEvents());
    }
    return m_events;
}

LagReportPtr LagAnalyzer::addPoll(const GroupsSnapshotPtr &groups, const QString &chartedGroup) {
    Q_ASSERT(groups && groups->takenAt.isValid());
    const qint64 timeMs = groups->takenAt.toMSecsSinceEpoch();
    m_lastPollMs = timeMs;
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
    if (m_history) {
        noteHistoryResult(m_history->recordLag(timeMs, readings));
        m_history->compact(timeMs);
    }

    auto judged = std::make_shared<std::vector<GroupLagState>>();
    judged->reserve(groups->groups.size());
    const LagHistory *const *next = histories.data();
    for (const ConsumerGroupInfo &info : groups->groups) {
        judged->push_back(judge(info, timeMs, next));
        next += info.partitions.size();
    }
    addEvents(ClusterEventDiff::ofGroups(m_latest ? m_latest->groups.get() : nullptr, *judged, timeMs));
    m_latest = std::make_shared<const LagReport>(LagReport{
        groups, std::move(judged), series(chartedGroup, timeMs), chartedEvents(timeMs), m_historyError});
    return m_latest;
}

LagReportPtr LagAnalyzer::chart(const QString &group) {
    // The chart ends at the newest poll, which the recent history may have forgotten.
    const qint64 nowMs = m_lastPollMs > 0 ? m_lastPollMs : QDateTime::currentMSecsSinceEpoch();
    return std::make_shared<const LagReport>(
        LagReport{m_latest ? m_latest->poll : nullptr,
                  m_latest ? m_latest->groups : std::make_shared<const std::vector<GroupLagState>>(),
                  series(group, nowMs), chartedEvents(nowMs), m_historyError});
}

GroupLagState LagAnalyzer::judge(const ConsumerGroupInfo &info, qint64 timeMs,
                                 const LagHistory *const *histories) const {
    GroupLagState group;
    group.info = info;
    const int memberCount = memberCountOf(info);
    const GroupLagState *previous = previousGroup(info.groupId);
    std::vector<PartitionVerdict> verdicts;
    verdicts.reserve(info.partitions.size());
    bool timeLagMissing = false; // a lagging partition whose time lag is unknown may be the furthest behind
    group.partitions.reserve(info.partitions.size());
    for (const GroupPartitionOffsets &offsets : info.partitions) {
        const LagKey key = keyOf(info.groupId, offsets);
        const LagHistory *history = *histories++;
        Q_ASSERT(history == m_store.history(key));
        const LagVerdict::Context context{memberCount, statusOf(previous, offsets.partition)};
        PartitionLagState partition{offsets, sampleOf(timeMs, offsets).lag(),
                                    m_estimator.behind(*history, offsets.oldestUnread),
                                    LagVerdict::evaluate(*history, context)};
        group.totals.add(partition.lag);
        group.topicTotals[offsets.partition.topic].add(partition.lag);
        if (partition.behind) {
            group.maxBehind = furthestOf(group.maxBehind, *partition.behind);
        } else if (partition.lag.hasLag() && partition.lag.lag > 0) {
            timeLagMissing = true;
        }
        verdicts.push_back({key, partition.lag.hasLag() ? partition.lag.lag : -1, partition.verdict});
        group.partitions.push_back(std::move(partition));
    }
    if (group.maxBehind && timeLagMissing) {
        group.maxBehind->atLeast = true;
        group.maxBehind->exact = false;
        group.maxBehind->timestampType = TimestampType::NotAvailable;
    }
    // Without partitions there is nothing to judge, and the group's error is the best explanation why.
    if (verdicts.empty() && !info.error.isEmpty())
        group.verdict = {LagVerdict::Unknown, info.error};
    else
        group.verdict = LagVerdict::worstOf(verdicts);
    return group;
}

const GroupLagState *LagAnalyzer::previousGroup(const QString &id) const {
    if (!m_latest)
        return nullptr;
    const std::vector<GroupLagState> &groups = *m_latest->groups;
    const auto found =
        std::lower_bound(groups.cbegin(), groups.cend(), id,
                         [](const GroupLagState &g, const QString &key) { return g.info.groupId < key; });
    return found != groups.cend() && found->info.groupId == id ? &*found : nullptr;
}

LagSeries LagAnalyzer::series(const QString &group, qint64 nowMs) const {
    LagSeries series;
    series.group = group;
    if (group.isEmpty() || !m_history)
        return series;
    // Every partition of a poll shares the poll's time, so summing by time sums by poll.
    std::map<qint64, LagTotals> byTime;
    const std::map<LagKey, std::vector<LagSample>> samples =
        m_history->lagSamples(group, nowMs - m_chartSpan.count(), nowMs);
    series.keys.reserve(samples.size());
    series.lines.reserve(samples.size());
    for (const auto &[key, history] : samples) {
        series.keys.push_back(key);
        std::vector<LagPoint> &line = series.lines.emplace_back();
        line.reserve(history.size());
        for (const LagSample &sample : history) {
            line.push_back({sample.timeMs, sample.lag().lag});
            byTime[sample.timeMs].add(sample.lag());
        }
    }
    series.total.reserve(byTime.size());
    for (const auto &[timeMs, totals] : byTime)
        series.total.push_back({timeMs, totals.measuredPartitions > 0 ? totals.lag : -1});
    return series;
}

} // namespace partita
