#include "stalebanner.h"

#include "connectionerrors.h"
#include "statuscolors.h"
#include "timelagestimator.h"

#include <algorithm>

namespace partita {

namespace {

QString clockTime(const QDateTime &time) {
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

StaleBanner::StaleBanner(QWidget *parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("staleBanner"));
    setStyleSheet(StatusColors::bannerStyleSheet(StatusColors::Banner::Critical));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();

    m_ageTimer.setInterval(std::chrono::seconds(1));
    connect(&m_ageTimer, &QTimer::timeout, this, &StaleBanner::updateText);
}

void StaleBanner::setConnectionState(ConnectionState state, const QString &message,
                                     const ClusterSnapshotPtr &shown) {
    const bool failed = state == ConnectionState::Failed;
    if (!failed)
        m_failedSince = QDateTime();
    else if (!m_failedSince.isValid())
        m_failedSince = QDateTime::currentDateTime();

    // Without a snapshot on screen nothing looks live, and the status bar already names the failure.
    const bool stale = failed && shown;
    m_reason = readableKafkaText(message);
    setToolTip(m_reason != message ? tr("Details: %1").arg(message) : QString());
    m_shown = stale ? shown : nullptr;
    setVisible(stale);
    if (!stale) {
        m_ageTimer.stop();
        return;
    }
    updateText();
    m_ageTimer.start();
}

void StaleBanner::updateText() {
    const qint64 ageMs = std::max<qint64>(0, m_shown->takenAt.msecsTo(QDateTime::currentDateTime()));
    setText(tr("<b>Cluster unreachable</b> since %1 — showing the last data from %2 (%3 old). %4")
                .arg(clockTime(m_failedSince), clockTime(m_shown->takenAt), formatDuration(ageMs),
                     m_reason.toHtmlEscaped()));
}

} // namespace partita
