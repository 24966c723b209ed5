#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace partita {

// `partita-cli replay`: re-produces a range of a topic's messages to a topic of the same cluster, or to
// the topic a header of each message names, with the GUI's replayer, and prints its end report.
class ReplayCommand {
    Q_DECLARE_TR_FUNCTIONS(ReplayCommand)

public:
    // Returns the process exit code: 0 every message acknowledged, 1 bad arguments, 2 the replay could
    // not start (read-only connection, unknown topic, partition or offset out of range, cluster not
    // reachable), 3 a message failed or the replay broke off, 130 interrupted (Ctrl+C): the report then
    // tells what was sent and acknowledged before.
    static int run(const QStringList &arguments);
};

} // namespace partita
