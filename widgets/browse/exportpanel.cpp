#include "exportpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <climits>

namespace partita {

namespace {

int countForTr(qint64 count) {
    return int(std::min<qint64>(count, INT_MAX));
}

} // namespace

ExportPanel::ExportPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel export"), this)) {
    m_text->setObjectName(QStringLiteral("exportText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setMaximumWidth(240);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    hide();
}

bool ExportPanel::run(MessageExport *job) {
    if (m_job)
        return false;
    m_job = job;
    job->setParent(this);
    connect(job, &MessageExport::progressed, this, &ExportPanel::showProgress);
    connect(job, &MessageExport::finished, this, &ExportPanel::showOutcome);
    m_progress->show();
    m_cancel->show();
    showProgress(0, job->total());
    show();
    job->start();
    return true;
}

void ExportPanel::showProgress(qint64 written, qint64 total) {
    // A bar of per mille: a range may hold more messages than an int counts.
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(written * 1000 / total, 1000)));
        m_text->setText(tr("Exporting to %1: %2 of %3 messages")
                            .arg(m_job->fileName(), QLocale().toString(written), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0); // busy: the size of the range is not known yet
        m_text->setText(
            tr("Exporting to %1: %n message(s)", nullptr, countForTr(written)).arg(m_job->fileName()));
    }
}

void ExportPanel::showOutcome(const MessageExport::Outcome &outcome) {
    m_progress->hide();
    m_cancel->hide();
    const int count = countForTr(outcome.written);
    switch (outcome.result) {
    case MessageExport::Outcome::Result::Written:
        m_text->setText(tr("Exported %n message(s) to %1", nullptr, count).arg(outcome.fileName));
        break;
    case MessageExport::Outcome::Result::Cancelled:
        m_text->setText(tr("Export cancelled after %n message(s): %1 was not written", nullptr, count)
                            .arg(outcome.fileName));
        break;
    case MessageExport::Outcome::Result::Failed:
        m_text->setText(tr("Export failed after %n message(s): %1. %2 was not written", nullptr, count)
                            .arg(outcome.error, outcome.fileName));
        break;
    }
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    emit exportFinished(outcome);
}

} // namespace partita
