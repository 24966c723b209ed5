#include "workerprocess.h"

#include "workerprotocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QTimer>

#include <csignal>
#include <cstring>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace partita {

Q_LOGGING_CATEGORY(lcWorker, "partita.worker", QtWarningMsg)

namespace {

constexpr int KeptLines = 8;   // of a helper's stderr, for the message when it dies
constexpr int QuotedLines = 3; // of those, quoted in that message
constexpr int MaxLineLength = 4096;
// Destroying a WorkerProcess waits this long at most for the killed helper to be reaped.
constexpr int ReapMs = 300;

// How a signal ended the helper, in words.
QString describeSignal(int signal) {
    switch (signal) {
    case SIGABRT:
        return QCoreApplication::translate("WorkerProcess", "was aborted (SIGABRT)");
    case SIGKILL:
        return QCoreApplication::translate("WorkerProcess", "was killed (SIGKILL)");
    case SIGSEGV:
        return QCoreApplication::translate("WorkerProcess", "crashed with a segmentation fault (SIGSEGV)");
    case SIGBUS:
        return QCoreApplication::translate("WorkerProcess", "crashed with a bus error (SIGBUS)");
    case SIGFPE:
        return QCoreApplication::translate("WorkerProcess", "crashed with an arithmetic error (SIGFPE)");
    case SIGILL:
        return QCoreApplication::translate("WorkerProcess", "crashed on an illegal instruction (SIGILL)");
    case SIGTERM:
        return QCoreApplication::translate("WorkerProcess", "was terminated (SIGTERM)");
    case SIGPIPE:
        return QCoreApplication::translate("WorkerProcess", "lost its pipe to this program (SIGPIPE)");
    default:
        return QCoreApplication::translate("WorkerProcess", "was ended by signal %1 (%2)")
            .arg(signal)
            .arg(QString::fromLocal8Bit(strsignal(signal)));
    }
}

QString seconds(std::chrono::milliseconds duration) {
    return QString::number(duration.count() / 1000.0, 'g', 3);
}

} // namespace

WorkerProcess::WorkerProcess(const QString &role, const QString &name, const QByteArray &init,
                             QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_name(name)
    , m_init(init)
    , m_program(executablePath())
    , m_nextDelay(m_backoff.initial)
    , m_deadline(new QTimer(this))
    , m_restartTimer(new QTimer(this)) {
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &WorkerProcess::onTimeout);
    m_restartTimer->setSingleShot(true);
    m_restartTimer->setTimerType(
        Qt::PreciseTimer); // a coarse timer may fire 5 % early: the backoff is a promise
    connect(m_restartTimer, &QTimer::timeout, this, &WorkerProcess::launch);
}

WorkerProcess::~WorkerProcess() {
    // No callback runs from here on, whatever the helpers still do.
    m_queue.clear();
    m_inFlight.reset();
    m_init.fill('\0');
    for (QProcess *process : findChildren<QProcess *>(QString(), Qt::FindDirectChildrenOnly)) {
        process->disconnect();
        // Deleted later: this may run inside one of the process's own signals (a callback deleting
        // its owner).
        process->setParent(nullptr);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            if (!process->waitForFinished(ReapMs)) {
                // Deleting it would wait up to 30 s for a process that ignores SIGKILL (stuck in the
                // kernel): leave it behind rather than hold up quitting.
                qCWarning(lcWorker, "%s helper (pid %lld) did not end at once; not waiting for it",
                          qPrintable(m_name), process->processId());
                continue;
            }
        }
        process->deleteLater();
    }
}

QString WorkerProcess::executablePath() {
    QString path = qEnvironmentVariable("PARTITA_WORKER");
    if (!path.isEmpty())
        return path;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("partita-worker"));
}

void WorkerProcess::setBackoff(const Backoff &backoff) {
    m_backoff = backoff;
    m_nextDelay = backoff.initial;
}

QString WorkerProcess::helperName() const {
    return m_pid > 0
               ? QCoreApplication::translate("WorkerProcess", "%1 helper (pid %2)").arg(m_name).arg(m_pid)
               : QCoreApplication::translate("WorkerProcess", "%1 helper").arg(m_name);
}

void WorkerProcess::start() {
    if (!m_process && !m_restartTimer->isActive())
        m_restartTimer->start(0); // from the event loop, so that a failure never answers inside a call
}

