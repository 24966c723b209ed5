#pragma once

#include "connectionsettings.h"
#include "consumergroups.h"

#include <QCoreApplication>
#include <QMetaType>

#include <chrono>
#include <memory>

namespace partita {

class GroupClient;
class SnapshotClient;

enum class ResetTarget { Earliest, Latest, Offset, Timestamp };

struct OffsetResetRequest {
    QString groupId;
    ResetTarget target = ResetTarget::Latest;
    qint64 value = 0;                 // the offset (Offset) or milliseconds since the epoch (Timestamp)
    QList<TopicPartition> partitions; // empty: every partition the group has offsets for
};

struct OffsetChange {
    TopicPartition partition;
    qint64 from = -1; // -1: no committed offset yet
    qint64 to = -1;
};

// What a reset would do, shown to the user before anything changes. Applying it writes exactly
// these offsets.
struct OffsetResetPlan {
    QString groupId;
    QList<OffsetChange> changes;
    QString error; // why there is nothing to apply

    bool isApplicable() const { return error.isEmpty() && !changes.isEmpty(); }
};

// Resets a consumer group's committed offsets in two steps, preview then apply. Both refuse a group
// with active members (its consumers would overwrite the offsets); apply refuses read-only
// connections. Blocking: use on a worker thread or in a command-line tool.
class OffsetResetter {
    Q_DECLARE_TR_FUNCTIONS(OffsetResetter)

public:
    ~OffsetResetter();
    static std::unique_ptr<OffsetResetter> create(const ConnectionSettings &settings, QString *error);

    OffsetResetPlan preview(const OffsetResetRequest &request,
                            std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Returns an empty string on success, else why nothing (or not everything) was applied.
    QString apply(const OffsetResetPlan &plan, std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    OffsetResetter(std::unique_ptr<SnapshotClient> snapshots, std::unique_ptr<GroupClient> groups);
    // The group as it is now, or nullopt with *error set when it is unknown or has active members.
    std::optional<ConsumerGroupInfo> inactiveGroup(const QString &groupId, std::chrono::milliseconds timeout,
                                                   QString *error);

    std::unique_ptr<SnapshotClient> m_snapshots;
    std::unique_ptr<GroupClient> m_groups;
};

} // namespace partita

Q_DECLARE_METATYPE(partita::OffsetResetPlan)
