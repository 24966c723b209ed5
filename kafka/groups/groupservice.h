#pragma once

#include "clustersnapshot.h"
#include "connectionsettings.h"
#include "consumergroups.h"
#include "offsetreset.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace partita {

class WorkerProcess;

// One connection's coordinator-targeted work: group polling and offset resets. librdkafka 2.0.2 can
// abort the whole process in these requests when a group coordinator's connection drops at the wrong
// moment (rd_kafka_admin_coord_request's error path, librdkafka #3663 and #4605), so they run in helper
// processes that this service supervises: an abort costs one answer and a restart, not the window.
// Polling and resets use separate helpers, so a slow poll never delays a preview.
//
// Every call is answered exactly once, on this object's thread, unless the service is destroyed
// first: with the result, or with an error saying why there is none (the helper died, did not answer
// in time, or could not be started).
class GroupService : public QObject {
    Q_OBJECT
public:
    // `requestTimeout` bounds each Kafka request a helper sends; a helper that does not answer within
    // what its requests can take in all (a few of them plus some seconds) is killed and restarted.
    GroupService(const ConnectionSettings &settings, std::chrono::milliseconds requestTimeout,
                 QObject *parent = nullptr);
    ~GroupService() override; // stops the helpers without waiting for requests in flight

    using PollCallback = std::function<void(const GroupsSnapshotPtr &groups, const QString &error)>;
    using PlanCallback = std::function<void(const OffsetResetPlan &plan)>;
    using ApplyCallback = std::function<void(const QString &error)>; // empty on success

    // Lists, describes and reads the committed offsets of the cluster's groups plus `watchedGroups`,
    // with the watermarks of `partitions` (GroupClient::fetch) and the oldest unread records of the
    // lagging partitions (OldestUnreadReader::fill). One poll at a time: a poll asked for while another
    // runs is answered with an error.
    void poll(const QStringList &watchedGroups, const ClusterSnapshotPtr &partitions, PollCallback done);
    void previewReset(const OffsetResetRequest &request, PlanCallback done);
    void applyReset(const OffsetResetPlan &plan, ApplyCallback done);

    bool isReadOnly() const;
    // How many times a helper was restarted after it died.
    int restartCount() const;

signals:
    // A helper died (e.g. a librdkafka abort) and is being restarted; `message` says so in words,
    // e.g. "Group polling restarted after a librdkafka failure".
    void helperRestarted(const QString &message);

private:
    WorkerProcess *newHelper(const QString &role, const QString &name);
    WorkerProcess *resetter();
    // Calls `answer` from the event loop, unless this service is gone by then.
    void answerLater(std::function<void()> answer);

    ConnectionSettings m_settings;
    std::chrono::milliseconds m_requestTimeout;
    WorkerProcess *m_poller = nullptr;
    WorkerProcess *m_resetter = nullptr; // started on the first reset request
    bool m_polling = false;
    qint64 m_generation = 0; // of this service's polls, so it keeps rising across helper restarts
};

} // namespace partita
