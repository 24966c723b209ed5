#include "clustersnapshot.h"

#include <algorithm>

namespace partita {

bool BrokerInfo::operator==(const BrokerInfo &other) const {
    return id == other.id && host == other.host && port == other.port && online == other.online;
}

ReplicaState PartitionInfo::replicaState(int brokerId, bool brokerOnline) const {
    if (!replicas.contains(brokerId))
        return ReplicaState::NotAReplica;
    if (!brokerOnline)
        return ReplicaState::Offline;
    if (brokerId == leader)
        return ReplicaState::Leader;
    return isr.contains(brokerId) ? ReplicaState::InSyncFollower : ReplicaState::OutOfSyncFollower;
}

bool PartitionInfo::operator==(const PartitionInfo &other) const {
    return id == other.id && leader == other.leader && replicas == other.replicas && isr == other.isr &&
           offlineReplicas == other.offlineReplicas && lowWatermark == other.lowWatermark &&
           highWatermark == other.highWatermark && error == other.error;
}

int PartitionInfo::inSyncReplicaCount() const {
    return int(std::count_if(isr.cbegin(), isr.cend(),
                             [this](int replica) { return !offlineReplicas.contains(replica); }));
}

int TopicInfo::replicationFactor() const {
    int factor = 0;
    for (const auto &partition : partitions)
        factor = std::max(factor, int(partition.replicas.size()));
    return factor;
}

int TopicInfo::underReplicatedCount() const {
    return int(std::count_if(partitions.cbegin(), partitions.cend(),
                             [](const PartitionInfo &p) { return p.isUnderReplicated(); }));
}

int TopicInfo::offlineCount() const {
    return int(std::count_if(partitions.cbegin(), partitions.cend(),
                             [](const PartitionInfo &p) { return p.isOffline(); }));
}

QList<int> TopicInfo::underMinInSyncReplicas() const {
    QList<int> ids;
    for (const auto &partition : partitions) {
        if (minInSyncReplicas > 0 && !partition.isOffline() &&
            partition.inSyncReplicaCount() < minInSyncReplicas)
            ids.append(partition.id);
    }
    return ids;
}

qint64 TopicInfo::messageCount() const {
    qint64 total = -1;
    for (const auto &partition : partitions) {
        if (partition.hasWatermarks())
            total = std::max<qint64>(total, 0) + partition.messageCount();
    }
    return total;
}

bool TopicInfo::operator==(const TopicInfo &other) const {
    return name == other.name && internal == other.internal && error == other.error &&
           partitions == other.partitions && minInSyncReplicas == other.minInSyncReplicas;
}

const BrokerInfo *ClusterSnapshot::broker(int id) const {
    auto it =
        std::find_if(brokers.cbegin(), brokers.cend(), [id](const BrokerInfo &b) { return b.id == id; });
    return it == brokers.cend() ? nullptr : &*it;
}

const TopicInfo *ClusterSnapshot::topic(const QString &name) const {
    auto it = std::lower_bound(topics.cbegin(), topics.cend(), name,
                               [](const TopicInfo &t, const QString &n) { return t.name < n; });
    return it != topics.cend() && it->name == name ? &*it : nullptr;
}

const PartitionInfo *ClusterSnapshot::partition(const QString &topicName, int id) const {
    const TopicInfo *info = topic(topicName);
    if (!info)
        return nullptr;
    auto it = std::find_if(info->partitions.cbegin(), info->partitions.cend(),
                           [id](const PartitionInfo &p) { return p.id == id; });
    return it == info->partitions.cend() ? nullptr : &*it;
}

bool ClusterSnapshot::isBrokerOnline(int id) const {
    const BrokerInfo *info = broker(id);
    return info && info->online;
}

int ClusterSnapshot::partitionCount() const {
    int count = 0;
    for (const auto &topic : topics)
        count += int(topic.partitions.size());
    return count;
}

int ClusterSnapshot::underReplicatedCount() const {
    int count = 0;
    for (const auto &topic : topics)
        count += topic.underReplicatedCount();
    return count;
}

int ClusterSnapshot::offlineCount() const {
    int count = 0;
    for (const auto &topic : topics)
        count += topic.offlineCount();
    return count;
}

int ClusterSnapshot::onlineBrokerCount() const {
    return int(std::count_if(brokers.cbegin(), brokers.cend(), [](const BrokerInfo &b) { return b.online; }));
}

} // namespace partita
