#pragma once

#include "clustersnapshot.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace partita {

class ReplicaDelegate;
class TopologyModel;

// The replica placement grid: every partition of every topic against every broker, grouped by topic
// (click a topic's row to fold it), with a topic filter, a toggle for internal topics and a legend of the
// cell states.
class TopologyView : public QWidget {
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);

    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    // While the cluster cannot be reached the cells show the last placement known, faded.
    void setStale(bool stale);
    // Empties the topic filter, e.g. for another cluster whose topics it may not match.
    void clearFilter();

signals:
    // The user asked to read the messages of a partition (double-click or context menu).
    void messagesRequested(const QString &topic, int partition);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void requestMessages(const QModelIndex &index);
    void toggleTopic(int row);
    void updateSummary();
    void fitColumns();

    TopologyModel *m_model;
    QLineEdit *m_filterEdit;
    QCheckBox *m_internalToggle;
    QLabel *m_summaryLabel;
    QTableView *m_table;
    ReplicaDelegate *m_delegate;
    bool m_hasSnapshot = false;
};

} // namespace partita
