#include "messageformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace partita::messageformat {

namespace {

// The bytes as text when they are valid UTF-8, else base64 with `encodingKey` set to "base64".
void putBytes(QJsonObject &object, const QString &key, const QString &encodingKey,
              const std::optional<QByteArrayView> &bytes) {
    if (!bytes) {
        object.insert(key, QJsonValue::Null);
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(*bytes);
    if (!decoder.hasError()) {
        object.insert(key, text);
        return;
    }
    object.insert(key, QString::fromLatin1(bytes->toByteArray().toBase64()));
    object.insert(encodingKey, QStringLiteral("base64"));
}

QJsonArray headersArray(const MessageBatch &batch, int index) {
    QJsonArray headers;
    for (const MessageHeader &header : batch.headers(index)) {
        QJsonObject entry;
        putBytes(entry, QStringLiteral("key"), QStringLiteral("key_encoding"), QByteArrayView(header.name));
        putBytes(entry, QStringLiteral("value"), QStringLiteral("value_encoding"),
                 header.value ? std::optional<QByteArrayView>(*header.value) : std::nullopt);
        headers.append(entry);
    }
    return headers;
}

QJsonObject messageObject(const MessageBatch &batch, int index) {
    const MessageRecord &record = batch.record(index);
    QJsonObject object;
    object.insert(QStringLiteral("topic"), batch.topic());
    object.insert(QStringLiteral("partition"), record.partition);
    object.insert(QStringLiteral("offset"), record.offset);
    object.insert(QStringLiteral("timestamp"),
                  record.timestamp >= 0 ? QJsonValue(record.timestamp) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("timestamp_type"), timestampTypeName(record.timestampType));
    putBytes(object, QStringLiteral("key"), QStringLiteral("key_encoding"), batch.key(index));
    putBytes(object, QStringLiteral("value"), QStringLiteral("value_encoding"), batch.value(index));
    object.insert(QStringLiteral("headers"), headersArray(batch, index));
    return object;
}

QByteArray csvField(const QByteArray &text) {
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    QByteArray quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray jsonScalar(const QJsonValue &value) {
    if (value.isNull() || value.isUndefined())
        return QByteArray();
    if (value.isString())
        return value.toString().toUtf8();
    return QByteArray::number(value.toInteger());
}

// The fields in the order both formats give them; an encoding is only there for bytes in base64.
const char *const Fields[] = {"topic", "partition", "offset",       "timestamp",      "timestamp_type",
                              "key",   "value",     "key_encoding", "value_encoding", "headers"};

} // namespace

QString timestampTypeName(TimestampType type) {
    switch (type) {
    case TimestampType::CreateTime:
        return QStringLiteral("CreateTime");
    case TimestampType::LogAppendTime:
        return QStringLiteral("LogAppendTime");
    case TimestampType::NotAvailable:
        break;
    }
    return QStringLiteral("NoTimestampType");
}

// Written field by field: a QJsonObject sorts its keys, and a reader of the lines expects the topic
// and the position first.
QByteArray jsonLine(const MessageBatch &batch, int index) {
    const QJsonObject object = messageObject(batch, index);
    QByteArray line("{");
    for (const char *name : Fields) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined())
            continue;
        if (line.size() > 1)
            line += ',';
        // Qt writes a lone value only inside an array or object.
        const QByteArray inArray = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        line += '"' + QByteArray(name) + "\":" + inArray.mid(1, inArray.size() - 2);
    }
    return line + "}\n";
}

QByteArray csvHeader() {
    QByteArrayList names;
    for (const char *name : Fields)
        names.append(name);
    return names.join(',') + "\r\n";
}

// A null key or value is an empty cell with no encoding; an empty one is an empty quoted cell, so the
// two stay apart.
QByteArray csvRow(const MessageBatch &batch, int index) {
    const QJsonObject object = messageObject(batch, index);
    QByteArrayList cells;
    for (const char *name : Fields) {
        const QString column = QLatin1String(name);
        if (column == QLatin1String("headers")) {
            cells.append(
                csvField(QJsonDocument(object.value(column).toArray()).toJson(QJsonDocument::Compact)));
            continue;
        }
        const QJsonValue value = object.value(column);
        const QByteArray text = jsonScalar(value);
        cells.append(value.isString() && text.isEmpty() ? QByteArray("\"\"") : csvField(text));
    }
    return cells.join(',') + "\r\n";
}

} // namespace partita::messageformat
