#include "productionrates.h"

namespace partita {

namespace {

template <typename Hash, typename Key> std::optional<double> valueOf(const Hash &hash, const Key &key) {
    const auto found = hash.constFind(key);
    return found == hash.cend() ? std::nullopt : std::optional<double>(*found);
}

} // namespace

ProductionRates ProductionRates::between(const ClusterSnapshot *before, const ClusterSnapshot &after) {
    ProductionRates rates;
    if (!before || before->clusterId != after.clusterId || !before->takenAt.isValid() ||
        !after.takenAt.isValid())
        return rates;
    const double seconds = double(before->takenAt.msecsTo(after.takenAt)) / 1000.0;
    if (seconds <= 0)
        return rates;
    rates.m_known = true;
    for (const TopicInfo &topic : after.topics) {
        const TopicInfo *earlier = before->topic(topic.name);
        if (!earlier)
            continue;
        for (const PartitionInfo &partition : topic.partitions) {
            const PartitionInfo *then = before->partition(topic.name, partition.id);
            if (!then || then->highWatermark < 0 || partition.highWatermark < then->highWatermark)
                continue;
            const double rate = double(partition.highWatermark - then->highWatermark) / seconds;
            rates.m_partitions.insert({topic.name, partition.id}, rate);
            rates.m_topics[topic.name] += rate;
            if (!partition.isOffline())
                rates.m_brokers[partition.leader] += rate;
        }
    }
    return rates;
}

std::optional<double> ProductionRates::ofTopic(const QString &name) const {
    return valueOf(m_topics, name);
}

std::optional<double> ProductionRates::ofPartition(const QString &topic, int partition) const {
    return valueOf(m_partitions, qMakePair(topic, partition));
}

std::optional<double> ProductionRates::ofBroker(int id) const {
    if (!m_known)
        return std::nullopt;
    return valueOf(m_brokers, id).value_or(0.0);
}

} // namespace partita
