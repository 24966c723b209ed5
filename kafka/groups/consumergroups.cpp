#include "consumergroups.h"

#include <algorithm>

namespace partita {

QString groupStateName(GroupState state) {
    switch (state) {
    case GroupState::PreparingRebalance:
        return QStringLiteral("PreparingRebalance");
    case GroupState::CompletingRebalance:
        return QStringLiteral("CompletingRebalance");
    case GroupState::Stable:
        return QStringLiteral("Stable");
    case GroupState::Dead:
        return QStringLiteral("Dead");
    case GroupState::Empty:
        return QStringLiteral("Empty");
    case GroupState::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

const GroupMember *ConsumerGroupInfo::member(const QString &memberId) const {
    const auto found = std::find_if(members.cbegin(), members.cend(), [&memberId](const GroupMember &member) {
        return member.memberId == memberId;
    });
    return found == members.cend() ? nullptr : &*found;
}

QStringList ConsumerGroupInfo::topics() const {
    QStringList names;
    for (const auto &offsets : partitions) {
        if (names.isEmpty() || names.constLast() != offsets.partition.topic)
            names.append(offsets.partition.topic);
    }
    return names;
}

const ConsumerGroupInfo *GroupsSnapshot::group(const QString &id) const {
    auto it =
        std::lower_bound(groups.cbegin(), groups.cend(), id,
                         [](const ConsumerGroupInfo &g, const QString &name) { return g.groupId < name; });
    return it != groups.cend() && it->groupId == id ? &*it : nullptr;
}

} // namespace partita
