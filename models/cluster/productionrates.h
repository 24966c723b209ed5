#pragma once

#include "clustersnapshot.h"

#include <QHash>
#include <QPair>

#include <optional>

namespace partita {

// Messages produced per second, from the end offsets of two snapshots of one cluster: per partition, per
// topic, and per broker over the partitions it leads. A partition counts only where both snapshots know its
// end and the end did not go back (a topic deleted and created again). Under read_committed the end is the
// last stable offset, so an open transaction's messages count once it ends.
class ProductionRates {
public:
    // Nothing when `before` is null, of another cluster, or not older than `after`.
    static ProductionRates between(const ClusterSnapshot *before, const ClusterSnapshot &after);

    std::optional<double> ofTopic(const QString &name) const;
    std::optional<double> ofPartition(const QString &topic, int partition) const;
    // 0 for a broker that leads nothing anybody produced to, once rates are known at all.
    std::optional<double> ofBroker(int id) const;

private:
    bool m_known = false; // two snapshots far enough apart were compared
    QHash<QString, double> m_topics;
    QHash<QPair<QString, int>, double> m_partitions;
    QHash<int, double> m_brokers;
};

} // namespace partita
