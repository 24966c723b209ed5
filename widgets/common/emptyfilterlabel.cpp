#include "emptyfilterlabel.h"

#include <QAbstractItemModel>
#include <QLineEdit>

namespace partita {

EmptyFilterLabel::EmptyFilterLabel(QLineEdit *filter, QAbstractItemModel *filtered, const QString &message,
                                   QWidget *parent)
    : QLabel(parent)
    , m_filter(filter)
    , m_filtered(filtered)
    , m_message(message) {
    setForegroundRole(QPalette::PlaceholderText);
    hide();
    connect(filter, &QLineEdit::textChanged, this, &EmptyFilterLabel::update);
    connect(filtered, &QAbstractItemModel::rowsInserted, this, &EmptyFilterLabel::update);
    connect(filtered, &QAbstractItemModel::rowsRemoved, this, &EmptyFilterLabel::update);
    connect(filtered, &QAbstractItemModel::modelReset, this, &EmptyFilterLabel::update);
    connect(filtered, &QAbstractItemModel::layoutChanged, this, &EmptyFilterLabel::update);
}

void EmptyFilterLabel::update() {
    const QString text = m_filter->text().trimmed();
    const bool hidesAll = !text.isEmpty() && m_filtered->rowCount() == 0;
    if (hidesAll)
        setText(m_message.arg(text));
    setVisible(hidesAll);
}

} // namespace partita
