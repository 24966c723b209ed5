#pragma once

#include "consumergroups.h"
#include "laghistory.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace partita {

// Turns a lag in messages into a lag in time: how long ago the partition's end (high watermark) was
// where the group's committed offset is now. Unlike a message count, this reads the same on a quiet
// topic and a busy one.
//
// The time is read off the history of high watermarks, interpolating linearly between the two samples
// that bracket the committed offset. When the end sat at the committed offset for several samples (an
// idle stretch), the end of that stretch counts: the first message the group has not read was written
// after it, so the time spent idle is not time the group is behind.
//
// When the committed offset is older than the whole history, the estimate extrapolates backwards from
// the average production rate, but only when messages were produced and only as far back as
// maxExtrapolation times the history's span. Otherwise it answers with what is certain instead of
// inventing a number: the end was already past the committed offset when the history began, so the
// group is at least the history's span behind. It never divides by zero: a flat history gives no rate
// and so no extrapolation.
//
// Where the poll read the oldest record the group has not read (OldestUnread), the time lag is exact
// instead: the poll's time minus that record's timestamp, which its producer set (CreateTime, the
// default) or the broker when it appended the record (LogAppendTime, a topic setting).
struct TimeLag {
    qint64 ms = 0;
    bool atLeast = false; // a lower bound: the group may be further behind
    bool exact = false;   // from the oldest unread record's timestamp, not estimated from the history
    // Where that timestamp comes from; NotAvailable when estimated or caught up.
    TimestampType timestampType = TimestampType::NotAvailable;

    bool operator==(const TimeLag &other) const {
        return ms == other.ms && atLeast == other.atLeast && exact == other.exact &&
               timestampType == other.timestampType;
    }
    bool operator!=(const TimeLag &other) const { return !(*this == other); }
};

class TimeLagEstimator {
    Q_DECLARE_TR_FUNCTIONS(TimeLagEstimator)

public:
    explicit TimeLagEstimator(double maxExtrapolation = 1.0);

    // How far behind the group is as of the last sample; 0 when caught up; empty when the history cannot
    // tell, including when the last sample has no commit or unknown watermarks.
    std::optional<TimeLag> behind(const LagHistory &history) const;
    // The exact time lag as of the history's last sample where `oldest` was read, or the group has
    // nothing to read; else the estimate above.
    std::optional<TimeLag> behind(const LagHistory &history, const OldestUnread &oldest) const;

private:
    double m_maxExtrapolation;
};

// A duration for people, rounded to seconds: "45 s", "5 min", "2 min 30 s", "1 h 5 min".
QString formatDuration(qint64 ms);

} // namespace partita
