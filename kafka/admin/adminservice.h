#pragma once

#include "adminvalues.h"
#include "clusteradmin.h"
#include "connectionsettings.h"
#include "workerhandle.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>

namespace partita {

// One connection's administration for the window: runs ClusterAdmin's blocking calls on a thread of
// its own, one at a time in the order asked, and answers each on this object's thread, unless the
// service is gone by then. Topic, configuration, record and ACL requests go to the controller and the
// partition leaders, not to a group coordinator, so librdkafka 2.0.2's coordinator aborts (see
// GroupService) cannot hit them and they need no helper process.
class AdminService : public QObject {
    Q_OBJECT
public:
    explicit AdminService(const ConnectionSettings &settings, QObject *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }

    // Runs `work` with the connection's ClusterAdmin and hands its result to `done`, unless `receiver`
    // (the dialog that asked) is gone by then. When no admin client can be made, `done` gets a result
    // that carries the reason as its error. Result is QString (an error, empty on success) or one of
    // adminvalues.h's results with an `error` member.
    template <typename Result>
    void run(QObject *receiver, std::function<Result(ClusterAdmin &)> work,
             std::function<void(const Result &)> done) {
        m_admin.request(
            std::move(work), [](const QString &error) { return failed<Result>(error); },
            [receiver = QPointer<QObject>(receiver), done = std::move(done)](const Result &result) {
                if (receiver)
                    done(result);
            });
    }

    template <typename Result> static Result failed(const QString &error) {
        if constexpr (std::is_same_v<Result, QString>) {
            return error;
        } else {
            Result result;
            result.error = error;
            return result;
        }
    }

private:
    bool m_readOnly;
    WorkerHandle<ClusterAdmin> m_admin;
};

} // namespace partita
