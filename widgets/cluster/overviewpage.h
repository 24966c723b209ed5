#pragma once

#include "clustersnapshot.h"

#include <QWidget>

class QLabel;

namespace partita {

class BrokerModel;
class DataTableView;
class HealthFindingModel;
class StatTile;

// The cluster at a glance: what needs attention first (the health findings, each a way to the view
// that shows it), then headline numbers with trouble highlighted, and the broker table.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // nullptr shows dashes: nothing is known about a cluster yet.
    void setSnapshot(const ClusterSnapshotPtr &snapshot);

signals:
    // A finding was activated (double-click or Enter): show the topic, or the broker (-1 for none).
    void topicRequested(const QString &topic);
    void brokerRequested(int broker);

private:
    void showController(const ClusterSnapshot &snapshot);
    void showFindingsSummary(const ClusterSnapshotPtr &snapshot);
    void activateFinding(const QModelIndex &index);

    HealthFindingModel *m_findingModel;
    DataTableView *m_findingTable;
    QLabel *m_findingsSummary;
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
