#include "eventmodel.h"

#include "clustereventtext.h"

#include <algorithm>
#include <tuple>

namespace partita {

namespace {

bool isGroupEvent(ClusterEvent::Kind kind) {
    return ClusterEventText::categoryOf(kind) == ClusterEventText::Groups;
}

// Newest first; events of one poll in a fixed order.
auto keyOf(const ClusterEvent &event) {
    return std::make_tuple(-event.timeMs, int(event.kind), event.subject, event.topic, event.partition,
                           event.from, event.to);
}

} // namespace

EventModel::EventModel(QObject *parent)
    : TableModel(ColumnCount, SortRole, parent) {
    using Row = ClusterEvent;
    column(TimeColumn)
        .header(tr("Time"))
        .value([](const Row &row) { return row.timeMs; })
        .text([](const Row &row) { return formatTimestamp(row.timeMs); });
    column(CategoryColumn)
        .header(tr("Kind"))
        .value([](const Row &row) { return int(ClusterEventText::categoryOf(row.kind)); })
        .text([](const Row &row) {
            return ClusterEventText::categoryName(ClusterEventText::categoryOf(row.kind));
        });
    column(EventColumn)
        .header(tr("Event"))
        .value([](const Row &row) { return ClusterEventText::describe(row); })
        .toolTip([](const Row &row) { return ClusterEventText::describe(row); });
    rowRole(TimeRole, [](const Row &row) { return row.timeMs; });
    rowRole(CategoryRole, [](const Row &row) { return int(ClusterEventText::categoryOf(row.kind)); });
    rowRole(TopicRole, [](const Row &row) {
        if (isGroupEvent(row.kind))
            return row.topic;
        return ClusterEventText::categoryOf(row.kind) == ClusterEventText::Brokers ? QString() : row.subject;
    });
    rowRole(GroupRole, [](const Row &row) { return isGroupEvent(row.kind) ? row.subject : QString(); });
    rowRole(BrokerRole, [](const Row &row) {
        return ClusterEventText::categoryOf(row.kind) == ClusterEventText::Brokers ? row.subject.toInt() : -1;
    });
}

void EventModel::setEvents(const ClusterEvents &events) {
    ClusterEvents sorted(events.rbegin(), events.rend());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ClusterEvent &a, const ClusterEvent &b) { return keyOf(a) < keyOf(b); });
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    mergeRows(sorted, [](const ClusterEvent &event) { return keyOf(event); });
}

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {}

void EventFilterModel::setCategory(int category) {
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void EventFilterModel::setText(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void EventFilterModel::setTimeRange(qint64 fromMs, qint64 toMs) {
    if (fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, EventModel::EventColumn, sourceParent);
    if (m_category >= 0 && index.data(EventModel::CategoryRole).toInt() != m_category)
        return false;
    if (hasTimeRange()) {
        const qint64 time = index.data(EventModel::TimeRole).toLongLong();
        if (time < m_fromMs || time > m_toMs)
            return false;
    }
    return m_text.isEmpty() || index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace partita
