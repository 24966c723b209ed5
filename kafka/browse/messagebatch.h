#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace partita {

// Where a message's timestamp comes from: set by its producer, or by the broker when it appended it.
enum class TimestampType : quint8 { NotAvailable, CreateTime, LogAppendTime };

struct MessageHeader {
    QByteArray name;
    std::optional<QByteArray> value; // a header may have a null value
    bool operator==(const MessageHeader &other) const { return name == other.name && value == other.value; }
};

// A message's place in the bytes of a MessageBatch: its key, value and headers lie one after another
// from `position`. Fixed size whatever the payload, so millions of them cost little beyond it.
struct MessageRecord {
    qint64 offset = -1;
    qint64 timestamp = -1; // ms since the epoch; -1 when not available
    quint32 position = 0;  // of the key's first byte
    qint32 keySize = -1;   // -1: a null key
    qint32 valueSize = -1; // -1: a null value (a tombstone)
    quint32 headersSize = 0;
    qint32 partition = -1;
    quint16 headerCount = 0;
    TimestampType timestampType = TimestampType::NotAvailable;

    bool hasKey() const { return keySize >= 0; }
    bool hasValue() const { return valueSize >= 0; }
    // Key, value and header names and values, as the broker counts a message's payload.
    qint64 payloadSize() const;
};
static_assert(sizeof(MessageRecord) == 40, "a record's size is part of the store's per-message cost");

// Messages of one topic in reading order, with their bytes in one buffer. Filled on the thread that
// reads, then shared read-only (as std::shared_ptr<const MessageBatch>): the message store keeps
// batches as its chunks.
class MessageBatch {
public:
    struct Message {
        int partition = -1;
        qint64 offset = -1;
        qint64 timestamp = -1;
        TimestampType timestampType = TimestampType::NotAvailable;
        std::optional<QByteArrayView> key;
        std::optional<QByteArrayView> value;
        QList<MessageHeader> headers;
    };

    explicit MessageBatch(QString topic = QString())
        : m_topic(std::move(topic)) {}

    void append(const Message &message);
    // Copies one record of `other`, with its bytes.
    void append(const MessageBatch &other, int index);
    void reserve(int messages, qsizetype bytes);
    // Gives back what reserve() or growth left unused, in place: the bytes are not copied.
    void squeeze();

    const QString &topic() const { return m_topic; }
    int size() const { return int(m_records.size()); }
    bool isEmpty() const { return m_records.empty(); }
    const MessageRecord &record(int index) const { return m_records[size_t(index)]; }
    const std::vector<MessageRecord> &records() const { return m_records; }
    // All bytes held, for the store's byte cap.
    qsizetype byteSize() const { return m_bytes.size(); }
    // The bytes allocated for them, reserved room included.
    qsizetype byteCapacity() const { return m_bytes.capacity(); }

    std::optional<QByteArrayView> key(int index) const;
    std::optional<QByteArrayView> value(int index) const;
    QList<MessageHeader> headers(int index) const;

private:
    QString m_topic;
    std::vector<MessageRecord> m_records;
    QByteArray m_bytes;
};

} // namespace partita
