#include "lagverdict.h"

#include "consumergroups.h"
#include "displayformat.h"
#include "timelagestimator.h"

#include <algorithm>
#include <iterator>

namespace partita {

namespace {

struct UsableSample {
    LagSample sample;
    qint64 lag;
};

QString messageCount(qint64 count) {
    return LagVerdict::tr("%1 message(s)", nullptr, pluralOf(count)).arg(formatCount(count));
}

} // namespace

LagVerdict LagVerdict::evaluate(const LagHistory &history, const LagVerdictSettings &settings) {
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

    const auto byLag = [](const UsableSample &a, const UsableSample &b) { return a.lag < b.lag; };
    const qint64 lowestLag = std::min_element(window.cbegin(), window.cend(), byLag)->lag;
    if (lowestLag <= settings.markerSlack) {
        return {Ok, tr("lag was down to %1 within the last %2")
                        .arg(formatCount(lowestLag), formatDuration(settings.windowMs))};
    }

    const auto rewind =
        std::adjacent_find(window.cbegin(), window.cend(), [](const UsableSample &a, const UsableSample &b) {
            return b.sample.committed < a.sample.committed;
        });
    if (rewind != window.cend()) {
        return {Rewind, tr("committed offset moved back from %1 to %2")
                            .arg(formatCount(rewind->sample.committed),
                                 formatCount(std::next(rewind)->sample.committed))};
    }

    const UsableSample &first = window.front();
    const UsableSample &last = window.back();
    const QString span = formatDuration(last.sample.timeMs - first.sample.timeMs);
    // Without a rewind the committed offset never decreases, so equal ends mean it never changed.
    if (last.sample.committed == first.sample.committed) {
        const qint64 arrived = last.sample.high - first.sample.high;
        if (arrived > 0) {
            return {Stall, tr("committed offset stuck at %1 for %2 while %3 arrived")
                               .arg(formatCount(last.sample.committed), span, messageCount(arrived))};
        }
        return {Stop, tr("committed offset stuck at %1 for %2 with %3 waiting and none arriving")
                          .arg(formatCount(last.sample.committed), span, messageCount(last.lag))};
    }

    const bool lagNeverFell =
        std::adjacent_find(window.cbegin(), window.cend(), [](const UsableSample &a, const UsableSample &b) {
            return b.lag < a.lag;
        }) == window.cend();
    if (lagNeverFell && last.lag > first.lag) {
        return {Warn, tr("lag rose from %1 to %2 over %3 while the group committed")
                          .arg(formatCount(first.lag), formatCount(last.lag), span)};
    }
    return {Ok, tr("the group is committing and lag %1 is not rising steadily").arg(formatCount(last.lag))};
}

LagVerdict LagVerdict::worstOf(const std::vector<std::pair<LagKey, LagVerdict>> &partitions) {
    if (partitions.empty())
        return {Unknown, tr("no partitions")};
    const auto bySeverity = [](const auto &a, const auto &b) { return a.second.status < b.second.status; };
    // max_element returns the first of equal maxima, which makes ties go to the first partition.
    const auto &[key, worst] = *std::max_element(partitions.cbegin(), partitions.cend(), bySeverity);
    const Status worstStatus = worst.status; // C++17 lambdas cannot capture a structured binding
    const auto alike = std::count_if(partitions.cbegin(), partitions.cend(), [&](const auto &partition) {
        return partition.second.status == worstStatus;
    });
    const QString partition = TopicPartition{key.topic, key.partition}.label();
    const QString where =
        alike > 1 ? tr("%1 and %n other partition(s)", nullptr, int(alike - 1)).arg(partition) : partition;
    return {worst.status, tr("%1: %2", "a partition and its verdict").arg(where, worst.reason)};
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
