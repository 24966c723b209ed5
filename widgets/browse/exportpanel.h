#pragma once

#include "messageexport.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace partita {

// A line under the Messages view's controls that runs one export at a time: its progress with a
// cancel button while it runs, then what came of it. Hidden until the first export.
class ExportPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExportPanel(QWidget *parent = nullptr);

    // Takes `job` over and starts it; false, leaving `job` to the caller, while another one runs.
    bool run(MessageExport *job);
    bool isRunning() const { return m_job; }

signals:
    void exportFinished(const partita::MessageExport::Outcome &outcome);

private:
    void showProgress(qint64 written, qint64 total);
    void showOutcome(const MessageExport::Outcome &outcome);

    QPointer<MessageExport> m_job;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace partita
