#include "requeststatus.h"

#include "statuscolors.h"

namespace partita {

RequestStatus::RequestStatus(QWidget *parent)
    : QLabel(parent)
    , m_plainColor(palette().color(QPalette::WindowText)) {
    setObjectName(QStringLiteral("requestStatus"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
}

void RequestStatus::showBusy(const QString &text) {
    show(text, m_plainColor, false);
}

void RequestStatus::showError(const QString &text) {
    show(text, StatusColors::critical(), true);
}

void RequestStatus::showWarning(const QString &text) {
    show(text, StatusColors::warning(), false);
}

void RequestStatus::showDone(const QString &text) {
    show(text, StatusColors::healthy(), false);
}

void RequestStatus::clearStatus() {
    show(QString(), m_plainColor, false);
}

void RequestStatus::show(const QString &text, const QColor &color, bool error) {
    m_error = error;
    QPalette colored = palette();
    colored.setColor(QPalette::WindowText, color);
    setPalette(colored);
    setText(text);
}

} // namespace partita
