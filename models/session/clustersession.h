#pragma once

#include "clustersnapshot.h"
#include "connectionsettings.h"
#include "connectionstate.h"
#include "consumergroups.h"
#include "snapshotclient.h"
#include "workerhandle.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <memory>

namespace partita {

class AdminService;
class GroupService;
class LagTracker;
class MessageBrowser;

// Everything that belongs to one connection: its settings, the workers that read the cluster, the
// consumer groups watched by hand (persisted per cluster) and the lag history. The window creates one
// per connection and drops it to disconnect; pages observe it. Nothing of an earlier connection can
// reach a later one's views, because each session's answers are queued calls to that session.
//
// One metadata + watermark fetch per interval feeds both the topology and the groups: each snapshot
// starts a group poll with its watermarks, unless one is still running (a slow group poll never delays
// the topology; it just skips to the newest snapshot). Refreshes, interval and watch-list changes that
// arrive during a poll cause at most one follow-up poll.
class ClusterSession : public QObject {
    Q_OBJECT
public:
    ClusterSession(const ConnectionSettings &settings, std::chrono::milliseconds interval,
                   QObject *parent = nullptr);
    ~ClusterSession() override; // returns at once, whatever the cluster is doing

    const ConnectionSettings &settings() const { return m_settings; }
    bool isReadOnly() const { return m_settings.readOnly; }

    // Starts polling. Separate from the constructor so observers can connect first.
    void start();
    void refreshNow();
    // Also resizes the lag history, which forgets what was recorded at the old interval.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    ConnectionState state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    bool isPolling() const { return m_clusterPoll.inFlight; }
    ClusterSnapshotPtr lastSnapshot() const { return m_lastSnapshot; }

    // Group ids polled even when the broker does not list them (ACLs, or listing forbidden).
    QStringList watchedGroups() const { return m_watchedGroups; }
    void watchGroup(const QString &id);
    void unwatchGroup(const QString &id);
    // Off for a cluster whose address is made anew each time (the built-in demo): groups watched there
    // would pile up in the settings under addresses never seen again. Forgets any loaded for it.
    void setRemembersWatchedGroups(bool remember);
    // Shared so that a page can keep showing the last history after the session is gone.
    std::shared_ptr<LagTracker> lagTracker() const { return m_lagTracker; }
    // The connection's message browser, made when first asked for.
    MessageBrowser *browser();
    GroupsSnapshotPtr lastGroups() const { return m_lastGroups; }
    // Why the latest group poll brought nothing, empty when it did.
    QString groupPollError() const { return m_groupPollError; }
    // Group polling and offset resets of this connection.
    GroupService *groupService() const { return m_groupService; }
    // Topic, configuration, record and ACL administration of this connection, made when first asked for.
    AdminService *adminService();

signals:
    void connectionStateChanged(partita::ConnectionState state, const QString &message);
    void pollStarted();
    void snapshotReady(partita::ClusterSnapshotPtr snapshot);
    void pollFinished(); // after the poll's state and snapshot, whether it succeeded or not
    // A group poll arrived; the lag tracker judges it on its own thread and says lagUpdated() then.
    void groupsReady(partita::GroupsSnapshotPtr groups);
    void groupPollFailed(const QString &message);
    void watchedGroupsChanged(const QStringList &groups);
    // Something the user should know about the session's machinery, e.g. that group polling was
    // restarted after a librdkafka failure.
    void notice(const QString &message);

private:
    // A poll that can be asked for while it runs: the ask is remembered, once.
    struct PollSlot {
        bool inFlight = false;
        bool followUp = false;
    };

    void pollCluster();
    void clusterPolled(const SnapshotResult &result);
    void followHistory(const ClusterSnapshot &snapshot);
    void pollGroups();
    void groupsPolled(const GroupsSnapshotPtr &groups, const QString &error);
    void setState(ConnectionState state, const QString &message);
    void storeWatchedGroups() const;

    ConnectionSettings m_settings;
    std::chrono::milliseconds m_interval;
    std::shared_ptr<LagTracker> m_lagTracker;
    GroupService *m_groupService;
    QTimer m_timer;
    WorkerHandle<SnapshotClient> m_snapshots;
    PollSlot m_clusterPoll;
    PollSlot m_groupPoll;
    bool m_started = false;
    ClusterSnapshotPtr m_lastSnapshot;
    GroupsSnapshotPtr m_lastGroups;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_stateMessage;
    QStringList m_watchedGroups;
    bool m_remembersWatchedGroups = true;
    QString m_groupPollError;
    QString m_historyClusterId;             // whose lasting history the lag tracker keeps
    MessageBrowser *m_browser = nullptr;    // a child, so gone with the session
    AdminService *m_adminService = nullptr; // likewise
};

} // namespace partita
