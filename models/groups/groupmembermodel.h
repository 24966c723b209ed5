#pragma once

#include "lagtracker.h"
#include "mergingtablemodel.h"

#include <vector>

namespace partita {

// The members of one consumer group and the partitions each is assigned. Follows a LagTracker,
// merging rows on every poll so selections survive.
class GroupMemberModel : public MergingTableModel {
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString memberId;
        QString clientId;
        QString host;
        QString instanceId;
        QList<TopicPartition> assignment;

        bool operator==(const Row &other) const;
    };

    std::vector<Row> rowsOfGroup() const;
    void refresh();

    const LagTracker *m_tracker;
    QString m_group;
    std::vector<Row> m_rows;
};

} // namespace partita
