#pragma once

#include <QColor>

namespace partita {

// The colours that mean "healthy", "needs attention" and "broken" across every view, so a red in the
// topology grid means the same as a red in the status bar.
class StatusColors {
public:
    static QColor healthy();
    static QColor warning();
    static QColor warningBackground();
    static QColor warningBorder();
    static QColor critical();
    static QColor criticalBackground();
    static QColor criticalBorder();
};

} // namespace partita
