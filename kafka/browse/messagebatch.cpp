#include "messagebatch.h"

#include <cstring>
#include <limits>

namespace partita {

namespace {

// A header's encoding in a batch's bytes: name size, name, value size (-1: null), value.
template <typename T> void appendValue(QByteArray &bytes, T value) {
    bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
}

template <typename T> T readValue(const char *&cursor) {
    T value;
    std::memcpy(&value, cursor, sizeof value);
    cursor += sizeof value;
    return value;
}

qint32 appendOptional(QByteArray &bytes, const std::optional<QByteArrayView> &data) {
    if (!data)
        return -1;
    bytes.append(data->data(), data->size());
    return qint32(data->size());
}

} // namespace

qint64 MessageRecord::payloadSize() const {
    qint64 size = std::max(keySize, 0) + std::max(valueSize, 0);
    // Each header costs its bytes plus two sizes in the batch, not on the wire.
    size += qint64(headersSize) - qint64(headerCount) * qint64(sizeof(quint32) + sizeof(qint32));
    return size;
}

void MessageBatch::reserve(int messages, qsizetype bytes) {
    m_records.reserve(size_t(messages));
    m_bytes.reserve(bytes);
}

void MessageBatch::squeeze() {
    m_records.shrink_to_fit();
    m_bytes.squeeze(); // a realloc to the size, which shrinks in place
}

void MessageBatch::append(const Message &message) {
    MessageRecord record;
    record.partition = message.partition;
    record.offset = message.offset;
    record.timestamp = message.timestamp;
    record.timestampType = message.timestampType;
    record.position = quint32(m_bytes.size());
    record.keySize = appendOptional(m_bytes, message.key);
    record.valueSize = appendOptional(m_bytes, message.value);
    const qsizetype headersStart = m_bytes.size();
    for (const MessageHeader &header : message.headers) {
        appendValue(m_bytes, quint32(header.name.size()));
        m_bytes.append(header.name);
        appendValue(m_bytes, header.value ? qint32(header.value->size()) : qint32(-1));
        if (header.value)
            m_bytes.append(*header.value);
    }
    record.headersSize = quint32(m_bytes.size() - headersStart);
    record.headerCount =
        quint16(std::min<qsizetype>(message.headers.size(), std::numeric_limits<quint16>::max()));
    m_records.push_back(record);
}

void MessageBatch::append(const MessageBatch &other, int index) {
    MessageRecord record = other.record(index);
    const qsizetype length = qsizetype(std::max(record.keySize, 0)) + std::max(record.valueSize, 0) +
                             qsizetype(record.headersSize);
    const quint32 from = record.position;
    record.position = quint32(m_bytes.size());
    m_bytes.append(other.m_bytes.constData() + from, length);
    m_records.push_back(record);
}

std::optional<QByteArrayView> MessageBatch::key(int index) const {
    const MessageRecord &r = record(index);
    if (!r.hasKey())
        return std::nullopt;
    return QByteArrayView(m_bytes.constData() + r.position, r.keySize);
}

std::optional<QByteArrayView> MessageBatch::value(int index) const {
    const MessageRecord &r = record(index);
    if (!r.hasValue())
        return std::nullopt;
    return QByteArrayView(m_bytes.constData() + r.position + std::max(r.keySize, 0), r.valueSize);
}

QList<MessageHeader> MessageBatch::headers(int index) const {
    const MessageRecord &r = record(index);
    QList<MessageHeader> headers;
    headers.reserve(r.headerCount);
    const char *cursor = m_bytes.constData() + r.position + std::max(r.keySize, 0) + std::max(r.valueSize, 0);
    for (int i = 0; i < r.headerCount; ++i) {
        MessageHeader header;
        const auto nameSize = readValue<quint32>(cursor);
        header.name = QByteArray(cursor, qsizetype(nameSize));
        cursor += nameSize;
        const auto valueSize = readValue<qint32>(cursor);
        if (valueSize >= 0) {
            header.value = QByteArray(cursor, valueSize);
            cursor += valueSize;
        }
        headers.append(header);
    }
    return headers;
}

} // namespace partita
