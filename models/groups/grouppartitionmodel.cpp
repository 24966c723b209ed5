#include "grouppartitionmodel.h"

#include "displayformat.h"
#include "groupmembermodel.h"

namespace partita {

namespace {

QString lagToolTip(const PartitionLag &lag) {
    switch (lag.kind) {
    case PartitionLag::Normal:
        return lag.clamped ? GroupPartitionModel::tr("The committed offset was read after the end offset: "
                                                     "the group is caught up")
                           : QString();
    case PartitionLag::NoCommit:
        return GroupPartitionModel::tr("The group has not committed an offset for this partition, so "
                                       "neither 0 nor the whole log would be true");
    case PartitionLag::Expired:
        return GroupPartitionModel::tr("Retention deleted %1 message(s) before the group read them; the "
                                       "lag of %2 counts them",
                                       nullptr, pluralOf(lag.lostMessages))
            .arg(formatCount(lag.lostMessages), formatCount(lag.lag));
    case PartitionLag::Unknown:
        return GroupPartitionModel::tr("The partition's watermarks could not be read");
    }
    return {};
}

} // namespace

bool GroupPartitionRow::operator==(const GroupPartitionRow &other) const {
    return partition == other.partition && committed == other.committed && low == other.low &&
           high == other.high && lag == other.lag && behind == other.behind && verdict == other.verdict &&
           owner == other.owner && error == other.error;
}

GroupPartitionModel::GroupPartitionModel(const LagTracker *tracker, QObject *parent)
    : TableModel(ColumnCount, SortRole, parent)
    , m_tracker(tracker) {
    using Row = GroupPartitionRow;
    const auto verdictReason = [](const Row &row) { return row.verdict.reason; };

    column(TopicColumn).header(tr("Topic")).value([](const Row &row) { return row.partition.topic; });
    column(PartitionColumn)
        .header(tr("Partition"))
        .value([](const Row &row) { return row.partition.partition; }, ValueText::Plain)
        .numeric();
    column(CommittedColumn)
        .header(tr("Committed"), tr("The group's committed offset: the next message it will read"))
        .value([](const Row &row) { return row.committed; })
        .toolTip([](const Row &row) {
            if (!row.error.isEmpty())
                return tr("Reading the committed offset failed: %1").arg(row.error);
            return row.committed < 0 ? tr("No committed offset") : QString();
        })
        .numeric();
    column(EndColumn)
        .header(tr("End"), tr("High watermark: the offset the next message written will get"))
        .value([](const Row &row) { return row.high; })
        .toolTip([](const Row &row) {
            return row.low >= 0 ? tr("Oldest retained offset: %1").arg(formatCount(row.low)) : QString();
        })
        .numeric();
    column(LagColumn)
        .header(tr("Lag"), tr("Messages between the committed offset and the end"))
        .value([](const Row &row) { return row.lag.lag; })
        .text([](const Row &row) { return row.lag.displayText(); })
        .toolTip([](const Row &row) { return lagToolTip(row.lag); })
        .numeric();
    column(TimeLagColumn)
        .header(tr("Time lag"),
                tr("The age of the oldest message the group has not read; ≈ where estimated from "
                   "how long ago the end of the partition was where the group is now"))
        .value([](const Row &row) { return row.behind ? row.behind->ms : qint64(-1); })
        .text([](const Row &row) { return formatTimeLag(row.behind); })
        .toolTip([](const Row &row) { return timeLagToolTip(row.behind); })
        .numeric();
    column(VerdictColumn)
        .header(tr("Verdict"),
                tr("Health over the last %1").arg(formatDuration(LagVerdictSettings().windowMs)))
        .value([](const Row &row) { return int(row.verdict.status); })
        .text([](const Row &row) { return LagVerdict::statusName(row.verdict.status); })
        .toolTip(verdictReason);
    column(OwnerColumn)
        .header(tr("Owner"),
                tr("The member the partition is assigned to: client id, host and, where those do "
                   "not tell it apart, the start of its member id"))
        .value([](const Row &row) { return row.owner; })
        .text([](const Row &row) { return row.owner.isEmpty() ? formatCount(-1) : row.owner; })
        .toolTip([](const Row &row) {
            return row.owner.isEmpty() ? tr("Not assigned to any member of the group") : QString();
        });
    column(ReasonColumn).header(tr("Reason")).value(verdictReason).toolTip(verdictReason);

    rowRole(TopicNameRole, [](const Row &row) { return row.partition.topic; });
    rowRole(PartitionIdRole, [](const Row &row) { return row.partition.partition; });
    rowRole(VerdictStatusRole, [](const Row &row) { return int(row.verdict.status); });

    connect(m_tracker, &LagTracker::lagUpdated, this, &GroupPartitionModel::refresh);
}

std::vector<GroupPartitionRow> GroupPartitionModel::rowsOfGroup() const {
    std::vector<GroupPartitionRow> rows;
    const GroupLagState *group = m_tracker->group(m_group);
    if (!group)
        return rows;
    rows.reserve(group->partitions.size());
    for (const PartitionLagState &state : group->partitions) {
        const GroupPartitionOffsets &offsets = state.offsets;
        rows.push_back({offsets.partition, offsets.committed, offsets.lowWatermark, offsets.highWatermark,
                        state.lag, state.behind, state.verdict,
                        ownerLabel(group->info, offsets.ownerMemberId), offsets.error});
    }
    return rows;
}

void GroupPartitionModel::setGroup(const QString &id) {
    if (id == m_group)
        return;
    resetRows([&]() {
        m_group = id;
        return rowsOfGroup();
    });
}

void GroupPartitionModel::refresh() {
    mergeRows(rowsOfGroup(),
              [](const GroupPartitionRow &row) -> const TopicPartition & { return row.partition; });
}

} // namespace partita
