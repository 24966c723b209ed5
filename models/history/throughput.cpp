#include "throughput.h"

#include <cmath>
#include <limits>

namespace partita {

std::vector<RatePoint> throughputOf(const std::map<int, std::vector<LagSample>> &ends, qint64 maxGapMs) {
    // Partitions of one poll share its time, so summing by time sums by poll.
    std::map<qint64, double> byTime;
    for (const auto &[partition, samples] : ends) {
        for (size_t i = 1; i < samples.size(); ++i) {
            const LagSample &before = samples[i - 1];
            const LagSample &after = samples[i];
            const qint64 elapsed = after.timeMs - before.timeMs;
            double &rate = byTime[after.timeMs];
            if (elapsed > maxGapMs) {
                rate = std::numeric_limits<double>::quiet_NaN();
                continue;
            }
            if (elapsed > 0 && before.high >= 0 && after.high >= before.high)
                rate += double(after.high - before.high) * 1000.0 / double(elapsed);
        }
    }
    std::vector<RatePoint> points;
    points.reserve(byTime.size());
    for (const auto &[timeMs, perSecond] : byTime)
        points.push_back({timeMs, perSecond});
    return points;
}

} // namespace partita
