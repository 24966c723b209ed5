#include "groupmonitor.h"

#include "grouppoller.h"

namespace partita {

GroupMonitor::GroupMonitor(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<GroupsSnapshotPtr>();
}

GroupMonitor::~GroupMonitor() {
    retirePoller();
}

void GroupMonitor::start(const ConnectionSettings &settings, std::chrono::milliseconds interval) {
    stop();
    m_poller = new GroupPoller(settings, interval);
    connect(m_poller, &GroupPoller::groupsReady, this, [this](const GroupsSnapshotPtr &groups) {
        m_lastGroups = groups;
        emit groupsReady(groups);
    });
    connect(m_poller, &GroupPoller::pollFailed, this, &GroupMonitor::pollFailed);
    m_thread = m_threads.start(m_poller, QStringLiteral("GroupPoller"));
    GroupPoller *poller = m_poller;
    const QStringList watched = m_watchedGroups;
    QMetaObject::invokeMethod(
        poller,
        [poller, watched] {
            poller->setWatchedGroups(watched);
            poller->start();
        },
        Qt::QueuedConnection);
}

void GroupMonitor::stop() {
    retirePoller();
}

void GroupMonitor::refreshNow() {
    if (GroupPoller *poller = m_poller)
        QMetaObject::invokeMethod(
            poller, [poller] { poller->poll(); }, Qt::QueuedConnection);
}

void GroupMonitor::setWatchedGroups(const QStringList &groups) {
    m_watchedGroups = groups;
    if (GroupPoller *poller = m_poller)
        QMetaObject::invokeMethod(
            poller, [poller, groups] { poller->setWatchedGroups(groups); }, Qt::QueuedConnection);
}

void GroupMonitor::retirePoller() {
    if (!m_thread)
        return;
    // The old cluster's groups must not reach the views; its thread ends on its own.
    m_poller->disconnect(this);
    m_threads.retire(m_thread);
    m_thread = nullptr;
    m_poller = nullptr;
    m_lastGroups.reset();
}

} // namespace partita
