#pragma once

#include "messagebatch.h"

#include <QByteArray>

namespace partita::messageformat {

// Kafka's names of the timestamp types, as its tools print them.
QString timestampTypeName(TimestampType type);

// One message as a line of JSON Lines: topic, partition, offset, timestamp, timestamp_type, key,
// value and headers (a list of {key, value}); bytes that are not valid UTF-8 are given in base64 and
// marked by key_encoding / value_encoding (a header's by its own value_encoding); null stays null.
// Ends with a newline. The format of `partita-cli consume` and of the browser's export.
QByteArray jsonLine(const MessageBatch &batch, int index);

// The same fields as CSV (RFC 4180), headers as one JSON array cell; csvHeader() names the columns.
QByteArray csvHeader();
QByteArray csvRow(const MessageBatch &batch, int index);

} // namespace partita::messageformat
