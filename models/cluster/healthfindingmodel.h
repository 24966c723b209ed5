#pragma once

#include "healthfindings.h"
#include "tablemodel.h"

namespace partita {

// The health findings of the latest snapshot and group verdicts, most severe first: severity, finding,
// and what it is based on. Diffed per finding, so a finding that stays keeps its row and selection.
class HealthFindingModel : public TableModel<HealthFinding> {
    Q_OBJECT
public:
    enum Column { SeverityColumn, SummaryColumn, DetailColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        SeverityRole, // int(HealthFinding::Severity)
        BrokerRole,   // the broker it is about, or -1
        TopicRole,    // the topic it is about, or an empty string
        GroupRole,    // the consumer group it is about, or an empty string
    };

    explicit HealthFindingModel(QObject *parent = nullptr);

    // nullptr clears the cluster's findings: nothing is known.
    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    // The groups' findings, from their latest verdicts; empty clears them.
    void setGroups(const std::vector<GroupLagState> &groups);

private:
    void merge();

    std::vector<HealthFinding> m_clusterFindings;
    std::vector<HealthFinding> m_groupFindings;
};

} // namespace partita
