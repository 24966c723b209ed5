#include "laghistory.h"

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
    return m_samples[(m_oldest + index) % size()];
}

std::vector<LagSample> LagHistory::window(qint64 nowMs, qint64 windowMs) const {
    std::vector<LagSample> samples;
    for (int i = 0; i < size(); ++i) {
        const LagSample &sample = at(i);
        if (sample.timeMs > nowMs)
            break;
        if (sample.timeMs >= nowMs - windowMs)
            samples.push_back(sample);
    }
    return samples;
}

LagHistoryStore::LagHistoryStore(int capacity, qint64 retentionMs)
    : m_capacity(capacity)
    , m_retentionMs(retentionMs) {}

void LagHistoryStore::addPoll(qint64 nowMs, const std::vector<LagReading> &readings) {
    for (const LagReading &reading : readings) {
        auto it = m_entries.find(reading.key);
        if (it == m_entries.end())
            it = m_entries.emplace(reading.key, Entry{LagHistory(m_capacity), nowMs}).first;
        it->second.history.append(reading.sample);
        it->second.lastSeenMs = nowMs;
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (nowMs - it->second.lastSeenMs > m_retentionMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
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

} // namespace partita
