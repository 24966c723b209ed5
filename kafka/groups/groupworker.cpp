#include "groupworker.h"

#include "groupclient.h"
#include "groupsstream.h"
#include "offsetreset.h"
#include "oldestunreadreader.h"
#include "workerprotocol.h"

#include <QCoreApplication>

namespace partita {

namespace {

// A function, not a constant: translated when used, after the translations are installed.
QString malformed() {
    return QCoreApplication::translate("GroupWorker", "The helper could not read the request");
}

WorkerHandler pollHandler(const ConnectionSettings &settings) {
    QString error;
    std::shared_ptr<GroupClient> client = GroupClient::create(settings, &error);
    // Made from the same settings, so it exists whenever the client does.
    std::shared_ptr<OldestUnreadReader> oldest =
        client ? OldestUnreadReader::create(settings, &error) : nullptr;
    return [client, oldest, error](quint32 type, const QByteArray &payload) -> WorkerAnswer {
        if (type != groupworker::Poll)
            return {
                {},
                QCoreApplication::translate("GroupWorker", "Group polling cannot serve requests of type %1")
                    .arg(type)};
        groupworker::PollRequest request;
        if (!decode(payload, request))
            return {{}, malformed()};
        if (!client || !oldest)
            return {{}, error};
        const std::chrono::milliseconds timeout(request.timeoutMs);
        GroupsSnapshot groups = *client->fetch(request.watchedGroups, request.partitions, timeout);
        oldest->fill(groups, timeout);
        return {encode(groups), {}};
    };
}

WorkerHandler resetHandler(const ConnectionSettings &settings) {
    QString error;
    std::shared_ptr<OffsetResetter> resetter = OffsetResetter::create(settings, &error);
    return [resetter, error](quint32 type, const QByteArray &payload) -> WorkerAnswer {
        qint64 timeoutMs = 0;
        if (type == groupworker::Preview) {
            OffsetResetRequest request;
            if (!decode(payload, request, timeoutMs))
                return {{}, malformed()};
            OffsetResetPlan plan;
            plan.groupId = request.groupId;
            plan.error = error;
            if (resetter)
                plan = resetter->preview(request, std::chrono::milliseconds(timeoutMs));
            return {encode(plan), {}};
        }
        if (type == groupworker::Apply) {
            OffsetResetPlan plan;
            if (!decode(payload, plan, timeoutMs))
                return {{}, malformed()};
            // OffsetResetter refuses read-only connections itself (GroupClient::alterOffsets).
            const QString result =
                resetter ? resetter->apply(plan, std::chrono::milliseconds(timeoutMs)) : error;
            return {encode(result), {}};
        }
        return {{},
                QCoreApplication::translate("GroupWorker", "Offset resets cannot serve requests of type %1")
                    .arg(type)};
    };
}

} // namespace

int runGroupWorker(const QString &role, QIODevice *in, QIODevice *out) {
    if (role != groupworker::pollRole() && role != groupworker::resetRole()) {
        qCritical("partita-worker: unknown role \"%s\" (expected %s or %s)", qPrintable(role),
                  qPrintable(groupworker::pollRole()), qPrintable(groupworker::resetRole()));
        return 2;
    }
    return serveWorker(in, out, [&role](const QByteArray &init) -> WorkerHandler {
        ConnectionSettings settings;
        if (!decode(init, settings))
            return [](quint32, const QByteArray &) {
                return WorkerAnswer{{},
                                    QCoreApplication::translate(
                                        "GroupWorker", "The helper could not read the connection settings")};
            };
        return role == groupworker::pollRole() ? pollHandler(settings) : resetHandler(settings);
    });
}

} // namespace partita
