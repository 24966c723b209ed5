#pragma once

// Internal to kafka/: offsets looked up at each partition's leader, as snapshots and the message reader
// need them.

#include "rdkafkaptr.h"

#include <QByteArray>

#include <chrono>
#include <vector>

namespace partita {

// One partition whose offset to look up at its leader broker.
struct LeaderOffsetQuery {
    QByteArray topic;
    int partition = -1;
    int leader = -1;
    int64_t what = RD_KAFKA_OFFSET_END; // RD_KAFKA_OFFSET_BEGINNING, RD_KAFKA_OFFSET_END or a timestamp in ms
};

// The offset found for one query, or why there is none: the partition's own error, or the error of the
// request to its leader, shared by every partition that broker leads.
struct LeaderOffsetAnswer {
    qint64 offset = -1;
    rd_kafka_resp_err_t error = RD_KAFKA_RESP_ERR_NO_ERROR;
    bool leaderFailed = false;
};

// One ListOffsets round per leader broker, through offsets_for_times: query_watermark_offsets ignores
// its timeout when brokers are down in librdkafka 2.0.2, and offsets_for_times hands back nothing at all
// when one leader does not answer in time, so one call per leader keeps a silent broker from costing
// the others. `timeout` is per leader. The answers are in the order of the queries.
std::vector<LeaderOffsetAnswer> offsetsAtLeaders(rd_kafka_t *handle,
                                                 const std::vector<LeaderOffsetQuery> &queries,
                                                 std::chrono::milliseconds timeout);

} // namespace partita
