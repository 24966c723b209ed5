#pragma once

#include <librdkafka/rdkafka.h>

#include <chrono>

namespace partita {

// Destroys a librdkafka handle on a thread of its own and waits at most `bound` for it. librdkafka
// 2.0.2 can take minutes to destroy a consumer whose assigned topic was deleted: its broker threads
// keep a partition reference until the next metadata refresh (5 min by default; compare librdkafka
// #4362). Past the bound the destruction goes on in the background, holding the handle's threads and
// connections until it ends, and the caller moves on. Returns whether it ended within the bound.
bool destroyWithin(rd_kafka_t *handle, int flags, std::chrono::milliseconds bound);

} // namespace partita
