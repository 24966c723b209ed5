#include "laghistory.h"

#include <iterator>
#include <limits>

namespace partita {

bool LagSample::operator==(const LagSample &other) const {
    return timeMs == other.timeMs && committed == other.committed && low == other.low && high == other.high;
}

LagHistory::LagHistory(int capacity)
    : m_capacity(capacity) {
    Q_ASSERT(capacity > 0);
    m_samples.reserve(capacity);
}

bool LagHistory::append(const LagSample &sample) {
    if (!isEmpty() && sample.timeMs <= last().timeMs)
        return false;
    if (size() < m_capacity) {
        m_samples.push_back(sample);
    } else {
        m_samples[m_oldest] = sample;
        m_oldest = (m_oldest + 1) % m_capacity;
    }
    return true;
}

const LagSample &LagHistory::at(int index) const {
    Q_ASSERT(index >= 0 && index < size());
    // Both are below size(), so one subtraction wraps; a division here costs more than the rest of the
    // loops that read a history sample by sample.
    const int slot = m_oldest + index;
    return m_samples[slot < size() ? slot : slot - size()];
}

std::vector<LagSample> LagHistory::window(qint64 nowMs, qint64 windowMs) const {
    // Times strictly ascend (append() makes sure), so the window is found by walking back from the
    // newest sample: a verdict looks at minutes of an hour's history for every partition on every poll.
    int end = size();
    while (end > 0 && at(end - 1).timeMs > nowMs)
        --end;
    int begin = end;
    while (begin > 0 && at(begin - 1).timeMs >= nowMs - windowMs)
        --begin;
    std::vector<LagSample> samples;
    samples.reserve(end - begin);
    for (int i = begin; i < end; ++i)
        samples.push_back(at(i));
    return samples;
}

LagHistoryStore::LagHistoryStore(int capacity, qint64 retentionMs)
    : m_capacity(capacity)
    , m_retentionMs(retentionMs) {
    Q_ASSERT(retentionMs >= 0); // addPoll() hands out histories it must not then forget
}

std::vector<const LagHistory *> LagHistoryStore::addPoll(qint64 nowMs,
                                                         const std::vector<LagReading> &readings) {
    std::vector<const LagHistory *> histories;
    histories.reserve(readings.size());
    // Polls list their keys in the map's order and mostly the keys of the poll before, so the entry
    // after the last one found is tried before searching the whole map.
    auto next = m_entries.begin();
    int seen = 0; // entries this poll is the first to touch
    for (const LagReading &reading : readings) {
        auto it = next != m_entries.end() && next->first == reading.key ? next : m_entries.find(reading.key);
        if (it == m_entries.end()) {
            it = m_entries.emplace(reading.key, Entry{LagHistory(m_capacity), nowMs}).first;
            ++seen;
        } else if (it->second.lastSeenMs != nowMs) {
            it->second.lastSeenMs = nowMs;
            ++seen;
        }
        it->second.history.append(reading.sample);
        histories.push_back(&it->second.history);
        next = std::next(it);
    }
    // Entries seen just now cannot have expired; when that is all of them, the walk is not needed.
    if (seen == size())
        return histories;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (nowMs - it->second.lastSeenMs > m_retentionMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
    return histories;
}

const LagHistory *LagHistoryStore::history(const LagKey &key) const {
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : &it->second.history;
}

std::vector<LagKey> LagHistoryStore::keys() const {
    std::vector<LagKey> result;
    result.reserve(m_entries.size());
    for (const auto &entry : m_entries)
        result.push_back(entry.first);
    return result;
}

std::vector<LagKey> LagHistoryStore::keys(const QString &group) const {
    std::vector<LagKey> result;
    // Keys sort by group first, so the group's keys are one run of the map.
    for (auto it = m_entries.lower_bound({group, QString(), std::numeric_limits<int>::min()});
         it != m_entries.end() && it->first.group == group; ++it)
        result.push_back(it->first);
    return result;
}

} // namespace partita
