#pragma once

#include "messagereader.h"
#include "messagetablemodel.h"
#include "readprogressmodel.h"
#include "readrate.h"
#include "workerhandle.h"

#include <QElapsedTimer>
#include <QObject>

namespace partita {

// The message browser of one connection: reads a topic on a worker thread of its own (through a
// MessageReader) and fills its table model, one batch per answer. A new browse() supersedes the
// previous one: its answers, even those already on their way, never reach the model. Reading runs
// ahead by one batch, so the worker reads while the GUI thread takes in the previous batch.
class MessageBrowser : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,      // nothing asked for yet, or stopped
        Starting,  // resolving the partitions and start offsets
        Reading,   // messages are coming in
        Following, // at the end of every partition, waiting for new messages
        Paused,
        Finished, // the stop condition was reached
        Failed,   // the read could not start or broke off; stateMessage() says why
    };
    Q_ENUM(State)

    explicit MessageBrowser(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~MessageBrowser() override;

    // Clears the table and reads `request` from now on.
    void browse(const BrowseRequest &request);
    void pause();
    void resume();
    void stop();

    MessageTableModel *model() { return &m_model; }
    // The current read's progress, one row per partition.
    ReadProgressModel *progressModel() { return &m_progressModel; }
    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    const BrowseRequest &request() const { return m_request; }
    const QList<PartitionProgress> &progress() const { return m_progress; }
    qint64 messagesRead() const { return m_messagesRead; }
    // Messages read per second over the last few seconds; nullopt while not reading or too early to tell.
    std::optional<double> messagesPerSecond() const;

    // Messages and bytes asked for per read, and how long one read waits for them. A store chunk's
    // worth, so that the model keeps a loading read's batches as they are.
    static constexpr int BatchMessages = MessageStore::MaxChunkMessages;
    static constexpr qsizetype BatchBytes = MessageStore::MaxChunkBytes;
    static constexpr std::chrono::milliseconds BatchWait{200};
    static constexpr std::chrono::seconds StartTimeout{10};

signals:
    void stateChanged(partita::MessageBrowser::State state, const QString &message);
    void progressChanged();

private:
    // What a read hands over: the batch, and what the filter shown when it was asked for matches in it.
    struct Answer {
        ReadResult result;
        FilteredBatch filtered;
    };

    void readNext();
    void take(const Answer &answer);
    void setState(State state, const QString &message = QString());

    MessageTableModel m_model;
    ReadProgressModel m_progressModel;
    ReadRate m_rate;
    QElapsedTimer m_clock; // of m_rate's samples
    BrowseRequest m_request;
    State m_state = State::Idle;
    QString m_stateMessage;
    QList<PartitionProgress> m_progress;
    qint64 m_messagesRead = 0;
    bool m_readInFlight = false;
    WorkerHandle<MessageReader> m_reader; // last: destroyed first, so no answer meets a dying browser
};

} // namespace partita
