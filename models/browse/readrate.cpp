#include "readrate.h"

namespace partita {

void ReadRate::add(qint64 msecs, qint64 total) {
    m_samples.push_back({msecs, total});
    // Keep one sample at or before the window's start, so the window is always spanned in full.
    while (m_samples.size() > 2 && m_samples[1].msecs <= msecs - WindowMs)
        m_samples.pop_front();
}

std::optional<double> ReadRate::perSecond() const {
    if (m_samples.size() < 2)
        return std::nullopt;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const qint64 span = last.msecs - first.msecs;
    if (span < MinimumSpanMs)
        return std::nullopt;
    return double(last.total - first.total) * 1000.0 / double(span);
}

} // namespace partita
