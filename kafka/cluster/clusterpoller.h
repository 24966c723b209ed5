#pragma once

#include "clustersnapshot.h"
#include "connectionsettings.h"
#include "connectionstate.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace partita {

class SnapshotClient;

// Lives on a worker thread: owns the SnapshotClient there and polls it on a timer.
class ClusterPoller : public QObject {
    Q_OBJECT
public:
    ClusterPoller(const ConnectionSettings &settings, std::chrono::milliseconds interval);
    ~ClusterPoller() override;

    // Both run on the worker thread (invoke them queued).
    void start();
    void poll();

signals:
    void pollStarted();
    void pollFinished();
    void snapshotReady(partita::ClusterSnapshotPtr snapshot);
    void connectionStateChanged(partita::ConnectionState state, const QString &message);

private:
    ConnectionSettings m_settings;
    std::chrono::milliseconds m_interval;
    std::unique_ptr<SnapshotClient> m_client;
    QTimer *m_timer = nullptr;
};

} // namespace partita
