#include "connectionstate.h"

namespace partita {

QString connectionStateName(ConnectionState state) {
    switch (state) {
    case ConnectionState::Disconnected:
        return QStringLiteral("Disconnected");
    case ConnectionState::Connecting:
        return QStringLiteral("Connecting");
    case ConnectionState::Connected:
        return QStringLiteral("Connected");
    case ConnectionState::Degraded:
        return QStringLiteral("Degraded");
    case ConnectionState::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

} // namespace partita
