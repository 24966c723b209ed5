#include "jobpanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace partita {

JobPanel::JobPanel(const QString &cancelText, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(cancelText, this))
    , m_showFailures(new QPushButton(tr("Show failures…"), this)) {
    m_text->setObjectName(QStringLiteral("jobText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setMaximumWidth(240);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_showFailures->setObjectName(QStringLiteral("showFailures"));
    m_showFailures->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_showFailures);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_showFailures, &QPushButton::clicked, this, &JobPanel::showFailures);
    hide();
}

bool JobPanel::run(BackgroundJob *job) {
    if (m_job)
        return false;
    m_job = job;
    job->setParent(this);
    connect(job, &BackgroundJob::progressed, this, &JobPanel::showProgress);
    connect(job, &BackgroundJob::finished, this, &JobPanel::showOutcome);
    m_progress->show();
    m_cancel->show();
    m_showFailures->hide();
    showProgress();
    show();
    job->start();
    return true;
}

void JobPanel::showProgress() {
    if (!m_job)
        return;
    const int perMille = m_job->progressPerMille();
    if (perMille >= 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(perMille);
    } else {
        m_progress->setRange(0, 0); // busy: how much there is to do is not known yet
    }
    m_text->setText(m_job->progressText());
}

void JobPanel::showOutcome() {
    m_progress->hide();
    m_cancel->hide();
    if (!m_job)
        return;
    m_text->setText(m_job->outcomeText());
    m_failures = m_job->failureList();
    m_showFailures->setVisible(!m_failures.isEmpty());
    m_job->deleteLater();
    m_job = nullptr;
}

// The list at once, scrollable and selectable for copying: there may be thousands.
void JobPanel::showFailures() {
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("failures"));
    dialog.setWindowTitle(tr("Failures"));
    auto *summary = new QLabel(m_text->text(), &dialog);
    summary->setWordWrap(true);
    auto *list = new QPlainTextEdit(m_failures, &dialog);
    list->setObjectName(QStringLiteral("failureList"));
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    dialog.exec();
}

} // namespace partita
