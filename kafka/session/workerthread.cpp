#include "workerthread.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <atomic>

#include <sys/resource.h>
#include <unistd.h>

namespace partita {

namespace {

// Below the GUI thread: while a large topic loads, the worker and the librdkafka threads it starts
// (which inherit its nice value on Linux) keep both cores of a small machine busy unpacking fetches,
// and the scheduler would let the GUI thread wait behind them for a slice of tens of milliseconds
// (bench_browsestall: a 99th percentile gap of 26-29 ms at the same priority). Lower, they still get
// every cycle the GUI does not want.
constexpr int WorkerNiceness = 10;

void lowerThisThreadsPriority() {
    // Per thread on Linux: setpriority() with a thread id changes that thread only.
    setpriority(PRIO_PROCESS, id_t(gettid()), std::max(getpriority(PRIO_PROCESS, 0), WorkerNiceness));
}

// Threads retired and not yet ended, for waitForRetired(). Guarded because threads remove themselves.
struct RetiredThreads {
    QMutex mutex;
    QList<QThread *> threads;

    static RetiredThreads &instance() {
        static RetiredThreads retired;
        return retired;
    }
    void add(QThread *thread) {
        const QMutexLocker lock(&mutex);
        threads.append(thread);
    }
    void remove(QThread *thread) {
        const QMutexLocker lock(&mutex);
        threads.removeOne(thread);
    }
    QList<QThread *> snapshot() {
        const QMutexLocker lock(&mutex);
        return threads;
    }
};

// A worker's last cleanup may still run when the program leaves main(); Qt's globals (the SQL
// connections a history store closes, for one) are destroyed then, under its feet. So the application
// object waits for the retired threads as it goes, for a bounded time; main() may have waited already.
constexpr int RetiredAtExitDeadlineMs = 5000;

void waitForRetiredAtExit() {
    WorkerThread::waitForRetired(QDeadlineTimer(RetiredAtExitDeadlineMs));
}

void waitAtExitOnce() {
    static const bool added = [] {
        qAddPostRoutine(&waitForRetiredAtExit);
        return true;
    }();
    Q_UNUSED(added);
}

} // namespace

struct WorkerThread::State {
    std::atomic_bool retired{false};
};

WorkerThread::WorkerThread(const QString &name)
    : m_thread(new QThread)
    , m_context(new QObject)
    , m_state(std::make_shared<State>()) {
    waitAtExitOnce();
    m_thread->setObjectName(name);
    m_context->moveToThread(m_thread);
    QThread *thread = m_thread;
    // Direct: the thread is gone from the registry before its object is deleted, on whichever thread.
    QObject::connect(
        thread, &QThread::finished, thread, [thread] { RetiredThreads::instance().remove(thread); },
        Qt::DirectConnection);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread->start();
    postToThread(&lowerThisThreadsPriority); // before any task creates a librdkafka handle
}

WorkerThread::~WorkerThread() {
    m_state->retired = true;
    RetiredThreads::instance().add(m_thread);
    QObject *context = m_context;
    // Behind every task already queued, so cleanups posted before run first.
    postToThread([context] {
        context->deleteLater();
        QThread::currentThread()->quit();
    });
}

void WorkerThread::post(std::function<void()> task) {
    postToThread([state = m_state, task = std::move(task)] {
        if (!state->retired)
            task();
    });
}

void WorkerThread::postCleanup(std::function<void()> cleanup) {
    postToThread(std::move(cleanup));
}

void WorkerThread::postToThread(std::function<void()> task) {
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

bool WorkerThread::waitForRetired(QDeadlineTimer deadline) {
    for (QThread *thread : RetiredThreads::instance().snapshot()) {
        if (!thread->wait(deadline))
            return false;
    }
    return true;
}

} // namespace partita