void WorkerProcess::request(quint32 type, const QByteArray &payload, std::chrono::milliseconds timeout,
                            ReplyCallback done) {
    Q_ASSERT(type >= FirstRequestType);
    if (!m_process && !m_restartTimer->isActive()) {
        if (!m_startError.isEmpty() && m_sinceStartError.elapsed() < m_startRetry.count()) {
            // It could not be started a moment ago: say so now rather than trying again at once.
            QMetaObject::invokeMethod(
                this, [done = std::move(done), error = m_startError] { done({}, error); },
                Qt::QueuedConnection);
            return;
        }
        m_restartTimer->start(0);
    }
    m_queue.push_back({m_nextId++, type, payload, timeout, std::move(done)});
    dispatch();
}

void WorkerProcess::launch() {
    if (m_process)
        return;
    m_reader = std::make_unique<FrameReader>();
    m_stderrLine.clear();
    m_lastLines.clear();
    m_pid = 0;
    m_alive.invalidate();
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_program);
    process->setArguments({m_role});
    process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // The helper must not outlive this process even when it is killed and cannot close the pipe.
    // The death signal follows the forking thread, which is this object's (the GUI thread).
    const pid_t parent = getpid();
    const int fdLimit = int(std::min<long>(sysconf(_SC_OPEN_MAX), 65536));
    process->setChildProcessModifier([parent, fdLimit] {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(1); // the parent died before prctl took effect
        // Only stdin, stdout and stderr reach the helper. A socket inherited from this process (a
        // broker connection, the demo's mock brokers) would stay open as long as the helper lives, so
        // closing it here would no longer end the connection. Qt 6.4's QProcess leaves them open.
        if (close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
            for (int fd = 3; fd < fdLimit; ++fd)
                fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    });
#endif
    connect(process, &QProcess::readyReadStandardOutput, this, &WorkerProcess::readReplies);
    connect(process, &QProcess::readyReadStandardError, this, &WorkerProcess::readErrors);
    connect(process, &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        m_alive.start();
        m_startError.clear();
        emit started(m_pid);
    });
    connect(process, &QProcess::finished, this, &WorkerProcess::onFinished);
    connect(process, &QProcess::errorOccurred, this, &WorkerProcess::onErrorOccurred);
    process->start(QIODevice::ReadWrite);
    if (m_process != process)
        return; // it failed to start, and every request was answered
    process->write(encodeFrame({InitFrame, WorkerProtocolVersion, m_init}));
    dispatch();
}

void WorkerProcess::dispatch() {
    if (m_inFlight || m_queue.empty() || !m_process)
        return;
    m_inFlight = std::move(m_queue.front());
    m_queue.pop_front();
    m_process->write(encodeFrame({m_inFlight->type, m_inFlight->id, m_inFlight->payload}));
    m_inFlight->payload.clear();
    m_deadline->start(m_inFlight->timeout);
}

void WorkerProcess::readReplies() {
    if (!m_process)
        return;
    m_reader->append(m_process->readAllStandardOutput());
    const QPointer<WorkerProcess> alive(this);
    while (std::optional<Frame> frame = m_reader->next()) {
        if ((frame->type != ReplyFrame && frame->type != FailureFrame) || !m_inFlight ||
            frame->id != m_inFlight->id) {
            helperFailed(QCoreApplication::translate(
                             "WorkerProcess", "%1 sent an unexpected message (type %2, id %3) and was killed")
                             .arg(helperName())
                             .arg(frame->type)
                             .arg(frame->id),
                         0);
            return;
        }
        m_deadline->stop();
        const ReplyCallback done = std::move(m_inFlight->done);
        m_inFlight.reset();
        if (frame->type == ReplyFrame)
            done(frame->payload, QString());
        else
            done(QByteArray(), QString::fromUtf8(frame->payload));
        if (!alive || !m_process)
            return;
        dispatch();
    }
    if (!m_reader->error().isEmpty())
        helperFailed(
            QCoreApplication::translate("WorkerProcess", "%1 sent a malformed message (%2) and was killed")
                .arg(helperName(), m_reader->error()),
            0);
}

