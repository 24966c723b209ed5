#include "consumergroups.h"

#include <algorithm>

namespace partita {

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
