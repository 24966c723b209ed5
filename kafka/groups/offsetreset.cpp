#include "offsetreset.h"

#include "groupclient.h"
#include "snapshotclient.h"

namespace partita {

OffsetResetter::OffsetResetter(std::unique_ptr<SnapshotClient> snapshots, std::unique_ptr<GroupClient> groups)
    : m_snapshots(std::move(snapshots))
    , m_groups(std::move(groups)) {}

OffsetResetter::~OffsetResetter() = default;

std::unique_ptr<OffsetResetter> OffsetResetter::create(const ConnectionSettings &settings, QString *error) {
    auto snapshots = SnapshotClient::create(settings, error);
    auto groups = snapshots ? GroupClient::create(settings, error) : nullptr;
    if (!groups)
        return nullptr;
    return std::unique_ptr<OffsetResetter>(new OffsetResetter(std::move(snapshots), std::move(groups)));
}

std::optional<ConsumerGroupInfo>
OffsetResetter::inactiveGroup(const QString &groupId, std::chrono::milliseconds timeout, QString *error) {
    SnapshotClient::Timeouts timeouts;
    timeouts.metadata = timeout;
    const SnapshotResult cluster = m_snapshots->fetch(timeouts);
    if (!cluster.snapshot) {
        *error = cluster.message;
        return std::nullopt;
    }
    const GroupsSnapshotPtr groups = m_groups->fetch({groupId}, *cluster.snapshot, timeout);
    const ConsumerGroupInfo *group = groups->group(groupId);
    if (!group || (group->partitions.isEmpty() && !group->error.isEmpty())) {
        *error = tr("Group %1: %2").arg(groupId, group ? group->error : tr("not found"));
        return std::nullopt;
    }
    if (group->isActive()) {
        *error = tr("Group %1 has %n active member(s): stop its consumers before resetting its offsets, or "
                    "they will overwrite them",
                    nullptr, int(group->members.size()))
                     .arg(groupId);
        return std::nullopt;
    }
    return *group;
}

OffsetResetPlan OffsetResetter::preview(const OffsetResetRequest &request,
                                        std::chrono::milliseconds timeout) {
    OffsetResetPlan plan;
    plan.groupId = request.groupId;
    const auto group = inactiveGroup(request.groupId, timeout, &plan.error);
    if (!group)
        return plan;
    QList<GroupPartitionOffsets> selected;
    for (const GroupPartitionOffsets &entry : group->partitions) {
        if (request.partitions.isEmpty() || request.partitions.contains(entry.partition))
            selected.append(entry);
    }
    for (const TopicPartition &wanted : request.partitions) {
        if (std::none_of(selected.cbegin(), selected.cend(),
                         [&wanted](const GroupPartitionOffsets &e) { return e.partition == wanted; })) {
            plan.error = tr("Group %1 has no offsets on %2").arg(request.groupId, wanted.label());
            return plan;
        }
    }
    QList<qint64> byTimestamp;
    if (request.target == ResetTarget::Timestamp) {
        QList<TopicPartition> partitions;
        for (const auto &entry : std::as_const(selected))
            partitions.append(entry.partition);
        plan.error = m_groups->offsetsForTimestamp(partitions, request.value, &byTimestamp, timeout);
        if (!plan.error.isEmpty())
            return plan;
    }
    for (qsizetype i = 0; i < selected.size(); ++i) {
        const GroupPartitionOffsets &entry = selected.at(i);
        if (entry.lowWatermark < 0 || entry.highWatermark < 0) {
            plan.error =
                tr("The offsets of %1 are unknown right now: %2")
                    .arg(entry.partition.label(), entry.error.isEmpty() ? tr("no answer") : entry.error);
            plan.changes.clear();
            return plan;
        }
        OffsetChange change{entry.partition, entry.committed, -1};
        switch (request.target) {
        case ResetTarget::Earliest:
            change.to = entry.lowWatermark;
            break;
        case ResetTarget::Latest:
            change.to = entry.highWatermark;
            break;
        case ResetTarget::Offset:
            if (request.value < entry.lowWatermark || request.value > entry.highWatermark) {
                plan.error = tr("Offset %1 is out of range for %2, which holds offsets %3 to %4")
                                 .arg(request.value)
                                 .arg(entry.partition.label())
                                 .arg(entry.lowWatermark)
                                 .arg(entry.highWatermark);
                plan.changes.clear();
                return plan;
            }
            change.to = request.value;
            break;
        case ResetTarget::Timestamp:
            // No message at or after the time: the group starts at the end, ready for new ones.
            change.to = byTimestamp.at(i) < 0 ? entry.highWatermark : byTimestamp.at(i);
            break;
        }
        plan.changes.append(change);
    }
    if (plan.changes.isEmpty())
        plan.error = tr("Group %1 has no committed offsets to reset").arg(request.groupId);
    return plan;
}

QString OffsetResetter::apply(const OffsetResetPlan &plan, std::chrono::milliseconds timeout) {
    if (!plan.isApplicable())
        return plan.error.isEmpty() ? tr("Nothing to apply") : plan.error;
    // Members may have joined since the preview.
    QString error;
    if (!inactiveGroup(plan.groupId, timeout, &error))
        return error;
    QList<QPair<TopicPartition, qint64>> offsets;
    for (const OffsetChange &change : plan.changes)
        offsets.append({change.partition, change.to});
    return m_groups->alterOffsets(plan.groupId, offsets, timeout);
}

} // namespace partita
