#pragma once

#include "messagebatch.h"

#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace partita {

struct TopicPartition {
    QString topic;
    int partition = -1;

    bool operator==(const TopicPartition &other) const {
        return partition == other.partition && topic == other.topic;
    }
    bool operator<(const TopicPartition &other) const {
        return topic != other.topic ? topic < other.topic : partition < other.partition;
    }
    // "topic-3", as Kafka tools name a partition in messages.
    QString label() const { return QStringLiteral("%1-%2").arg(topic).arg(partition); }
};

inline size_t qHash(const TopicPartition &key, size_t seed = 0) {
    return qHashMulti(seed, key.topic, key.partition);
}

struct GroupMember {
    QString memberId;
    QString clientId;
    QString host;
    QString groupInstanceId; // static membership, empty when dynamic
    QList<TopicPartition> assignment;
};

// The oldest record a group has not read on a partition, as a small fetch at its committed offset found
// it (OldestUnreadReader): the record there, or the next one where compaction removed it, or the one at
// the low watermark where retention deleted it.
struct OldestUnread {
    enum class Kind : quint8 {
        NotRead, // not fetched (beyond the poll's budget, nothing unread, or the fetch failed)
        Record,  // offset, timestamp and timestampType are the record's
        None,    // only transaction markers lie between the committed offset and the end
    };
    Kind kind = Kind::NotRead;
    qint64 offset = -1;
    qint64 timestamp = -1; // ms since the epoch
    TimestampType timestampType = TimestampType::NotAvailable;

    bool operator==(const OldestUnread &other) const {
        return kind == other.kind && offset == other.offset && timestamp == other.timestamp &&
               timestampType == other.timestampType;
    }
    bool operator!=(const OldestUnread &other) const { return !(*this == other); }
};

// One partition a group has committed to (or is assigned), with the partition's watermarks from the
// same refresh. -1 means "none" for committed and "unknown" for the watermarks.
struct GroupPartitionOffsets {
    TopicPartition partition;
    qint64 committed = -1;
    qint64 lowWatermark = -1;
    qint64 highWatermark = -1;
    QString ownerMemberId; // member id of the member it is assigned to, empty when unassigned
    QString error;
    OldestUnread oldestUnread;
};

// A consumer group's state as the broker reports it (Kafka's ConsumerGroupState). Unknown also where
// nobody could tell, e.g. on a cluster that cannot describe groups.
enum class GroupState { Unknown, PreparingRebalance, CompletingRebalance, Stable, Dead, Empty };

// Kafka's own name of the state, as its tools print it ("Stable", "PreparingRebalance", ...).
QString groupStateName(GroupState state);

struct ConsumerGroupInfo {
    QString groupId;
    GroupState state = GroupState::Unknown;
    bool simple = false; // offsets committed without group membership (no protocol)
    QString assignor;
    int coordinatorId = -1;
    bool listedByBroker = false; // false: added by hand and not (or not yet) listed by the broker
    QList<GroupMember> members;
    QList<GroupPartitionOffsets> partitions; // sorted by topic, partition
    QString error;                           // why describing the group or fetching its offsets failed

    QStringList topics() const;
    bool isActive() const { return !members.isEmpty(); }
    const GroupMember *member(const QString &memberId) const; // nullptr when not a member
};

// The consumer groups of a cluster as one poll saw them. Immutable once published.
struct GroupsSnapshot {
    QList<ConsumerGroupInfo> groups; // sorted by id
    QString listError;               // why the broker refused to list groups (e.g. not authorized)
    QDateTime takenAt;
    qint64 generation = 0;

    const ConsumerGroupInfo *group(const QString &id) const;
};

using GroupsSnapshotPtr = std::shared_ptr<const GroupsSnapshot>;

} // namespace partita

Q_DECLARE_METATYPE(partita::GroupsSnapshotPtr)
