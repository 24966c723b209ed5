#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace partita {

// How the Messages view reads a key or a value. Integers are big-endian, as Kafka's own serializers
// write them.
enum class Decoder : quint8 {
    Auto, // JSON if the bytes are a JSON object or array, else UTF-8 text if they are valid, else hex
    Text,
    Json,
    Hex,
    Base64,
    Int32,
    Int64,
    UInt32,
    UInt64,
    Uuid,
    ConsumerOffsets, // the group coordinator's records in __consumer_offsets, shown as JSON
};

// The decoders in the order a user picks from.
QList<Decoder> allDecoders();
QString decoderName(Decoder decoder);
// A stable name to store a choice under, and back; nullopt for a name no decoder has.
QString decoderId(Decoder decoder);
std::optional<Decoder> decoderFromId(const QString &id);
// ConsumerOffsets for __consumer_offsets, Auto for any other topic.
Decoder defaultDecoder(const QString &topic);

// What to decode: a message's key, or its value with the key beside it (a __consumer_offsets value's
// layout depends on its key).
struct Payload {
    QByteArrayView bytes;
    bool isKey = false;
    std::optional<QByteArrayView> key; // of a value's message; nullopt for a null key
};

struct DecodedPayload {
    Decoder decoder = Decoder::Text; // the one that decoded it: never Auto
    QString text;                    // as the decoder shows it; empty when it could not
    QString error;                   // why the bytes are not what the decoder reads
    qsizetype shownBytes = 0;        // of the payload, in `text`: fewer when it was cut at maxBytes

    bool isJson() const { return decoder == Decoder::Json || decoder == Decoder::ConsumerOffsets; }
};

// The payload in full, for reading: JSON indented as written (keys keep their order, numbers their
// digits), text with line breaks. Decoders of text, JSON, hex and base64 show at most the first
// `maxBytes` bytes; the others need the whole payload and are small. Validity (whether the bytes are
// JSON, valid UTF-8, the size of an integer) is judged on the whole payload.
DecodedPayload decodePayload(const Payload &payload, Decoder decoder, qsizetype maxBytes);

// The payload as one line of at most `maxLength` characters (and "…" when there is more), for a
// table cell: cheap enough for every row shown, so it looks only at the bytes it shows, and Auto and
// JSON do not parse the whole payload — Auto tells text from binary by those bytes alone, and JSON
// shows them without the whitespace between tokens. Fixed-size decoders say when the size is wrong.
QString decodedPreview(const Payload &payload, Decoder decoder, int maxLength);

} // namespace partita
