#pragma once

#include "lagtracker.h"
#include "tablemodel.h"

namespace partita {

// How the Owner column and the CLI name a member: its client id and host, which several members of
// a group often share ("rdkafka on 10.0.0.7"), so then with the start of its member id's own part
// ("rdkafka on 10.0.0.7 (5d1b1c2e)") or its static instance id.
QString memberLabel(const ConsumerGroupInfo &group, const GroupMember &member);
// The label of the member with this id; the id itself for one that left between the group's
// description and its offsets; empty for none.
QString ownerLabel(const ConsumerGroupInfo &group, const QString &memberId);
// A member's partitions by topic, "orders: 0-2, 5; payments: 1".
QString assignmentText(const QList<TopicPartition> &assignment);

// A row of GroupMemberModel.
struct GroupMemberRow {
    QString memberId;
    QString clientId;
    QString host;
    QString instanceId;
    QList<TopicPartition> assignment;

    bool operator==(const GroupMemberRow &other) const;
};

// The members of one consumer group and the partitions each is assigned. Follows a LagTracker,
// merging rows on every poll so selections survive.
class GroupMemberModel : public TableModel<GroupMemberRow> {
    Q_OBJECT
public:
    enum Column { ClientIdColumn, HostColumn, MemberIdColumn, AssignmentColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell (assignment: partition count), for sorting proxies
    };

    explicit GroupMemberModel(const LagTracker *tracker, QObject *parent = nullptr);

    // Switching groups resets the model: no row of the old group survives into the new one.
    void setGroup(const QString &id);
    QString group() const { return m_group; }

private:
    std::vector<GroupMemberRow> rowsOfGroup() const;
    void refresh();

    const LagTracker *m_tracker;
    QString m_group;
};

} // namespace partita
