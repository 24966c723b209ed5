#pragma once

#include <QStringList>

namespace partita {

// What a common topic or broker configuration key does, in a sentence or two, for the configuration
// tables' tool tips; empty for keys without a note. Kafka's DescribeConfigs carries no documentation
// before protocol version 3, which librdkafka 2.0.2 does not speak.
QString configDocumentation(const QString &key);

// Topic-level keys most often set when creating a topic, for a chooser.
QStringList commonTopicConfigKeys();

} // namespace partita
