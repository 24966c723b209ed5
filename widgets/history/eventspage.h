#pragma once

#include "clusterevent.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;

namespace partita {

class DataTableView;
class EventFilterModel;
class EventModel;

// The event timeline of the cluster: what changed between polls (brokers down and back, leaders that
// moved, ISR changes, topics, group states, verdicts and offset resets), kept with the lasting history
// so that it reads the same after a restart. Filterable by kind, text and a time range; double-clicking
// an event shows what it is about.
class EventsPage : public QWidget {
    Q_OBJECT
public:
    explicit EventsPage(QWidget *parent = nullptr);

    // `events` oldest first.
    void setEvents(const ClusterEvents &events);
    // Shows only the events in [fromMs, toMs], e.g. a range dragged on a chart.
    void showTimeRange(qint64 fromMs, qint64 toMs);
    // Clears the filters, e.g. for another cluster.
    void clearFilters();
    int shownEventCount() const;

signals:
    void topicRequested(const QString &topic);
    void groupRequested(const QString &group);
    void brokerRequested(int brokerId);

private:
    void openEvent(const QModelIndex &index);
    void updateRangeLabel();
    void updateEmptyNote();

    EventModel *m_model;
    EventFilterModel *m_filter;
    QComboBox *m_categoryCombo;
    QLineEdit *m_textEdit;
    QLabel *m_rangeLabel;
    QPushButton *m_clearRangeButton;
    DataTableView *m_table;
    QLabel *m_emptyNote;
};

} // namespace partita
