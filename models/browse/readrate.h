#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

namespace partita {

// Messages per second over the last few seconds of a read, from running totals sampled as batches
// arrive: a window long enough to smooth the batches' rhythm, short enough to show a slowdown.
class ReadRate {
public:
    static constexpr qint64 WindowMs = 3000;
    // The shortest span a rate is given for: a single batch says nothing about speed.
    static constexpr qint64 MinimumSpanMs = 250;

    void clear() { m_samples.clear(); }
    // `total` messages read so far, `msecs` after some fixed point; both never decrease.
    void add(qint64 msecs, qint64 total);
    // nullopt until the samples span MinimumSpanMs.
    std::optional<double> perSecond() const;

private:
    struct Sample {
        qint64 msecs;
        qint64 total;
    };
    std::deque<Sample> m_samples;
};

} // namespace partita
