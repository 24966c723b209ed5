#pragma once

#include "connectionsettings.h"
#include "consumergroups.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace partita {

class GroupClient;
class SnapshotClient;

// Lives on its own worker thread: each poll takes a cluster snapshot for the watermarks, then the
// groups' committed offsets, so lag compares offsets of the same refresh. Separate from the cluster
// poller because group requests can be slow (or unanswered, as on the mock cluster) without that
// being allowed to hold up the topology.
class GroupPoller : public QObject {
    Q_OBJECT
public:
    GroupPoller(const ConnectionSettings &settings, std::chrono::milliseconds interval);
    ~GroupPoller() override;

    // All run on the worker thread (invoke them queued).
    void start();
    void poll();
    void setWatchedGroups(const QStringList &groups);

signals:
    void groupsReady(partita::GroupsSnapshotPtr groups);
    void pollFailed(const QString &message);

private:
    ConnectionSettings m_settings;
    std::chrono::milliseconds m_interval;
    QStringList m_watchedGroups;
    std::unique_ptr<SnapshotClient> m_snapshots;
    std::unique_ptr<GroupClient> m_groups;
    QTimer *m_timer = nullptr;
};

} // namespace partita
