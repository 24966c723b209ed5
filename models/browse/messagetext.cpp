#include "messagetext.h"

#include <QStringDecoder>

#include <algorithm>

namespace partita {

namespace {

constexpr char16_t Replacement = 0xfffd;
constexpr char16_t Ellipsis = 0x2026;
constexpr char16_t ControlPictures = 0x2400; // ␀ for U+0000, up to ␟ for U+001F
constexpr char16_t DeletePicture = 0x2421;

char16_t shown(char16_t c) {
    if (c < 0x20)
        return char16_t(ControlPictures + c);
    if (c == 0x7f)
        return DeletePicture;
    const bool c1Control = c >= 0x80 && c <= 0x9f;
    const bool lineBreak = c == 0x2028 || c == 0x2029;
    const bool bidiControl = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    return c1Control || lineBreak || bidiControl ? Replacement : c;
}

} // namespace

QString displayText(QByteArrayView bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    for (QChar &c : text) {
        if (c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            c = QChar(shown(c.unicode()));
    }
    return text;
}

void appendHex(QString &out, quint8 byte) {
    static constexpr char Digits[] = "0123456789abcdef";
    out += QLatin1Char(Digits[byte >> 4]);
    out += QLatin1Char(Digits[byte & 0xf]);
}

QString previewText(QByteArrayView bytes, int maxLength) {
    // A character takes at most four bytes of UTF-8: decoding more could only be cut off again. A
    // sequence cut at the end of those bytes lies past the first maxLength characters.
    const qsizetype decoded = std::min<qsizetype>(bytes.size(), qsizetype(maxLength) * 4);
    QString text = QString::fromUtf8(bytes.first(decoded));
    const bool longer = decoded < bytes.size() || text.size() > maxLength;
    if (text.size() > maxLength) {
        // Never half of a surrogate pair.
        text.truncate(text.at(maxLength - 1).isHighSurrogate() ? maxLength - 1 : maxLength);
    }
    for (QChar &c : text)
        c = QChar(shown(c.unicode()));
    if (longer)
        text.append(QChar(Ellipsis));
    return text;
}

} // namespace partita
