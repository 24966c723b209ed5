#include "clustersession.h"

#include "adminservice.h"
#include "groupservice.h"
#include "historysettings.h"
#include "lagtracker.h"
#include "messagebrowser.h"

#include <QSettings>

namespace partita {

namespace {

const QString WatchedGroupsSettings = QStringLiteral("WatchedGroups");

// Group requests get the interval's worth of time, but never less than the clients' own minimum.
std::chrono::milliseconds groupRequestTimeout(std::chrono::milliseconds interval) {
    return std::max<std::chrono::milliseconds>(interval, std::chrono::seconds(10));
}

} // namespace

ClusterSession::ClusterSession(const ConnectionSettings &settings, std::chrono::milliseconds interval,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_interval(interval)
    , m_lagTracker(std::make_shared<LagTracker>(interval))
    , m_groupService(new GroupService(settings, groupRequestTimeout(interval), this))
    , m_snapshots(this, QStringLiteral("ClusterSnapshots"),
                  [settings](QString *error) { return SnapshotClient::create(settings, error); }) {
    qRegisterMetaType<ClusterSnapshotPtr>();
    qRegisterMetaType<GroupsSnapshotPtr>();
    qRegisterMetaType<ConnectionState>();
    QSettings stored;
    stored.beginGroup(WatchedGroupsSettings);
    m_watchedGroups = stored.value(m_settings.bootstrapServers).toStringList();
    // Single-shot, armed after each poll: a slow poll never queues up a backlog of polls.
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClusterSession::pollCluster);
    connect(m_groupService, &GroupService::helperRestarted, this, &ClusterSession::notice);
    connect(m_lagTracker.get(), &LagTracker::historyFailed, this, &ClusterSession::notice);
}

ClusterSession::~ClusterSession() = default;

void ClusterSession::start() {
    if (m_started)
        return;
    m_started = true;
    setState(ConnectionState::Connecting, tr("Connecting to %1").arg(m_settings.bootstrapServers.trimmed()));
    pollCluster();
}

void ClusterSession::refreshNow() {
    if (m_started)
        pollCluster();
}

void ClusterSession::setInterval(std::chrono::milliseconds interval) {
    if (interval == m_interval)
        return;
    m_interval = interval;
    m_lagTracker->setPollInterval(interval);
    refreshNow();
}

void ClusterSession::pollCluster() {
    if (m_clusterPoll.inFlight) {
        m_clusterPoll.followUp = true;
        return;
    }
    m_timer.stop();
    m_clusterPoll.inFlight = true;
    emit pollStarted();
    m_snapshots.request([](SnapshotClient &client) { return client.fetch(); },
                        [](const QString &error) {
                            return SnapshotResult{nullptr, ConnectionState::Failed, error};
                        },
                        [this](const SnapshotResult &result) { clusterPolled(result); });
}

void ClusterSession::clusterPolled(const SnapshotResult &result) {
    m_clusterPoll.inFlight = false;
    // State first, so whoever handles the snapshot already sees the verdict that came with it.
    setState(result.state, result.message);
    if (result.snapshot) {
        m_lastSnapshot = result.snapshot;
        followHistory(*result.snapshot);
        m_lagTracker->addSnapshot(result.snapshot);
        emit snapshotReady(result.snapshot);
        pollGroups();
    } else {
        m_groupPollError = result.message;
        emit groupPollFailed(result.message);
    }
    emit pollFinished();
    if (std::exchange(m_clusterPoll.followUp, false))
        pollCluster();
    else
        m_timer.start(m_interval);
}

// The history belongs to the cluster, not to the bootstrap address: it is opened once the cluster says
// who it is, and again should the address lead to another cluster.
void ClusterSession::followHistory(const ClusterSnapshot &snapshot) {
    if (!m_settings.keepsHistory || snapshot.clusterId.isEmpty() || snapshot.clusterId == m_historyClusterId)
        return;
    m_historyClusterId = snapshot.clusterId;
    m_lagTracker->openHistory(HistorySettings::fileFor(snapshot.clusterId), HistorySettings::limits());
}

void ClusterSession::pollGroups() {
    if (m_groupPoll.inFlight) {
        m_groupPoll.followUp = true; // with the newest snapshot, once the running poll is answered
        return;
    }
    m_groupPoll.inFlight = true;
    m_groupService->poll(
        m_watchedGroups, m_lastSnapshot,
        [this](const GroupsSnapshotPtr &groups, const QString &error) { groupsPolled(groups, error); });
}

void ClusterSession::groupsPolled(const GroupsSnapshotPtr &groups, const QString &error) {
    m_groupPoll.inFlight = false;
    if (groups) {
        m_groupPollError.clear();
        m_lastGroups = groups;
        m_lagTracker->addPoll(groups);
        emit groupsReady(groups);
    } else {
        m_groupPollError = error;
        emit groupPollFailed(error);
    }
    if (std::exchange(m_groupPoll.followUp, false))
        pollGroups();
}

void ClusterSession::watchGroup(const QString &id) {
    const QString group = id.trimmed();
    if (group.isEmpty() || m_watchedGroups.contains(group))
        return;
    m_watchedGroups.append(group);
    storeWatchedGroups();
    emit watchedGroupsChanged(m_watchedGroups);
    refreshNow(); // fresh watermarks for the group's first lag
}

void ClusterSession::unwatchGroup(const QString &id) {
    if (!m_watchedGroups.removeOne(id))
        return;
    storeWatchedGroups();
    emit watchedGroupsChanged(m_watchedGroups);
}

void ClusterSession::setRemembersWatchedGroups(bool remember) {
    m_remembersWatchedGroups = remember;
    if (!remember && !m_watchedGroups.isEmpty()) {
        m_watchedGroups.clear();
        emit watchedGroupsChanged(m_watchedGroups);
    }
}

void ClusterSession::storeWatchedGroups() const {
    if (!m_remembersWatchedGroups)
        return;
    QSettings stored;
    stored.beginGroup(WatchedGroupsSettings);
    if (m_watchedGroups.isEmpty())
        stored.remove(m_settings.bootstrapServers);
    else
        stored.setValue(m_settings.bootstrapServers, m_watchedGroups);
}

void ClusterSession::setState(ConnectionState state, const QString &message) {
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit connectionStateChanged(state, message);
}

MessageBrowser *ClusterSession::browser() {
    if (!m_browser)
        m_browser = new MessageBrowser(m_settings, this);
    return m_browser;
}

AdminService *ClusterSession::adminService() {
    if (!m_adminService)
        m_adminService = new AdminService(m_settings, this);
    return m_adminService;
}

} // namespace partita
