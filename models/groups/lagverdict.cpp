#include "lagverdict.h"

#include "consumergroups.h"
#include "displayformat.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace partita {

namespace {

struct UsableSample {
    LagSample sample;
    qint64 lag;
};

// The lag fitted by least squares against time over the window.
struct LagTrend {
    double growth = 0; // the fitted slope times the window's span
    double noise = 0;  // root mean square of the residuals; 0 with two samples
};

LagTrend trendOf(const std::vector<UsableSample> &window) {
    const double n = double(window.size());
    // Times relative to the first sample keep the sums small enough for doubles to stay precise.
    const qint64 origin = window.front().sample.timeMs;
    double meanT = 0;
    double meanLag = 0;
    for (const UsableSample &s : window) {
        meanT += double(s.sample.timeMs - origin) / n;
        meanLag += double(s.lag) / n;
    }
    double covariance = 0;
    double variance = 0;
    for (const UsableSample &s : window) {
        const double t = double(s.sample.timeMs - origin) - meanT;
        covariance += t * (double(s.lag) - meanLag);
        variance += t * t;
    }
    const double slope = variance > 0 ? covariance / variance : 0;
    double squares = 0;
    for (const UsableSample &s : window) {
        const double fitted = meanLag + slope * (double(s.sample.timeMs - origin) - meanT);
        squares += (double(s.lag) - fitted) * (double(s.lag) - fitted);
    }
    const double span = double(window.back().sample.timeMs - origin);
    return {slope * span, window.size() > 2 ? std::sqrt(squares / (n - 2)) : 0.0};
}

// Whether the lowest lag of the window's newer half is above the lowest of its older half.
bool floorRose(const std::vector<UsableSample> &window) {
    const qint64 middle = (window.front().sample.timeMs + window.back().sample.timeMs) / 2;
    qint64 older = std::numeric_limits<qint64>::max();
    qint64 newer = std::numeric_limits<qint64>::max();
    for (const UsableSample &s : window) {
        qint64 &lowest = s.sample.timeMs <= middle ? older : newer;
        lowest = std::min(lowest, s.lag);
    }
    // Called with samples at two times at least, so the newest is in the newer half and both are set.
    return newer > older;
}

// How worstOf() ranks a partition. An Unknown with a lag (too little history yet) ranks above OK; one
// without (no commit, as on an idle partition a consumer never committed to) below it.
int severity(const PartitionVerdict &partition) {
    switch (partition.verdict.status) {
    case LagVerdict::Unknown:
        return partition.lag >= 0 ? 2 : 0;
    case LagVerdict::Ok:
        return 1;
    default:
        return int(partition.verdict.status) + 1;
    }
}

QString messageCount(qint64 count) {
    return LagVerdict::tr("%1 message(s)", nullptr, pluralOf(count)).arg(formatCount(count));
}

} // namespace

