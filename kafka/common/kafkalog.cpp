#include "kafkalog.h"

namespace partita {

Q_LOGGING_CATEGORY(lcKafka, "partita.kafka", QtWarningMsg)

namespace {

void forwardLog(const rd_kafka_t *, int level, const char *facility, const char *message) {
    // syslog levels: 0-3 are errors, but each also arrives through the error callback as a message.
    if (level <= 4)
        qCInfo(lcKafka, "%s: %s", facility, message);
    else
        qCDebug(lcKafka, "%s: %s", facility, message);
}

} // namespace

void KafkaLog::install(rd_kafka_conf_t *conf) {
    rd_kafka_conf_set_log_cb(conf, &forwardLog);
}

} // namespace partita
