#pragma once

// Test-side helpers that talk to the real test cluster directly through librdkafka.

#include "clustersnapshot.h"
#include "snapshotclient.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace partita::test {

// Bootstrap list of the fixture cluster (PARTITA_TEST_BOOTSTRAP, set by CTest).
QString bootstrapServers();
// The client address of node 1-3 of the fixture cluster (the bootstrap list is in node order).
QString nodeAddress(int node);
// The controller listener of node 1-3, one port above its client port (tests/cluster/cluster.sh).
int controllerPort(int node);
// A topic name no earlier run used, so tests never see each other's data.
QString uniqueTopicName(const QString &prefix);
// Returns an empty string on success, else the broker's error.
QString createTopic(const QString &name, int partitions, int replicationFactor,
                    const QMap<QString, QString> &configs = {});
// Waits until no partition of the cluster is under-replicated, then creates a topic of replication
// factor 3 with a name no earlier run used into *name. A node restarted by a test before must be back in
// every ISR first, or the topic's partitions may get leaders other than their preferred ones. Returns an
// empty string on success, else what failed.
QString createTopicOnSettledCluster(const QString &prefix, int partitions, QString *name,
                                    const QMap<QString, QString> &configs = {});
// Deletes a topic; returns an empty string on success, else the broker's error.
QString deleteTopic(const QString &name);
// The topic's partition count as metadata gives it; 0 when the cluster has no such topic, -1 when the
// metadata cannot be read.
int partitionCount(const QString &name);
// Grows a topic to `total` partitions; returns an empty string on success, else the broker's error.
QString addPartitions(const QString &name, int total);
// Produces `count` small messages to one partition and waits for every acknowledgement.
QString produce(const QString &topic, int partition, int count);
// A message to produce; a null key or value is sent as null.
struct TestMessage {
    int partition = 0;
    std::optional<QByteArray> key;
    std::optional<QByteArray> value;
    QList<QPair<QByteArray, std::optional<QByteArray>>> headers;
    qint64 timestamp = 0; // ms since the epoch; 0: the producer's clock
};
// Produces `messages` in order through one producer with the extra `properties` (for example
// compression.codec) and waits for every acknowledgement.
QString produceMessages(const QString &topic, const QList<TestMessage> &messages,
                        const QMap<QString, QString> &properties = {});
// Produces each (key, value) through Kafka's own Java console producer, whose default partitioner
// places keyed messages by murmur2. Keys and values must not hold '|' or line breaks.
QString produceWithJavaConsoleProducer(const QString &topic,
                                       const QList<QPair<QByteArray, QByteArray>> &messages);
// The committed offsets of `group` on partitions 0..partitions-1 (-1 where none), read without joining.
QMap<int, qint64> committedOffsets(const QString &group, const QString &topic, int partitions,
                                   QString *error);
// Creates a topic (replication factor 3) with counts.size() partitions, produces counts[p] messages to
// partition p and waits until every partition's end offset shows them.
QString createFilledTopic(const QString &topic, const QList<int> &counts);
// Commits offsets for a group without joining it (a "simple" group commit), as tools like
// kafka-consumer-groups --reset-offsets do. Returns an empty string on success.
QString commitOffsets(const QString &group, const QString &topic, const QMap<int, qint64> &offsets);
// Deletes records of one partition before `offset` (DeleteRecords), raising its low watermark.
QString deleteRecords(const QString &topic, int partition, qint64 offset);
// A consumer that joins `group`, subscribed to `topic`, for as long as it lives.
class ActiveMember {
public:
    ActiveMember(const QString &group, const QString &topic);
    ~ActiveMember();
    // Polls (bounded) until the group has assigned this member partitions.
    bool waitForAssignment(std::chrono::milliseconds timeout);
    // Commits `offset` for the partition as this member, in its generation. Returns an empty string
    // on success, else the coordinator's error.
    QString commit(const QString &topic, int partition, qint64 offset);

private:
    struct Handle;
    Handle *m_handle;
};

// A transactional producer to partition 0 of `topic` (its transactional id is the topic's name); every
// step returns what went wrong, or "".
class TransactionalProducer {
public:
    explicit TransactionalProducer(const QString &topic);
    ~TransactionalProducer();
    QString begin();
    QString produce(const QList<QByteArray> &values);
    QString commit();
    QString abort();

private:
    struct Handle;
    Handle *m_handle;
};

// Runs tests/cluster/cluster.sh with the arguments; returns its exit code (output goes to the test log).
int clusterScript(const QStringList &arguments, std::chrono::seconds timeout = std::chrono::seconds(180));
// Runs Kafka's own preferred leader election (kafka-leader-election --election-type preferred) over all
// partitions; returns the tool's exit code, -1 when it did not finish within `timeout`.
int electPreferredLeaders(std::chrono::seconds timeout = std::chrono::seconds(120));
// A snapshot client of the fixture cluster; nullptr, with *error, when it cannot be made.
std::unique_ptr<SnapshotClient> snapshotClient(QString *error);
// Fetches with `client` every `interval` until `judge` accepts a result, or `timeout` passed (false then).
// `judge` sees every result, so the caller keeps the snapshot it judged: a recovering cluster can flap
// between two fetches, and a QTRY macro would fetch once more to report.
bool fetchUntil(SnapshotClient &client, const std::function<bool(const SnapshotResult &)> &judge,
                std::chrono::milliseconds timeout,
                std::chrono::milliseconds interval = std::chrono::milliseconds(200));
// The topic has partitions and every one has all of its replicas in sync.
bool hasFullIsr(const TopicInfo &topic);
// Real-cluster low/high watermarks via the classic query call, for cross-checking the engine's.
bool queryWatermarks(const QString &topic, int partition, qint64 *low, qint64 *high);

} // namespace partita::test
