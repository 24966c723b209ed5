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

// What stopped a connection, as far as librdkafka's errors tell: the stage a connection test names.
enum class ConnectionFailure {
    None,
    Resolve,        // a broker's name does not resolve
    Unreachable,    // no broker accepts a TCP connection
    Tls,            // the TLS handshake failed (certificate, CA, key)
    Authentication, // SASL refused the credentials
    NoAnswer,       // connected, but no metadata within the timeout
};

} // namespace partita

Q_DECLARE_METATYPE(partita::ConnectionState)
