#include "topicmodel.h"

#include "productionrates.h"

namespace partita {

TopicModel::TopicModel(QObject *parent)
    : TableModel(ColumnCount, SortRole, parent) {
    using Row = TopicRow;
    column(NameColumn)
        .header(tr("Topic"))
        .value([](const Row &row) { return row.name; })
        .toolTip([](const Row &row) {
            return row.error.isEmpty() ? QString() : tr("Topic error: %1").arg(row.error);
        });
    column(PartitionsColumn)
        .header(tr("Partitions"))
        .value([](const Row &row) { return row.partitions; })
        .numeric();
    column(ReplicationFactorColumn)
        .header(tr("Replication"), tr("Replication factor: the largest replica set of any partition"))
        .value([](const Row &row) { return row.replicationFactor; })
        .numeric();
    column(UnderReplicatedColumn)
        .header(tr("Under-replicated"), tr("Partitions with fewer in-sync replicas than replicas"))
        .value([](const Row &row) { return row.underReplicated; })
        .numeric();
    column(OfflineColumn)
        .header(tr("Offline"), tr("Partitions without a leader"))
        .value([](const Row &row) { return row.offline; })
        .numeric();
    // Not "messages": on a compacted topic, and wherever transactions wrote markers, fewer messages
    // than offsets are retained.
    column(MessagesColumn)
        .header(tr("Offset span"), tr("High minus low watermark, summed over partitions: the messages "
                                      "retained, except on compacted topics and where transaction markers "
                                      "take offsets"))
        .value([](const Row &row) { return row.messages; })
        .toolTip([](const Row &row) {
            return row.messages < 0 ? tr("Unknown: no partition watermarks could be read") : QString();
        })
        .numeric();
    column(RateColumn)
        .header(tr("Msgs/s"), tr("Messages produced per second between the last two refreshes"))
        .value([](const Row &row) { return row.perSecond ? *row.perSecond : -1.0; })
        .text([](const Row &row) { return formatRate(row.perSecond); })
        .numeric();
    column(InternalColumn)
        .header(tr("Internal"))
        .value([](const Row &row) { return row.internal; })
        .text([](const Row &row) { return row.internal ? tr("internal") : QString(); });

    rowRole(TopicNameRole, [](const Row &row) { return row.name; });
}

std::vector<TopicRow> TopicModel::rowsOf(const ClusterSnapshot *snapshot, const ProductionRates &rates) {
    std::vector<TopicRow> rows;
    if (!snapshot)
        return rows;

    rows.reserve(snapshot->topics.size());
    for (const auto &topic : snapshot->topics) {
        rows.push_back({topic.name, topic.internal, topic.error, int(topic.partitions.size()),
                        topic.replicationFactor(), topic.underReplicatedCount(), topic.offlineCount(),
                        topic.messageCount(), rates.ofTopic(topic.name)});
    }
    return rows;
}

void TopicModel::setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates) {
    mergeRows(rowsOf(snapshot.get(), rates), [](const TopicRow &row) -> const QString & { return row.name; });
}

} // namespace partita
