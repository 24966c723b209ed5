#pragma once

#include "keypartitioner.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace partita {

// Where reading starts in each chosen partition.
struct StartPosition {
    enum class Kind {
        Beginning,
        End,       // only what arrives from now on (live tail)
        Offset,    // `value` is the offset
        Timestamp, // `value` is ms since the epoch: the first message at or after it
        LastN,     // the last `value` messages of each partition
    };
    Kind kind = Kind::Beginning;
    qint64 value = 0;
};

// When reading ends: at the first of `kind` and `maxMessages` that is reached.
struct StopCondition {
    enum class Kind {
        Never,      // keep tailing
        EndAtStart, // the end each partition had when reading started
        Timestamp,  // in each partition at its first message after `value` (ms since the epoch)
    };
    Kind kind = Kind::EndAtStart;
    qint64 value = 0;
    qint64 maxMessages = -1; // in all partitions; -1: no limit
};

// librdkafka's default is ReadCommitted, which stops at a partition's last stable offset while a
// transaction is open there; ReadUncommitted also shows messages of open and aborted transactions.
enum class IsolationLevel { ReadCommitted, ReadUncommitted };

// Messages with one key: they are all in the partition the producer's partitioner gave that key.
struct KeySearch {
    QByteArray key;
    KeyPartitioner partitioner = KeyPartitioner::Murmur2;
};

struct BrowseRequest {
    QString topic;
    QList<int> partitions; // empty: all of the topic's partitions; ignored by a key search
    // Set: reads only the partition the key maps to and hands over only messages with that key
    // (maxMessages counts those).
    std::optional<KeySearch> keySearch;
    StartPosition start;
    StopCondition stop;
    IsolationLevel isolation = IsolationLevel::ReadCommitted;
};

} // namespace partita
