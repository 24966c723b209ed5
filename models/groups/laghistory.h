#pragma once

#include "partitionlag.h"

#include <map>
#include <vector>

namespace partita {

// What one poll saw of a group on a partition; offsets are -1 when unknown, as in PartitionLag.
struct LagSample {
    qint64 timeMs = 0; // when the watermarks were read, ms since the epoch
    qint64 committed = -1;
    qint64 low = -1;
    qint64 high = -1;

    PartitionLag lag() const { return PartitionLag::compute(committed, low, high); }
    bool operator==(const LagSample &other) const;
    bool operator!=(const LagSample &other) const { return !(*this == other); }
};

// Recent samples of one group on one partition, oldest first, for trends, time lag and verdicts.
// A ring buffer, so a monitor left running for days uses constant memory.
class LagHistory {
public:
    // 720 samples are one hour at the default 5 s poll interval.
    explicit LagHistory(int capacity = 720);

    // Drops the oldest sample when full. Returns false, and keeps nothing, for a sample not newer than
    // the last one: a late or repeated poll result must not make time run backwards.
    bool append(const LagSample &sample);

    int capacity() const { return m_capacity; }
    int size() const { return int(m_samples.size()); }
    bool isEmpty() const { return m_samples.empty(); }
    // 0 is the oldest sample.
    const LagSample &at(int index) const;
    const LagSample &last() const { return at(size() - 1); }
    // Samples taken in [nowMs - windowMs, nowMs], both ends included, oldest first.
    std::vector<LagSample> window(qint64 nowMs, qint64 windowMs) const;

private:
    int m_capacity;
    int m_oldest = 0; // index of at(0) in m_samples once the buffer has wrapped
    std::vector<LagSample> m_samples;
};

// One group/partition pair of a poll, as the engine reports it.
struct LagReading {
    LagKey key;
    LagSample sample;
};

// The lag histories of every group and partition being watched, fed one poll at a time.
class LagHistoryStore {
public:
    // Keys missing from polls for longer than retentionMs are forgotten: deleted groups, topics and
    // partitions must not keep their memory, nor their last verdict, forever.
    LagHistoryStore(int capacity, qint64 retentionMs);

    // Returns the histories of `readings`, in their order, valid until the next addPoll().
    std::vector<const LagHistory *> addPoll(qint64 nowMs, const std::vector<LagReading> &readings);

    // nullptr when the key was never seen or has been forgotten.
    const LagHistory *history(const LagKey &key) const;
    int size() const { return int(m_entries.size()); }
    std::vector<LagKey> keys() const;                     // sorted
    std::vector<LagKey> keys(const QString &group) const; // the group's, sorted

private:
    struct Entry {
        LagHistory history;
        qint64 lastSeenMs;
    };

    int m_capacity;
    qint64 m_retentionMs;
    std::map<LagKey, Entry> m_entries;
};

} // namespace partita
