#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace partita {

// The records the group coordinator keeps in __consumer_offsets, read as Kafka's schemas define them
// (OffsetCommitKey/Value and GroupMetadataKey/Value in the group coordinator's message definitions).
// Every record starts with a big-endian int16 version: a key's tells its type, a value's the layout of
// the value, whose type is its key's. Versions before 4 use int16-length strings, int32-length bytes
// and int32-count arrays; version 4 of a value is "flexible": unsigned varint lengths one above the
// size, and tagged fields after each struct.

// Key version 0 or 1: the committed offset of one partition for a group.
struct OffsetCommitKey {
    qint16 version = 0;
    QString group;
    QString topic;
    qint32 partition = -1;
};

// Key version 2: the metadata of a group.
struct GroupMetadataKey {
    qint16 version = 2;
    QString group;
};

struct OffsetCommitValue {
    qint16 version = 0;
    qint64 offset = -1;
    std::optional<qint32> leaderEpoch; // versions 3 and 4
    QString metadata;
    qint64 commitTimestamp = -1;
    std::optional<qint64> expireTimestamp; // version 1 only
};

// A member as __consumer_offsets records it (not the GroupMember a group description gives).
struct GroupMetadataMember {
    QString memberId;
    std::optional<QString> groupInstanceId; // null, or absent before version 3: a dynamic member
    QString clientId;
    QString clientHost;
    std::optional<qint32> rebalanceTimeout; // from version 1
    qint32 sessionTimeout = 0;
    qint32 subscriptionSize = 0; // bytes of the member's subscription, which the protocol type defines
    qint32 assignmentSize = 0;   // likewise, of its assignment
};

struct GroupMetadataValue {
    qint16 version = 0;
    QString protocolType;
    qint32 generation = 0;
    std::optional<QString> protocol;
    std::optional<QString> leader;
    std::optional<qint64> currentStateTimestamp; // from version 2
    QList<GroupMetadataMember> members;
};

using ConsumerOffsetsKey = std::variant<OffsetCommitKey, GroupMetadataKey>;
using ConsumerOffsetsValue = std::variant<OffsetCommitValue, GroupMetadataValue>;

// A parse either gives the record or says, in words, why the bytes are not one (with the byte where
// they stop making sense, for malformed input).
template <typename Record> struct Parsed {
    std::optional<Record> record;
    QString error;
};

Parsed<ConsumerOffsetsKey> parseConsumerOffsetsKey(QByteArrayView bytes);
// A value's layout depends on its key's type; the key is parsed for that.
Parsed<ConsumerOffsetsValue> parseConsumerOffsetsValue(QByteArrayView bytes, QByteArrayView key);

// The record as one JSON object, its fields named and ordered as in Kafka's schema, with "version"
// first (and a key's record type before it). Compact: one line.
QString toJson(const ConsumerOffsetsKey &key);
QString toJson(const ConsumerOffsetsValue &value);

} // namespace partita
