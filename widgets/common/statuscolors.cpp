#include "statuscolors.h"

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

} // namespace partita
