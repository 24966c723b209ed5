#include "messagedecoder.h"

#include "consumeroffsetsrecord.h"
#include "messagetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUuid>
#include <QtEndian>

#include <algorithm>

namespace partita {

namespace {

// The translation context of the texts below.
struct MessageDecoderText {
    Q_DECLARE_TR_FUNCTIONS(MessageDecoderText)
};

// Base64 lines as long as MIME's: a text view lays out a 7 MB line slowly.
constexpr qsizetype Base64LineLength = 76;
// Bytes per line of the hex decoder's text.
constexpr qsizetype HexLineBytes = 32;

struct DecoderInfo {
    Decoder decoder;
    const char *id;
    const char *name;
    int size; // bytes of a fixed-size decoder, else 0
};

const DecoderInfo Decoders[] = {
    {Decoder::Auto, "auto", QT_TRANSLATE_NOOP("MessageDecoderText", "Auto"), 0},
    {Decoder::Text, "text", QT_TRANSLATE_NOOP("MessageDecoderText", "UTF-8 text"), 0},
    {Decoder::Json, "json", QT_TRANSLATE_NOOP("MessageDecoderText", "JSON"), 0},
    {Decoder::Hex, "hex", QT_TRANSLATE_NOOP("MessageDecoderText", "Hex"), 0},
    {Decoder::Base64, "base64", QT_TRANSLATE_NOOP("MessageDecoderText", "Base64"), 0},
    {Decoder::Int32, "int32", QT_TRANSLATE_NOOP("MessageDecoderText", "int32 (big-endian)"), 4},
    {Decoder::Int64, "int64", QT_TRANSLATE_NOOP("MessageDecoderText", "int64 (big-endian)"), 8},
    {Decoder::UInt32, "uint32", QT_TRANSLATE_NOOP("MessageDecoderText", "uint32 (big-endian)"), 4},
    {Decoder::UInt64, "uint64", QT_TRANSLATE_NOOP("MessageDecoderText", "uint64 (big-endian)"), 8},
    {Decoder::Uuid, "uuid", QT_TRANSLATE_NOOP("MessageDecoderText", "UUID"), 16},
    {Decoder::ConsumerOffsets, "consumer-offsets",
     QT_TRANSLATE_NOOP("MessageDecoderText", "__consumer_offsets record"), 0},
};

const DecoderInfo &infoOf(Decoder decoder) {
    return *std::find_if(std::begin(Decoders), std::end(Decoders),
                         [decoder](const DecoderInfo &info) { return info.decoder == decoder; });
}

// A prefix of a longer payload may end in the middle of a sequence: that is not counted as an error.
bool isUtf8(QByteArrayView bytes, bool prefix = false) {
    QStringDecoder decoder(QStringDecoder::Utf8,
                           prefix ? QStringDecoder::Flag::Default : QStringDecoder::Flag::Stateless);
    // decode() only describes the work: converting to a string does it.
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Empty when the bytes are a JSON object or array, else why not.
QString jsonError(QByteArrayView bytes) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return MessageDecoderText::tr("Not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
    if (!document.isObject() && !document.isArray())
        return MessageDecoderText::tr("Not a JSON object or array");
    return QString();
}

// JSON (or its beginning) re-indented as written: keys keep their order and numbers their digits,
// which a parse-and-print round trip would not.
QString indentedJson(const QString &json) {
    QString out;
    out.reserve(json.size() + json.size() / 4);
    int depth = 0;
    bool inString = false;
    const auto newline = [&out, &depth] {
        out += QLatin1Char('\n') + QString(qsizetype(depth) * 4, QLatin1Char(' '));
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < json.size())
                out += json.at(++i);
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
            out += c;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            out += c;
            ++depth;
            newline();
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            depth = std::max(depth - 1, 0);
            newline();
            out += c;
        } else if (c == QLatin1Char(',')) {
            out += c;
            newline();
        } else if (c == QLatin1Char(':')) {
            out += QLatin1String(": ");
        } else if (!c.isSpace()) {
            out += c;
        }
    }
    // Empty objects and arrays stay on one line.
    static const QRegularExpression empty(QStringLiteral(R"(([\[{])\n\s*([\]}]))"));
    return out.replace(empty, QStringLiteral("\\1\\2"));
}

// The JSON's bytes without whitespace between tokens, until `enough` bytes are out.
QByteArray compactJson(QByteArrayView json, qsizetype enough) {
    QByteArray out;
    out.reserve(std::min(json.size(), enough));
    bool inString = false;
    for (qsizetype i = 0; i < json.size() && out.size() < enough; ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json.at(++i);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out += c;
        }
    }
    return out;
}

