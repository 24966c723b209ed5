#include "grouppoller.h"

#include "groupclient.h"
#include "snapshotclient.h"

namespace partita {

GroupPoller::GroupPoller(const ConnectionSettings &settings, std::chrono::milliseconds interval)
    : m_settings(settings)
    , m_interval(interval) {}

GroupPoller::~GroupPoller() = default;

void GroupPoller::start() {
    QString error;
    m_snapshots = SnapshotClient::create(m_settings, &error);
    if (m_snapshots)
        m_groups = GroupClient::create(m_settings, &error);
    if (!m_groups) {
        emit pollFailed(error);
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true); // re-armed after each poll: a slow poll never queues more polls
    connect(m_timer, &QTimer::timeout, this, &GroupPoller::poll);
    poll();
}

void GroupPoller::poll() {
    if (!m_groups)
        return;
    m_timer->stop();
    const SnapshotResult cluster = m_snapshots->fetch();
    if (cluster.snapshot)
        emit groupsReady(m_groups->fetch(m_watchedGroups, *cluster.snapshot));
    else
        emit pollFailed(cluster.message);
    m_timer->start(m_interval);
}

void GroupPoller::setWatchedGroups(const QStringList &groups) {
    m_watchedGroups = groups;
    poll();
}

} // namespace partita
