#pragma once

#include "browserequest.h"
#include "connectionsettings.h"
#include "messagebatch.h"

#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace partita {

// Where replayed messages go and what they keep of the originals. Key, value and headers are always
// kept.
struct ReplayRequest {
    QString targetTopic; // every message goes here, unless topicHeader is set
    // When set, each message goes to the topic its last header of this name names (dead-letter
    // redrive); a message without it is a failure.
    QByteArray topicHeader;
    bool keepTimestamps = false; // else the producer stamps each message when it sends it
    bool keepPartitions = false; // else the producer's partitioner chooses (by key)
    // For the topics' metadata and configurations and for starting to read the source.
    std::chrono::milliseconds timeout{10000};
    // A message the brokers have not acknowledged this long after it was sent, or after the last
    // message was sent, is a failure.
    std::chrono::milliseconds acknowledgeTimeout{30000};
};

struct ReplayCounts {
    qint64 messages = 0;     // taken from the source: at the end, acknowledged + failed
    qint64 sent = 0;         // handed to a producer
    qint64 acknowledged = 0; // written, as the brokers confirmed
    qint64 failed = 0;       // each one listed in ReplayReport::failures
};

// A message that was not replayed, or whose replay the brokers did not confirm.
struct ReplayFailure {
    int partition = -1;  // of the source
    qint64 offset = -1;  // in the source
    QString targetTopic; // empty when the message named none
    QString error;       // in words
};

struct ReplayReport {
    enum class Outcome {
        Completed,  // every message of the source was taken
        NotStarted, // nothing was taken: `error` says why
        BrokenOff,  // reading the source or producing broke off on the way: `error` says why
        Cancelled,
    };
    Outcome outcome = Outcome::Completed;
    QString error;
    ReplayCounts counts;
    QList<ReplayFailure> failures; // by source partition and offset
    // Partitions of the source that the read could not cover wholly (such as offsets removed by
    // retention), in words.
    QStringList notes;
};

// Re-produces messages, read from the cluster or given, to topics of the same cluster through
// idempotent producers (acks=all), and accounts for every message: each one taken is acknowledged
// or listed as failed, also when the replay is cancelled or breaks off. Refuses read-only connections.
// Blocking: create, use and destroy it on one worker thread.
class MessageReplayer {
public:
    // Called with the counts so far, at most every 100 ms, and once at the end.
    using ProgressCallback = std::function<void(const ReplayCounts &)>;

    ~MessageReplayer();
    // Returns nullptr and sets *error when the connection is read-only or the settings cannot make a
    // client.
    static std::unique_ptr<MessageReplayer> create(const ConnectionSettings &settings, QString *error);

    // Reads `source` with a MessageReader and replays what it reads. A source that never stops
    // (StopCondition::Never) replays until cancelled.
    ReplayReport replay(const BrowseRequest &source, const ReplayRequest &request,
                        const ProgressCallback &progress, const std::atomic_bool &cancel);
    // Replays the given messages, in their order.
    ReplayReport replay(const MessageBatch &messages, const ReplayRequest &request,
                        const ProgressCallback &progress, const std::atomic_bool &cancel);

private:
    class Private;
    explicit MessageReplayer(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace partita
