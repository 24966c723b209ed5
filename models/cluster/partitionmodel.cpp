#include "partitionmodel.h"

namespace partita {

namespace {

// Ordered by severity, so sorting the status column puts the worst partitions together.
enum class Health { Ok, Error, UnderReplicated, Offline };

Health healthOf(const PartitionInfo &partition) {
    if (partition.isOffline())
        return Health::Offline;
    if (partition.isUnderReplicated())
        return Health::UnderReplicated;
    return partition.error.isEmpty() ? Health::Ok : Health::Error;
}

QString statusText(const PartitionInfo &partition) {
    switch (healthOf(partition)) {
    case Health::Ok:
        return PartitionModel::tr("ok");
    case Health::Error:
        return partition.error;
    case Health::UnderReplicated:
        return PartitionModel::tr("under-replicated");
    case Health::Offline:
        return PartitionModel::tr("offline");
    }
    return {};
}

QString statusToolTip(const PartitionInfo &partition) {
    QStringList lines;
    if (partition.isOffline())
        lines.append(PartitionModel::tr("No leader: the partition can be neither read nor written"));
    QList<int> outOfSync;
    for (int replica : partition.replicas) {
        if (!partition.isr.contains(replica))
            outOfSync.append(replica);
    }
    if (!outOfSync.isEmpty())
        lines.append(PartitionModel::tr("Replicas not in sync: %1").arg(formatIdList(outOfSync)));
    if (!partition.offlineReplicas.isEmpty())
        lines.append(PartitionModel::tr("Replicas on down brokers: %1 (the ISR lists them until Kafka "
                                        "fences the broker)")
                         .arg(formatIdList(partition.offlineReplicas)));
    if (!partition.error.isEmpty())
        lines.append(partition.error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PartitionModel::PartitionModel(QObject *parent)
    : TableModel(ColumnCount, SortRole, parent) {
    using Row = PartitionInfo;
    column(PartitionColumn)
        .header(tr("Partition"))
        .value([](const Row &partition) { return partition.id; }, ValueText::Plain)
        .numeric();
    column(LeaderColumn)
        .header(tr("Leader"))
        .value([](const Row &partition) { return partition.leader; })
        .text([](const Row &partition) {
            return partition.isOffline() ? tr("none (offline)") : QString::number(partition.leader);
        });
    column(ReplicasColumn)
        .header(tr("Replicas"))
        .value([](const Row &partition) { return int(partition.replicas.size()); })
        .text([](const Row &partition) { return formatIdList(partition.replicas); });
    column(IsrColumn)
        .header(tr("ISR"), tr("In-sync replicas: those caught up with the leader"))
        .value([](const Row &partition) { return int(partition.isr.size()); })
        .text([](const Row &partition) { return formatIdList(partition.isr); });
    column(LowWatermarkColumn)
        .header(tr("Low watermark"))
        .value([](const Row &partition) { return partition.lowWatermark; })
        .numeric();
    column(HighWatermarkColumn)
        .header(tr("High watermark"))
        .value([](const Row &partition) { return partition.highWatermark; })
        .numeric();
    column(MessagesColumn)
        .header(tr("Offset span"), tr("High minus low watermark: the messages retained, except on compacted "
                                      "topics and where transaction markers take offsets"))
        .value([](const Row &partition) { return partition.messageCount(); })
        .numeric();
    column(RateColumn)
        .header(tr("Msgs/s"), tr("Messages produced per second between the last two refreshes"))
        .value([this](const Row &partition) {
            return m_rates.ofPartition(m_topic, partition.id).value_or(-1.0);
        })
        .text([this](const Row &partition) { return formatRate(m_rates.ofPartition(m_topic, partition.id)); })
        .numeric();
    column(StatusColumn)
        .header(tr("Status"))
        .value([](const Row &partition) { return int(healthOf(partition)); })
        .text(statusText)
        .toolTip(statusToolTip);

    rowRole(TopicNameRole, [this](const Row &) { return m_topic; });
    rowRole(PartitionIdRole, [](const Row &partition) { return partition.id; });
}

QList<PartitionInfo> PartitionModel::partitionsOfTopic() const {
    const TopicInfo *info = m_snapshot ? m_snapshot->topic(m_topic) : nullptr;
    return info ? info->partitions : QList<PartitionInfo>();
}

void PartitionModel::setTopic(const QString &name) {
    if (name == m_topic)
        return;
    resetRows([&]() {
        m_topic = name;
        const QList<PartitionInfo> partitions = partitionsOfTopic();
        return std::vector<PartitionInfo>(partitions.cbegin(), partitions.cend());
    });
}

void PartitionModel::setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates) {
    m_snapshot = snapshot;
    m_rates = rates;
    mergeRows(partitionsOfTopic(), [](const PartitionInfo &partition) { return partition.id; });
}

} // namespace partita
