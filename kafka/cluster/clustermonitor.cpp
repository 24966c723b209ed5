#include "clustermonitor.h"

#include "clusterpoller.h"

namespace partita {

ClusterMonitor::ClusterMonitor(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<ClusterSnapshotPtr>();
    qRegisterMetaType<ConnectionState>();
}

ClusterMonitor::~ClusterMonitor() {
    retirePoller(); // no state signal: whoever listens may be half destroyed already
}

void ClusterMonitor::start(const ConnectionSettings &settings, std::chrono::milliseconds interval) {
    stop();
    m_poller = new ClusterPoller(settings, interval);
    connect(m_poller, &ClusterPoller::pollStarted, this, &ClusterMonitor::pollStarted);
    connect(m_poller, &ClusterPoller::pollFinished, this, &ClusterMonitor::pollFinished);
    connect(m_poller, &ClusterPoller::snapshotReady, this, [this](const ClusterSnapshotPtr &snapshot) {
        m_lastSnapshot = snapshot;
        emit snapshotReady(snapshot);
    });
    connect(m_poller, &ClusterPoller::connectionStateChanged, this, &ClusterMonitor::setState);
    m_thread = m_threads.start(m_poller, QStringLiteral("ClusterPoller"));
    ClusterPoller *poller = m_poller;
    QMetaObject::invokeMethod(
        poller, [poller] { poller->start(); }, Qt::QueuedConnection);
}

void ClusterMonitor::stop() {
    if (!m_thread)
        return;
    retirePoller();
    setState(ConnectionState::Disconnected, QString());
}

void ClusterMonitor::retirePoller() {
    if (!m_thread)
        return;
    // Results of the old connection must not reach the views; then let the thread wind down on its
    // own (a poll in flight ends within its timeouts) instead of waiting for it here.
    m_poller->disconnect(this);
    m_threads.retire(m_thread);
    m_thread = nullptr;
    m_poller = nullptr;
    m_lastSnapshot.reset();
}

void ClusterMonitor::refreshNow() {
    if (ClusterPoller *poller = m_poller)
        QMetaObject::invokeMethod(
            poller, [poller] { poller->poll(); }, Qt::QueuedConnection);
}

bool ClusterMonitor::isRunning() const {
    return m_thread != nullptr;
}

void ClusterMonitor::setState(ConnectionState state, const QString &message) {
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit connectionStateChanged(state, message);
}

} // namespace partita
