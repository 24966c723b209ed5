#include "clusterpoller.h"

#include "snapshotclient.h"

namespace partita {

ClusterPoller::ClusterPoller(const ConnectionSettings &settings, std::chrono::milliseconds interval)
    : m_settings(settings)
    , m_interval(interval) {}

ClusterPoller::~ClusterPoller() = default;

void ClusterPoller::start() {
    QString error;
    m_client = SnapshotClient::create(m_settings, &error);
    if (!m_client) {
        emit connectionStateChanged(ConnectionState::Failed, error);
        return;
    }
    emit connectionStateChanged(
        ConnectionState::Connecting,
        QStringLiteral("Connecting to %1").arg(m_settings.bootstrapServers.trimmed()));
    m_timer = new QTimer(this);
    // Single-shot, re-armed after each poll, so a slow poll never queues up a backlog of polls.
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ClusterPoller::poll);
    poll();
}

void ClusterPoller::poll() {
    if (!m_client)
        return;
    m_timer->stop();
    emit pollStarted();
    SnapshotResult result = m_client->fetch();
    // State first, so whoever handles the snapshot already sees the verdict that came with it.
    emit connectionStateChanged(result.state, result.message);
    if (result.snapshot)
        emit snapshotReady(result.snapshot);
    emit pollFinished();
    m_timer->start(m_interval);
}

} // namespace partita
