#pragma once

#include "clustersnapshot.h"

#include <QWidget>

namespace partita {

class BrokerModel;
class DataTableView;
class StatTile;

// The cluster at a glance: headline numbers with trouble highlighted, and the broker table.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // nullptr shows dashes: nothing is known about a cluster yet.
    void setSnapshot(const ClusterSnapshotPtr &snapshot);

private:
    void showController(const ClusterSnapshot &snapshot);

    BrokerModel *m_brokerModel;
    StatTile *m_clusterId;
    StatTile *m_controller;
    StatTile *m_brokers;
    StatTile *m_lastRefresh;
    StatTile *m_topics;
    StatTile *m_partitions;
    StatTile *m_underReplicated;
    StatTile *m_offline;
    DataTableView *m_brokerTable;
};

} // namespace partita
