#include "offsetresetworker.h"

#include <QCoreApplication>

namespace partita {

OffsetResetWorker::OffsetResetWorker(const ConnectionSettings &settings, std::chrono::milliseconds timeout)
    : m_settings(settings)
    , m_timeout(timeout) {}

OffsetResetWorker::~OffsetResetWorker() = default;

OffsetResetter *OffsetResetWorker::resetter(QString *error) {
    if (!m_resetter)
        m_resetter = OffsetResetter::create(m_settings, error);
    return m_resetter.get();
}

void OffsetResetWorker::preview(const OffsetResetRequest &request) {
    OffsetResetPlan plan;
    plan.groupId = request.groupId;
    if (OffsetResetter *resetter = this->resetter(&plan.error))
        plan = resetter->preview(request, m_timeout);
    emit planReady(plan);
}

void OffsetResetWorker::apply(const OffsetResetPlan &plan) {
    QString error;
    if (OffsetResetter *resetter = this->resetter(&error))
        error = resetter->apply(plan, m_timeout);
    emit applied(error);
}

OffsetResetTask::OffsetResetTask(const ConnectionSettings &settings, std::chrono::milliseconds timeout,
                                 QObject *parent)
    : QObject(parent)
    , m_timeout(timeout)
    , m_readOnly(settings.readOnly) {
    qRegisterMetaType<OffsetResetPlan>();
    m_worker = new OffsetResetWorker(settings, timeout);
    connect(m_worker, &OffsetResetWorker::planReady, this, [this](const OffsetResetPlan &plan) {
        setBusy(false);
        emit planReady(plan);
    });
    connect(m_worker, &OffsetResetWorker::applied, this, [this](const QString &error) {
        setBusy(false);
        emit applied(error);
    });
    m_thread = m_threads.start(m_worker, QStringLiteral("OffsetReset"));
}

OffsetResetTask::~OffsetResetTask() {
    if (m_worker)
        m_worker->disconnect(this);
    m_threads.retire(m_thread); // waited for by m_threads: a request in flight ends within its timeout
}

bool OffsetResetTask::preview(const OffsetResetRequest &request) {
    return start([request](OffsetResetWorker *worker) { worker->preview(request); });
}

bool OffsetResetTask::apply(const OffsetResetPlan &plan) {
    return start([plan](OffsetResetWorker *worker) { worker->apply(plan); });
}

bool OffsetResetTask::start(const std::function<void(OffsetResetWorker *)> &request) {
    if (m_busy || !m_worker)
        return false;
    setBusy(true);
    OffsetResetWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, request] { request(worker); }, Qt::QueuedConnection);
    return true;
}

void OffsetResetTask::deleteWhenIdle() {
    if (!m_busy) {
        deleteLater();
        return;
    }
    // Outlive a parent that is going away instead of making it wait for the cluster's answer.
    m_deleteWhenIdle = true;
    setParent(QCoreApplication::instance());
}

void OffsetResetTask::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
    if (!busy && m_deleteWhenIdle)
        deleteLater();
}

} // namespace partita
