#pragma once

#include <QTableView>
#include <QTimer>

namespace partita {

// The read-only table every page uses for snapshot data: whole-row selection, fixed row heights so
// large models stay cheap to lay out, and columns sized to their contents as the contents change.
class DataTableView : public QTableView {
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    QTimer m_fitColumns; // one re-measure per batch of model changes
};

} // namespace partita
