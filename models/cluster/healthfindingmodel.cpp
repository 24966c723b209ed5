#include "healthfindingmodel.h"

#include <algorithm>
#include <iterator>

namespace partita {

HealthFindingModel::HealthFindingModel(QObject *parent)
    : TableModel(ColumnCount, SortRole, parent) {
    using Row = HealthFinding;
    column(SeverityColumn)
        .header(tr("Severity"))
        .value([](const Row &row) { return int(row.severity); })
        .text([](const Row &row) { return HealthCheck::severityName(row.severity); });
    column(SummaryColumn).header(tr("Finding")).value([](const Row &row) { return row.summary; });
    column(DetailColumn)
        .header(tr("Details"))
        .value([](const Row &row) { return row.detail; })
        .toolTip([](const Row &row) { return row.detail; });
    rowRole(SeverityRole, [](const Row &row) { return int(row.severity); });
    rowRole(BrokerRole, [](const Row &row) { return row.broker; });
    rowRole(TopicRole, [](const Row &row) { return row.topic; });
    rowRole(GroupRole, [](const Row &row) { return row.group; });
}

void HealthFindingModel::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    m_clusterFindings = snapshot ? HealthCheck::of(*snapshot) : std::vector<HealthFinding>();
    merge();
}

void HealthFindingModel::setGroups(const std::vector<GroupLagState> &groups) {
    m_groupFindings = HealthCheck::of(groups);
    merge();
}

void HealthFindingModel::merge() {
    std::vector<HealthFinding> all;
    all.reserve(m_clusterFindings.size() + m_groupFindings.size());
    const auto byKey = [](const HealthFinding &a, const HealthFinding &b) { return a.key() < b.key(); };
    std::merge(m_clusterFindings.cbegin(), m_clusterFindings.cend(), m_groupFindings.cbegin(),
               m_groupFindings.cend(), std::back_inserter(all), byKey);
    mergeRows(all, [](const HealthFinding &finding) { return finding.key(); });
}

} // namespace partita
