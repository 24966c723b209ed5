#pragma once

#include "consumergroups.h"

#include <QStringList>
#include <QWidget>

#include <chrono>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;

namespace partita {

class DataTableView;
class GroupMemberModel;
class GroupModel;
class GroupPartitionModel;
class LagChart;
class LagTracker;
class SectionTitle;
class StatTile;
struct LagKey;

// The consumer groups of a cluster with their lag, and for the selected group its partitions, members
// and a chart of its lag over the last hour. Groups the broker does not list can be watched by hand;
// they are remembered per cluster.
class GroupsPage : public QWidget {
    Q_OBJECT
public:
    explicit GroupsPage(QWidget *parent = nullptr);

    // The interval the groups are polled at, which sizes the lag history. Forgets the lag seen so far.
    void setPollInterval(std::chrono::milliseconds interval);
    // Switches to another cluster: forgets its groups and lag, and loads the groups watched on it.
    void setCluster(const QString &bootstrapServers);
    // One poll of the cluster's groups.
    void setGroups(const GroupsSnapshotPtr &groups);
    // The latest poll failed; the groups shown stay, with a note that they are not fresh.
    void showPollFailure(const QString &message);

    QStringList watchedGroups() const { return m_watchedGroups; }
    // Adds a group to poll even when the broker does not list it, and selects it once it arrives.
    void watchGroup(const QString &id);
    void unwatchGroup(const QString &id);
    QString selectedGroup() const;
    // The partitions selected in the selected group's partition table.
    QList<TopicPartition> selectedPartitions() const;
    LagChart *chart() const { return m_chart; }
    // On a read-only connection resets can only be previewed; the reset button says so.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

signals:
    // The user changed the groups watched by hand; the group monitor should poll these.
    void watchedGroupsChanged(const QStringList &groups);
    // The user asked to reset the group's offsets, with the partitions selected for it (may be empty).
    void resetOffsetsRequested(const QString &groupId,
                               const QList<partita::TopicPartition> &selectedPartitions);

private:
    void askForGroup();
    void storeWatchedGroups();
    void showGroup(const QModelIndex &proxyIndex);
    void updateGroupDetails();
    void updateNotice();
    void updateResetButton();
    void ensureSelection();
    bool selectGroupRow(const QString &id);
    void highlightSelectedPartitions();
    void selectPartitions(const QList<LagKey> &keys);

    LagTracker *m_tracker;
    GroupModel *m_groupModel;
    QSortFilterProxyModel *m_groupProxy;
    GroupPartitionModel *m_partitionModel;
    QSortFilterProxyModel *m_partitionProxy;
    GroupMemberModel *m_memberModel;
    QLineEdit *m_filterEdit;
    QPushButton *m_unwatchButton;
    QPushButton *m_resetButton;
    QLabel *m_notice;
    DataTableView *m_groupTable;
    SectionTitle *m_groupTitle;
    StatTile *m_stateTile;
    StatTile *m_lagTile;
    StatTile *m_timeLagTile;
    StatTile *m_verdictTile;
    QLabel *m_groupNote;
    SectionTitle *m_partitionTitle;
    DataTableView *m_partitionTable;
    SectionTitle *m_memberTitle;
    DataTableView *m_memberTable;
    LagChart *m_chart;

    QString m_cluster;
    QStringList m_watchedGroups;
    QString m_pendingSelection;    // watched by hand, selected once a poll brings it
    bool m_selectingGroup = false; // the page, not the user, is changing the selected group
    QString m_pollFailure;
    bool m_readOnly = false;
};

} // namespace partita
