#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace partita {

// `partita-cli consume`: a topic's messages from chosen positions as JSON Lines or CSV, read by the
// browser's own reader (never joining a group, never committing).
class ConsumeCommand {
    Q_DECLARE_TR_FUNCTIONS(ConsumeCommand)

public:
    // Returns the process exit code: 0 read, 1 bad arguments, 2 the read could not start (unknown
    // topic, partition or offset out of range, cluster not reachable), 3 the read broke off, 130
    // interrupted (Ctrl+C) after a whole line.
    static int run(const QStringList &arguments);
};

} // namespace partita
