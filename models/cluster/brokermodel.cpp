#include "brokermodel.h"

#include "displayformat.h"

#include <QHash>

namespace partita {

BrokerModel::BrokerModel(QObject *parent)
    : MergingTableModel(parent) {}

std::vector<BrokerModel::Row> BrokerModel::rowsOf(const ClusterSnapshot *snapshot) {
    std::vector<Row> rows;
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
    mergeSorted(
        m_rows, rowsOf(snapshot.get()), [](const Row &row) { return row.broker.id; }, rowObserver());
}

int BrokerModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BrokerModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BrokerModel::data(const QModelIndex &index, int role) const {
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};

    const Row &row = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return QString::number(row.broker.id);
        case AddressColumn:
            return row.broker.address();
        case StatusColumn:
            return row.broker.online ? tr("online") : tr("offline");
        case ControllerColumn:
            return row.controller ? tr("yes") : QString();
        case LeadersColumn:
            return formatCount(row.leaders);
        case ReplicasColumn:
            return formatCount(row.replicas);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case IdColumn:
            return row.broker.id;
        case AddressColumn:
            return row.broker.address();
        case StatusColumn:
            return row.broker.online;
        case ControllerColumn:
            return row.controller;
        case LeadersColumn:
            return row.leaders;
        case ReplicasColumn:
            return row.replicas;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        QString text = brokerToolTip(row.broker);
        if (row.controller)
            text += tr("; the cluster controller");
        return text;
    }
    case Qt::TextAlignmentRole:
        return column == LeadersColumn || column == ReplicasColumn ? numberAlignment() : QVariant();
    case BrokerIdRole:
        return row.broker.id;
    case BrokerOnlineRole:
        return row.broker.online;
    }
    return {};
}

QVariant BrokerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};

    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case IdColumn:
            return tr("ID");
        case AddressColumn:
            return tr("Address");
        case StatusColumn:
            return tr("Status");
        case ControllerColumn:
            return tr("Controller");
        case LeadersColumn:
            return tr("Leaders");
        case ReplicasColumn:
            return tr("Replicas");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case LeadersColumn:
            return tr("Partitions this broker leads");
        case ReplicasColumn:
            return tr("Partition replicas this broker hosts, leaders included");
        default:
            break;
        }
    }
    return {};
}

} // namespace partita
