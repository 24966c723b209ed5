#pragma once

#include "connectionstate.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;
class QProgressBar;

namespace partita {

// Status-bar strip: connection state with its message, a busy indicator while a poll runs, and how old
// the data on screen is, flagged as stale once several refreshes were missed.
class ConnectionStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    void setState(ConnectionState state, const QString &message);
    void setBusy(bool busy);
    void setLastRefresh(const QDateTime &time);
    void setRefreshInterval(std::chrono::milliseconds interval);

    // Data older than this many refresh intervals counts as stale.
    static constexpr int StaleIntervals = 3;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateAge();
    void showMessage();

    QLabel *m_dot;
    QLabel *m_stateLabel;
    QLabel *m_messageLabel;
    QProgressBar *m_busyBar;
    QLabel *m_ageLabel;
    QString m_message;
    QTimer m_ageTimer;
    QDateTime m_lastRefresh;
    std::chrono::milliseconds m_interval{5000};
};

} // namespace partita
