#pragma once

#include "clustersnapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace partita {

class TopologyModel;

// The replica placement grid: every partition of every topic against every broker, with a topic filter
// and a legend of the cell states.
class TopologyView : public QWidget {
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);

    void setSnapshot(const ClusterSnapshotPtr &snapshot);

signals:
    // The user asked to read the messages of a partition (double-click or context menu).
    void messagesRequested(const QString &topic, int partition);

private:
    void requestMessages(const QModelIndex &index);
    void updateSummary();

    TopologyModel *m_model;
    QLineEdit *m_filterEdit;
    QLabel *m_summaryLabel;
    QTableView *m_table;
    bool m_hasSnapshot = false;
};

} // namespace partita
