#pragma once

#include "lagtracker.h"
#include "tablemodel.h"

#include <QStringList>

#include <optional>

namespace partita {

// A row of GroupModel.
struct GroupRow {
    QString id;
    GroupState state = GroupState::Unknown;
    bool listedByBroker = false;
    QString error;
    int members = 0;
    QStringList topics;
    LagTotals totals;
    QMap<QString, LagTotals> topicTotals;
    std::optional<TimeLag> behind;
    LagVerdict verdict;

    // Added by hand and unknown to the broker, as opposed to known but empty or dead.
    bool notListed() const;
    bool operator==(const GroupRow &other) const;
};

// The consumer group table: one row per group with its state, lag and health verdict. Follows a
// LagTracker, merging rows on every poll so selections survive.
class GroupModel : public TableModel<GroupRow> {
    Q_OBJECT
public:
    enum Column {
        GroupColumn,
        StateColumn,
        MembersColumn,
        TopicsColumn,
        TotalLagColumn,
        TimeLagColumn,
        VerdictColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell (lags: -1 when not measured), for sorting proxies
        GroupIdRole,
        VerdictStatusRole, // int(LagVerdict::Status) of the row, for views that colour verdicts
    };

    explicit GroupModel(const LagTracker *tracker, QObject *parent = nullptr);

private:
    void refresh();

    const LagTracker *m_tracker;
};

} // namespace partita
