#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace partita {

// Where a broker stands in a partition's replica set, as a topology cell shows it.
enum class ReplicaState { NotAReplica, Leader, InSyncFollower, OutOfSyncFollower, Offline };

// A broker as seen by the cluster: listed in metadata (online) or only named by partition replicas (offline).
struct BrokerInfo {
    int id = -1;
    QString host;
    int port = 0;
    bool online = true;

    QString address() const {
        return host.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(host).arg(port);
    }
    bool operator==(const BrokerInfo &other) const;
    bool operator!=(const BrokerInfo &other) const { return !(*this == other); }
};

// One partition: placement from metadata and watermarks from ListOffsets (-1 when not known).
struct PartitionInfo {
    int id = -1;
    int leader = -1;
    QList<int> replicas;
    QList<int> isr;
    // Replicas on brokers known to be down: Kafka's offline_replicas, which Metadata v4 (librdkafka
    // 2.0.2) does not carry, so the snapshot derives it from broker reachability.
    QList<int> offlineReplicas;
    qint64 lowWatermark = -1;
    qint64 highWatermark = -1;
    QString error; // broker-reported partition error or why watermarks are missing

    bool isOffline() const { return leader < 0; }
    // The ISR alone lags: Kafka keeps a crashed broker in it until the broker is fenced, and the mock
    // cluster never shrinks it. A replica on a down broker is not replicating, whatever the ISR says.
    bool isUnderReplicated() const { return isr.size() < replicas.size() || !offlineReplicas.isEmpty(); }
    // In-sync replicas that can acknowledge a write: those in the ISR and not on a down broker.
    int inSyncReplicaCount() const;
    bool hasWatermarks() const { return lowWatermark >= 0 && highWatermark >= 0; }
    // Messages currently retained, or -1 when the watermarks are unknown.
    qint64 messageCount() const { return hasWatermarks() ? highWatermark - lowWatermark : -1; }
    ReplicaState replicaState(int brokerId, bool brokerOnline) const;
    bool operator==(const PartitionInfo &other) const;
    bool operator!=(const PartitionInfo &other) const { return !(*this == other); }
};

struct TopicInfo {
    QString name;
    bool internal = false;
    QString error;
    QList<PartitionInfo> partitions; // sorted by id
    // The topic's min.insync.replicas in effect (its own or the broker's default), from DescribeConfigs
    // at a slower cadence than metadata; -1 while unknown (not read yet, refused, the mock cluster).
    int minInSyncReplicas = -1;

    int replicationFactor() const;
    int underReplicatedCount() const;
    int offlineCount() const;
    // Partitions with a leader whose in-sync replicas on online brokers are fewer than
    // minInSyncReplicas: producers with acks=all fail there. Empty while minInSyncReplicas is unknown.
    QList<int> underMinInSyncReplicas() const;
    // Sum over partitions with known watermarks; -1 when none is known.
    qint64 messageCount() const;
    bool operator==(const TopicInfo &other) const;
    bool operator!=(const TopicInfo &other) const { return !(*this == other); }
};

// How the cluster keeps its metadata, which decides whether clients can see the active controller.
enum class MetadataMode { Unknown, KRaft, ZooKeeper };

// A member of the KRaft controller quorum as the broker configuration names it.
struct ControllerVoter {
    int id = -1; // -1 when the configuration gives only an address (controller.quorum.bootstrap.servers)
    QString host;
    int port = 0;

    QString address() const {
        return host.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(host).arg(port);
    }
    bool operator==(const ControllerVoter &other) const {
        return id == other.id && host == other.host && port == other.port;
    }
    bool operator!=(const ControllerVoter &other) const { return !(*this == other); }
};

// Everything one poll learned about a cluster. Immutable once published; share it as ClusterSnapshotPtr.
struct ClusterSnapshot {
    QString clusterId;
    MetadataMode metadataMode = MetadataMode::Unknown;
    // Only in ZooKeeper mode: a KRaft broker's Metadata names a random live broker, not the active
    // controller, which no client request reveals. -1 otherwise, or when it is not a listed broker.
    int controllerId = -1;
    QList<ControllerVoter> controllerVoters; // as the broker configuration names them; may be empty
    QList<BrokerInfo> brokers;               // sorted by id
    QList<TopicInfo> topics;                 // sorted by name
    QDateTime takenAt;
    qint64 generation = 0;

    const BrokerInfo *broker(int id) const;
    const TopicInfo *topic(const QString &name) const;
    const PartitionInfo *partition(const QString &topicName, int id) const;
    bool isBrokerOnline(int id) const;
    int partitionCount() const;
    int underReplicatedCount() const;
    int offlineCount() const;
    int onlineBrokerCount() const;
};

using ClusterSnapshotPtr = std::shared_ptr<const ClusterSnapshot>;

} // namespace partita

Q_DECLARE_METATYPE(partita::ClusterSnapshotPtr)
