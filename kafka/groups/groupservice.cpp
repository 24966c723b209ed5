#include "groupservice.h"

#include "groupsstream.h"
#include "groupworker.h"
#include "oldestunreadreader.h"
#include "workerprocess.h"

#include <QCoreApplication>

#include <csignal>

namespace partita {

namespace {

using std::chrono::milliseconds;
using namespace std::chrono_literals;

// A helper's whole answer may take this long before it counts as hung. Each Kafka request is bounded
// by the request timeout, and librdkafka needs up to a second more to hand over a timed-out result;
// the slack covers starting the helper and its first connection.
constexpr auto Slack = 3s;

milliseconds pollBound(const ConnectionSettings &settings, milliseconds timeout, const QStringList &watched) {
    // List, describe and fetch offsets; without DescribeGroups, one OffsetFetch per watched group.
    // Then the oldest unread records.
    const qsizetype requests = settings.describesGroups ? 3 : std::max<qsizetype>(1, watched.size());
    return requests * (timeout + 1s) + OldestUnreadReader::bound(timeout) + Slack;
}

// A preview or apply: a metadata request, watermarks per leader broker (3 s per side each), the
// group's poll, then offsets for a time or the commit.
milliseconds resetBound(milliseconds timeout) {
    return 6 * (timeout + 1s) + 15s + Slack;
}

// A function, not a constant: translated when used, after the translations are installed.
QString unreadable() {
    return QCoreApplication::translate("GroupService", "The helper sent an answer that could not be read");
}

} // namespace

GroupService::GroupService(const ConnectionSettings &settings, std::chrono::milliseconds requestTimeout,
                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_requestTimeout(requestTimeout) {
    m_poller =
        newHelper(groupworker::pollRole(), QCoreApplication::translate("GroupService", "Group polling"));
    m_poller->start();
}

GroupService::~GroupService() {
    // Kills the helpers at once; their callbacks are dropped with them.
    delete m_poller;
    delete m_resetter;
}

WorkerProcess *GroupService::newHelper(const QString &role, const QString &name) {
    auto *helper = new WorkerProcess(role, name, encode(m_settings), this);
    connect(helper, &WorkerProcess::restarting, this, [this, name](const QString &reason, int signal) {
        // librdkafka's failed assertions (#3663, #4605) end in abort().
        emit helperRestarted(
            signal == SIGABRT
                ? QCoreApplication::translate("GroupService", "%1 restarted after a librdkafka failure: %2")
                      .arg(name, reason)
                : QCoreApplication::translate("GroupService", "%1 restarted: %2").arg(name, reason));
    });
    return helper;
}

WorkerProcess *GroupService::resetter() {
    if (!m_resetter)
        m_resetter =
            newHelper(groupworker::resetRole(), QCoreApplication::translate("GroupService", "Offset reset"));
    return m_resetter;
}

void GroupService::answerLater(std::function<void()> answer) {
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void GroupService::poll(const QStringList &watchedGroups, const ClusterSnapshotPtr &partitions,
                        PollCallback done) {
    if (m_polling) {
        answerLater([done] {
            done(nullptr, QCoreApplication::translate("GroupService", "A group poll is already running"));
        });
        return;
    }
    m_polling = true;
    groupworker::PollRequest request{watchedGroups, partitions ? *partitions : ClusterSnapshot(),
                                     qint64(m_requestTimeout.count())};
    m_poller->request(groupworker::Poll, encode(request),
                      pollBound(m_settings, m_requestTimeout, watchedGroups),
                      [this, done = std::move(done)](const QByteArray &reply, const QString &error) {
                          m_polling = false;
                          if (!error.isEmpty()) {
                              done(nullptr, error);
                              return;
                          }
                          auto groups = std::make_shared<GroupsSnapshot>();
                          if (!decode(reply, *groups)) {
                              done(nullptr, unreadable());
                              return;
                          }
                          groups->generation = ++m_generation;
                          done(groups, QString());
                      });
}

void GroupService::previewReset(const OffsetResetRequest &request, PlanCallback done) {
    resetter()->request(
        groupworker::Preview, encode(request, qint64(m_requestTimeout.count())), resetBound(m_requestTimeout),
        [groupId = request.groupId, done = std::move(done)](const QByteArray &reply, const QString &error) {
            OffsetResetPlan plan;
            if (error.isEmpty() && decode(reply, plan)) {
                done(plan);
                return;
            }
            plan = OffsetResetPlan();
            plan.groupId = groupId;
            plan.error = error.isEmpty() ? unreadable() : error;
            done(plan);
        });
}

void GroupService::applyReset(const OffsetResetPlan &plan, ApplyCallback done) {
    // Refused here as well as in the helper (GroupClient::alterOffsets), which need not even start.
    if (m_settings.readOnly) {
        answerLater([done] {
            done(QCoreApplication::translate(
                "GroupService", "Refused: this connection is read-only, so offsets cannot be reset"));
        });
        return;
    }
    resetter()->request(
        groupworker::Apply, encode(plan, qint64(m_requestTimeout.count())), resetBound(m_requestTimeout),
        [done = std::move(done)](const QByteArray &reply, const QString &error) {
            QString result;
            if (!error.isEmpty())
                result =
                    QCoreApplication::translate("GroupService", "%1. The offsets may or may not have been "
                                                                "reset: preview again to see them")
                        .arg(error);
            else if (!decode(reply, result))
                result = unreadable();
            done(result);
        });
}

bool GroupService::isReadOnly() const {
    return m_settings.readOnly;
}

int GroupService::restartCount() const {
    return m_poller->restartCount() + (m_resetter ? m_resetter->restartCount() : 0);
}

} // namespace partita
