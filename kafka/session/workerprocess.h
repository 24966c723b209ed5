#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace partita {

class FrameReader;

Q_DECLARE_LOGGING_CATEGORY(lcWorker)

// Runs work that may crash the process (librdkafka aborts) in a supervised helper process,
// `partita-worker <role>`, and talks to it in frames (workerprotocol.h) from this thread's event
// loop, never blocking it. Requests go to the helper one at a time, in order. Each is answered exactly
// once, on this object's thread, unless this object is destroyed first: with the helper's reply, or
// with an error when the helper died, did not answer in time (it is then killed), or cannot start.
// A helper that died is restarted after a backoff; destroying this object kills the helper at once.
// Payloads are opaque bytes: typed requests and replies belong to the feature code that uses it.
class WorkerProcess : public QObject {
    Q_OBJECT
public:
    // Called with the reply, or with an empty reply and `error` saying why there is none.
    using ReplyCallback = std::function<void(const QByteArray &reply, const QString &error)>;

    struct Backoff {
        std::chrono::milliseconds initial{500}; // before the first restart after a death
        std::chrono::milliseconds maximum{10000};
        std::chrono::milliseconds healthy{30000}; // a helper that lived this long restarts at `initial`
    };

    // `name` names the work in messages ("Group polling"); `init` is sent as the helper's first frame
    // on every start. It may hold secrets, so it is never logged nor put on the command line.
    WorkerProcess(const QString &role, const QString &name, const QByteArray &init,
                  QObject *parent = nullptr);
    ~WorkerProcess() override; // kills the helper without waiting for requests in flight

    // Starts the helper now instead of on the first request.
    void start();
    // Queues a request of `type` (>= FirstRequestType). `timeout` bounds the helper's answer once it
    // has the request; past it the request fails and the helper is killed and restarted.
    void request(quint32 type, const QByteArray &payload, std::chrono::milliseconds timeout,
                 ReplyCallback done);

    QString role() const { return m_role; }
    // How many times a helper was restarted after it died or was killed.
    int restartCount() const { return m_restarts; }
    int pendingCount() const { return int(m_queue.size()) + (m_inFlight ? 1 : 0); }
    void setBackoff(const Backoff &backoff);

    // PARTITA_WORKER when set, else partita-worker next to the running program; read when a
    // WorkerProcess is made.
    static QString executablePath();

signals:
    void started(qint64 processId);
    // The helper died or was killed; a new one starts after the backoff. `reason` says what happened
    // in words; `signal` is the signal that ended it (0 when it exited, or was killed for not answering).
    void restarting(const QString &reason, int signal);

private:
    struct Pending {
        quint64 id = 0;
        quint32 type = 0;
        QByteArray payload;
        std::chrono::milliseconds timeout{0};
        ReplyCallback done;
    };

    void launch();
    void dispatch();
    void readReplies();
    void readErrors();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onTimeout();
    // The helper is gone or unusable: answers the request in flight, retires the process and schedules
    // a restart. `signal` as in restarting().
    void helperFailed(const QString &reason, int signal);
    // The helper cannot be started: answers every request with `error`.
    void startFailed(const QString &error);
    void retire();
    QString lastOutput() const;
    QString helperName() const;

    QString m_role;
    QString m_name;
    QByteArray m_init;
    QString m_program; // executablePath() when this object was made
    Backoff m_backoff;
    std::chrono::milliseconds m_nextDelay;

    QProcess *m_process = nullptr;
    std::unique_ptr<FrameReader> m_reader;
    QByteArray m_stderrLine; // an incomplete last line of the helper's stderr
    QStringList m_lastLines; // its last lines, quoted when it dies
    QElapsedTimer m_alive;   // since the helper started
    qint64 m_pid = 0;

    std::deque<Pending> m_queue;
    std::optional<Pending> m_inFlight;
    quint64 m_nextId = 1;
    QTimer *m_deadline = nullptr;
    QTimer *m_restartTimer = nullptr;
    QString m_startError; // why the last start failed; requests fail at once until a retry
    QElapsedTimer m_sinceStartError;
    std::chrono::milliseconds m_startRetry{0}; // after that long since the failure, a request tries again
    int m_restarts = 0;
};

} // namespace partita