QString lines(const QByteArray &text, qsizetype length) {
    QString out;
    out.reserve(text.size() + text.size() / length);
    for (qsizetype at = 0; at < text.size(); at += length) {
        if (at > 0)
            out += QLatin1Char('\n');
        out += QLatin1String(text.constData() + at, std::min(length, text.size() - at));
    }
    return out;
}

// Pairs of hex digits separated by spaces, HexLineBytes to a line.
QString hexText(QByteArrayView bytes) {
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype at = 0; at < bytes.size(); ++at) {
        if (at > 0)
            out += QLatin1Char(at % HexLineBytes == 0 ? '\n' : ' ');
        appendHex(out, quint8(bytes.at(at)));
    }
    return out;
}

// Decoders of a fixed size: the value, or why the bytes are not one.
DecodedPayload decodeFixed(QByteArrayView bytes, Decoder decoder) {
    const DecoderInfo &info = infoOf(decoder);
    DecodedPayload decoded;
    decoded.decoder = decoder;
    if (bytes.size() != info.size) {
        decoded.error = MessageDecoderText::tr("Not %1: it takes %2 bytes, these are %3")
                            .arg(MessageDecoderText::tr(info.name))
                            .arg(info.size)
                            .arg(bytes.size());
        return decoded;
    }
    decoded.shownBytes = bytes.size();
    const char *data = bytes.data();
    switch (decoder) {
    case Decoder::Int32:
        decoded.text = QString::number(qFromBigEndian<qint32>(data));
        break;
    case Decoder::Int64:
        decoded.text = QString::number(qFromBigEndian<qint64>(data));
        break;
    case Decoder::UInt32:
        decoded.text = QString::number(qFromBigEndian<quint32>(data));
        break;
    case Decoder::UInt64:
        decoded.text = QString::number(qFromBigEndian<quint64>(data));
        break;
    case Decoder::Uuid:
        decoded.text = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
        break;
    default:
        break;
    }
    return decoded;
}

DecodedPayload decodeConsumerOffsets(const Payload &payload) {
    DecodedPayload decoded;
    decoded.decoder = Decoder::ConsumerOffsets;
    std::optional<QString> json;
    if (payload.isKey) {
        const Parsed<ConsumerOffsetsKey> key = parseConsumerOffsetsKey(payload.bytes);
        decoded.error = key.error;
        if (key.record)
            json = toJson(*key.record);
    } else if (!payload.key) {
        decoded.error =
            MessageDecoderText::tr("A __consumer_offsets value needs its key, and the key is null");
    } else {
        const Parsed<ConsumerOffsetsValue> value = parseConsumerOffsetsValue(payload.bytes, *payload.key);
        decoded.error = value.error;
        if (value.record)
            json = toJson(*value.record);
    }
    if (json) {
        decoded.text = *json;
        decoded.shownBytes = payload.bytes.size();
    }
    return decoded;
}

// Auto made definite by the whole payload.
Decoder resolved(QByteArrayView bytes, Decoder decoder) {
    if (decoder != Decoder::Auto)
        return decoder;
    if (jsonError(bytes).isEmpty())
        return Decoder::Json;
    return isUtf8(bytes) ? Decoder::Text : Decoder::Hex;
}

} // namespace

