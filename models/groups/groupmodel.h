#pragma once

#include "lagtracker.h"
#include "mergingtablemodel.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace partita {

// The consumer group table: one row per group with its state, lag and health verdict. Follows a
// LagTracker, merging rows on every poll so selections survive.
class GroupModel : public MergingTableModel {
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString id;
        QString state;
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
        bool operator==(const Row &other) const;
    };

    void refresh();

    const LagTracker *m_tracker;
    std::vector<Row> m_rows;
};

} // namespace partita
