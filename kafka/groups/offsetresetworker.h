#pragma once

#include "connectionsettings.h"
#include "offsetreset.h"
#include "workerthread.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

namespace partita {

// Lives on its own worker thread and runs an OffsetResetter there; each request is answered by one
// signal. The resetter is created on the first request, so its librdkafka handles stay on this thread.
class OffsetResetWorker : public QObject {
    Q_OBJECT
public:
    OffsetResetWorker(const ConnectionSettings &settings, std::chrono::milliseconds timeout);
    ~OffsetResetWorker() override;

    // Both run on the worker thread (invoke them queued).
    void preview(const partita::OffsetResetRequest &request);
    void apply(const partita::OffsetResetPlan &plan);

signals:
    void planReady(const partita::OffsetResetPlan &plan);
    void applied(const QString &error);

private:
    OffsetResetter *resetter(QString *error);

    ConnectionSettings m_settings;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<OffsetResetter> m_resetter;
};

// GUI-side handle on offset resets: previews and applies them on a thread of its own, one request at
// a time, and answers by signals. Every request is bounded by the timeout given here.
class OffsetResetTask : public QObject {
    Q_OBJECT
public:
    explicit OffsetResetTask(const ConnectionSettings &settings,
                             std::chrono::milliseconds timeout = std::chrono::seconds(10),
                             QObject *parent = nullptr);
    ~OffsetResetTask() override;

    bool isBusy() const { return m_busy; }
    bool isReadOnly() const { return m_readOnly; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Each returns false, doing nothing, while another request runs; else exactly one planReady or
    // applied follows.
    bool preview(const OffsetResetRequest &request);
    bool apply(const OffsetResetPlan &plan);

    // Deletes this task once the request in flight, if any, is answered, even if its parent goes first;
    // until then the application owns it, so it is still waited for when the application quits.
    void deleteWhenIdle();

signals:
    void planReady(const partita::OffsetResetPlan &plan);
    void applied(const QString &error); // empty on success
    void busyChanged(bool busy);

private:
    // Runs `request` on the worker thread unless one is already running.
    bool start(const std::function<void(OffsetResetWorker *)> &request);
    void setBusy(bool busy);

    WorkerThreads m_threads;
    QPointer<QThread> m_thread;
    QPointer<OffsetResetWorker> m_worker;
    std::chrono::milliseconds m_timeout;
    bool m_readOnly = false;
    bool m_busy = false;
    bool m_deleteWhenIdle = false;
};

} // namespace partita
