#pragma once

#include <QString>

namespace partita {

// The librdkafka version this process runs with, e.g. "2.0.2", for About boxes and bug reports.
QString librdkafkaVersion();

} // namespace partita
