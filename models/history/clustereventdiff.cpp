#include "clustereventdiff.h"

#include "laganalyzer.h"

#include <QStringList>

#include <algorithm>

namespace partita {

namespace {

ClusterEvent event(qint64 timeMs, ClusterEvent::Kind kind, const QString &subject, const QString &from = {},
                   const QString &to = {}) {
    ClusterEvent made;
    made.timeMs = timeMs;
    made.kind = kind;
    made.subject = subject;
    made.from = from;
    made.to = to;
    return made;
}

// Walks two lists sorted by `less` side by side: gone(a) for what only `before` has, added(b) for what
// only `after` has, both(a, b) for what both have.
template <typename List, typename Less, typename Gone, typename Added, typename Both>
void pairUp(const List &before, const List &after, Less less, Gone gone, Added added, Both both) {
    auto a = before.cbegin();
    auto b = after.cbegin();
    while (a != before.cend() || b != after.cend()) {
        if (b == after.cend() || (a != before.cend() && less(*a, *b)))
            gone(*a++);
        else if (a == before.cend() || less(*b, *a))
            added(*b++);
        else
            both(*a++, *b++);
    }
}

// "1,2,3", sorted: the ISR's order carries no meaning and may change without a member changing.
QString idText(QList<int> ids) {
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

bool containsAll(const QList<int> &all, const QList<int> &some) {
    return std::all_of(some.cbegin(), some.cend(), [&all](int id) { return all.contains(id); });
}

void diffBrokers(const ClusterSnapshot &previous, const ClusterSnapshot &current, qint64 timeMs,
                 ClusterEvents &events) {
    // A broker missing from a list counts as down there, so one that joins is up and one that goes is down.
    QList<int> ids;
    for (const BrokerInfo &broker : previous.brokers)
        ids.append(broker.id);
    for (const BrokerInfo &broker : current.brokers) {
        if (!ids.contains(broker.id))
            ids.append(broker.id);
    }
    std::sort(ids.begin(), ids.end());
    for (int id : std::as_const(ids)) {
        const bool was = previous.isBrokerOnline(id);
        const bool is = current.isBrokerOnline(id);
        if (was != is)
            events.push_back(
                event(timeMs, is ? ClusterEvent::BrokerUp : ClusterEvent::BrokerDown, QString::number(id)));
    }
}

// Per kind, so that one poll tells the leaders that moved, then the ISRs that shrank, then those that
// expanded, as a failover unfolds.
struct PartitionEvents {
    ClusterEvents leaders;
    ClusterEvents shrank;
    ClusterEvents expanded;
};

void diffPartitions(const TopicInfo &before, const TopicInfo &after, qint64 timeMs, PartitionEvents &events) {
    for (const PartitionInfo &now : after.partitions) {
        const auto was = std::find_if(before.partitions.cbegin(), before.partitions.cend(),
                                      [&now](const PartitionInfo &p) { return p.id == now.id; });
        if (was == before.partitions.cend())
            continue; // an added partition, told by PartitionsAdded
        ClusterEvent changed = event(timeMs, ClusterEvent::LeaderMoved, after.name);
        changed.partition = now.id;
        if (was->leader != now.leader) {
            changed.from = QString::number(was->leader);
            changed.to = QString::number(now.leader);
            events.leaders.push_back(changed);
        }
        // A change that both drops and adds members is both a shrink and an expansion.
        changed.from = idText(was->isr);
        changed.to = idText(now.isr);
        if (!containsAll(now.isr, was->isr)) {
            changed.kind = ClusterEvent::IsrShrank;
            events.shrank.push_back(changed);
        }
        if (!containsAll(was->isr, now.isr)) {
            changed.kind = ClusterEvent::IsrExpanded;
            events.expanded.push_back(changed);
        }
    }
}

} // namespace

ClusterEvents ClusterEventDiff::ofSnapshots(const ClusterSnapshot *previous, const ClusterSnapshot &current) {
    ClusterEvents events;
    // Another cluster behind the same connection is no change of this one.
    if (!previous || previous->clusterId != current.clusterId)
        return events;
    const qint64 timeMs = current.takenAt.toMSecsSinceEpoch();
    diffBrokers(*previous, current, timeMs, events);

    PartitionEvents partitionEvents; // after every topic's own events
    pairUp(
        previous->topics, current.topics,
        [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; },
        [&](const TopicInfo &gone) {
            events.push_back(event(timeMs, ClusterEvent::TopicDeleted, gone.name));
        },
        [&](const TopicInfo &created) {
            events.push_back(event(timeMs, ClusterEvent::TopicCreated, created.name, QString(),
                                   QString::number(created.partitions.size())));
        },
        [&](const TopicInfo &before, const TopicInfo &after) {
            if (after.partitions.size() > before.partitions.size())
                events.push_back(event(timeMs, ClusterEvent::PartitionsAdded, after.name,
                                       QString::number(before.partitions.size()),
                                       QString::number(after.partitions.size())));
            diffPartitions(before, after, timeMs, partitionEvents);
        });
    for (const ClusterEvents *kind :
         {&partitionEvents.leaders, &partitionEvents.shrank, &partitionEvents.expanded})
        events.insert(events.end(), kind->cbegin(), kind->cend());
    return events;
}

ClusterEvents ClusterEventDiff::ofGroups(const std::vector<GroupLagState> *previous,
                                         const std::vector<GroupLagState> &current, qint64 timeMs) {
    ClusterEvents events;
    if (!previous)
        return events;
    pairUp(
        *previous, current,
        [](const GroupLagState &a, const GroupLagState &b) { return a.info.groupId < b.info.groupId; },
        [](const GroupLagState &) {}, [](const GroupLagState &) {},
        [&](const GroupLagState &before, const GroupLagState &after) {
            const QString &id = after.info.groupId;
            if (before.info.state != after.info.state)
                events.push_back(event(timeMs, ClusterEvent::GroupStateChanged, id,
                                       groupStateName(before.info.state), groupStateName(after.info.state)));
            if (before.info.members.size() != after.info.members.size())
                events.push_back(event(timeMs, ClusterEvent::GroupMembersChanged, id,
                                       QString::number(before.info.members.size()),
                                       QString::number(after.info.members.size())));
            if (before.verdict.status != after.verdict.status)
                events.push_back(event(timeMs, ClusterEvent::VerdictChanged, id,
                                       LagVerdict::statusName(before.verdict.status),
                                       LagVerdict::statusName(after.verdict.status)));
            for (const GroupPartitionOffsets &now : after.info.partitions) {
                const auto was = std::find_if(
                    before.info.partitions.cbegin(), before.info.partitions.cend(),
                    [&now](const GroupPartitionOffsets &p) { return p.partition == now.partition; });
                // No commit before or now (-1) is no reset: a group that never committed or was deleted.
                if (was == before.info.partitions.cend() || now.committed < 0 ||
                    now.committed >= was->committed)
                    continue;
                ClusterEvent reset = event(timeMs, ClusterEvent::OffsetReset, id,
                                           QString::number(was->committed), QString::number(now.committed));
                reset.topic = now.partition.topic;
                reset.partition = now.partition.partition;
                events.push_back(reset);
            }
        });
    return events;
}

} // namespace partita
