#pragma once

// The group helper process's side of GroupService: coordinator-targeted requests, which librdkafka
// 2.0.2 can abort the process in, served one at a time with blocking calls.

#include "clustersnapshot.h"

#include <QString>
#include <QStringList>

#include <chrono>

class QIODevice;

namespace partita {

namespace groupworker {

inline QString pollRole() {
    return QStringLiteral("group-poll");
} // GroupClient::fetch, then OldestUnreadReader::fill
inline QString resetRole() {
    return QStringLiteral("offset-reset");
} // OffsetResetter

// Requests (workerprotocol.h frame types) and their payloads, as groupsstream.h encodes them. The
// timeout bounds each Kafka request the helper sends.
enum Request : quint32 {
    Poll = 16,    // PollRequest -> GroupsSnapshot
    Preview = 17, // OffsetResetRequest, qint64 timeoutMs -> OffsetResetPlan
    Apply = 18,   // OffsetResetPlan, qint64 timeoutMs -> QString error (empty on success)
};

// GroupClient::fetch's arguments.
struct PollRequest {
    QStringList watchedGroups;
    ClusterSnapshot partitions;
    qint64 timeoutMs = 0;
};

} // namespace groupworker

// The serve loop of `partita-worker group-poll|offset-reset`: reads the ConnectionSettings frame from
// `in`, creates a GroupClient or an OffsetResetter and answers requests on `out` until `in` ends.
// Returns the exit code: 0 when the input ended, 2 for an unknown role, 3 for a broken stream.
int runGroupWorker(const QString &role, QIODevice *in, QIODevice *out);

} // namespace partita
