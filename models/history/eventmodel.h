#pragma once

#include "clusterevent.h"
#include "tablemodel.h"

#include <QSortFilterProxyModel>

namespace partita {

// The event timeline: when, what kind, and what happened, newest first. Diffed per event, so the rows
// the user looks at stay put while new events arrive.
class EventModel : public TableModel<ClusterEvent> {
    Q_OBJECT
public:
    enum Column { TimeColumn, CategoryColumn, EventColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        TimeRole,     // ms since the epoch
        CategoryRole, // int(ClusterEventText::Category)
        TopicRole,    // the topic it is about, or an empty string
        GroupRole,    // the consumer group it is about, or an empty string
        BrokerRole,   // the broker it is about, or -1
    };

    explicit EventModel(QObject *parent = nullptr);

    // `events` oldest first, as the history gives them.
    void setEvents(const ClusterEvents &events);
};

// Shows the events of one category (or all), whose text contains a filter, within a time range.
class EventFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventFilterModel(QObject *parent = nullptr);

    // -1 for every category.
    void setCategory(int category);
    void setText(const QString &text);
    // Both ends included; an empty range (fromMs > toMs) shows all times.
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void clearTimeRange() { setTimeRange(1, 0); }
    bool hasTimeRange() const { return m_fromMs <= m_toMs; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_category = -1;
    QString m_text;
    qint64 m_fromMs = 1;
    qint64 m_toMs = 0;
};

} // namespace partita
