#pragma once

#include <QByteArrayView>
#include <QString>

namespace partita {

// Message bytes as one line of table text: decoded as UTF-8 with each invalid byte shown as U+FFFD,
// control characters as their visible pictures (␊ for a line feed) or U+FFFD, and characters that
// would reorder or break the line (bidirectional overrides, line separators) as U+FFFD. At most
// `maxLength` characters, followed by "…" when the bytes hold more.
QString previewText(QByteArrayView bytes, int maxLength);

} // namespace partita
