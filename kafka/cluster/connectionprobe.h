#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace partita {

// The stages a connection goes through, in order.
enum class ProbeStage { Resolve, Connect, Tls, Authenticate, Metadata };

struct ProbeStep {
    enum class Outcome { Passed, Failed, Skipped };
    ProbeStage stage = ProbeStage::Resolve;
    Outcome outcome = Outcome::Skipped;
    QString detail; // what was found, or why it failed, in the broker's or the library's own words
    qint64 elapsedMs = 0;
};

struct ProbeReport {
    QList<ProbeStep> steps; // one per stage, in order; those after a failure are Skipped

    bool passed() const;
    // The failed step, or nullptr when none failed.
    const ProbeStep *failure() const;
};

// "Test connection": goes through the stages one by one and says which failed and why. The name
// resolution, TCP connection and TLS handshake are tried to each bootstrap server directly (so a
// certificate problem is named: expired, untrusted, host-name mismatch, which librdkafka 2.0.2 words
// alike), then librdkafka authenticates and asks for metadata as a session would. Each stage is bounded
// by `stageTimeout`. Blocking: run it on a worker thread or in a command-line tool.
class ConnectionProbe {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProbe)

public:
    static ProbeReport run(const ConnectionSettings &settings,
                           std::chrono::milliseconds stageTimeout = std::chrono::seconds(5));
    static QString stageName(ProbeStage stage); // in the user's language
};

} // namespace partita

Q_DECLARE_METATYPE(partita::ProbeReport)
