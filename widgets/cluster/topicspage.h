#pragma once

#include "clustersnapshot.h"
#include "productionrates.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLineEdit;
class QModelIndex;

namespace partita {

class DataTableView;
class LagTracker;
class ThroughputChart;
class PartitionModel;
class SectionTitle;
class TopicFilterProxyModel;
class TopicModel;

// Lists the topics, filtered and sorted, and the partitions of the selected topic. The selection is kept
// across refreshes because the models merge rows instead of resetting.
class TopicsPage : public QWidget {
    Q_OBJECT
public:
    explicit TopicsPage(QWidget *parent = nullptr);

    void setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates = {});
    // The session's history, for the selected topic's throughput chart; nullptr for none.
    void setLagTracker(LagTracker *tracker);
    QString selectedTopic() const;
    // Selects the topic, clearing a filter that hides it and showing internal topics if it is one.
    void selectTopic(const QString &name);
    // Empties the topic filter, e.g. for another cluster whose topics it may not match.
    void clearFilter();
    // Actions on the selected topic: buttons beside the filter and the topic table's context menu.
    void setTopicActions(const QList<QAction *> &actions);

signals:
    // A topic (partition -1) or one of its partitions was double-clicked: show its messages.
    void messagesRequested(const QString &topic, int partition);
    // Another topic (or none: empty) is selected.
    void topicSelected(const QString &topic);

private:
    void showTopic(const QModelIndex &proxyIndex);
    void updatePartitionTitle();
    void ensureSelection();

    TopicModel *m_topicModel;
    TopicFilterProxyModel *m_topicProxy;
    PartitionModel *m_partitionModel;
    QLineEdit *m_filterEdit;
    QCheckBox *m_internalCheck;
    QHBoxLayout *m_filterRow;
    DataTableView *m_topicTable;
    SectionTitle *m_partitionTitle;
    DataTableView *m_partitionTable;
    ThroughputChart *m_throughput;
    bool m_hasSnapshot = false;
};

} // namespace partita
