#include "progressline.h"

#include <QTextStream>

#include <unistd.h>

namespace partita {

ProgressLine::ProgressLine()
    : m_enabled(isatty(STDERR_FILENO) == 1) {}

void ProgressLine::show(const QString &text) {
    if (!m_enabled)
        return;
    // Back to the line's start, the text, then erase what a longer text before left.
    QTextStream(stderr) << '\r' << text << "\x1b[K";
    m_shown = true;
}

void ProgressLine::clear() {
    if (!m_shown)
        return;
    QTextStream(stderr) << "\r\x1b[K";
    m_shown = false;
}

} // namespace partita
