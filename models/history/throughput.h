#pragma once

#include "laghistory.h"

#include <map>
#include <vector>

namespace partita {

// Messages per second at one time, over the polls before it.
struct RatePoint {
    qint64 timeMs = 0;
    double perSecond = 0;

    bool operator==(const RatePoint &other) const {
        return timeMs == other.timeMs && perSecond == other.perSecond;
    }
};

// A topic's production rate over its stored history: per pair of consecutive samples of a partition,
// the end's advance over the time between them, summed over the partitions at each time. A partition
// whose end went back (the topic deleted and created again) or whose end is unknown adds nothing there;
// a gap longer than `maxGapMs` (an outage, Partita not running) is a break in the line, not a rate
// averaged over it.
std::vector<RatePoint> throughputOf(const std::map<int, std::vector<LagSample>> &ends, qint64 maxGapMs);

} // namespace partita
