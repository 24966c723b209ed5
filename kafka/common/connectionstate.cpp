#include "connectionstate.h"

#include <QCoreApplication>

namespace partita {

QString connectionStateName(ConnectionState state) {
    switch (state) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("ConnectionState", "Disconnected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("ConnectionState", "Connecting");
    case ConnectionState::Connected:
        return QCoreApplication::translate("ConnectionState", "Connected");
    case ConnectionState::Degraded:
        return QCoreApplication::translate("ConnectionState", "Degraded");
    case ConnectionState::Failed:
        return QCoreApplication::translate("ConnectionState", "Failed");
    }
    return {};
}

} // namespace partita