LagVerdict LagVerdict::evaluate(const LagHistory &history, const Context &context,
                                const LagVerdictSettings &settings) {
    if (history.isEmpty())
        return {Unknown, tr("no samples yet")};
    const LagSample &newest = history.last();
    const PartitionLag newestLag = newest.lag();
    if (newestLag.kind == PartitionLag::NoCommit)
        return {Unknown, tr("the group has not committed an offset")};
    if (!newestLag.hasLag())
        return {Unknown, tr("the partition's watermarks are unknown")};
    if (newestLag.lag == 0)
        return {Ok, tr("caught up")};
    if (newestLag.lag <= settings.markerSlack)
        return {Ok, tr("lag %1 may be only transaction markers").arg(formatCount(newestLag.lag))};

    // A sample with no commit or unknown watermarks has no lag to compare; the others still show a trend.
    const std::vector<LagSample> samples = history.window(newest.timeMs, settings.windowMs);
    std::vector<UsableSample> window;
    window.reserve(samples.size()); // this runs for every partition of every group on every poll
    for (const LagSample &sample : samples) {
        const PartitionLag lag = sample.lag();
        if (lag.hasLag())
            window.push_back({sample, lag.lag});
    }
    if (int(window.size()) < settings.minSamples) {
        return {
            Unknown,
            tr("not enough history yet (%1 of %2 samples)").arg(int(window.size())).arg(settings.minSamples)};
    }

    const auto rewind =
        std::adjacent_find(window.cbegin(), window.cend(), [](const UsableSample &a, const UsableSample &b) {
            return b.sample.committed < a.sample.committed;
        });
    if (rewind != window.cend()) {
        const QString from = formatCount(rewind->sample.committed);
        const QString to = formatCount(std::next(rewind)->sample.committed);
        if (context.memberCount == 0)
            return {Rewind,
                    tr("committed offset reset from %1 to %2 while the group was empty").arg(from, to)};
        return {Rewind, tr("committed offset moved back from %1 to %2").arg(from, to)};
    }

    const UsableSample &first = window.front();
    const UsableSample &last = window.back();
    const QString span = formatDuration(last.sample.timeMs - first.sample.timeMs);
    const qint64 arrived = last.sample.high - first.sample.high;
    if (context.memberCount == 0) {
        if (last.lag > first.lag) {
            return {Stop, tr("no members; lag %1 and rising from %2 over %3")
                              .arg(formatCount(last.lag), formatCount(first.lag), span)};
        }
        return {Stop, tr("no members; lag %1 and not rising").arg(formatCount(last.lag))};
    }

    // Without a rewind the committed offset never decreases, so equal ends mean it never changed.
    if (last.sample.committed == first.sample.committed) {
        if (arrived > 0) {
            return {Stall, tr("committed offset stuck at %1 for %2 while %3 arrived")
                               .arg(formatCount(last.sample.committed), span, messageCount(arrived))};
        }
        return {Stop, tr("committed offset stuck at %1 for %2 with %3 waiting and none arriving")
                          .arg(formatCount(last.sample.committed), span, messageCount(last.lag))};
    }

    const LagTrend trend = trendOf(window);
    const bool rising = context.previous == Warn
                            ? trend.growth > 0
                            : trend.growth > double(settings.markerSlack) &&
                                  trend.growth > settings.noiseFactor * trend.noise && floorRose(window);
    const QString read = messageCount(last.sample.committed - first.sample.committed);
    if (rising) {
        return {Warn, tr("lag up about %1 over %2, now %3; the group read %4 while %5 arrived")
                          .arg(formatCount(qRound64(trend.growth)), span, formatCount(last.lag), read,
                               formatCount(arrived))};
    }
    return {Ok, tr("lag %1 is not rising; the group read %2 while %3 arrived in %4")
                    .arg(formatCount(last.lag), read, formatCount(arrived), span)};
}

LagVerdict LagVerdict::worstOf(const std::vector<PartitionVerdict> &partitions) {
    if (partitions.empty())
        return {Unknown, tr("no partitions")};
    const auto milder = [](const PartitionVerdict &a, const PartitionVerdict &b) {
        const int severityA = severity(a);
        const int severityB = severity(b);
        return severityA != severityB ? severityA < severityB : a.lag < b.lag;
    };
    // max_element returns the first of equal maxima, which makes full ties go to the first partition.
    const PartitionVerdict &worst = *std::max_element(partitions.cbegin(), partitions.cend(), milder);
    const auto alike = std::count_if(partitions.cbegin(), partitions.cend(), [&](const PartitionVerdict &p) {
        return p.verdict.status == worst.verdict.status;
    });
    const QString where = TopicPartition{worst.key.topic, worst.key.partition}.label();
    const QString verdict = tr("%1: %2", "a partition and its verdict").arg(where, worst.verdict.reason);
    if (alike == 1)
        return {worst.verdict.status, verdict};
    return {worst.verdict.status,
            tr("%1 (%n other partition(s) %2 too)", "a partition's verdict", int(alike - 1))
                .arg(verdict, statusName(worst.verdict.status))};
}

QString LagVerdict::statusName(Status status) {
    switch (status) {
    case Unknown:
        break;
    case Ok:
        return tr("OK");
    case Warn:
        return tr("WARN");
    case Rewind:
        return tr("REWIND");
    case Stop:
        return tr("STOP");
    case Stall:
        return tr("STALL");
    }
    return tr("UNKNOWN");
}

bool LagVerdict::operator==(const LagVerdict &other) const {
    return status == other.status && reason == other.reason;
}

} // namespace partita
