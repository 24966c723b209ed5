#include "statuscolors.h"

#include <QStyleOptionViewItem>

namespace partita {

QColor StatusColors::healthy() {
    return QColor(0x16, 0xa3, 0x4a);
}

QColor StatusColors::warning() {
    return QColor(0xea, 0x58, 0x0c);
}

QColor StatusColors::warningBackground() {
    return QColor(0xff, 0xf7, 0xed);
}

QColor StatusColors::warningBorder() {
    return QColor(0xfd, 0xba, 0x74);
}

QColor StatusColors::critical() {
    return QColor(0xdc, 0x26, 0x26);
}

QColor StatusColors::criticalBackground() {
    return QColor(0xfe, 0xf2, 0xf2);
}

QColor StatusColors::criticalBorder() {
    return QColor(0xfc, 0xa5, 0xa5);
}

QString StatusColors::bannerStyleSheet(Banner banner) {
    const auto box = [](const QString &background, const QString &text, const QString &border) {
        return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px;"
                              " padding: 6px 10px; }")
            .arg(background, text, border);
    };
    switch (banner) {
    case Banner::Neutral:
        return box(QStringLiteral("palette(alternate-base)"), QStringLiteral("palette(text)"),
                   QStringLiteral("palette(mid)"));
    case Banner::Info:
        return box(QStringLiteral("#eff6ff"), QStringLiteral("#1e3a8a"), QStringLiteral("#93c5fd"));
    case Banner::Warning:
        return box(warningBackground().name(), warning().darker(160).name(), warningBorder().name());
    case Banner::Critical:
        return box(criticalBackground().name(), critical().darker(140).name(), criticalBorder().name());
    }
    return {};
}

void StatusColors::emphasize(QStyleOptionViewItem *option, bool critical) {
    option->palette.setColor(QPalette::Text, critical ? StatusColors::critical() : StatusColors::warning());
    option->font.setBold(true);
}

} // namespace partita
