#include "partitionlag.h"

#include "displayformat.h"

#include <tuple>

namespace partita {

bool LagKey::operator==(const LagKey &other) const {
    return partition == other.partition && topic == other.topic && group == other.group;
}

bool LagKey::operator<(const LagKey &other) const {
    return std::tie(group, topic, partition) < std::tie(other.group, other.topic, other.partition);
}

PartitionLag PartitionLag::compute(qint64 committed, qint64 lowWatermark, qint64 highWatermark) {
    PartitionLag result;
    // A missing commit is a fact about the group and stays true whatever the watermark reads did.
    if (committed < 0) {
        result.kind = NoCommit;
        return result;
    }
    // Both watermarks come from one request, so one without the other means the read went wrong.
    if (lowWatermark < 0 || highWatermark < 0 || lowWatermark > highWatermark)
        return result;

    if (committed > highWatermark) {
        result.kind = Normal;
        result.lag = 0;
        result.clamped = true;
        return result;
    }
    result.lag = highWatermark - committed;
    if (committed < lowWatermark) {
        result.kind = Expired;
        result.lostMessages = lowWatermark - committed;
    } else {
        result.kind = Normal;
    }
    return result;
}

QString PartitionLag::displayText() const {
    switch (kind) {
    case Normal:
        return formatCount(lag);
    case NoCommit:
        return tr("no commit");
    case Expired:
        return tr("expired (%1 lost)").arg(formatCount(lostMessages));
    case Unknown:
        break;
    }
    return tr("unknown");
}

bool PartitionLag::operator==(const PartitionLag &other) const {
    return kind == other.kind && lag == other.lag && lostMessages == other.lostMessages &&
           clamped == other.clamped;
}

void LagTotals::add(const PartitionLag &partitionLag) {
    switch (partitionLag.kind) {
    case PartitionLag::Expired:
        ++expiredPartitions;
        lostMessages += partitionLag.lostMessages;
        [[fallthrough]];
    case PartitionLag::Normal:
        ++measuredPartitions;
        lag += partitionLag.lag;
        break;
    case PartitionLag::NoCommit:
        ++noCommitPartitions;
        break;
    case PartitionLag::Unknown:
        ++unknownPartitions;
        break;
    }
}

bool LagTotals::operator==(const LagTotals &other) const {
    return lag == other.lag && lostMessages == other.lostMessages &&
           measuredPartitions == other.measuredPartitions && expiredPartitions == other.expiredPartitions &&
           noCommitPartitions == other.noCommitPartitions && unknownPartitions == other.unknownPartitions;
}

} // namespace partita
