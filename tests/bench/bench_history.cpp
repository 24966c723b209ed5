// The lasting history (HistoryStore) under a synthetic week of 25,000 group-partitions: 500 groups of
// 50 partitions, a poll every 30 minutes for the week (the test run: every hour; all of it lands in the
// per-minute tier) and then an hour of polls every 5 s (the full-resolution tier). Reports what writing one
// poll costs, against keeping the same poll in the in-memory recent history (LagHistoryStore) in the same
// process; the file's size and the most it held, against its bound; and what charting one group costs over
// the week. Asserts no timings; exits non-zero only when the store outgrows its bound or loses the newest
// polls.
//
// PARTITA_BENCH_KEYS, PARTITA_BENCH_WEEK_INTERVAL_S, PARTITA_BENCH_HOUR_INTERVAL_S and
// PARTITA_BENCH_MAX_MB change the scale; the sanitized test run makes it small.

#include "historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace partita;

namespace {

constexpr int PartitionsPerGroup = 50;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Week = 7 * 24 * Hour;

int setting(const char *name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Each group reads its own topic, produced at its own rate; the group follows a little behind.
std::vector<LagReading> pollAt(qint64 timeMs, qint64 startMs, int keys) {
    std::vector<LagReading> readings;
    readings.reserve(size_t(keys));
    const qint64 seconds = (timeMs - startMs) / 1000;
    for (int k = 0; k < keys; ++k) {
        const int group = k / PartitionsPerGroup;
        const qint64 high = seconds * (1 + group % 7) + k;
        readings.push_back({{QStringLiteral("group-%1").arg(group), QStringLiteral("topic-%1").arg(group),
                             k % PartitionsPerGroup},
                            {timeMs, std::max<qint64>(0, high - 10 * (k % 13)), 0, high}});
    }
    return readings;
}

struct Phase {
    qint64 polls = 0;
    qint64 storeNs = 0;
    qint64 memoryNs = 0;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int keys = setting("PARTITA_BENCH_KEYS", 25000);
    const qint64 weekIntervalMs = setting("PARTITA_BENCH_WEEK_INTERVAL_S", 1800) * qint64{1000};
    const qint64 hourIntervalMs = setting("PARTITA_BENCH_HOUR_INTERVAL_S", 5) * qint64{1000};
    HistoryLimits limits;
    limits.maxBytes = setting("PARTITA_BENCH_MAX_MB", 512) * qint64{1024 * 1024};

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QString error;
    std::unique_ptr<HistoryStore> store = HistoryStore::open(path, limits, &error);
    if (!store) {
        out << error << '\n';
        return 1;
    }
    // The in-memory reference keeps what the verdicts need of the same polls.
    LagHistoryStore memory(180, 15 * Minute);

    const qint64 startMs = qint64{1'800'000'000'000};
    const qint64 endMs = startMs + Week;
    qint64 largest = 0;
    Phase week, hour;
    QElapsedTimer timer;
    for (qint64 t = startMs; t <= endMs; t += t < endMs - Hour ? weekIntervalMs : hourIntervalMs) {
        Phase &phase = t < endMs - Hour ? week : hour;
        const std::vector<LagReading> readings = pollAt(t, startMs, keys);
        timer.start();
        if (!store->recordLag(t, readings)) {
            out << store->lastError() << '\n';
            return 1;
        }
        store->compact(t);
        phase.storeNs += timer.nsecsElapsed();
        timer.start();
        memory.addPoll(t, readings);
        phase.memoryNs += timer.nsecsElapsed();
        ++phase.polls;
        largest = std::max(largest, store->sizeBytes());
    }

    timer.start();
    const auto weekChart = store->lagSamples(QStringLiteral("group-0"), startMs, endMs);
    const qint64 weekChartNs = timer.nsecsElapsed();
    timer.start();
    const auto hourChart = store->lagSamples(QStringLiteral("group-0"), endMs - Hour, endMs);
    const qint64 hourChartNs = timer.nsecsElapsed();
    size_t weekPoints = 0;
    for (const auto &line : weekChart)
        weekPoints += line.second.size();

    const auto perPollMs = [](const Phase &phase, qint64 ns) {
        return phase.polls ? ns / 1e6 / phase.polls : 0.0;
    };
    const double mib = 1024.0 * 1024.0;
    out << "History of " << keys << " group-partitions over a week: " << week.polls << " polls every "
        << weekIntervalMs / 1000 << " s, then " << hour.polls << " every " << hourIntervalMs / 1000 << " s\n";
    for (const auto &[name, phase] :
         {std::pair<const char *, const Phase &>{"week", week}, {"last hour", hour}}) {
        out << QStringLiteral("  %1: %2 ms per poll written, %3 ms kept in memory (%4x)\n")
                   .arg(QLatin1String(name))
                   .arg(perPollMs(phase, phase.storeNs), 0, 'f', 1)
                   .arg(perPollMs(phase, phase.memoryNs), 0, 'f', 2)
                   .arg(phase.memoryNs ? double(phase.storeNs) / phase.memoryNs : 0.0, 0, 'f', 0);
    }
    out << QStringLiteral("  size %1 MiB (file %2 MiB), at most %3 MiB, bound %4 MiB\n")
               .arg(store->sizeBytes() / mib, 0, 'f', 1)
               .arg(QFileInfo(path).size() / mib, 0, 'f', 1)
               .arg(largest / mib, 0, 'f', 1)
               .arg(limits.maxBytes / mib, 0, 'f', 0);
    out << QStringLiteral("  charting one group of %1 partitions: %2 points over the week in %3 ms, %4 over "
                          "the last hour in %5 ms\n")
               .arg(PartitionsPerGroup)
               .arg(weekPoints)
               .arg(weekChartNs / 1e6, 0, 'f', 1)
               .arg(hourChart.empty() ? 0 : hourChart.begin()->second.size() * hourChart.size())
               .arg(hourChartNs / 1e6, 0, 'f', 1);

    bool ok = true;
    if (store->sizeBytes() > limits.maxBytes) {
        out << "FAIL: the history outgrew its bound\n";
        ok = false;
    }
    if (hourChart.empty() || hourChart.begin()->second.back().timeMs != endMs) {
        out << "FAIL: the newest poll is missing\n";
        ok = false;
    }
    return ok ? 0 : 1;
}
