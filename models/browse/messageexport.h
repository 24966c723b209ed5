#pragma once

#include "backgroundjob.h"
#include "browserequest.h"
#include "connectionsettings.h"
#include "messagetablemodel.h"
#include "messagewriter.h"

#include <atomic>

namespace partita {

// One export of messages to a file on a thread of its own: rows the browser holds (the selection, or
// what the filter shows) or a whole range read from the cluster with a consumer of its own. Writes
// through a QSaveFile, so an export that fails or is cancelled leaves no half-written file behind.
class MessageExport : public BackgroundJob {
    Q_OBJECT
public:
    struct Outcome {
        enum class Result { Written, Cancelled, Failed };
        Result result = Result::Written;
        qint64 written = 0; // messages written (none are kept unless Written)
        QString error;      // why it failed, in words
        QString fileName;
    };

    static MessageExport *ofRows(MessageTableModel::Rows rows, const QString &fileName, ExportFormat format,
                                 QObject *parent = nullptr);
    static MessageExport *ofRange(const ConnectionSettings &settings, const BrowseRequest &request,
                                  const QString &fileName, ExportFormat format, QObject *parent = nullptr);
    ~MessageExport() override;

    QString progressText() const override;
    int progressPerMille() const override;
    QString outcomeText() const override;
    // The format the name's extension asks for: CSV for ".csv", JSON Lines otherwise.
    static ExportFormat formatFor(const QString &fileName);

    static constexpr std::chrono::seconds StartTimeout{10};

private:
    using Job = std::function<Outcome(MessageExport &self)>;
    MessageExport(const QString &fileName, Job job, QObject *parent);
    Outcome writeRows(const MessageTableModel::Rows &rows, ExportFormat format);
    Outcome writeRange(const ConnectionSettings &settings, const BrowseRequest &request, ExportFormat format);

    void run() override { m_outcome = m_job(*this); }
    void complete() override { m_written = m_outcome.written; }

    QString m_fileName;
    Job m_job;
    Outcome m_outcome; // written by the thread, read after it finished
    std::atomic<qint64> m_written{0};
    // For the range, known once reading has started; -1 before (and while following a live topic).
    std::atomic<qint64> m_total{-1};
};

} // namespace partita
