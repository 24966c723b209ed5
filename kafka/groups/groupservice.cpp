// Interim: group work on worker threads of this process, until it moves into helper processes.
#include "groupservice.h"

#include "groupclient.h"
#include "workerhandle.h"

namespace partita {

struct GroupServiceThreads {
    WorkerHandle<GroupClient> poll;
    WorkerHandle<OffsetResetter> reset;
};
static QHash<const GroupService *, GroupServiceThreads *> g_threads;

GroupService::GroupService(const ConnectionSettings &settings, std::chrono::milliseconds requestTimeout,
                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_requestTimeout(requestTimeout) {
    g_threads.insert(
        this,
        new GroupServiceThreads{
            {this, "GroupPoll", [settings](QString *e) { return GroupClient::create(settings, e); }},
            {this, "OffsetReset", [settings](QString *e) { return OffsetResetter::create(settings, e); }}});
}

GroupService::~GroupService() {
    delete g_threads.take(this);
}

void GroupService::poll(const QStringList &watchedGroups, const ClusterSnapshotPtr &partitions,
                        PollCallback done) {
    const auto timeout = m_requestTimeout;
    g_threads.value(this)->poll.request(
        [=](GroupClient &client) {
            return std::make_pair(client.fetch(watchedGroups, *partitions, timeout), QString());
        },
        [](const QString &e) { return std::make_pair(GroupsSnapshotPtr(), e); },
        [done](const std::pair<GroupsSnapshotPtr, QString> &r) { done(r.first, r.second); });
}

void GroupService::previewReset(const OffsetResetRequest &request, PlanCallback done) {
    const auto timeout = m_requestTimeout;
    g_threads.value(this)->reset.request([=](OffsetResetter &r) { return r.preview(request, timeout); },
                                         [request](const QString &e) {
                                             OffsetResetPlan p;
                                             p.groupId = request.groupId;
                                             p.error = e;
                                             return p;
                                         },
                                         done);
}

void GroupService::applyReset(const OffsetResetPlan &plan, ApplyCallback done) {
    const auto timeout = m_requestTimeout;
    g_threads.value(this)->reset.request([=](OffsetResetter &r) { return r.apply(plan, timeout); },
                                         [](const QString &e) { return e; }, done);
}

bool GroupService::isReadOnly() const {
    return m_settings.readOnly;
}
int GroupService::restartCount() const {
    return 0;
}

} // namespace partita
