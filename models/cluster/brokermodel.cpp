#include "brokermodel.h"

#include "productionrates.h"

#include <QHash>

#include <algorithm>

namespace partita {

BrokerModel::BrokerModel(QObject *parent)
    : TableModel(ColumnCount, SortRole, parent) {
    using Row = BrokerRow;
    column(IdColumn).header(tr("ID")).value([](const Row &row) { return row.broker.id; }, ValueText::Plain);
    column(AddressColumn).header(tr("Address")).value([](const Row &row) { return row.broker.address(); });
    column(StatusColumn)
        .header(tr("Status"))
        .value([](const Row &row) { return row.broker.online; })
        .text([](const Row &row) { return row.broker.online ? tr("online") : tr("down"); });
    column(ControllerColumn)
        .header(tr("Controller"))
        .value([](const Row &row) { return int(row.controller); })
        .text([](const Row &row) {
            switch (row.controller) {
            case ControllerPart::Active:
                return tr("yes");
            case ControllerPart::Voter:
                return tr("voter");
            case ControllerPart::None:
                break;
            }
            return QString();
        });
    column(LeadersColumn)
        .header(tr("Leaders"), tr("Partitions this broker leads"))
        .value([](const Row &row) { return row.leaders; })
        .numeric();
    column(ReplicasColumn)
        .header(tr("Replicas"), tr("Partition replicas this broker hosts, leaders included"))
        .value([](const Row &row) { return row.replicas; })
        .numeric();
    column(RateColumn)
        .header(tr("Msgs/s"), tr("Messages produced per second to the partitions this broker leads, between "
                                 "the last two refreshes"))
        .value([](const Row &row) { return row.perSecond ? *row.perSecond : -1.0; })
        .text([](const Row &row) { return formatRate(row.perSecond); })
        .numeric();

    rowRole(Qt::ToolTipRole, [](const Row &row) {
        QString text = brokerToolTip(row.broker);
        if (row.controller == ControllerPart::Active)
            text += tr("; the cluster controller");
        else if (row.controller == ControllerPart::Voter)
            text += tr("; a controller voter of the KRaft quorum (which voter is active is not visible to "
                       "clients)");
        return text;
    });
    rowRole(BrokerIdRole, [](const Row &row) { return row.broker.id; });
    rowRole(BrokerOnlineRole, [](const Row &row) { return row.broker.online; });
}

std::vector<BrokerRow> BrokerModel::rowsOf(const ClusterSnapshot *snapshot, const ProductionRates &rates) {
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

    const auto partOf = [snapshot](int brokerId) {
        if (brokerId == snapshot->controllerId)
            return ControllerPart::Active;
        const bool voter =
            std::any_of(snapshot->controllerVoters.cbegin(), snapshot->controllerVoters.cend(),
                        [brokerId](const ControllerVoter &candidate) { return candidate.id == brokerId; });
        return voter ? ControllerPart::Voter : ControllerPart::None;
    };
    rows.reserve(snapshot->brokers.size());
    for (const auto &broker : snapshot->brokers)
        rows.push_back({broker, partOf(broker.id), leaders.value(broker.id), replicas.value(broker.id),
                        broker.online ? rates.ofBroker(broker.id) : std::nullopt});
    return rows;
}

void BrokerModel::setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates) {
    mergeRows(rowsOf(snapshot.get(), rates), [](const BrokerRow &row) { return row.broker.id; });
}

} // namespace partita
