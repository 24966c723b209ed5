#pragma once

#include "connectionstate.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;
class QProgressBar;

namespace partita {

class ElidedLabel;

// Status-bar strip: connection state with its message (and that it keeps retrying after a failure), a
// busy indicator while a poll runs, and how old the data on screen is, flagged as stale once several
// refreshes were missed.
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

private:
    void updateAge();
    void updateRetry();

    QLabel *m_dot;
    QLabel *m_stateLabel;
    ElidedLabel *m_messageLabel;
    QLabel *m_retryLabel;
    QProgressBar *m_busyBar;
    QLabel *m_ageLabel;
    ConnectionState m_state = ConnectionState::Disconnected;
    QTimer m_ageTimer;
    QDateTime m_lastRefresh;
    std::chrono::milliseconds m_interval{5000};
};

} // namespace partita
