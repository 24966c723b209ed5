#include "backgroundjob.h"

#include <QThread>

namespace partita {

BackgroundJob::BackgroundJob(const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_threadName(threadName) {
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &BackgroundJob::progressed);
}

BackgroundJob::~BackgroundJob() {
    stopThread();
}

void BackgroundJob::stopThread() {
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void BackgroundJob::start() {
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(m_threadName);
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_progressTimer.stop();
        complete();
        emit progressed();
        emit finished();
    });
    m_progressTimer.start();
    m_thread->start();
}

} // namespace partita
