#include "timelagestimator.h"

#include <cmath>

namespace partita {

namespace {

// The newest sample when it has a lag, with the lag; nullptr when there is none to tell the time of.
const LagSample *lastWithLag(const LagHistory &history, PartitionLag *lag) {
    if (history.isEmpty())
        return nullptr;
    *lag = history.last().lag();
    return lag->hasLag() ? &history.last() : nullptr;
}

} // namespace

TimeLagEstimator::TimeLagEstimator(double maxExtrapolation)
    : m_maxExtrapolation(maxExtrapolation) {}

std::optional<TimeLag> TimeLagEstimator::behind(const LagHistory &history) const {
    PartitionLag lag;
    const LagSample *last = lastWithLag(history, &lag);
    if (!last)
        return std::nullopt;
    if (lag.lag == 0)
        return TimeLag{};

    const LagSample &current = *last;
    const qint64 committed = current.committed;
    // Walking back from the newest sample, the first end at or below the committed offset is the most
    // recent time the end was there. `after` is the sample following it, whose end is past the offset.
    const LagSample *after = &current;
    for (int i = history.size() - 2; i >= 0; --i) {
        const LagSample &sample = history.at(i);
        if (sample.high < 0)
            continue;
        if (sample.high <= committed) {
            // after->high > committed >= sample.high, so the divisor is positive.
            const double fraction = double(committed - sample.high) / double(after->high - sample.high);
            const double sinceSampleMs = double(current.timeMs - sample.timeMs);
            return TimeLag{std::llround(sinceSampleMs - fraction * double(after->timeMs - sample.timeMs))};
        }
        after = &sample;
    }

    // Every known end is past the committed offset: extrapolate before the oldest one, `after`.
    const qint64 spanMs = current.timeMs - after->timeMs;
    if (spanMs <= 0)
        return std::nullopt;
    const TimeLag atLeastTheSpan{spanMs, true};
    const qint64 produced = current.high - after->high;
    if (produced <= 0)
        return atLeastTheSpan;
    const double beforeOldestMs = double(after->high - committed) * double(spanMs) / double(produced);
    if (beforeOldestMs > m_maxExtrapolation * double(spanMs))
        return atLeastTheSpan;
    return TimeLag{std::llround(double(spanMs) + beforeOldestMs)};
}

std::optional<TimeLag> TimeLagEstimator::behind(const LagHistory &history, const OldestUnread &oldest) const {
    PartitionLag lag;
    const LagSample *last = lastWithLag(history, &lag);
    if (!last)
        return std::nullopt;
    // Caught up, or behind only transaction markers, which nobody reads: nothing is waiting.
    if (lag.lag == 0 || oldest.kind == OldestUnread::Kind::None)
        return TimeLag{0, false, true, TimestampType::NotAvailable};
    if (oldest.kind == OldestUnread::Kind::Record && oldest.timestamp >= 0)
        // A producer's clock may run ahead of the poll's: such a record is no time behind.
        return TimeLag{std::max<qint64>(0, last->timeMs - oldest.timestamp), false, true,
                       oldest.timestampType};
    return behind(history);
}

QString formatDuration(qint64 ms) {
    Q_ASSERT(ms >= 0);
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return TimeLagEstimator::tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        return seconds % 60 == 0 ? TimeLagEstimator::tr("%1 min").arg(seconds / 60)
                                 : TimeLagEstimator::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    const qint64 minutes = seconds % 3600 / 60;
    return minutes == 0 ? TimeLagEstimator::tr("%1 h").arg(seconds / 3600)
                        : TimeLagEstimator::tr("%1 h %2 min").arg(seconds / 3600).arg(minutes);
}

} // namespace partita
