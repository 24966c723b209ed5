#pragma once

#include "clustersnapshot.h"
#include "connectionsettings.h"
#include "connectionstate.h"
#include "workerthread.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <chrono>

namespace partita {

class ClusterPoller;

// GUI-side handle on a cluster: owns the polling worker thread and relays its snapshots and state.
class ClusterMonitor : public QObject {
    Q_OBJECT
public:
    explicit ClusterMonitor(QObject *parent = nullptr);
    ~ClusterMonitor() override;

    // Invalid settings (ConnectionSettings::validate() not empty) end in the Failed state, naming the
    // problems.
    void start(const ConnectionSettings &settings,
               std::chrono::milliseconds interval = std::chrono::seconds(5));
    void stop();
    void refreshNow();
    bool isRunning() const;

    ClusterSnapshotPtr lastSnapshot() const { return m_lastSnapshot; }
    ConnectionState state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }

signals:
    void snapshotReady(partita::ClusterSnapshotPtr snapshot);
    void connectionStateChanged(partita::ConnectionState state, const QString &message);
    void pollStarted();
    void pollFinished(); // after the poll's state and snapshot, whether it succeeded or not

private:
    void setState(partita::ConnectionState state, const QString &message);
    void retirePoller();

    WorkerThreads m_threads;
    QPointer<QThread> m_thread;
    QPointer<ClusterPoller> m_poller;
    ClusterSnapshotPtr m_lastSnapshot;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_stateMessage;
};

} // namespace partita
