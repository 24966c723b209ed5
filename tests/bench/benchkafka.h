#pragma once

// What the benchmarks on the fixture cluster share: sizes from the environment, librdkafka clients on
// the fixture cluster, topics filled (or reused) in bounded loops, and the process's peak memory.

#include "rdkafkaptr.h"

#include <QMap>
#include <QString>
#include <QTextStream>

#include <functional>
#include <optional>

namespace partita::bench {

// The benchmarks' report, on standard output.
QTextStream &out();

// A positive whole number from the environment variable `name`, else `fallback`.
qint64 envCount(const char *name, qint64 fallback);

// "met" or "MISSED", after a figure and its target.
QString verdict(bool met);

// Runs the event loop, never sleeping past an event (QTest::qWait sleeps up to 10 ms at a time), until
// `done` is true (true) or `timeoutMs` passed (false).
bool runUntil(const std::function<bool()> &done, int timeoutMs);
// Runs the event loop for `ms`.
void runFor(int ms);

// The process's peak resident set so far (VmHWM), in MiB; -1 when unknown.
qint64 peakRssMiB();

// A client of the fixture cluster with the extra `properties`; nullptr (said on out()) when it fails.
rdk::HandlePtr newClient(rd_kafka_type_t type, const QMap<QString, QString> &properties);

// What fillTopic() produces: message i goes to partition i % partitions, with the key "key-<i % 100,000>"
// (none when keyed is false) and a value of valueBytes bytes that starts with i in 12 digits.
struct FillSpec {
    int partitions = 6;
    int valueBytes = 190;
    bool keyed = true;
    // Producer properties beside the defaults (linger.ms 20, batch.size 1,000,000, acks 1).
    QMap<QString, QString> producer;
};

// Produces messages first..first+count-1 of `spec`, in a bounded loop; false (said on out()) when one
// fails.
bool fillTopic(const QString &topic, const FillSpec &spec, qint64 count, qint64 first = 0);

// The topic of about 200-byte messages the browsing benchmarks read (PARTITA_BENCH_MESSAGES of them,
// 2,000,000 by default): filled by the first of them that runs on a cluster, reused by the others.
inline const QString BrowseTopic = QStringLiteral("partita-bench-browse");
inline const FillSpec BrowseSpec{6, 190, true, {}};

// A topic of (at least) `count` messages of `spec`, one replica: `topic` itself when an earlier run left
// it with enough messages, else created or topped up. Its total message count, nullopt (said on out())
// when it cannot be had.
std::optional<qint64> reuseOrFillTopic(const QString &topic, const FillSpec &spec, qint64 count);

} // namespace partita::bench