QList<Decoder> allDecoders() {
    QList<Decoder> decoders;
    for (const DecoderInfo &info : Decoders)
        decoders.append(info.decoder);
    return decoders;
}

QString decoderName(Decoder decoder) {
    return MessageDecoderText::tr(infoOf(decoder).name);
}

QString decoderId(Decoder decoder) {
    return QLatin1String(infoOf(decoder).id);
}

std::optional<Decoder> decoderFromId(const QString &id) {
    for (const DecoderInfo &info : Decoders) {
        if (id == QLatin1String(info.id))
            return info.decoder;
    }
    return std::nullopt;
}

Decoder defaultDecoder(const QString &topic) {
    return topic == QLatin1String("__consumer_offsets") ? Decoder::ConsumerOffsets : Decoder::Auto;
}

DecodedPayload decodePayload(const Payload &payload, Decoder decoder, qsizetype maxBytes) {
    const QByteArrayView bytes = payload.bytes;
    decoder = resolved(bytes, decoder);
    if (infoOf(decoder).size > 0)
        return decodeFixed(bytes, decoder);
    if (decoder == Decoder::ConsumerOffsets) {
        DecodedPayload decoded = decodeConsumerOffsets(payload);
        decoded.text = indentedJson(decoded.text);
        return decoded;
    }
    DecodedPayload decoded;
    decoded.decoder = decoder;
    // Base64 turns whole groups of three bytes into text: a cut elsewhere would change the last group.
    const qsizetype shown =
        decoder == Decoder::Base64 && maxBytes < bytes.size() ? maxBytes / 3 * 3 : maxBytes;
    const QByteArrayView prefix = bytes.first(std::min(bytes.size(), shown));
    decoded.shownBytes = prefix.size();
    switch (decoder) {
    case Decoder::Json:
        decoded.error = jsonError(bytes);
        if (decoded.error.isEmpty())
            decoded.text = indentedJson(QStringDecoder(QStringDecoder::Utf8).decode(prefix));
        break;
    case Decoder::Hex:
        decoded.text = hexText(prefix);
        break;
    case Decoder::Base64:
        decoded.text = lines(prefix.toByteArray().toBase64(), Base64LineLength);
        break;
    default:
        decoded.text = displayText(prefix);
        break;
    }
    if (!decoded.error.isEmpty())
        decoded.shownBytes = 0;
    return decoded;
}

QString decodedPreview(const Payload &payload, Decoder decoder, int maxLength) {
    const QByteArrayView bytes = payload.bytes;
    // Each character of text takes at most four bytes; a hex byte takes three characters, and base64
    // four for three bytes. One more than fits tells the preview to end in "…".
    const qsizetype textBytes = qsizetype(maxLength) * 4;
    if (decoder == Decoder::Auto) {
        const bool cut = bytes.size() > textBytes;
        decoder = isUtf8(cut ? bytes.first(textBytes) : bytes, cut) ? Decoder::Text : Decoder::Hex;
    }
    if (infoOf(decoder).size > 0 || decoder == Decoder::ConsumerOffsets) {
        const DecodedPayload decoded = decoder == Decoder::ConsumerOffsets ? decodeConsumerOffsets(payload)
                                                                           : decodeFixed(bytes, decoder);
        return previewText((decoded.error.isEmpty() ? decoded.text : decoded.error).toUtf8(), maxLength);
    }
    switch (decoder) {
    case Decoder::Json:
        return previewText(compactJson(bytes, textBytes + 1), maxLength);
    case Decoder::Hex: {
        const qsizetype shown = std::min(bytes.size(), qsizetype(maxLength) / 3 + 2);
        return previewText(bytes.first(shown).toByteArray().toHex(' '), maxLength);
    }
    case Decoder::Base64: {
        const qsizetype shown = std::min(bytes.size(), (qsizetype(maxLength) / 4 + 1) * 3);
        return previewText(bytes.first(shown).toByteArray().toBase64(), maxLength);
    }
    default:
        return previewText(bytes, maxLength);
    }
}

} // namespace partita
