#pragma once

#include <QList>
#include <QPointer>
#include <QThread>

namespace partita {

// Runs pollers on threads of their own. A stopped poller's thread is retired: it finishes the poll
// in flight (bounded by that poll's timeouts) without anyone waiting for it, and deletes itself. The
// owner waits for retired threads only when it is destroyed, since they use this process's librdkafka.
class WorkerThreads {
public:
    ~WorkerThreads();
    // Moves `worker` to a new thread, started; worker and thread are deleted when the thread ends.
    QThread *start(QObject *worker, const QString &name);
    void retire(QThread *thread);

private:
    QList<QPointer<QThread>> m_retiring;
};

} // namespace partita
