#pragma once

#include "connectionsettings.h"
#include "consumergroups.h"
#include "workerthread.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace partita {

class GroupPoller;

// GUI-side handle on a cluster's consumer groups: runs a GroupPoller on its own thread and relays
// one GroupsSnapshot per poll.
class GroupMonitor : public QObject {
    Q_OBJECT
public:
    explicit GroupMonitor(QObject *parent = nullptr);
    ~GroupMonitor() override;

    void start(const ConnectionSettings &settings,
               std::chrono::milliseconds interval = std::chrono::seconds(5));
    void stop();
    // Polls at once instead of waiting for the next interval.
    void refreshNow();
    // Group ids polled even when the broker does not list them (ACLs, or listing forbidden).
    void setWatchedGroups(const QStringList &groups);
    QStringList watchedGroups() const { return m_watchedGroups; }
    GroupsSnapshotPtr lastGroups() const { return m_lastGroups; }

signals:
    void groupsReady(partita::GroupsSnapshotPtr groups);
    void pollFailed(const QString &message);

private:
    void retirePoller();

    WorkerThreads m_threads;
    QPointer<QThread> m_thread;
    QPointer<GroupPoller> m_poller;
    QStringList m_watchedGroups;
    GroupsSnapshotPtr m_lastGroups;
};

} // namespace partita
