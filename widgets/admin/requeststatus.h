#pragma once

#include <QLabel>

namespace partita {

// The line under an administration dialog's form: what it is doing, what came of it, or the broker's
// error word for word (selectable, so it can be copied into a ticket).
class RequestStatus : public QLabel {
    Q_OBJECT
public:
    explicit RequestStatus(QWidget *parent = nullptr);

    void showBusy(const QString &text);
    void showError(const QString &text);
    void showWarning(const QString &text);
    void showDone(const QString &text);
    void clearStatus();
    bool isShowingError() const { return m_error; }

private:
    void show(const QString &text, const QColor &color, bool error);

    QColor m_plainColor;
    bool m_error = false;
};

} // namespace partita
