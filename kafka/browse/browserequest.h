#pragma once

#include <QList>
#include <QString>

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

struct BrowseRequest {
    QString topic;
    QList<int> partitions; // empty: all of the topic's partitions
    StartPosition start;
    StopCondition stop;
    IsolationLevel isolation = IsolationLevel::ReadCommitted;
};

} // namespace partita
