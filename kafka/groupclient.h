#pragma once

#include "clustersnapshot.h"
#include "connectionsettings.h"
#include "consumergroups.h"

#include <chrono>
#include <memory>

namespace partita {

// Fetches consumer groups, their members and committed offsets over one librdkafka handle.
// Blocking: use it on a worker thread or in a command-line tool, never on the GUI thread.
class GroupClient {
public:
    ~GroupClient();
    static std::unique_ptr<GroupClient> create(const ConnectionSettings &settings, QString *error);

    // Lists the cluster's groups plus `watchedGroups` (ids the user added by hand, polled even when
    // the broker forbids listing), describes them and reads their committed offsets. Watermarks come
    // from `partitions`, the cluster snapshot of the same refresh. Every request is bounded by `timeout`.
    GroupsSnapshotPtr fetch(const QStringList &watchedGroups, const ClusterSnapshot &partitions,
                            std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    class Private;
    explicit GroupClient(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace partita
