#pragma once

#include "consumergroups.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

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
class ClusterSession;
class SectionTitle;
class StatTile;
struct LagKey;

// The consumer groups of a cluster with their lag, and for the selected group its partitions, members
// and a chart of its lag over the last hour, all as a ClusterSession's lag history has them. Groups the
// broker does not list can be watched by hand; the session remembers them per cluster.
class GroupsPage : public QWidget {
    Q_OBJECT
public:
    explicit GroupsPage(QWidget *parent = nullptr);

    // Shows `session`'s groups from now on. nullptr (disconnected) keeps the last ones on the page.
    void setSession(ClusterSession *session);
    // Names the cluster where the page's output leaves the window (the lag chart's exported images).
    void setClusterName(const QString &name);
    // The latest poll failed; the groups shown stay, with a note that they are not fresh.
    void showPollFailure(const QString &message);

    QStringList watchedGroups() const;
    // Adds a group to poll even when the broker does not list it, and selects it once it arrives.
    void watchGroup(const QString &id);
    // Selects the group, now or once a poll brings it.
    void selectGroup(const QString &id);
    void unwatchGroup(const QString &id);
    QString selectedGroup() const;
    // The partitions selected in the selected group's partition table.
    QList<TopicPartition> selectedPartitions() const;
    // On a read-only connection resets can only be previewed; the reset button says so.
    bool isReadOnly() const;

signals:
    // The user asked to reset the group's offsets, with the partitions selected for it (may be empty).
    void resetOffsetsRequested(const QString &groupId,
                               const QList<partita::TopicPartition> &selectedPartitions);
    // A time range was dragged out on the lag chart: show what happened then.
    void eventsRequested(qint64 fromMs, qint64 toMs);

private:
    void followTracker(std::shared_ptr<LagTracker> tracker);
    void showLag();
    void askForGroup();
    void showGroup(const QModelIndex &proxyIndex);
    void updateGroupDetails();
    void updateNotice();
    void updateResetButton();
    void ensureSelection();
    bool selectGroupRow(const QString &id);
    void highlightSelectedPartitions();
    void selectPartitions(const QList<LagKey> &keys);

    QPointer<ClusterSession> m_session;
    std::shared_ptr<LagTracker> m_tracker;
    GroupModel *m_groupModel;
    QSortFilterProxyModel *m_groupProxy;
    GroupPartitionModel *m_partitionModel;
    QSortFilterProxyModel *m_partitionProxy;
    GroupMemberModel *m_memberModel;
    QSortFilterProxyModel *m_memberProxy;
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

    QString m_pendingSelection;    // watched by hand, selected once a poll brings it
    bool m_selectingGroup = false; // the page, not the user, is changing the selected group
    QString m_pollFailure;
};

} // namespace partita
