#pragma once

#include <QDeadlineTimer>
#include <QString>

#include <functional>

class QObject;
class QThread;

namespace partita {

// One thread for one worker: tasks posted to it run there in order. Destroying the WorkerThread
// retires the thread instead of waiting for it: tasks not yet started are skipped, the one running ends
// within its own timeouts, and the thread then ends and deletes itself. Only the process waits for
// retired threads, and only for a bounded time, when it exits (waitForRetired).
class WorkerThread {
public:
    explicit WorkerThread(const QString &name);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    void post(std::function<void()> task);
    // Runs `cleanup` on the thread after the task in flight, whether or not the thread was retired
    // meanwhile: where the librdkafka handles a worker created there are destroyed.
    void postCleanup(std::function<void()> cleanup);

    // Waits until every thread retired so far has ended, or `deadline` passed. False when some still
    // run (blocked in a librdkafka call): the process should then exit without running destructors.
    static bool waitForRetired(QDeadlineTimer deadline);

private:
    struct State;
    void postToThread(std::function<void()> task);

    QThread *m_thread;
    QObject *m_context; // lives on m_thread; tasks are queued calls to it
    std::shared_ptr<State> m_state;
};

} // namespace partita
