#pragma once

// RAII owners for librdkafka objects. Internal to kafka/: nothing outside this folder sees librdkafka.

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include "boundeddestroy.h"

#include <memory>

namespace partita::rdk {

struct HandleDeleter {
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};
struct TopicDeleter {
    void operator()(rd_kafka_topic_t *topic) const { rd_kafka_topic_destroy(topic); }
};
struct ConfDeleter {
    void operator()(rd_kafka_conf_t *conf) const { rd_kafka_conf_destroy(conf); }
};
struct MetadataDeleter {
    void operator()(const rd_kafka_metadata_t *md) const { rd_kafka_metadata_destroy(md); }
};
struct PartitionListDeleter {
    void operator()(rd_kafka_topic_partition_list_t *list) const {
        rd_kafka_topic_partition_list_destroy(list);
    }
};
struct MockClusterDeleter {
    void operator()(rd_kafka_mock_cluster_t *cluster) const { rd_kafka_mock_cluster_destroy(cluster); }
};
struct MemDeleter {
    void operator()(char *text) const { rd_kafka_mem_free(nullptr, text); }
};

struct QueueDeleter {
    void operator()(rd_kafka_queue_t *queue) const { rd_kafka_queue_destroy(queue); }
};
struct EventDeleter {
    void operator()(rd_kafka_event_t *event) const { rd_kafka_event_destroy(event); }
};
struct AdminOptionsDeleter {
    void operator()(rd_kafka_AdminOptions_t *options) const { rd_kafka_AdminOptions_destroy(options); }
};
struct ConfigResourceDeleter {
    void operator()(rd_kafka_ConfigResource_t *resource) const { rd_kafka_ConfigResource_destroy(resource); }
};
struct NewTopicDeleter {
    void operator()(rd_kafka_NewTopic_t *topic) const { rd_kafka_NewTopic_destroy(topic); }
};
struct DeleteTopicDeleter {
    void operator()(rd_kafka_DeleteTopic_t *topic) const { rd_kafka_DeleteTopic_destroy(topic); }
};
struct NewPartitionsDeleter {
    void operator()(rd_kafka_NewPartitions_t *partitions) const {
        rd_kafka_NewPartitions_destroy(partitions);
    }
};
struct DeleteRecordsDeleter {
    void operator()(rd_kafka_DeleteRecords_t *records) const { rd_kafka_DeleteRecords_destroy(records); }
};
struct AclBindingDeleter {
    void operator()(rd_kafka_AclBinding_t *acl) const { rd_kafka_AclBinding_destroy(acl); }
};

// A consumer that never joins its group is destroyed without a consumer close: there is nothing to
// leave, and a close would wait for a coordinator that may be down (or, in librdkafka 2.0.2, for a
// topic deleted while assigned: #4187, #4724). Even so its destruction can take minutes then, so it is
// waited for a few seconds at most (destroyWithin).
struct NonMemberConsumerDeleter {
    void operator()(rd_kafka_t *consumer) const {
        destroyWithin(consumer, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE, std::chrono::seconds(5));
    }
};

using HandlePtr = std::unique_ptr<rd_kafka_t, HandleDeleter>;
using NonMemberConsumerPtr = std::unique_ptr<rd_kafka_t, NonMemberConsumerDeleter>;
using TopicPtr = std::unique_ptr<rd_kafka_topic_t, TopicDeleter>;
using ConfPtr = std::unique_ptr<rd_kafka_conf_t, ConfDeleter>;
using MetadataPtr = std::unique_ptr<const rd_kafka_metadata_t, MetadataDeleter>;
using PartitionListPtr = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;
using MockClusterPtr = std::unique_ptr<rd_kafka_mock_cluster_t, MockClusterDeleter>;
using QueuePtr = std::unique_ptr<rd_kafka_queue_t, QueueDeleter>;
using EventPtr = std::unique_ptr<rd_kafka_event_t, EventDeleter>;
using AdminOptionsPtr = std::unique_ptr<rd_kafka_AdminOptions_t, AdminOptionsDeleter>;
using ConfigResourcePtr = std::unique_ptr<rd_kafka_ConfigResource_t, ConfigResourceDeleter>;
using StringPtr = std::unique_ptr<char, MemDeleter>;
using NewTopicPtr = std::unique_ptr<rd_kafka_NewTopic_t, NewTopicDeleter>;
using DeleteTopicPtr = std::unique_ptr<rd_kafka_DeleteTopic_t, DeleteTopicDeleter>;
using NewPartitionsPtr = std::unique_ptr<rd_kafka_NewPartitions_t, NewPartitionsDeleter>;
using DeleteRecordsPtr = std::unique_ptr<rd_kafka_DeleteRecords_t, DeleteRecordsDeleter>;
using AclBindingPtr = std::unique_ptr<rd_kafka_AclBinding_t, AclBindingDeleter>;

} // namespace partita::rdk
