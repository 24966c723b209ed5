#pragma once

#include <QMetaType>
#include <QString>

namespace partita {

enum class ConnectionState {
    Disconnected, // not started or stopped
    Connecting,   // no snapshot yet
    Connected,    // last poll succeeded and every broker answers
    Degraded,     // last poll succeeded but some brokers are down
    Failed,       // last poll failed: see the message
};

QString connectionStateName(ConnectionState state); // in the user's language

} // namespace partita

Q_DECLARE_METATYPE(partita::ConnectionState)
