#pragma once

#include <QLabel>

class QAbstractItemModel;
class QLineEdit;

namespace partita {

// Says so when a filter hides every row of a table ("No topic matches “xyz”"), so an empty table is
// never taken for an empty cluster. Hidden otherwise.
class EmptyFilterLabel : public QLabel {
    Q_OBJECT
public:
    // `message` has %1 for the filter text; `filtered` is the model the table shows.
    EmptyFilterLabel(QLineEdit *filter, QAbstractItemModel *filtered, const QString &message,
                     QWidget *parent = nullptr);

private:
    void update();

    QLineEdit *m_filter;
    QAbstractItemModel *m_filtered;
    QString m_message;
};

} // namespace partita
