#pragma once

#include <QString>

namespace partita {

// One line of progress on stderr that rewrites itself, only when stderr is a terminal: piped or
// redirected output stays free of it. Clear it before printing anything else to stderr.
class ProgressLine {
public:
    ProgressLine();
    ~ProgressLine() { clear(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    void show(const QString &text);
    void clear();

private:
    bool m_enabled = false;
    bool m_shown = false;
};

} // namespace partita
