#pragma once

// QDataStream encodings of the values that cross the pipe to a group helper process (groupworker.h).
// Parent and helper are built together, so there is no versioning beyond the stream version fixed
// here. Every field is written, so a value reads back equal to what was written; lists are read
// without trusting their counts, so corrupt bytes fail to decode instead of exhausting memory.

#include "clustersnapshot.h"
#include "connectionsettings.h"
#include "consumergroups.h"
#include "groupworker.h"
#include "offsetreset.h"

#include <QDataStream>
#include <QIODevice>

namespace partita {

// Holds a SASL password: written only to a helper's stdin, never to disk, logs or command lines.
QDataStream &operator<<(QDataStream &out, const ConnectionSettings &settings);
QDataStream &operator>>(QDataStream &in, ConnectionSettings &settings);

QDataStream &operator<<(QDataStream &out, const BrokerInfo &broker);
QDataStream &operator>>(QDataStream &in, BrokerInfo &broker);
QDataStream &operator<<(QDataStream &out, const PartitionInfo &partition);
QDataStream &operator>>(QDataStream &in, PartitionInfo &partition);
QDataStream &operator<<(QDataStream &out, const TopicInfo &topic);
QDataStream &operator>>(QDataStream &in, TopicInfo &topic);
QDataStream &operator<<(QDataStream &out, const ClusterSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, ClusterSnapshot &snapshot);

QDataStream &operator<<(QDataStream &out, const TopicPartition &partition);
QDataStream &operator>>(QDataStream &in, TopicPartition &partition);
QDataStream &operator<<(QDataStream &out, const GroupMember &member);
QDataStream &operator>>(QDataStream &in, GroupMember &member);
QDataStream &operator<<(QDataStream &out, const OldestUnread &oldest);
QDataStream &operator>>(QDataStream &in, OldestUnread &oldest);
QDataStream &operator<<(QDataStream &out, const GroupPartitionOffsets &offsets);
QDataStream &operator>>(QDataStream &in, GroupPartitionOffsets &offsets);
QDataStream &operator<<(QDataStream &out, const ConsumerGroupInfo &group);
QDataStream &operator>>(QDataStream &in, ConsumerGroupInfo &group);
QDataStream &operator<<(QDataStream &out, const GroupsSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, GroupsSnapshot &snapshot);

QDataStream &operator<<(QDataStream &out, const OffsetResetRequest &request);
QDataStream &operator>>(QDataStream &in, OffsetResetRequest &request);
QDataStream &operator<<(QDataStream &out, const OffsetChange &change);
QDataStream &operator>>(QDataStream &in, OffsetChange &change);
QDataStream &operator<<(QDataStream &out, const OffsetResetPlan &plan);
QDataStream &operator>>(QDataStream &in, OffsetResetPlan &plan);

namespace groupworker {
QDataStream &operator<<(QDataStream &out, const PollRequest &request);
QDataStream &operator>>(QDataStream &in, PollRequest &request);
} // namespace groupworker

// A value as one frame's payload, and back. decode() returns false when the bytes are not exactly
// one such value (truncated, corrupt, or with bytes left over).
template <typename... Values> QByteArray encode(const Values &...values);
template <typename... Values> bool decode(const QByteArray &bytes, Values &...values);

QDataStream::Version groupsStreamVersion();

template <typename... Values> QByteArray encode(const Values &...values) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(groupsStreamVersion());
    (out << ... << values);
    return bytes;
}

template <typename... Values> bool decode(const QByteArray &bytes, Values &...values) {
    QDataStream in(bytes);
    in.setVersion(groupsStreamVersion());
    (in >> ... >> values);
    return in.status() == QDataStream::Ok && in.atEnd();
}

} // namespace partita
