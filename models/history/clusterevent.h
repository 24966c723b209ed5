#pragma once

#include <QString>

#include <vector>

namespace partita {

// Something that changed between two consecutive polls, as the event timeline shows it and the history
// keeps it. Only names and numbers are kept, never sentences, so that a timeline recorded in one language
// reads in another after a restart.
struct ClusterEvent {
    // Stored by number: append new kinds at the end.
    enum Kind {
        BrokerDown,          // subject: broker id
        BrokerUp,            // subject: broker id
        LeaderMoved,         // subject: topic, partition; from → to: broker ids (-1: no leader)
        IsrShrank,           // subject: topic, partition; from → to: ISR before and after ("1,2,3")
        IsrExpanded,         // the same
        TopicCreated,        // subject: topic; to: partition count
        TopicDeleted,        // subject: topic
        PartitionsAdded,     // subject: topic; from → to: partition counts
        GroupStateChanged,   // subject: group; from → to: state names
        GroupMembersChanged, // subject: group; from → to: member counts
        VerdictChanged,      // subject: group; from → to: verdict names (LagVerdict::statusName)
        OffsetReset,         // subject: group, topic in `topic`, partition; from → to: committed offsets
        KindCount
    };

    qint64 timeMs = 0; // ms since the epoch: when the poll that saw the change was taken
    Kind kind = BrokerDown;
    QString subject; // broker id, topic or group, as the kind says
    QString topic;   // for a group's event on one partition
    int partition = -1;
    QString from;
    QString to;

    bool operator==(const ClusterEvent &other) const {
        return timeMs == other.timeMs && kind == other.kind && subject == other.subject &&
               topic == other.topic && partition == other.partition && from == other.from && to == other.to;
    }
    bool operator!=(const ClusterEvent &other) const { return !(*this == other); }
};

using ClusterEvents = std::vector<ClusterEvent>;

} // namespace partita
