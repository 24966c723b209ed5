#pragma once

#include "browserequest.h"
#include "connectionsettings.h"
#include "messagetablemodel.h"
#include "messagewriter.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace partita {

// One export of messages to a file on a thread of its own: rows the browser holds (the selection, or
// what the filter shows) or a whole range read from the cluster with a consumer of its own. Writes
// through a QSaveFile, so an export that fails or is cancelled leaves no half-written file behind.
// Progress is sampled a few times a second, never signalled per message.
class MessageExport : public QObject {
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
    // Cancels and waits for the thread.
    ~MessageExport() override;

    void start();
    // Stops at the next batch; finished() follows with Cancelled.
    void cancel() { m_cancel = true; }
    QString fileName() const { return m_fileName; }
    // For the range, known once reading has started; -1 before (and while following a live topic).
    qint64 total() const { return m_total; }
    qint64 written() const { return m_written; }
    // The format the name's extension asks for: CSV for ".csv", JSON Lines otherwise.
    static ExportFormat formatFor(const QString &fileName);

    static constexpr std::chrono::seconds StartTimeout{10};

signals:
    void progressed(qint64 written, qint64 total);
    void finished(const partita::MessageExport::Outcome &outcome);

private:
    using Job = std::function<Outcome(MessageExport &self)>;
    MessageExport(const QString &fileName, Job job, QObject *parent);
    Outcome writeRows(const MessageTableModel::Rows &rows, ExportFormat format);
    Outcome writeRange(const ConnectionSettings &settings, const BrowseRequest &request, ExportFormat format);

    QString m_fileName;
    Job m_job;
    QThread *m_thread = nullptr;
    Outcome m_outcome; // written by the thread, read after it finished
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_written{0};
    std::atomic<qint64> m_total{-1};
    QTimer m_progressTimer;
};

} // namespace partita
