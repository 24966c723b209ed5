#include "configdocs.h"

#include <QCoreApplication>

namespace partita {

namespace {

struct ConfigNote {
    const char *key;
    const char *text;
};

// Kafka's own descriptions, shortened.
const ConfigNote Notes[] = {
    {"cleanup.policy",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "delete: old segments are removed by time or size. compact: only the newest record of each "
         "key is kept. Both may be given.")},
    {"retention.ms",
     QT_TRANSLATE_NOOP("ConfigDocumentation",
                       "How long a segment is kept before it is deleted, in milliseconds; -1 keeps "
                       "it for ever.")},
    {"retention.bytes",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "The size a partition may grow to before its oldest segments are deleted; -1 for no limit.")},
    {"min.insync.replicas",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "How many replicas must have a write before a producer with acks=all hears it succeeded; "
         "with fewer in sync such writes fail.")},
    {"segment.bytes",
     QT_TRANSLATE_NOOP("ConfigDocumentation",
                       "The size of a log segment file; retention and compaction work on whole "
                       "segments.")},
    {"segment.ms",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "After this time a segment is rolled even when not full, so that retention or compaction can "
         "act on it.")},
    {"max.message.bytes",
     QT_TRANSLATE_NOOP("ConfigDocumentation",
                       "The largest record batch the topic accepts, after compression.")},
    {"compression.type",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "How the broker stores batches: producer keeps what the producer sent; gzip, snappy, lz4 or "
         "zstd recompresses; uncompressed stores them plain.")},
    {"message.timestamp.type",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "CreateTime keeps the producer's timestamp; LogAppendTime stamps each record as the broker "
         "appends it.")},
    {"delete.retention.ms",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "How long tombstones (records with a null value) of a compacted topic are kept, so that "
         "consumers see the deletion.")},
    {"min.compaction.lag.ms",
     QT_TRANSLATE_NOOP("ConfigDocumentation", "A record stays uncompacted for at least this long.")},
    {"min.cleanable.dirty.ratio",
     QT_TRANSLATE_NOOP("ConfigDocumentation",
                       "The share of a log not yet compacted above which the cleaner compacts it.")},
    {"unclean.leader.election.enable",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "Lets a replica that is not in sync become leader when no in-sync one is left: the partition "
         "comes back sooner, but records can be lost.")},
    {"local.retention.ms",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "With tiered storage: how long segments stay on the broker's disk before only the remote "
         "copy is left.")},
    {"flush.messages",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "Forces an fsync after this many records; Kafka relies on replication instead by default.")},
    {"num.partitions",
     QT_TRANSLATE_NOOP("ConfigDocumentation", "How many partitions an automatically created topic gets.")},
    {"default.replication.factor",
     QT_TRANSLATE_NOOP("ConfigDocumentation", "The replication factor of automatically created topics.")},
    {"auto.create.topics.enable",
     QT_TRANSLATE_NOOP("ConfigDocumentation",
                       "Whether a producer or consumer asking for an unknown topic creates it.")},
    {"log.retention.hours",
     QT_TRANSLATE_NOOP("ConfigDocumentation", "The brokers' default retention.ms, in hours.")},
    {"log.dirs", QT_TRANSLATE_NOOP("ConfigDocumentation", "Where the broker keeps its partitions on disk.")},
    {"listeners", QT_TRANSLATE_NOOP("ConfigDocumentation",
                                    "The addresses the broker accepts connections on, by listener name.")},
    {"advertised.listeners",
     QT_TRANSLATE_NOOP(
         "ConfigDocumentation",
         "The addresses the broker tells clients to connect to; wrong ones are the usual cause of "
         "clients that reach the bootstrap server but nothing else.")},
    {"broker.rack",
     QT_TRANSLATE_NOOP("ConfigDocumentation", "The broker's rack, which replica placement spreads across.")},
};

} // namespace

QString configDocumentation(const QString &key) {
    for (const ConfigNote &note : Notes) {
        if (key == QLatin1String(note.key))
            return QCoreApplication::translate("ConfigDocumentation", note.text);
    }
    return {};
}

QStringList commonTopicConfigKeys() {
    return {QStringLiteral("cleanup.policy"),         QStringLiteral("retention.ms"),
            QStringLiteral("retention.bytes"),        QStringLiteral("min.insync.replicas"),
            QStringLiteral("max.message.bytes"),      QStringLiteral("compression.type"),
            QStringLiteral("segment.bytes"),          QStringLiteral("segment.ms"),
            QStringLiteral("message.timestamp.type"), QStringLiteral("delete.retention.ms"),
            QStringLiteral("min.compaction.lag.ms")};
}

} // namespace partita
