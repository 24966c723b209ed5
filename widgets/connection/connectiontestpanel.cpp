#include "connectiontestpanel.h"

#include "statuscolors.h"
#include "workerthread.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace partita {

namespace {

QString outcomeMark(ProbeStep::Outcome outcome) {
    switch (outcome) {
    case ProbeStep::Outcome::Passed:
        return QStringLiteral("✔");
    case ProbeStep::Outcome::Failed:
        return QStringLiteral("✘");
    case ProbeStep::Outcome::Skipped:
        return QStringLiteral("–");
    }
    return {};
}

} // namespace

ConnectionTestPanel::ConnectionTestPanel(SettingsSource settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(std::move(settings))
    , m_button(new QPushButton(tr("Test Conn&ection"), this))
    , m_report(new QLabel(this)) {
    m_button->setObjectName(QStringLiteral("testConnectionButton"));
    m_button->setToolTip(tr("Tries name resolution, TCP, TLS, SASL and metadata in turn and says which "
                            "stage fails"));
    m_report->setObjectName(QStringLiteral("connectionTestReport"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::RichText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_report);
    connect(m_button, &QPushButton::clicked, this, &ConnectionTestPanel::start);
}

ConnectionTestPanel::~ConnectionTestPanel() = default;

void ConnectionTestPanel::start() {
    const quint64 generation = ++m_generation;
    m_running = true;
    // Left enabled: a disabled button would hand the focus to the profile list, which picks a profile.
    // Clicked again, it starts over and the older answer is dropped.
    m_report->setStyleSheet(StatusColors::bannerStyleSheet(StatusColors::Banner::Neutral));
    m_report->setText(tr("Testing…"));
    m_report->show();
    if (!m_thread)
        m_thread = std::make_unique<WorkerThread>(QStringLiteral("ConnectionTest"));
    QPointer<ConnectionTestPanel> self(this);
    m_thread->post([self, generation, settings = m_settings()] {
        const ProbeReport report = ConnectionProbe::run(settings);
        // Queued to the panel's thread; dropped when the panel is gone or a newer test started.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, report] {
                if (self && self->m_generation == generation)
                    self->show(report);
            },
            Qt::QueuedConnection);
    });
}

void ConnectionTestPanel::clear() {
    ++m_generation;
    m_running = false;
    m_report->hide();
}

void ConnectionTestPanel::show(const ProbeReport &report) {
    m_running = false;
    QStringList rows;
    for (const ProbeStep &step : report.steps) {
        const QString color = step.outcome == ProbeStep::Outcome::Failed   ? StatusColors::critical().name()
                              : step.outcome == ProbeStep::Outcome::Passed ? StatusColors::healthy().name()
                                                                           : QStringLiteral("gray");
        rows << QStringLiteral("<tr><td style=\"color:%1\">%2</td><td><b>%3</b></td><td>%4</td></tr>")
                    .arg(color, outcomeMark(step.outcome),
                         ConnectionProbe::stageName(step.stage).toHtmlEscaped(),
                         step.detail.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    const bool passed = report.passed();
    m_report->setStyleSheet(
        StatusColors::bannerStyleSheet(passed ? StatusColors::Banner::Info : StatusColors::Banner::Critical));
    m_report->setText(
        QStringLiteral("<b>%1</b><table cellspacing=\"4\">%2</table>")
            .arg(passed ? tr("Every stage passed.")
                        : tr("%1 failed.")
                              .arg(ConnectionProbe::stageName(report.failure() ? report.failure()->stage
                                                                               : ProbeStage::Metadata)),
                 rows.join(QString())));
    emit finished(report);
}

} // namespace partita
