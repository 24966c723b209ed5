#include "connectionstatuswidget.h"

#include "connectionerrors.h"
#include "elidedlabel.h"
#include "statuscolors.h"
#include "timelagestimator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <algorithm>

namespace partita {

namespace {

QColor stateColor(ConnectionState state) {
    switch (state) {
    case ConnectionState::Disconnected:
        return QColor(0x9c, 0xa3, 0xaf);
    case ConnectionState::Connecting:
        return QColor(0x3b, 0x82, 0xf6);
    case ConnectionState::Connected:
        return StatusColors::healthy();
    case ConnectionState::Degraded:
        return StatusColors::warning();
    case ConnectionState::Failed:
        return StatusColors::critical();
    }
    return {};
}

} // namespace

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_messageLabel(new ElidedLabel(this))
    , m_retryLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_ageLabel(new QLabel(this)) {
    m_dot->setFixedSize(10, 10);
    m_stateLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    m_stateLabel->setFont(bold);
    m_messageLabel->setObjectName(QStringLiteral("connectionMessageLabel"));
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryLabel->setObjectName(QStringLiteral("retryLabel"));
    m_retryLabel->hide();
    m_busyBar->setObjectName(QStringLiteral("pollBusyIndicator"));
    m_busyBar->setRange(0, 0); // indeterminate: a poll has no measurable progress
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(60, 10);
    m_busyBar->setToolTip(tr("Polling the cluster…"));
    // Keeps the strip from jumping when the indicator comes and goes.
    QSizePolicy keepSpace = m_busyBar->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busyBar->setSizePolicy(keepSpace);
    m_busyBar->hide();
    m_ageLabel->setObjectName(QStringLiteral("refreshAgeLabel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(m_retryLabel);
    layout->addWidget(m_busyBar);
    layout->addSpacing(8);
    layout->addWidget(m_ageLabel);

    m_ageTimer.setInterval(std::chrono::seconds(1));
    connect(&m_ageTimer, &QTimer::timeout, this, &ConnectionStatusWidget::updateAge);
    m_ageTimer.start();
    setState(ConnectionState::Disconnected, QString());
    updateAge();
}

void ConnectionStatusWidget::setState(ConnectionState state, const QString &message) {
    m_dot->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border-radius: 5px; }").arg(stateColor(state).name()));
    m_stateLabel->setText(connectionStateName(state));
    // In words; librdkafka's own text stays at hand for a bug report.
    const QString readable = readableKafkaText(message);
    m_messageLabel->setFullText(readable);
    if (readable != message)
        m_messageLabel->setToolTip(tr("%1\n\nDetails: %2").arg(readable, message));
    m_state = state;
    updateRetry();
}

void ConnectionStatusWidget::setBusy(bool busy) {
    m_busyBar->setVisible(busy);
}

void ConnectionStatusWidget::setLastRefresh(const QDateTime &time) {
    m_lastRefresh = time;
    updateAge();
}

void ConnectionStatusWidget::setRefreshInterval(std::chrono::milliseconds interval) {
    m_interval = interval;
    updateAge();
    updateRetry();
}

// The poller keeps polling after a failure, so a failed state is not the end of the story.
void ConnectionStatusWidget::updateRetry() {
    m_retryLabel->setVisible(m_state == ConnectionState::Failed);
    m_retryLabel->setText(
        tr("retrying every %1 s").arg(QLocale().toString(std::chrono::duration<double>(m_interval).count())));
}

void ConnectionStatusWidget::updateAge() {
    if (!m_lastRefresh.isValid()) {
        m_ageLabel->setText(tr("no data yet"));
        m_ageLabel->setStyleSheet(QString());
        m_ageLabel->setToolTip(QString());
        return;
    }
    const qint64 ageMs = std::max<qint64>(0, m_lastRefresh.msecsTo(QDateTime::currentDateTime()));
    const bool stale = ageMs > StaleIntervals * m_interval.count();
    m_ageLabel->setText(stale ? tr("stale: refreshed %1 ago").arg(formatDuration(ageMs))
                              : tr("refreshed %1 ago").arg(formatDuration(ageMs)));
    const QString style =
        stale ? QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; padding: 0 4px; }")
                    .arg(StatusColors::warning().name())
              : QString();
    // Restyling every second would be wasted work: the style only changes when the data turns stale.
    if (m_ageLabel->styleSheet() != style)
        m_ageLabel->setStyleSheet(style);
    m_ageLabel->setToolTip(tr("Last snapshot taken at %1").arg(m_lastRefresh.toString(Qt::ISODate)));
}

} // namespace partita
