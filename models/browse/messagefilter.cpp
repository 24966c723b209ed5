#include "messagefilter.h"

#include "messagestore.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace partita {

namespace {

// The translation context of the texts below.
struct MessageFilterText {
    Q_DECLARE_TR_FUNCTIONS(MessageFilterText)
};

QRegularExpression expressionOf(const MessageFilter &filter) {
    return QRegularExpression(filter.pattern, filter.caseSensitivity == Qt::CaseInsensitive
                                                  ? QRegularExpression::CaseInsensitiveOption
                                                  : QRegularExpression::NoPatternOption);
}

} // namespace

QString MessageFilter::errorString() const {
    if (syntax != Syntax::RegularExpression)
        return {};
    const QRegularExpression expression = expressionOf(*this);
    if (expression.isValid())
        return {};
    return MessageFilterText::tr("Invalid regular expression at character %1: %2")
        .arg(expression.patternErrorOffset() + 1)
        .arg(expression.errorString());
}

bool MessageFilter::operator==(const MessageFilter &other) const {
    return field == other.field && headerName == other.headerName && pattern == other.pattern &&
           syntax == other.syntax && caseSensitivity == other.caseSensitivity;
}

MessageMatcher::MessageMatcher(const MessageFilter &filter)
    : m_filter(filter) {
    if (filter.syntax == MessageFilter::Syntax::RegularExpression)
        m_expression = expressionOf(filter);
    else if (filter.caseSensitivity == Qt::CaseSensitive)
        m_bytes.setPattern(filter.pattern.toUtf8());
    else {
        m_text = QStringMatcher(filter.pattern, Qt::CaseInsensitive);
        // The matcher folds case character by character: for an ASCII pattern in ASCII text that is
        // lower-casing ASCII letters. Other text (U+212A, the Kelvin sign, folds to 'k') is decoded.
        m_asciiPattern = std::all_of(filter.pattern.cbegin(), filter.pattern.cend(),
                                     [](QChar c) { return c.unicode() < 0x80; });
        if (m_asciiPattern)
            m_lowerBytes.setPattern(filter.pattern.toLatin1().toLower());
    }
}

bool MessageMatcher::matches(const MessageStore &store, int row) const {
    if (m_filter.keepsAll())
        return true;
    const MessageStore::Place place = store.place(row);
    return matches(*place.chunk, place.index);
}

bool MessageMatcher::matches(const MessageBatch &batch, int index) const {
    if (m_filter.keepsAll())
        return true;
    switch (m_filter.field) {
    case MessageFilter::Field::Key: {
        const std::optional<QByteArrayView> key = batch.key(index);
        return key && matchesText(*key);
    }
    case MessageFilter::Field::Value: {
        const std::optional<QByteArrayView> value = batch.value(index);
        return value && matchesText(*value);
    }
    case MessageFilter::Field::Header:
        for (const MessageHeader &header : batch.headers(index)) {
            if (header.name == m_filter.headerName &&
                (m_filter.pattern.isEmpty() || (header.value && matchesText(*header.value))))
                return true;
        }
        return false;
    }
    return false;
}

bool MessageMatcher::matchesAscii(QByteArrayView bytes, bool *found) const {
    if (m_lowered.size() < bytes.size())
        m_lowered.resize(bytes.size());
    char *lowered = m_lowered.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c & 0x80)
            return false;
        lowered[i] = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
    }
    *found = m_lowerBytes.indexIn(QByteArrayView(lowered, bytes.size())) >= 0;
    return true;
}

bool MessageMatcher::matchesText(QByteArrayView bytes) const {
    if (m_filter.syntax == MessageFilter::Syntax::Substring && m_filter.caseSensitivity == Qt::CaseSensitive)
        return m_bytes.indexIn(bytes) >= 0;
    if (bool found = false; m_asciiPattern && matchesAscii(bytes, &found))
        return found;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const qsizetype needed = decoder.requiredSpace(bytes.size());
    if (m_decoded.size() < needed)
        m_decoded.resize(needed);
    const QStringView text(m_decoded.constData(), decoder.appendToBuffer(m_decoded.data(), bytes));
    if (m_filter.syntax == MessageFilter::Syntax::Substring)
        return m_text.indexIn(text) >= 0;
    return m_expression.match(text).hasMatch();
}

} // namespace partita
