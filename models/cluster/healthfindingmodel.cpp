#include "healthfindingmodel.h"

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
}

void HealthFindingModel::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    mergeRows(snapshot ? HealthCheck::of(*snapshot) : std::vector<HealthFinding>(),
              [](const HealthFinding &finding) { return finding.key(); });
}

} // namespace partita
