#include "datatableview.h"

#include <QHeaderView>

namespace partita {

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent) {
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(false);

    // QHeaderView measures ResizeToContents columns again when columns or the layout change, not when
    // rows arrive or their text changes: without this, merged-in rows would be cut off with "…".
    m_fitColumns.setSingleShot(true);
    m_fitColumns.setInterval(0);
    connect(&m_fitColumns, &QTimer::timeout, this,
            [this] { QMetaObject::invokeMethod(horizontalHeader(), "resizeSections"); });
}

void DataTableView::rowsInserted(const QModelIndex &parent, int start, int end) {
    QTableView::rowsInserted(parent, start, end);
    m_fitColumns.start();
}

void DataTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles) {
    QTableView::dataChanged(topLeft, bottomRight, roles);
    if (roles.isEmpty() || roles.contains(Qt::DisplayRole))
        m_fitColumns.start();
}

} // namespace partita
