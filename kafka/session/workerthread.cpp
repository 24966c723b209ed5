#include "workerthread.h"

namespace partita {

WorkerThreads::~WorkerThreads() {
    for (const auto &thread : std::as_const(m_retiring)) {
        if (thread)
            thread->wait();
    }
}

QThread *WorkerThreads::start(QObject *worker, const QString &name) {
    auto *thread = new QThread;
    thread->setObjectName(name);
    worker->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

void WorkerThreads::retire(QThread *thread) {
    if (!thread)
        return;
    thread->quit();
    m_retiring.removeIf([](const QPointer<QThread> &retired) { return retired.isNull(); });
    m_retiring.append(thread);
}

} // namespace partita
