#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace partita {

// How a producer chose the partition of a message with a key: the partition a key lands in depends
// on the producer's partitioner and on the topic's partition count when it was produced.
enum class KeyPartitioner {
    Murmur2, // Java clients' default (and librdkafka's "murmur2" and "murmur2_random")
    Crc32,   // librdkafka's default, "consistent_random" (and "consistent")
};

struct KeyPartitioning {
    Q_DECLARE_TR_FUNCTIONS(KeyPartitioning)

public:
    // The partition of 0..partitionCount-1 that `partitioner` gives `key`.
    static int partitionFor(QByteArrayView key, int partitionCount, KeyPartitioner partitioner);
    // Names the partitioner and the clients that use it by default, for saying which was assumed.
    static QString describe(KeyPartitioner partitioner);
};

} // namespace partita
