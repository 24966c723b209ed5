#include "leaderoffsets.h"

#include <QMap>

namespace partita {

std::vector<LeaderOffsetAnswer> offsetsAtLeaders(rd_kafka_t *handle,
                                                 const std::vector<LeaderOffsetQuery> &queries,
                                                 std::chrono::milliseconds timeout) {
    std::vector<LeaderOffsetAnswer> answers(queries.size());
    QMap<int, std::vector<size_t>> byLeader; // indices into queries
    for (size_t i = 0; i < queries.size(); ++i)
        byLeader[queries[i].leader].push_back(i);
    for (auto leader = byLeader.cbegin(); leader != byLeader.cend(); ++leader) {
        const std::vector<size_t> &indices = leader.value();
        rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(int(indices.size())));
        for (size_t i : indices) {
            const LeaderOffsetQuery &query = queries[i];
            rd_kafka_topic_partition_list_add(list.get(), query.topic.constData(), query.partition)->offset =
                query.what;
        }
        if (const rd_kafka_resp_err_t err =
                rd_kafka_offsets_for_times(handle, list.get(), int(timeout.count()))) {
            for (size_t i : indices) {
                answers[i].error = err;
                answers[i].leaderFailed = true;
            }
            continue;
        }
        // offsets_for_times answers in place, in the order the list was built.
        for (int e = 0; e < list->cnt; ++e) {
            LeaderOffsetAnswer &answer = answers[indices[size_t(e)]];
            answer.error = list->elems[e].err;
            if (!answer.error)
                answer.offset = list->elems[e].offset;
        }
    }
    return answers;
}

} // namespace partita
