#include "groupmodel.h"

#include "displayformat.h"

namespace partita {

namespace {

// A sum over no measured partition would read 0, which claims a caught-up group.
QString totalLagText(const LagTotals &totals) {
    // Partitions whose end is unknown may lag too: the sum is then only a lower bound, and says so.
    if (totals.measuredPartitions > 0)
        return totals.unknownPartitions > 0 ? GroupModel::tr("≥ %1").arg(formatCount(totals.lag))
                                            : formatCount(totals.lag);
    if (totals.noCommitPartitions > 0)
        return GroupModel::tr("no commit");
    if (totals.unknownPartitions > 0)
        return GroupModel::tr("unknown");
    return formatCount(-1);
}

QString totalLagToolTip(const LagTotals &totals) {
    QStringList lines;
    if (totals.measuredPartitions > 0)
        lines.append(GroupModel::tr("Summed over %n partition(s)", nullptr, totals.measuredPartitions));
    if (totals.expiredPartitions > 0) {
        // Two counts, each with its own plural form, hence two texts.
        lines.append(GroupModel::tr("%n partition(s) expired:", nullptr, totals.expiredPartitions) +
                     QLatin1Char(' ') +
                     GroupModel::tr("retention deleted %1 message(s) before the group read them (they count "
                                    "as lag)",
                                    nullptr, pluralOf(totals.lostMessages))
                         .arg(formatCount(totals.lostMessages)));
    }
    if (totals.noCommitPartitions > 0) {
        lines.append(GroupModel::tr("%n partition(s) without a committed offset, not counted", nullptr,
                                    totals.noCommitPartitions));
    }
    if (totals.unknownPartitions > 0) {
        lines.append(GroupModel::tr("%n partition(s) with unknown watermarks, not counted", nullptr,
                                    totals.unknownPartitions));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool GroupRow::notListed() const {
    return !listedByBroker && (state == GroupState::Dead || state == GroupState::Unknown);
}

bool GroupRow::operator==(const GroupRow &other) const {
    return id == other.id && state == other.state && listedByBroker == other.listedByBroker &&
           error == other.error && members == other.members && topics == other.topics &&
           totals == other.totals && topicTotals == other.topicTotals && behind == other.behind &&
           verdict == other.verdict;
}

GroupModel::GroupModel(const LagTracker *tracker, QObject *parent)
    : TableModel(ColumnCount, SortRole, parent)
    , m_tracker(tracker) {
    using Row = GroupRow;
    const auto listingToolTip = [](const Row &row) {
        QStringList lines;
        if (!row.listedByBroker)
            lines.append(tr("Watched by hand: the broker does not list this group"));
        if (!row.error.isEmpty())
            lines.append(row.error);
        return lines.join(QLatin1Char('\n'));
    };
    const auto verdictReason = [](const Row &row) { return row.verdict.reason; };

    column(GroupColumn)
        .header(tr("Group"))
        .value([](const Row &row) { return row.id; })
        .toolTip(listingToolTip);
    column(StateColumn)
        .header(tr("State"))
        .value([](const Row &row) {
            if (row.notListed())
                return tr("not listed");
            return row.state == GroupState::Unknown ? tr("unknown") : groupStateName(row.state);
        })
        .toolTip(listingToolTip);
    column(MembersColumn)
        .header(tr("Members"))
        // A group the broker does not list was not described either: its membership is unknown.
        .value([](const Row &row) { return row.notListed() && row.members == 0 ? -1 : row.members; })
        .numeric();
    column(TopicsColumn)
        .header(tr("Topics"))
        .value([](const Row &row) { return row.topics.join(QStringLiteral(", ")); })
        .text([](const Row &row) {
            return row.topics.isEmpty() ? formatCount(-1) : row.topics.join(QStringLiteral(", "));
        })
        .toolTip([](const Row &row) {
            QStringList lines;
            for (auto it = row.topicTotals.cbegin(); it != row.topicTotals.cend(); ++it)
                lines.append(tr("%1: lag %2").arg(it.key(), totalLagText(it.value())));
            return lines.join(QLatin1Char('\n'));
        });
    column(TotalLagColumn)
        .header(tr("Total lag"), tr("Messages between the committed offsets and the partition ends, summed "
                                    "over the group's partitions"))
        .value([](const Row &row) { return row.totals.measuredPartitions > 0 ? row.totals.lag : qint64(-1); })
        .text([](const Row &row) { return totalLagText(row.totals); })
        .toolTip([](const Row &row) { return totalLagToolTip(row.totals); })
        .numeric();
    column(TimeLagColumn)
        .header(tr("Time lag"),
                tr("The time lag of the partition furthest behind: the age of its oldest unread "
                   "message, ≈ where estimated from the end offsets' history"))
        .value([](const Row &row) { return row.behind ? row.behind->ms : qint64(-1); })
        .text([](const Row &row) { return formatTimeLag(row.behind); })
        .toolTip([](const Row &row) { return timeLagToolTip(row.behind); })
        .numeric();
    column(VerdictColumn)
        .header(tr("Verdict"), tr("The worst partition's verdict over the last %1")
                                   .arg(formatDuration(LagVerdictSettings().windowMs)))
        .value([](const Row &row) { return int(row.verdict.status); })
        .text([](const Row &row) { return LagVerdict::statusName(row.verdict.status); })
        .toolTip(verdictReason);
    column(ReasonColumn).header(tr("Reason")).value(verdictReason).toolTip(verdictReason);

    rowRole(GroupIdRole, [](const Row &row) { return row.id; });
    rowRole(VerdictStatusRole, [](const Row &row) { return int(row.verdict.status); });

    connect(m_tracker, &LagTracker::lagUpdated, this, &GroupModel::refresh);
    refresh();
}

void GroupModel::refresh() {
    std::vector<GroupRow> rows;
    rows.reserve(m_tracker->groups().size());
    for (const GroupLagState &group : m_tracker->groups()) {
        const ConsumerGroupInfo &info = group.info;
        rows.push_back({info.groupId, info.state, info.listedByBroker, info.error, int(info.members.size()),
                        info.topics(), group.totals, group.topicTotals, group.maxBehind, group.verdict});
    }
    mergeRows(rows, [](const GroupRow &row) -> const QString & { return row.id; });
}

} // namespace partita
