#pragma once

#include "clustersnapshot.h"
#include "productionrates.h"

#include <QWidget>

#include <vector>

class QLabel;
class QStackedWidget;

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
    // Before the first connection the page offers to make one instead of showing dashes.
    void setNeverConnected(bool neverConnected);

signals:
    // A finding was activated (double-click or Enter): show the topic, or the broker (-1 for none).
    void topicRequested(const QString &topic);
    void brokerRequested(int broker);
    void groupRequested(const QString &group);
    // The user asked for the connection dialog, or for the built-in demo cluster.
    void connectRequested();
    void demoRequested();

private:
    void showController(const ClusterSnapshot &snapshot);
    void showFindingsSummary();
    void activateFinding(const QModelIndex &index);

    QStackedWidget *m_stack; // the welcome panel or the cluster's overview
    QWidget *m_welcome;
    QWidget *m_overview;
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
