#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QRegularExpression>
#include <QString>
#include <QStringMatcher>

namespace partita {

class MessageBatch;
class MessageStore;

// What the browser's filter bar asks for: a substring or a regular expression looked for in a
// message's key, its value, or the value of a header with a given name. A null key or value matches
// nothing but the empty pattern; a header filter with an empty pattern keeps the messages that carry
// that header.
struct MessageFilter {
    enum class Field { Key, Value, Header };
    enum class Syntax { Substring, RegularExpression };

    Field field = Field::Value;
    QByteArray headerName; // for Field::Header
    QString pattern;
    Syntax syntax = Syntax::Substring;
    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;

    // Keeps every message, so the browser need not look.
    bool keepsAll() const { return field != Field::Header && pattern.isEmpty(); }
    // Why the filter cannot be applied (an invalid regular expression), or empty.
    QString errorString() const;
    bool operator==(const MessageFilter &other) const;
    bool operator!=(const MessageFilter &other) const { return !(*this == other); }
};

// Applies one MessageFilter, on one thread at a time. Build it on the thread that matches: it compiles
// the filter's pattern.
class MessageMatcher {
public:
    explicit MessageMatcher(const MessageFilter &filter);

    bool matches(const MessageStore &store, int row) const;
    // The same for a message of a batch not yet in a store.
    bool matches(const MessageBatch &batch, int index) const;

private:
    bool matchesText(QByteArrayView bytes) const;
    // For an ASCII pattern in any case: whether the bytes are ASCII, and then whether they hold it.
    bool matchesAscii(QByteArrayView bytes, bool *found) const;

    MessageFilter m_filter;
    // One of them is used: bytes are searched as they are when the case matters, and decoded from
    // UTF-8 otherwise or for a regular expression.
    QByteArrayMatcher m_bytes;
    QStringMatcher m_text;
    QRegularExpression m_expression;
    // An ASCII pattern in any case, lower-cased, for ASCII bytes: they are lower-cased and searched
    // without decoding (bench_browsestall: 8 instead of 19 ms of the GUI thread per 20,000 values).
    bool m_asciiPattern = false;
    QByteArrayMatcher m_lowerBytes;
    // Where bytes are decoded or lower-cased, kept so that matching a message allocates nothing.
    mutable QString m_decoded;
    mutable QByteArray m_lowered;
};

} // namespace partita
