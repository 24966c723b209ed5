#pragma once

#include "clusterevent.h"
#include "clustersnapshot.h"

#include <vector>

namespace partita {

struct GroupLagState;

// What changed between two consecutive polls of one connection, as timeline events. Pure functions:
// the caller keeps the previous poll and passes nullptr for the first one, which yields no events.
namespace ClusterEventDiff {

// Brokers down and up, topics created and deleted and partitions added, then the leaders that moved, the
// ISRs that shrank and those that expanded; timed by current.takenAt. None across clusters.
ClusterEvents ofSnapshots(const ClusterSnapshot *previous, const ClusterSnapshot &current);

// Per group (both sorted by id): state, member count and verdict changes, and committed offsets that
// moved back (a reset). Groups that appear or go are no event here.
ClusterEvents ofGroups(const std::vector<GroupLagState> *previous, const std::vector<GroupLagState> &current,
                       qint64 timeMs);

} // namespace ClusterEventDiff

} // namespace partita
