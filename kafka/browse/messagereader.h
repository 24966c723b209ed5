#pragma once

#include "browserequest.h"
#include "connectionsettings.h"
#include "messagebatch.h"

#include <QMap>

#include <chrono>
#include <limits>
#include <memory>

namespace partita {

// How far reading has come in one partition.
struct PartitionProgress {
    int partition = -1;
    int leader = -1;      // as metadata named it when reading started
    qint64 start = -1;    // first offset asked for
    qint64 end = -1;      // the partition's end when reading started (last stable offset under
                          // ReadCommitted); -1 when not known
    qint64 position = -1; // the next offset to read
    qint64 delivered = 0; // messages handed over
    bool atEnd = false;   // the consumer reached the partition's end since the last message
    bool done = false;    // nothing more will be read from it
    QString problem;      // why it stopped early or is stuck, in words; empty when fine
    // Under ReadCommitted: the end including open transactions, read when reading started and again
    // every few seconds while the partition is at its end; -1 under ReadUncommitted.
    qint64 uncommittedEnd = -1;
    // At the last stable offset with messages of an open transaction beyond it, which ReadCommitted
    // does not show until the transaction ends.
    bool waitsForTransaction() const { return atEnd && uncommittedEnd > position; }
    qint64 remaining() const { return end >= 0 && position >= 0 ? std::max<qint64>(end - position, 0) : -1; }
    // How much of the offsets from start to end has been read, from 0 to 1; -1 when not known.
    double readFraction() const;
    bool operator==(const PartitionProgress &other) const;
    bool operator!=(const PartitionProgress &other) const { return !(*this == other); }
};

struct ReadResult {
    std::shared_ptr<const MessageBatch> batch; // never null; may hold no message
    QList<PartitionProgress> progress;         // by partition
    bool finished = false;                     // every partition done, or maxMessages reached
    QString error;                             // a problem with the whole read (the topic is gone)
};

// Reads one topic's messages from chosen positions with a consumer that never joins a group and
// never commits: browsing moves nobody's offsets. Blocking: create, use and destroy it on one worker
// thread. Every librdkafka call runs on that thread between batch reads, since the batch consume of
// librdkafka 2.0.2 loses or repeats messages when assign, seek, pause or resume run beside it.
class MessageReader {
public:
    ~MessageReader();
    // Returns nullptr and sets *error when the settings cannot make a consumer.
    static std::unique_ptr<MessageReader> create(const ConnectionSettings &settings, QString *error);

    // Resolves the request's partitions and start offsets and assigns them, dropping whatever the
    // previous request had read ahead. Returns what makes the request impossible (an unknown topic,
    // a partition that does not exist, an offset outside every partition's range), or an empty string.
    QString start(const BrowseRequest &request, std::chrono::milliseconds timeout);
    // Hands over what arrives within `wait`, up to `maxMessages` and about `maxBytes` (keys, values and
    // headers; a message or so more); returns as soon as it has some and nothing more is queued.
    ReadResult read(int maxMessages, std::chrono::milliseconds wait,
                    qsizetype maxBytes = std::numeric_limits<qsizetype>::max());

    // What to tell about a partition, in words: why it stopped early or is stuck, else why
    // ReadCommitted shows no more of it although it holds more (an open transaction); empty when fine.
    static QString partitionNote(const PartitionProgress &progress);

    // The consumer properties that size the reader's fetches and queues, for a reference loop
    // that reads as the reader does.
    static QMap<QString, QString> fetchProperties();

    // How long a partition that is neither at its end nor done may stay silent before its progress
    // says so (the leader does not answer). Not an end: reading goes on.
    static constexpr std::chrono::seconds StallTimeout{10};

private:
    class Private;
    explicit MessageReader(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace partita
