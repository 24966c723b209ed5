#pragma once

// Internal to kafka/: the options every admin request of Partita's clients is sent with.

#include "rdkafkaptr.h"

#include <chrono>

namespace partita {

// Options for one admin request that librdkafka gives up on after `requestTimeout`.
rdk::AdminOptionsPtr adminOptions(rd_kafka_t *handle, rd_kafka_admin_op_t op,
                                  std::chrono::milliseconds requestTimeout);

} // namespace partita
