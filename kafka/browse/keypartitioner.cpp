#include "keypartitioner.h"

#include <librdkafka/rdkafka.h>

namespace partita {

int KeyPartitioning::partitionFor(QByteArrayView key, int partitionCount, KeyPartitioner partitioner) {
    // librdkafka's own partitioners, so the answer is the producer's by construction. Neither looks
    // at the topic or the opaques (only their *_random variants do, for keyless messages).
    const auto partition = partitioner == KeyPartitioner::Murmur2 ? rd_kafka_msg_partitioner_murmur2
                                                                  : rd_kafka_msg_partitioner_consistent;
    // An empty key is hashed like any other; only a null pointer would mean "no key".
    const char *bytes = key.isEmpty() ? "" : key.data();
    return partition(nullptr, bytes, size_t(key.size()), partitionCount, nullptr, nullptr);
}

QString KeyPartitioning::describe(KeyPartitioner partitioner) {
    switch (partitioner) {
    case KeyPartitioner::Murmur2:
        return tr("murmur2, the default of Java clients");
    case KeyPartitioner::Crc32:
        return tr("CRC32, the default of librdkafka clients (consistent_random)");
    }
    return QString();
}

} // namespace partita
