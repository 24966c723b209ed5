#pragma once

#include <QColor>
#include <QString>

class QStyleOptionViewItem;

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

    // A boxed note above or inside a page: Neutral for plain information, Info for the demo's banner,
    // Warning for data that may mislead, Critical for what failed.
    enum class Banner { Neutral, Info, Warning, Critical };
    static QString bannerStyleSheet(Banner banner);
    // Bold text in the warning or critical colour, for a table cell that must stand out among many.
    static void emphasize(QStyleOptionViewItem *option, bool critical);
};

} // namespace partita
