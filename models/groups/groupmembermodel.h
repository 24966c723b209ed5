#pragma once

#include "lagtracker.h"
#include "tablemodel.h"

namespace partita {

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
