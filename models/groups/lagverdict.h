#pragma once

#include "laghistory.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
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
};

// Health of a consumer group on one partition, or on all of its partitions, judged by LinkedIn
// Burrow's sliding-window rules adapted to what a poll can see. Burrow learns of every commit with its
// time; we only see the committed offset each poll, so a commit of an unchanged offset is invisible
// and "stopped" versus "stalled" is told apart by the partition end instead of by commit times.
//
// The rules, checked in this order on the newest sample and the usable samples of the window (those
// with a commit and known watermarks):
//  1. Unknown: no samples, or the newest has no commit or unknown watermarks.
//  2. OK: the newest lag is at most markerSlack (0 included, and a clamped negative lag).
//  3. Unknown: fewer than minSamples usable samples in the window.
//  4. OK: some lag in the window is at most markerSlack (Burrow: a group that reached the end within
//     the window is keeping up; widened from 0 for transaction markers).
//  5. REWIND: the committed offset went down between two samples anywhere in the window.
//  6. The committed offset did not change across the window (every lag being above markerSlack):
//     STALL when the end advanced, so messages keep arriving that the group does not read;
//     STOP when the end did not advance either, so the group is not reading the messages waiting.
//  7. WARN: the committed offset moved, every lag is at least the previous one, and the newest lag is
//     above the oldest: the group commits but falls further behind.
//  8. OK otherwise. A constant lag counts as OK, so a group that keeps pace one marker behind on a
//     transactional topic is never flagged.
struct LagVerdict {
    Q_DECLARE_TR_FUNCTIONS(LagVerdict)

public:
    // In order of severity, so statuses compare with < and a group takes its worst partition's.
    // Unknown ranks lowest: a partition we cannot judge must not hide, or stand in for, one we can.
    // STALL ranks above STOP because its lag grows; REWIND is usually a deliberate reset.
    enum Status { Unknown, Ok, Warn, Rewind, Stop, Stall };

    Status status = Unknown;
    QString reason; // in words, e.g. "lag rose from 120 to 480 over 5 min while the group committed"

    static LagVerdict evaluate(const LagHistory &history, const LagVerdictSettings &settings = {});
    // The worst partition verdict, its reason prefixed with the partition ("orders-3: ..."). Ties go to
    // the first partition listed.
    static LagVerdict worstOf(const std::vector<std::pair<LagKey, LagVerdict>> &partitions);
    // "OK", "WARN", "REWIND", "STOP", "STALL" or "UNKNOWN", as Burrow names them.
    static QString statusName(Status status);

    bool operator==(const LagVerdict &other) const;
    bool operator!=(const LagVerdict &other) const { return !(*this == other); }
};

} // namespace partita
