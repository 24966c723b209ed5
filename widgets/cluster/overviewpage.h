#pragma once

#include "clustersnapshot.h"
#include "productionrates.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace partita {

class BrokerModel;
class DataTableView;
class HealthFindingModel;
struct GroupLagState;
class StatTile;

// The cluster at a glance: what needs attention first (the health findings, each a way to the view
// that shows it), then headline numbers with trouble highlighted, and the broker table.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // nullptr shows dashes: nothing is known about a cluster yet.
    void setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates = {});
    // The groups' latest verdicts, for their findings; empty when none are known.
    void setGroups(const std::vector<GroupLagState> &groups);

signals:
    // A finding was activated (double-click or Enter): show the topic, or the broker (-1 for none).
    void topicRequested(const QString &topic);
    void brokerRequested(int broker);
    void groupRequested(const QString &group);

private:
    void showController(const ClusterSnapshot &snapshot);
    void showFindingsSummary();
    void activateFinding(const QModelIndex &index);

    HealthFindingModel *m_findingModel;
    DataTableView *m_findingTable;
    QLabel *m_findingsSummary;
    ClusterSnapshotPtr m_snapshot;
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
