#pragma once

#include <librdkafka/rdkafka.h>

#include <QLoggingCategory>

namespace partita {

Q_DECLARE_LOGGING_CATEGORY(lcKafka)

// Routes librdkafka's log lines to the "partita.kafka" category instead of stderr: failures reach
// users as specific messages, and QT_LOGGING_RULES="partita.kafka.debug=true" shows the raw log.
class KafkaLog {
public:
    static void install(rd_kafka_conf_t *conf);
};

} // namespace partita
