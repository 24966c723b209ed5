#pragma once

#include <QObject>
#include <QTimer>

#include <atomic>

class QThread;

namespace partita {

// One long job (an export, a replay) on a thread of its own: it counts its progress in atomics, which
// are sampled a few times a second instead of signalled per message, and it stops when cancelled.
// Says in words how far it got, for a panel that shows any such job.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    ~BackgroundJob() override;

    void start();
    // Stops at the job's next look at the flag; finished() follows.
    void cancel() { m_cancel = true; }

    // While it runs: how far it got, in words, and in per mille of the whole (-1 while unknown).
    virtual QString progressText() const = 0;
    virtual int progressPerMille() const = 0;
    // Once finished: what came of it, in words; and the items that failed one by one, one a line
    // (empty when none did).
    virtual QString outcomeText() const = 0;
    virtual QString failureList() const { return {}; }

signals:
    // Every 100 ms while it runs, and once more before finished().
    void progressed();
    void finished();

protected:
    BackgroundJob(const QString &threadName, QObject *parent);
    // On the job's thread.
    virtual void run() = 0;
    // On the owner's thread once run() returned, before finished(): publishes what run() left.
    virtual void complete() {}
    // Cancels and waits for the thread. Every derived destructor calls it: run() uses the derived
    // object, which is gone by the time this base's destructor runs.
    void stopThread();

    std::atomic_bool m_cancel{false};

private:
    QString m_threadName;
    QThread *m_thread = nullptr;
    QTimer m_progressTimer;
};

} // namespace partita
