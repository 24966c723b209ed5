#pragma once

#include <QTableView>

namespace partita {

// The read-only table every page uses for snapshot data: whole-row selection, fixed row heights so
// large models stay cheap to lay out, and columns sized to their contents.
class DataTableView : public QTableView {
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);
};

} // namespace partita
