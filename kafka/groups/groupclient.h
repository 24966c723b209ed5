#pragma once

#include "clustersnapshot.h"
#include "connectionsettings.h"
#include "consumergroups.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>

namespace partita {

// Fetches consumer groups, their members and committed offsets over one librdkafka handle.
// Blocking: use it on a worker thread or in a command-line tool, never on the GUI thread.
class GroupClient {
    Q_DECLARE_TR_FUNCTIONS(GroupClient)

public:
    ~GroupClient();
    static std::unique_ptr<GroupClient> create(const ConnectionSettings &settings, QString *error);

    // Lists the cluster's groups plus `watchedGroups` (ids the user added by hand, polled even when
    // the broker forbids listing), describes them and reads their committed offsets. Watermarks come
    // from `cluster`, the snapshot of the same refresh. Every request is bounded by `timeout`.
    // Without ConnectionSettings::describesGroups only the watched groups' committed offsets (on the
    // partitions of `cluster`) are read, one group after the other; their state is "Unknown", with a
    // note in `error` saying why.
    GroupsSnapshotPtr fetch(const QStringList &watchedGroups, const ClusterSnapshot &cluster,
                            std::chrono::milliseconds timeout = std::chrono::seconds(10));

    // Sets the group's committed offsets (AlterConsumerGroupOffsets). Refused on a read-only
    // connection, and when the cluster cannot describe groups. Returns an empty string on success,
    // else why it failed (per partition if need be).
    QString alterOffsets(const QString &groupId, const QList<QPair<TopicPartition, qint64>> &offsets,
                         std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // For each partition, the earliest offset whose timestamp is at or after `timestampMs`; -1 when
    // no message is that recent. Returns an empty string on success.
    QString offsetsForTimestamp(const QList<TopicPartition> &partitions, qint64 timestampMs,
                                QList<qint64> *offsets,
                                std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    class Private;
    explicit GroupClient(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace partita
