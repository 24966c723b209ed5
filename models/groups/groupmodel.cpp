#include "groupmodel.h"

#include "displayformat.h"

namespace partita {

namespace {

QString partitionCount(int count) {
    return count == 1 ? GroupModel::tr("1 partition") : GroupModel::tr("%1 partitions").arg(count);
}

// A sum over no measured partition would read 0, which claims a caught-up group.
QString totalLagText(const LagTotals &totals) {
    // Partitions whose end is unknown may lag too: the sum is then only a lower bound, and says so.
    if (totals.measuredPartitions > 0)
        return totals.unknownPartitions > 0 ? QStringLiteral("≥ %1").arg(formatCount(totals.lag))
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
        lines.append(GroupModel::tr("Summed over %1").arg(partitionCount(totals.measuredPartitions)));
    if (totals.expiredPartitions > 0) {
        lines.append(GroupModel::tr("%1 expired: retention deleted %2 messages before the group read them "
                                    "(they count as lag)")
                         .arg(partitionCount(totals.expiredPartitions), formatCount(totals.lostMessages)));
    }
    if (totals.noCommitPartitions > 0) {
        lines.append(GroupModel::tr("%1 without a committed offset, not counted")
                         .arg(partitionCount(totals.noCommitPartitions)));
    }
    if (totals.unknownPartitions > 0) {
        lines.append(GroupModel::tr("%1 with unknown watermarks, not counted")
                         .arg(partitionCount(totals.unknownPartitions)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool GroupModel::Row::notListed() const {
    return !listedByBroker &&
           (state.isEmpty() || state == QLatin1String("Dead") || state == QLatin1String("Unknown"));
}

bool GroupModel::Row::operator==(const Row &other) const {
    return id == other.id && state == other.state && listedByBroker == other.listedByBroker &&
           error == other.error && members == other.members && topics == other.topics &&
           totals == other.totals && topicTotals == other.topicTotals && behind == other.behind &&
           verdict == other.verdict;
}

GroupModel::GroupModel(const LagTracker *tracker, QObject *parent)
    : MergingTableModel(parent)
    , m_tracker(tracker) {
    connect(m_tracker, &LagTracker::lagUpdated, this, &GroupModel::refresh);
    refresh();
}

void GroupModel::refresh() {
    std::vector<Row> rows;
    rows.reserve(m_tracker->groups().size());
    for (const GroupLagState &group : m_tracker->groups()) {
        const ConsumerGroupInfo &info = group.info;
        rows.push_back({info.groupId, info.state, info.listedByBroker, info.error, int(info.members.size()),
                        info.topics(), group.totals, group.topicTotals, group.maxBehind, group.verdict});
    }
    mergeSorted(
        m_rows, rows, [](const Row &row) -> const QString & { return row.id; }, rowObserver());
}

int GroupModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupModel::data(const QModelIndex &index, int role) const {
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};

    const Row &row = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case GroupColumn:
            return row.id;
        case StateColumn:
            if (row.notListed())
                return tr("not listed");
            return row.state.isEmpty() ? tr("unknown") : row.state;
        case MembersColumn:
            // A group the broker does not list was not described either: its membership is unknown.
            return row.notListed() && row.members == 0 ? formatCount(-1) : formatCount(row.members);
        case TopicsColumn:
            return row.topics.isEmpty() ? formatCount(-1) : row.topics.join(QStringLiteral(", "));
        case TotalLagColumn:
            return totalLagText(row.totals);
        case TimeLagColumn:
            return formatTimeLag(row.behind);
        case VerdictColumn:
            return LagVerdict::statusName(row.verdict.status);
        case ReasonColumn:
            return row.verdict.reason;
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case GroupColumn:
            return row.id;
        case StateColumn:
            return data(index, Qt::DisplayRole);
        case MembersColumn:
            return row.members;
        case TopicsColumn:
            return row.topics.join(QStringLiteral(", "));
        case TotalLagColumn:
            return row.totals.measuredPartitions > 0 ? row.totals.lag : qint64(-1);
        case TimeLagColumn:
            return row.behind ? row.behind->ms : qint64(-1);
        case VerdictColumn:
            return int(row.verdict.status);
        case ReasonColumn:
            return row.verdict.reason;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case GroupColumn:
        case StateColumn: {
            QStringList lines;
            if (!row.listedByBroker)
                lines.append(tr("Watched by hand: the broker does not list this group"));
            if (!row.error.isEmpty())
                lines.append(row.error);
            return lines.isEmpty() ? QVariant() : lines.join(QLatin1Char('\n'));
        }
        case TotalLagColumn: {
            const QString text = totalLagToolTip(row.totals);
            return text.isEmpty() ? QVariant() : text;
        }
        case TopicsColumn: {
            QStringList lines;
            for (auto it = row.topicTotals.cbegin(); it != row.topicTotals.cend(); ++it)
                lines.append(tr("%1: lag %2").arg(it.key(), totalLagText(it.value())));
            return lines.isEmpty() ? QVariant() : lines.join(QLatin1Char('\n'));
        }
        case VerdictColumn:
        case ReasonColumn:
            return row.verdict.reason;
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (column) {
        case MembersColumn:
        case TotalLagColumn:
        case TimeLagColumn:
            return numberAlignment();
        default:
            break;
        }
        break;
    case GroupIdRole:
        return row.id;
    case VerdictStatusRole:
        return int(row.verdict.status);
    }
    return {};
}

QVariant GroupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};

    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case GroupColumn:
            return tr("Group");
        case StateColumn:
            return tr("State");
        case MembersColumn:
            return tr("Members");
        case TopicsColumn:
            return tr("Topics");
        case TotalLagColumn:
            return tr("Total lag");
        case TimeLagColumn:
            return tr("Time lag");
        case VerdictColumn:
            return tr("Verdict");
        case ReasonColumn:
            return tr("Reason");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case TotalLagColumn:
            return tr("Messages between the committed offsets and the partition ends, summed over the "
                      "group's partitions");
        case TimeLagColumn:
            return tr("How long ago the end of the partition furthest behind was where the group is now");
        case VerdictColumn:
            return tr("The worst partition's verdict over the last %1")
                .arg(formatDuration(LagVerdictSettings().windowMs));
        default:
            break;
        }
    }
    return {};
}

} // namespace partita
