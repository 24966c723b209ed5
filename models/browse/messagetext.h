#pragma once

#include <QByteArrayView>
#include <QString>

namespace partita {

// Message bytes as one line of table text: decoded as UTF-8 with each invalid byte shown as U+FFFD,
// control characters as their visible pictures (␊ for a line feed) or U+FFFD, and characters that
// would reorder or break the line (bidirectional overrides, line separators) as U+FFFD. At most
// `maxLength` characters, followed by "…" when the bytes hold more.
QString previewText(QByteArrayView bytes, int maxLength);

// Message bytes as text of several lines, for reading in full: like previewText(), except that line
// feeds and tabs stay what they are, and without a length limit. A sequence cut off at the end of the
// bytes (a prefix of a longer value) is dropped rather than shown as U+FFFD.
QString displayText(QByteArrayView bytes);

// Appends the byte as two lower-case hex digits.
void appendHex(QString &out, quint8 byte);

} // namespace partita
