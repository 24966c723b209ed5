#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace partita {

// `partita-cli health`: the health findings of one snapshot, as the Overview lists them, with an exit
// code a cron or CI job can act on.
class HealthCommand {
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)

public:
    // Returns the process exit code: 0 no finding at or above --fail-at, 1 some (or bad arguments),
    // 2 the cluster could not be reached in time, so nothing can be said.
    static int run(const QStringList &arguments);
};

} // namespace partita
