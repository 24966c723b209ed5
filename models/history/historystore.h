#pragma once

#include "clusterevent.h"
#include "laghistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace partita {

// What one poll read of a partition's offsets, for throughput over the stored history.
struct EndReading {
    QString topic;
    int partition = -1;
    qint64 low = -1;
    qint64 high = -1;
};

// How much of the history is kept. The defaults keep a week at one point per minute for about 2,000
// group-partitions within 512 MiB; beyond that the disk bound wins and the oldest minutes go first.
struct HistoryLimits {
    qint64 fullResolutionMs = qint64{60} * 60 * 1000;           // every poll, for the last hour
    qint64 minuteRetentionMs = qint64{8} * 24 * 60 * 60 * 1000; // then the last poll of each minute
    qint64 maxBytes = qint64{512} * 1024 * 1024;
};

// The lasting history of one cluster: lag samples of every group and partition, the partitions' offsets
// (throughput) and the event timeline, in an SQLite file through Qt SQL, so that they survive outages,
// reconnects and restarts. Recent polls are kept at full resolution and older ones per minute; the
// oldest data goes first when the file would outgrow its bound.
//
// A Qt SQL connection belongs to the thread that opened it: create, use and destroy a store on one
// thread.
class HistoryStore {
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    // Opens or creates the file at `path`; an empty path keeps the history in memory only (the demo
    // cluster, tests). nullptr with *error set when the file cannot be used.
    static std::unique_ptr<HistoryStore> open(const QString &path, const HistoryLimits &limits,
                                              QString *error);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Each records one poll. Samples are written a minute at a time (and when the store is destroyed),
    // but read back at once. False, with lastError(), when a write failed.
    bool recordLag(qint64 timeMs, const std::vector<LagReading> &readings);
    bool recordEnds(qint64 timeMs, const std::vector<EndReading> &ends);
    bool recordEvents(const ClusterEvents &events);
    // Downsamples what left the full-resolution span, drops what outlived the minute span and keeps
    // the file within its bound. Cheap when called often: it works at most every ten minutes of the
    // polls' time.
    void compact(qint64 nowMs);

    // The samples in [fromMs, toMs], oldest first, both resolutions merged.
    std::map<LagKey, std::vector<LagSample>> lagSamples(const QString &group, qint64 fromMs,
                                                        qint64 toMs) const;
    // Per partition of `topic`, its offsets in [fromMs, toMs] (committed is -1), oldest first.
    std::map<int, std::vector<LagSample>> endSamples(const QString &topic, qint64 fromMs, qint64 toMs) const;
    // The newest `limit` events in [fromMs, toMs], oldest first.
    ClusterEvents events(qint64 fromMs, qint64 toMs, int limit) const;

    // Bytes the data takes in the file, free pages excluded.
    qint64 sizeBytes() const;
    QString lastError() const { return m_lastError; }

private:
    struct Statements;
    enum class SeriesKind { Lag = 0, Ends = 1 };
    // A sample recorded but not yet written; key.group is empty for a partition's offsets.
    struct PendingSample {
        SeriesKind kind;
        LagKey key;
        LagSample sample;
    };

    HistoryStore(const QString &connection, const HistoryLimits &limits);
    bool createSchema();
    qint64 seriesId(SeriesKind kind, const QString &group, const QString &topic, int partition);
    bool flushIfDue(qint64 timeMs);
    // Writes the pending samples, then keeps the file within its bound.
    bool flush();
    // Runs `write` in one transaction; false when it or the commit failed.
    template <typename Write> bool inTransaction(const QString &what, Write write);
    bool insertSample(qint64 series, qint64 timeMs, qint64 committed, qint64 low, qint64 high);
    // By topic and partition; `topic` empty for all of the group's.
    std::map<std::pair<QString, int>, std::vector<LagSample>>
    samplesOf(SeriesKind kind, const QString &group, const QString &topic, qint64 fromMs, qint64 toMs) const;
    bool fail(const QString &what, const QString &detail);
    // Runs `sql` with (series id, bound) once for every series; false when any run fails.
    bool perSeries(const QString &sql, qint64 bound);
    void enforceBound();

    QString m_connection;
    HistoryLimits m_limits;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, qint64> m_seriesIds;   // by kind, group, topic and partition joined
    std::vector<PendingSample> m_pending; // oldest first
    qint64 m_pendingSinceMs = -1;
    qint64 m_lastCompaction = -1; // the ten-minute period of the last compaction
    QString m_lastError;
};

} // namespace partita
