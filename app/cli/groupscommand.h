#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace partita {

// `partita-cli groups`: consumer groups with state, members and per-partition committed offset,
// end offset and lag, computed exactly as the GUI does.
class GroupsCommand {
    Q_DECLARE_TR_FUNCTIONS(GroupsCommand)

public:
    // Returns the process exit code: 0 printed, 1 bad arguments, 2 cluster not reachable in time.
    static int run(const QStringList &arguments);
};

} // namespace partita
