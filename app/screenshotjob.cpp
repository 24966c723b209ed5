#include "screenshotjob.h"

#include "clustermonitor.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>

namespace partita {

namespace {

// Time for the views to lay out and paint the first snapshot before the picture is taken.
constexpr std::chrono::milliseconds SettleTime(300);

} // namespace

ScreenshotJob::ScreenshotJob(MainWindow *window, const QString &file, MainWindow::View view,
                             std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(file)
    , m_view(view) {
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout.intervalAsDuration());
        QString message = tr("no cluster snapshot within %1 s").arg(seconds.count());
        const QString state = m_window->monitor()->stateMessage();
        if (!state.isEmpty())
            message += QStringLiteral(" (%1)").arg(state);
        finish(1, message);
    });
}

void ScreenshotJob::start() {
    connect(
        m_window->monitor(), &ClusterMonitor::snapshotReady, this,
        [this] {
            m_timeout.stop();
            m_window->showView(m_view);
            QTimer::singleShot(SettleTime, this, &ScreenshotJob::capture);
        },
        Qt::SingleShotConnection);
    m_timeout.start();
}

void ScreenshotJob::capture() {
    if (!m_window->grab().save(m_file, "PNG")) {
        finish(1, tr("cannot write %1").arg(m_file));
        return;
    }
    finish(0, tr("saved %1").arg(m_file));
}

void ScreenshotJob::finish(int exitCode, const QString &message) {
    QTextStream(exitCode == 0 ? stdout : stderr) << "partita: " << message << '\n';
    QCoreApplication::exit(exitCode);
}

} // namespace partita
