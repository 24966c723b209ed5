#pragma once

#include "clustersnapshot.h"
#include "connectionsettings.h"
#include "connectionstate.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>

namespace partita {

// Outcome of one poll: a snapshot when metadata answered, and the connection verdict in words.
struct SnapshotResult {
    ClusterSnapshotPtr snapshot; // null when the poll failed
    ConnectionState state = ConnectionState::Failed;
    QString message;
    ConnectionFailure failure = ConnectionFailure::None; // what failed, when the poll did
};

// Fetches cluster snapshots over one librdkafka handle. Blocking: create, use and destroy it on one
// worker thread (ClusterSession's) or in a command-line tool, never on the GUI thread.
class SnapshotClient {
    Q_DECLARE_TR_FUNCTIONS(SnapshotClient)

public:
    struct Timeouts {
        // Spans two request timeouts and a bit: a first request that went to a silent broker is
        // dropped after one, and the retry that goes elsewhere still has time left.
        std::chrono::milliseconds metadata{8000};
        std::chrono::milliseconds offsets{3000}; // per leader broker and watermark side
        // How long the first snapshot of a connection waits, beyond the watermarks, for the broker
        // configuration that tells the metadata mode and for the topics' min.insync.replicas; later
        // snapshots never wait for them.
        std::chrono::milliseconds metadataMode{1500};
    };

    ~SnapshotClient();
    // Returns nullptr and sets *error when the settings cannot make a client.
    static std::unique_ptr<SnapshotClient> create(const ConnectionSettings &settings, QString *error);

    SnapshotResult fetch(const Timeouts &timeouts);
    SnapshotResult fetch() { return fetch(Timeouts{}); }

private:
    class Private;
    explicit SnapshotClient(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace partita
