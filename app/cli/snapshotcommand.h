#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace partita {

// `partita-cli snapshot`: one cluster snapshot printed as text or JSON.
class SnapshotCommand {
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)

public:
    // Returns the process exit code: 0 printed, 1 bad arguments, 2 cluster not reachable in time.
    static int run(const QStringList &arguments);
};

} // namespace partita
