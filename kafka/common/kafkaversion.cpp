#include "kafkaversion.h"

#include <librdkafka/rdkafka.h>

namespace partita {

QString librdkafkaVersion() {
    return QString::fromUtf8(rd_kafka_version_str());
}

} // namespace partita
