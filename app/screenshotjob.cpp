#include "screenshotjob.h"

#include "clustersession.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>

namespace partita {

namespace {

// Time for the views to lay out and paint the first snapshot before the picture is taken.
constexpr std::chrono::milliseconds SettleTime(300);

} // namespace

ScreenshotJob::ScreenshotJob(MainWindow *window, const QString &file, MainWindow::View view, int refreshes,
                             std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(file)
    , m_view(view)
    , m_refreshesLeft(refreshes) {
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout.intervalAsDuration());
        QString message =
            tr("%n refresh(es) short after %1 s", nullptr, m_refreshesLeft).arg(seconds.count());
        const QString state = m_window->session() ? m_window->session()->stateMessage() : QString();
        if (!state.isEmpty())
            message += QStringLiteral(" (%1)").arg(state);
        finish(1, message);
    });
}

void ScreenshotJob::start() {
    ClusterSession *session = m_window->session();
    if (!session) {
        finish(1, tr("cannot take the screenshot: no cluster is watched"));
        return;
    }
    if (m_view == MainWindow::View::Groups)
        connect(session, &ClusterSession::groupsReady, this, &ScreenshotJob::countRefresh);
    else
        connect(session, &ClusterSession::snapshotReady, this, &ScreenshotJob::countRefresh);
    // The session would keep retrying, but a screenshot of "no data" is useless: give up at once.
    connect(session, &ClusterSession::connectionStateChanged, this,
            [this, session](ConnectionState state, const QString &message) {
                if (state == ConnectionState::Failed && !session->lastSnapshot())
                    finish(1, tr("cannot take the screenshot: %1").arg(message));
            });
    m_timeout.start();
}

void ScreenshotJob::countRefresh() {
    if (--m_refreshesLeft > 0)
        return;
    m_timeout.stop();
    stopListening();
    m_window->showView(m_view);
    QTimer::singleShot(SettleTime, this, &ScreenshotJob::capture);
}

void ScreenshotJob::stopListening() {
    if (ClusterSession *session = m_window->session())
        session->disconnect(this);
}

void ScreenshotJob::capture() {
    if (!m_window->grab().save(m_file, "PNG")) {
        finish(1, tr("cannot write %1").arg(m_file));
        return;
    }
    finish(0, tr("saved %1").arg(m_file));
}

void ScreenshotJob::finish(int exitCode, const QString &message) {
    // Exiting only ends the event loop once control returns to it: report once, whatever else arrives.
    m_timeout.stop();
    stopListening();
    QTextStream(exitCode == 0 ? stdout : stderr) << "partita: " << message << '\n';
    QCoreApplication::exit(exitCode);
}

} // namespace partita