void WorkerProcess::readErrors() {
    if (!m_process)
        return;
    m_stderrLine.append(m_process->readAllStandardError());
    for (;;) {
        const qsizetype newline = m_stderrLine.indexOf('\n');
        if (newline < 0 && m_stderrLine.size() <= MaxLineLength)
            break;
        // A line that never ends is logged in pieces.
        const qsizetype end = newline >= 0 ? newline : MaxLineLength;
        const QString line = QString::fromLocal8Bit(m_stderrLine.left(end)).trimmed();
        m_stderrLine.remove(0, newline >= 0 ? end + 1 : end);
        if (line.isEmpty())
            continue;
        qCInfo(lcWorker, "%s[%lld]: %s", qPrintable(m_role), m_pid, qPrintable(line));
        m_lastLines.append(line);
        if (m_lastLines.size() > KeptLines)
            m_lastLines.removeFirst();
    }
}

QString WorkerProcess::lastOutput() const {
    if (m_lastLines.isEmpty())
        return QString();
    return QCoreApplication::translate("WorkerProcess", "; its last output: %1")
        .arg(m_lastLines.mid(std::max<qsizetype>(0, m_lastLines.size() - QuotedLines))
                 .join(QStringLiteral(" / ")));
}

void WorkerProcess::onFinished(int exitCode, QProcess::ExitStatus status) {
    const QPointer<WorkerProcess> alive(this);
    readReplies(); // answers it wrote before it died still count
    if (!alive || !m_process)
        return;
    readErrors();
    m_stderrLine.append('\n');
    readErrors();
    // On Unix, QProcess reports the terminating signal as the exit code of a crash.
    const int signal = status == QProcess::CrashExit ? exitCode : 0;
    const QString how =
        signal
            ? describeSignal(signal)
            : QCoreApplication::translate("WorkerProcess", "exited unexpectedly with code %1").arg(exitCode);
    helperFailed(QStringLiteral("%1 %2%3").arg(helperName(), how, lastOutput()), signal);
}

void WorkerProcess::onErrorOccurred(QProcess::ProcessError error) {
    // Crashed, ReadError and WriteError are followed by finished(); only a failed start is not.
    if (error != QProcess::FailedToStart || !m_process)
        return;
    startFailed(QCoreApplication::translate("WorkerProcess", "Cannot start the %1 helper %2: %3")
                    .arg(m_name.toLower(), m_process->program(), m_process->errorString()));
}

void WorkerProcess::onTimeout() {
    if (!m_inFlight)
        return;
    helperFailed(QCoreApplication::translate("WorkerProcess", "%1 did not answer within %2 s and was killed")
                     .arg(helperName(), seconds(m_inFlight->timeout)),
                 0);
}

void WorkerProcess::helperFailed(const QString &reason, int signal) {
    qCWarning(lcWorker, "%s", qPrintable(reason));
    const bool wasHealthy = m_alive.isValid() && m_alive.elapsed() >= m_backoff.healthy.count();
    retire();
    ++m_restarts;
    if (wasHealthy)
        m_nextDelay = m_backoff.initial;
    m_restartTimer->start(m_nextDelay);
    m_nextDelay = std::min(m_nextDelay * 2, m_backoff.maximum);

    const QPointer<WorkerProcess> alive(this);
    if (m_inFlight) {
        const ReplyCallback done = std::move(m_inFlight->done);
        m_inFlight.reset();
        done(QByteArray(), reason);
        if (!alive)
            return;
    }
    emit restarting(reason, signal);
}

void WorkerProcess::startFailed(const QString &error) {
    qCWarning(lcWorker, "%s", qPrintable(error));
    retire();
    m_restartTimer->stop();
    m_startError = error;
    m_sinceStartError.start();
    m_startRetry = m_nextDelay;
    m_nextDelay = std::min(m_nextDelay * 2, m_backoff.maximum);
    std::deque<Pending> failed = std::move(m_queue);
    m_queue.clear();
    if (m_inFlight)
        failed.push_front(std::move(*m_inFlight));
    m_inFlight.reset();
    const QPointer<WorkerProcess> alive(this);
    for (Pending &pending : failed) {
        pending.done(QByteArray(), error);
        if (!alive)
            return;
    }
}

void WorkerProcess::retire() {
    m_deadline->stop();
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Deleted once reaped; the destructor reaps what is left.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace partita
