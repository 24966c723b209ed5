#pragma once

#include "workerthread.h"

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace partita {

// Owns one blocking worker (a SnapshotClient, say) on a thread of its own, created there on the first
// request and destroyed there after the handle is gone. The owner posts requests; each answer is handed
// back on the owner's thread, stamped with the generation it was asked in: answers of a superseded
// generation, or arriving after the handle was destroyed, are dropped. A queued call posted before a
// disconnect is still delivered in Qt 6.4, so the stamp is checked on delivery, not at posting.
//
// `owner` must be the QObject that holds the handle: answers are queued calls to it, and the handle is
// destroyed before the QObject part of its owner, so no answer can be posted to a dying owner.
template <typename Worker> class WorkerHandle {
public:
    // Creates the worker on its thread; returns nullptr with *error set when it cannot.
    using Factory = std::function<std::unique_ptr<Worker>(QString *error)>;

    WorkerHandle(QObject *owner, const QString &threadName, Factory factory)
        : m_owner(owner)
        , m_thread(threadName)
        , m_state(std::make_shared<State>()) {
        m_state->factory = std::move(factory);
    }
    ~WorkerHandle() {
        {
            const QMutexLocker lock(&m_state->deliveryMutex);
            m_state->ownerAlive = false;
        }
        m_thread.postCleanup([state = m_state] { state->worker.reset(); });
    }
    WorkerHandle(const WorkerHandle &) = delete;
    WorkerHandle &operator=(const WorkerHandle &) = delete;

    // Runs `work(worker)` on the worker thread, or `unavailable(error)` there when the worker could not
    // be created, and hands the result to `done` on the owner's thread unless it was superseded by then.
    // Returns the request's generation.
    template <typename Work, typename Unavailable, typename Done>
    quint64 request(Work work, Unavailable unavailable, Done done) {
        using Result = std::invoke_result_t<Work, Worker &>;
        const quint64 generation = m_state->generation;
        m_thread.post([state = m_state, owner = m_owner, generation, work = std::move(work),
                       unavailable = std::move(unavailable), done = std::move(done)]() mutable {
            Worker *worker = state->ensureWorker();
            Result result = worker ? work(*worker) : unavailable(state->creationError);
            const QMutexLocker lock(&state->deliveryMutex);
            if (!state->ownerAlive || state->generation != generation)
                return;
            QMetaObject::invokeMethod(
                owner,
                [state, generation, done = std::move(done), result = std::move(result)] {
                    if (state->generation == generation)
                        done(result);
                },
                Qt::QueuedConnection);
        });
        return generation;
    }

    // Runs `work(worker)` on the worker thread, in order with the requests, with no answer; nothing runs
    // when the worker could not be created.
    template <typename Work> void post(Work work) {
        m_thread.post([state = m_state, work = std::move(work)]() mutable {
            if (Worker *worker = state->ensureWorker())
                work(*worker);
        });
    }

    // Drops the answers of every request made so far; returns the new generation.
    quint64 supersede() { return ++m_state->generation; }
    quint64 generation() const { return m_state->generation; }

private:
    struct State {
        Factory factory;
        std::unique_ptr<Worker> worker; // only touched on the worker thread
        QString creationError;          // likewise
        bool creationTried = false;     // likewise
        std::atomic<quint64> generation{0};
        QMutex deliveryMutex; // orders "owner gone" against posting an answer to it
        bool ownerAlive = true;

        Worker *ensureWorker() {
            if (!creationTried) {
                creationTried = true;
                worker = factory(&creationError);
            }
            return worker.get();
        }
    };

    QObject *m_owner;
    WorkerThread m_thread;
    std::shared_ptr<State> m_state;
};

} // namespace partita
