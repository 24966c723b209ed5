#pragma once

// Internal to kafka/: the topic configuration a snapshot carries, read over the snapshot's handle.

#include "clustersnapshot.h"
#include "rdkafkaptr.h"

#include <QHash>

#include <chrono>
#include <vector>

namespace partita {

// Each topic's min.insync.replicas, kept between snapshots: read with DescribeConfigs in batches of
// many topics, again every minute and as soon as a topic appears, never waited for beyond a
// snapshot's own requests. Use it on the thread that owns the handle.
class TopicConfigs {
public:
    explicit TopicConfigs(rd_kafka_t *handle);

    // Sends the requests that are due for these topics; answers are taken by collect().
    void askIfDue(const QList<TopicInfo> &topics);
    // Takes the answers that came within `wait`; later ones are taken by the next call.
    void collect(std::chrono::milliseconds wait);
    // Sets minInSyncReplicas of the topics known (-1 for the others) and forgets deleted topics.
    void fill(QList<TopicInfo> &topics);
    // After a failed poll the client may reach another cluster: nothing known holds.
    void forget();

private:
    void take(rd_kafka_event_t *event);

    rd_kafka_t *m_handle;
    QHash<QString, int> m_minInSyncReplicas; // of the topics asked for; -1 while unanswered or refused
    rdk::QueuePtr m_queue;                   // answers of the batches in flight; null when none is
    int m_pending = 0;                       // batches sent and not answered yet
    std::chrono::steady_clock::time_point m_refreshAt;
};

} // namespace partita
