#pragma once

#include <QCoreApplication>
#include <QString>

namespace partita {

// Names one consumer group's position on one partition; orders lag rows by group, topic, partition.
struct LagKey {
    QString group;
    QString topic;
    int partition = -1;

    bool operator==(const LagKey &other) const;
    bool operator!=(const LagKey &other) const { return !(*this == other); }
    bool operator<(const LagKey &other) const;
};

// A group's lag on one partition, classified so a view never shows a misleading number.
//
// Offsets of -1 mean "not known": no committed offset, or watermarks the poll could not read.
// Transactional topics: a read_committed group that has read everything can sit one offset (or a few,
// one per commit/abort marker) below the high watermark, because markers occupy offsets but are never
// delivered. Without the last stable offset we cannot tell a marker from a message, so such a lag is
// reported as it is; LagVerdict is what keeps it from raising an alarm.
struct PartitionLag {
    Q_DECLARE_TR_FUNCTIONS(PartitionLag)

public:
    enum Kind {
        Normal,   // lag = high - committed
        NoCommit, // the group never committed this partition: neither 0 nor the whole log is honest
        Expired,  // committed < low: retention deleted messages the group had not consumed yet
        Unknown,  // a watermark is unknown (or low > high), so nothing can be said
    };

    Kind kind = Unknown;
    // Messages between the committed offset and the end, for Normal and Expired; -1 otherwise.
    // For Expired it still counts from the committed offset, so it includes the lost messages: that is
    // how far the group's position is from the end, and it keeps totals comparable with Kafka's tools.
    qint64 lag = -1;
    qint64 lostMessages = 0; // Expired only: low - committed, deleted before the group read them
    // The committed offset was read after the high watermark (the two reads race), which would give a
    // negative lag. The lag is shown as 0: the group is caught up, not in trouble.
    bool clamped = false;

    static PartitionLag compute(qint64 committed, qint64 lowWatermark, qint64 highWatermark);

    bool hasLag() const { return lag >= 0; }
    // "1,234", "no commit", "expired (512 lost)" or "unknown".
    QString displayText() const;

    bool operator==(const PartitionLag &other) const;
    bool operator!=(const PartitionLag &other) const { return !(*this == other); }
};

// Lag summed over the partitions of a topic or a group. Only Normal and Expired partitions add to the
// sums; the others are counted, so a view can say "2 partitions without a commit" instead of adding 0.
struct LagTotals {
    qint64 lag = 0;
    qint64 lostMessages = 0;
    int measuredPartitions = 0; // Normal and Expired
    int expiredPartitions = 0;
    int noCommitPartitions = 0;
    int unknownPartitions = 0;

    void add(const PartitionLag &partitionLag);

    bool operator==(const LagTotals &other) const;
    bool operator!=(const LagTotals &other) const { return !(*this == other); }
};

} // namespace partita
