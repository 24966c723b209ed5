#include "consumeroffsetsrecord.h"

#include <QCoreApplication>
#include <QtEndian>

namespace partita {

namespace {

// The translation context of the texts below.
struct ConsumerOffsetsText {
    Q_DECLARE_TR_FUNCTIONS(ConsumerOffsetsText)
};

constexpr qint16 FirstFlexibleVersion = 4;

// Reads Kafka's primitive types from the front of the bytes, never past their end. The first problem
// sticks: later reads return defaults, and error() names what the record was and where it broke.
class SchemaReader {
public:
    SchemaReader(QByteArrayView bytes, QString record)
        : m_bytes(bytes)
        , m_record(std::move(record)) {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool flexible() const { return m_flexible; }
    void setFlexible(bool flexible) { m_flexible = flexible; }

    qint16 int16(const char *field) { return fixed<qint16>(field); }
    qint32 int32(const char *field) { return fixed<qint32>(field); }
    qint64 int64(const char *field) { return fixed<qint64>(field); }

    std::optional<QString> nullableString(const char *field) {
        const qsizetype at = m_pos;
        const std::optional<qint64> size = m_flexible ? compactLength(field) : fixed<qint16>(field);
        if (!ok() || !size || *size == -1)
            return std::nullopt;
        if (*size < 0) {
            fail(at, negative(field, *size));
            return std::nullopt;
        }
        if (!take(*size, field, at))
            return std::nullopt;
        return QString::fromUtf8(m_bytes.sliced(m_pos - *size, *size));
    }

    QString string(const char *field) {
        const qsizetype at = m_pos;
        std::optional<QString> text = nullableString(field);
        if (ok() && !text)
            fail(at, negative(field, -1));
        return text.value_or(QString());
    }

    // Skips the bytes, giving their size.
    qint32 bytes(const char *field) {
        const qsizetype at = m_pos;
        const std::optional<qint64> size = length(field);
        return size && take(*size, field, at) ? qint32(*size) : 0;
    }

    // The number of elements of an array; each takes at least `minElementSize` bytes, so a count the
    // bytes cannot hold is refused before anything is allocated for it.
    qint32 arrayLength(const char *field, qsizetype minElementSize) {
        const qsizetype at = m_pos;
        const std::optional<qint64> count = length(field);
        if (!count)
            return 0;
        if (*count > (m_bytes.size() - m_pos) / minElementSize) {
            fail(at, ConsumerOffsetsText::tr("%1 counts %2 elements, more than the bytes left can hold")
                         .arg(QLatin1String(field))
                         .arg(*count));
            return 0;
        }
        return qint32(*count);
    }

    // Tagged fields end every struct of a flexible version; none of them is shown.
    void skipTaggedFields() {
        if (!m_flexible)
            return;
        const quint64 count = unsignedVarint("tagged fields");
        for (quint64 i = 0; ok() && i < count; ++i) {
            unsignedVarint("tag");
            const qsizetype at = m_pos;
            const quint64 size = unsignedVarint("tagged field size");
            if (ok())
                take(qint64(std::min<quint64>(size, quint64(m_bytes.size()) + 1)), "tagged field", at);
        }
    }

    // Bytes after the last field mean the version does not describe them.
    void expectEnd() {
        if (ok() && m_pos != m_bytes.size())
            fail(m_pos,
                 ConsumerOffsetsText::tr("%1 bytes follow the last field").arg(m_bytes.size() - m_pos));
    }

    void fail(qsizetype at, const QString &why) {
        if (ok())
            m_error = ConsumerOffsetsText::tr("Malformed %1 at byte %2: %3")
                          .arg(m_record, QString::number(at), why);
    }

private:
    template <typename T> T fixed(const char *field) {
        if (!take(sizeof(T), field, m_pos))
            return T();
        return qFromBigEndian<T>(m_bytes.data() + m_pos - qsizetype(sizeof(T)));
    }

    quint64 unsignedVarint(const char *field) {
        const qsizetype at = m_pos;
        quint64 value = 0;
        for (int shift = 0; ok(); shift += 7) {
            if (shift > 28) {
                fail(at,
                     ConsumerOffsetsText::tr("%1 is a varint longer than 5 bytes").arg(QLatin1String(field)));
                break;
            }
            if (!take(1, field, at))
                break;
            const auto byte = quint8(m_bytes.at(m_pos - 1));
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        return 0;
    }

    static QString negative(const char *field, qint64 size) {
        return size == -1
                   ? ConsumerOffsetsText::tr("%1 is null, which it may not be").arg(QLatin1String(field))
                   : ConsumerOffsetsText::tr("%1 has the length %2").arg(QLatin1String(field)).arg(size);
    }

    // The int32 length of bytes or count of an array (compact in flexible versions), which may be
    // neither null nor negative; nullopt when it is, or cannot be read.
    std::optional<qint64> length(const char *field) {
        const qsizetype at = m_pos;
        const std::optional<qint64> size = m_flexible ? compactLength(field) : fixed<qint32>(field);
        if (ok() && size && *size < 0)
            fail(at, negative(field, *size));
        return ok() ? size : std::nullopt;
    }

    // A compact length is stored one above the size, 0 meaning null: -1 for null here.
    std::optional<qint64> compactLength(const char *field) {
        const quint64 stored = unsignedVarint(field);
        return ok() ? std::optional<qint64>(qint64(stored) - 1) : std::nullopt;
    }

    bool take(qint64 size, const char *field, qsizetype at) {
        if (!ok())
            return false;
        if (size > m_bytes.size() - m_pos) {
            fail(at, ConsumerOffsetsText::tr("%1 needs %2 bytes, only %3 are left")
                         .arg(QLatin1String(field))
                         .arg(size)
                         .arg(m_bytes.size() - m_pos));
            return false;
        }
        m_pos += qsizetype(size);
        return true;
    }

    QByteArrayView m_bytes;
    QString m_record;
    qsizetype m_pos = 0;
    bool m_flexible = false;
    QString m_error;
};

template <typename Record> Parsed<Record> finish(SchemaReader &reader, Record record) {
    reader.expectEnd();
    if (!reader.ok())
        return {std::nullopt, reader.error()};
    return {std::move(record), QString()};
}

template <typename Record> Parsed<Record> unknownVersion(const QString &record, qint16 version) {
    return {std::nullopt, ConsumerOffsetsText::tr("Unknown %1 version %2").arg(record).arg(version)};
}

OffsetCommitValue readOffsetCommitValue(SchemaReader &reader, qint16 version) {
    OffsetCommitValue value;
    value.version = version;
    value.offset = reader.int64("offset");
    if (version >= 3)
        value.leaderEpoch = reader.int32("leaderEpoch");
    value.metadata = reader.string("metadata");
    value.commitTimestamp = reader.int64("commitTimestamp");
    if (version == 1)
        value.expireTimestamp = reader.int64("expireTimestamp");
    reader.skipTaggedFields();
    return value;
}

GroupMetadataMember readMember(SchemaReader &reader, qint16 version) {
    GroupMetadataMember member;
    member.memberId = reader.string("memberId");
    if (version >= 3)
        member.groupInstanceId = reader.nullableString("groupInstanceId");
    member.clientId = reader.string("clientId");
    member.clientHost = reader.string("clientHost");
    if (version >= 1)
        member.rebalanceTimeout = reader.int32("rebalanceTimeout");
    member.sessionTimeout = reader.int32("sessionTimeout");
    member.subscriptionSize = reader.bytes("subscription");
    member.assignmentSize = reader.bytes("assignment");
    reader.skipTaggedFields();
    return member;
}

GroupMetadataValue readGroupMetadataValue(SchemaReader &reader, qint16 version) {
    GroupMetadataValue value;
    value.version = version;
    value.protocolType = reader.string("protocolType");
    value.generation = reader.int32("generation");
    value.protocol = reader.nullableString("protocol");
    value.leader = reader.nullableString("leader");
    if (version >= 2)
        value.currentStateTimestamp = reader.int64("currentStateTimestamp");
    // The smallest member: empty strings and byte arrays, and the timeouts of version 0 (one) or 4 (two).
    const qsizetype minMemberSize = reader.flexible() ? 4 + 8 + 2 + 1 : 3 * 2 + 4 + 2 * 4;
    const qint32 count = reader.arrayLength("members", minMemberSize);
    for (qint32 i = 0; i < count && reader.ok(); ++i)
        value.members.append(readMember(reader, version));
    reader.skipTaggedFields();
    return value;
}

// JSON text in the order the fields are added, which QJsonObject would sort.
class JsonWriter {
public:
    void field(const char *name, qint64 number) { key(name) += QString::number(number); }
    void field(const char *name, const QString &text) { appendString(key(name), text); }
    void field(const char *name, const std::optional<QString> &text) {
        if (text)
            field(name, *text);
        else
            key(name) += QLatin1String("null");
    }
    void field(const char *name, const char *text) { field(name, QString::fromLatin1(text)); }
    // A field of some versions only: left out where the record's version has none.
    template <typename Number> void fieldIfPresent(const char *name, const std::optional<Number> &number) {
        if (number)
            field(name, qint64(*number));
    }
    // Opens an array of objects; each element's fields follow beginElement().
    void beginArray(const char *name) {
        key(name) += QLatin1Char('[');
        m_first = true;
    }
    void beginElement() {
        if (!m_first)
            m_text += QLatin1Char(',');
        m_text += QLatin1Char('{');
        m_first = true;
    }
    void endElement() {
        m_text += QLatin1Char('}');
        m_first = false;
    }
    void endArray() {
        m_text += QLatin1Char(']');
        m_first = false;
    }
    QString finished() { return m_text + QLatin1Char('}'); }

private:
    QString &key(const char *name) {
        if (!m_first)
            m_text += QLatin1Char(',');
        m_first = false;
        appendString(m_text, QString::fromLatin1(name));
        m_text += QLatin1Char(':');
        return m_text;
    }

    static void appendString(QString &out, const QString &text) {
        out += QLatin1Char('"');
        for (const QChar c : text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\') + c;
            else if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        out += QLatin1Char('"');
    }

    QString m_text = QStringLiteral("{");
    bool m_first = true;
};

QString json(const OffsetCommitKey &key) {
    JsonWriter out;
    out.field("record", "offset commit");
    out.field("version", key.version);
    out.field("group", key.group);
    out.field("topic", key.topic);
    out.field("partition", key.partition);
    return out.finished();
}

QString json(const GroupMetadataKey &key) {
    JsonWriter out;
    out.field("record", "group metadata");
    out.field("version", key.version);
    out.field("group", key.group);
    return out.finished();
}

QString json(const OffsetCommitValue &value) {
    JsonWriter out;
    out.field("version", value.version);
    out.field("offset", value.offset);
    out.fieldIfPresent("leaderEpoch", value.leaderEpoch);
    out.field("metadata", value.metadata);
    out.field("commitTimestamp", value.commitTimestamp);
    out.fieldIfPresent("expireTimestamp", value.expireTimestamp);
    return out.finished();
}

QString json(const GroupMetadataValue &value) {
    JsonWriter out;
    out.field("version", value.version);
    out.field("protocolType", value.protocolType);
    out.field("generation", value.generation);
    out.field("protocol", value.protocol);
    out.field("leader", value.leader);
    out.fieldIfPresent("currentStateTimestamp", value.currentStateTimestamp);
    out.beginArray("members");
    for (const GroupMetadataMember &member : value.members) {
        out.beginElement();
        out.field("memberId", member.memberId);
        if (value.version >= 3)
            out.field("groupInstanceId", member.groupInstanceId);
        out.field("clientId", member.clientId);
        out.field("clientHost", member.clientHost);
        out.fieldIfPresent("rebalanceTimeout", member.rebalanceTimeout);
        out.field("sessionTimeout", member.sessionTimeout);
        out.field("subscriptionBytes", member.subscriptionSize);
        out.field("assignmentBytes", member.assignmentSize);
        out.endElement();
    }
    out.endArray();
    return out.finished();
}

} // namespace

Parsed<ConsumerOffsetsKey> parseConsumerOffsetsKey(QByteArrayView bytes) {
    SchemaReader reader(bytes, ConsumerOffsetsText::tr("__consumer_offsets key"));
    const qint16 version = reader.int16("version");
    if (!reader.ok())
        return {std::nullopt, reader.error()};
    // Keys are never flexible: their version is the record's type.
    if (version == 0 || version == 1) {
        OffsetCommitKey key;
        key.version = version;
        key.group = reader.string("group");
        key.topic = reader.string("topic");
        key.partition = reader.int32("partition");
        return finish<ConsumerOffsetsKey>(reader, key);
    }
    if (version == 2) {
        GroupMetadataKey key;
        key.group = reader.string("group");
        return finish<ConsumerOffsetsKey>(reader, key);
    }
    // Types 3 and up belong to the newer group protocols (KIP-848 and after), not shown here.
    return {std::nullopt,
            ConsumerOffsetsText::tr("A __consumer_offsets record of type %1, neither an offset commit (0, 1) "
                                    "nor group metadata (2)")
                .arg(version)};
}

Parsed<ConsumerOffsetsValue> parseConsumerOffsetsValue(QByteArrayView bytes, QByteArrayView key) {
    const Parsed<ConsumerOffsetsKey> parsedKey = parseConsumerOffsetsKey(key);
    if (!parsedKey.record)
        return {std::nullopt,
                ConsumerOffsetsText::tr("The key tells the value's type: %1").arg(parsedKey.error)};
    const bool offsetCommit = std::holds_alternative<OffsetCommitKey>(*parsedKey.record);
    const QString record = offsetCommit ? ConsumerOffsetsText::tr("offset commit value")
                                        : ConsumerOffsetsText::tr("group metadata value");
    SchemaReader reader(bytes, record);
    const qint16 version = reader.int16("version");
    if (!reader.ok())
        return {std::nullopt, reader.error()};
    if (version < 0 || version > FirstFlexibleVersion)
        return unknownVersion<ConsumerOffsetsValue>(record, version);
    reader.setFlexible(version >= FirstFlexibleVersion);
    if (offsetCommit)
        return finish<ConsumerOffsetsValue>(reader, readOffsetCommitValue(reader, version));
    return finish<ConsumerOffsetsValue>(reader, readGroupMetadataValue(reader, version));
}

QString toJson(const ConsumerOffsetsKey &key) {
    return std::visit([](const auto &record) { return json(record); }, key);
}

QString toJson(const ConsumerOffsetsValue &value) {
    return std::visit([](const auto &record) { return json(record); }, value);
}

} // namespace partita
