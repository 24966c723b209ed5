#include "brokermodel.h"

#include <QHash>

namespace partita {

BrokerModel::BrokerModel(QObject *parent)
    : TableModel(ColumnCount, SortRole, parent) {
    using Row = BrokerRow;
    column(IdColumn).header(tr("ID")).value([](const Row &row) { return row.broker.id; }, ValueText::Plain);
    column(AddressColumn).header(tr("Address")).value([](const Row &row) { return row.broker.address(); });
    column(StatusColumn)
        .header(tr("Status"))
        .value([](const Row &row) { return row.broker.online; })
        .text([](const Row &row) { return row.broker.online ? tr("online") : tr("offline"); });
    column(ControllerColumn)
        .header(tr("Controller"))
        .value([](const Row &row) { return row.controller; })
        .text([](const Row &row) { return row.controller ? tr("yes") : QString(); });
    column(LeadersColumn)
        .header(tr("Leaders"), tr("Partitions this broker leads"))
        .value([](const Row &row) { return row.leaders; })
        .numeric();
    column(ReplicasColumn)
        .header(tr("Replicas"), tr("Partition replicas this broker hosts, leaders included"))
        .value([](const Row &row) { return row.replicas; })
        .numeric();

    rowRole(Qt::ToolTipRole, [](const Row &row) {
        QString text = brokerToolTip(row.broker);
        if (row.controller)
            text += tr("; the cluster controller");
        return text;
    });
    rowRole(BrokerIdRole, [](const Row &row) { return row.broker.id; });
    rowRole(BrokerOnlineRole, [](const Row &row) { return row.broker.online; });
}

std::vector<BrokerRow> BrokerModel::rowsOf(const ClusterSnapshot *snapshot) {
    std::vector<BrokerRow> rows;
    if (!snapshot)
        return rows;

    QHash<int, int> leaders;
    QHash<int, int> replicas;
    for (const auto &topic : snapshot->topics) {
        for (const auto &partition : topic.partitions) {
            if (!partition.isOffline())
                ++leaders[partition.leader];
            for (int replica : partition.replicas)
                ++replicas[replica];
        }
    }

    rows.reserve(snapshot->brokers.size());
    for (const auto &broker : snapshot->brokers) {
        rows.push_back({broker, broker.id == snapshot->controllerId, leaders.value(broker.id),
                        replicas.value(broker.id)});
    }
    return rows;
}

void BrokerModel::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    mergeRows(rowsOf(snapshot.get()), [](const BrokerRow &row) { return row.broker.id; });
}

} // namespace partita
