#pragma once

#include "rdkafkaptr.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace partita {

struct ConnectionSettings;

// Turns ConnectionSettings into a librdkafka configuration, naming the property librdkafka rejects.
class KafkaConfig {
    Q_DECLARE_TR_FUNCTIONS(KafkaConfig)

public:
    // Returns nullptr and sets *error when a property is unknown or has an invalid value.
    static rdk::ConfPtr build(const ConnectionSettings &settings, QString *error);
    // Creates a handle that logs to Partita's log category; takes the configuration over on success.
    static rdk::HandlePtr createHandle(rd_kafka_type_t type, rdk::ConfPtr conf, QString *error);
    // build() with `properties` applied on top, then createHandle().
    static rdk::HandlePtr createClient(rd_kafka_type_t type, const ConnectionSettings &settings,
                                       const QMap<QString, QString> &properties, QString *error);
    // Applies properties in order; stops at the first rejected one.
    static bool apply(rd_kafka_conf_t *conf, const QMap<QString, QString> &properties, QString *error);
};

} // namespace partita
