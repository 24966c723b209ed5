#include "durationtext.h"

#include <QCoreApplication>

namespace partita {

QString secondsText(std::chrono::milliseconds duration) {
    return QCoreApplication::translate("Duration", "%1 s").arg(double(duration.count()) / 1000.0, 0, 'g', 3);
}

} // namespace partita
