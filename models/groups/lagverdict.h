#pragma once

#include "laghistory.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace partita {

// What LagVerdict looks at. The window ends at the newest sample and includes both ends.
struct LagVerdictSettings {
    qint64 windowMs = qint64{5} * 60 * 1000;
    // Fewer usable samples in the window give Unknown. About windowMs / poll interval judges only full
    // windows; the default judges as soon as a trend can be seen at all.
    int minSamples = 3;
    // A lag this small counts as caught up: a read_committed group that has read everything can stay
    // one offset per commit or abort marker below the end, and without the last stable offset a marker
    // cannot be told from a message. It also means a stopped group with only this many messages left
    // on an idle topic is not reported.
    qint64 markerSlack = 2;
    // The lag's growth over the window must exceed this many times its noise to start a warning.
    double noiseFactor = 2.0;
};

struct PartitionVerdict;

// Health of a consumer group on one partition, or on all of its partitions, judged by scenario over
// the poll samples of a sliding window, with the reason in words and numbers.
//
// The rules, checked in this order on the newest sample and the usable samples of the window (those
// with a commit and known watermarks):
//  1. Unknown: no samples, or the newest has no commit or unknown watermarks.
//  2. OK: the newest lag is at most markerSlack (0 included, and a clamped negative lag), with or
//     without members: nothing worth reading is waiting.
//  3. Unknown: fewer than minSamples usable samples in the window ("not enough history yet"), so a
//     first poll that lags is never OK.
//  4. REWIND: the committed offset went down between two samples in the window. When the group has
//     no members it reads as an offset reset, which Kafka allows only on an empty group.
//  5. STOP: the group has no members (memberCount 0), so nobody reads the lag; the reason says
//     whether the lag is rising.
//  6. The committed offset did not change across the window: STALL when the end advanced, so
//     messages keep arriving that the group's members do not read; STOP when the end did not advance
//     either, so nobody reads the messages waiting.
//  7. WARN when the lag is rising. The lag is fitted by least squares against time; its growth is the
//     slope times the window's span and its noise the root mean square of the residuals. Rising needs
//     all of: growth above markerSlack, growth above noiseFactor times the noise, and the lowest lag
//     of the window's newer half above the lowest of its older half (a burst still being read at the
//     end of the window does not raise the floor). Hysteresis: a partition that was WARN at the
//     previous poll stays WARN while the fitted growth is above 0, so noise cannot flip it back.
//  8. OK otherwise: the group reads about as fast as messages arrive, even when the lag is briefly
//     high.
//
// Where this departs from Burrow: Burrow calls a group OK when its lag was 0 anywhere in the window,
// which hid a group without members whose lag had been rising since; here only the newest lag counts
// (rule 2) and a group without members is STOP. Burrow warns only when every lag is at least the
// previous one, so one small dip reset it and verdicts flapped; the fitted trend and the hysteresis
// replace that. We see only the committed offset at each poll, not every commit, so "stopped" versus
// "stalled" is told apart by the members and the partition end instead of by commit times.
struct LagVerdict {
    Q_DECLARE_TR_FUNCTIONS(LagVerdict)

public:
    // Kept in this order for sorting tables. STALL ranks above STOP because its lag grows; REWIND is
    // usually a deliberate reset.
    enum Status { Unknown, Ok, Warn, Rewind, Stop, Stall };

    // What the caller knows besides the history.
    struct Context {
        // The group's members now; -1 when they do not tell whether anybody reads it (a group that
        // could not be described, a simple group whose consumers commit without joining).
        int memberCount;
        Status previous; // this partition's verdict at the previous poll, for the hysteresis of WARN
    };

    Status status = Unknown;
    QString reason; // in words, e.g. "lag up about 360 over 3 min, now 480: ..."

    static LagVerdict evaluate(const LagHistory &history, const Context &context,
                               const LagVerdictSettings &settings = {});
    // The worst partition verdict, its reason prefixed with the partition ("orders-3: ..."). Worst by
    // status, where an Unknown that lags (too little history yet) ranks above OK, so a group does not
    // read OK before its lagging partitions can be judged, and an Unknown without a lag (no commit,
    // unknown watermarks) below OK; both rank below WARN and worse, which they must not hide. Ties go
    // to the larger lag, so a group that lags is never described as caught up, then to the first listed.
    static LagVerdict worstOf(const std::vector<PartitionVerdict> &partitions);
    // "OK", "WARN", "REWIND", "STOP", "STALL" or "UNKNOWN", as Burrow names them.
    static QString statusName(Status status);

    bool operator==(const LagVerdict &other) const;
    bool operator!=(const LagVerdict &other) const { return !(*this == other); }
};

// One partition's verdict with its newest lag (-1 when unknown), as LagVerdict::worstOf() ranks them.
struct PartitionVerdict {
    LagKey key;
    qint64 lag = -1;
    LagVerdict verdict;
};

} // namespace partita
