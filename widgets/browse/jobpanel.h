#pragma once

#include "backgroundjob.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace partita {

// A line under the Messages view's controls that runs one job (an export, a replay) at a time: its
// progress with a cancel button while it runs, then what came of it, with the items that failed
// one by one a click away. Hidden until the first job.
class JobPanel : public QWidget {
    Q_OBJECT
public:
    // `cancelText` labels the cancel button, e.g. "Cancel export".
    JobPanel(const QString &cancelText, QWidget *parent = nullptr);

    // Takes `job` over and starts it; false, leaving `job` to the caller, while another one runs.
    bool run(BackgroundJob *job);
    bool isRunning() const { return m_job; }

private:
    void showProgress();
    void showOutcome();
    void showFailures();

    QPointer<BackgroundJob> m_job;
    QString m_failures; // of the job that finished last
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_showFailures;
};

} // namespace partita
