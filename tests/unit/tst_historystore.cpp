#include "historystore.h"
#include "throughput.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace partita;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Start = qint64{1'800'000'000'000}; // a fixed time, on a minute boundary

std::unique_ptr<HistoryStore> openStore(const QString &path, const HistoryLimits &limits = {}) {
    QString error;
    std::unique_ptr<HistoryStore> store = HistoryStore::open(path, limits, &error);
    if (!store)
        qWarning() << error;
    return store;
}

// One poll of `partitions` partitions of group "billing" on topic "orders": the end at 10 per second,
// the group 100 behind.
std::vector<LagReading> pollAt(qint64 timeMs, int partitions = 2) {
    std::vector<LagReading> readings;
    for (int p = 0; p < partitions; ++p) {
        const qint64 high = (timeMs - Start) / 100 + p;
        readings.push_back(
            {{QStringLiteral("billing"), QStringLiteral("orders"), p}, {timeMs, high - 100, 0, high}});
    }
    return readings;
}

} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

private slots:
    void recordsAndReadsBackLag() {
        auto store = openStore(QString());
        QVERIFY(store);
        for (int i = 0; i < 5; ++i)
            QVERIFY(store->recordLag(Start + i * 5000, pollAt(Start + i * 5000)));
        const auto samples = store->lagSamples(QStringLiteral("billing"), Start, Start + Hour);
        QCOMPARE(samples.size(), size_t(2));
        const std::vector<LagSample> &first = samples.begin()->second;
        QCOMPARE(first.size(), size_t(5));
        QCOMPARE(first.back(), pollAt(Start + 4 * 5000).front().sample);
        QVERIFY(store->lagSamples(QStringLiteral("other"), Start, Start + Hour).empty());
        // The range bounds are honoured at both ends.
        QCOMPARE(
            store->lagSamples(QStringLiteral("billing"), Start + 5000, Start + 10000).begin()->second.size(),
            size_t(2));
    }

    void unknownOffsetsStayUnknown() {
        auto store = openStore(QString());
        QVERIFY(
            store->recordLag(Start, {{{QStringLiteral("g"), QStringLiteral("t"), 0}, {Start, -1, -1, 7}}}));
        const LagSample sample = store->lagSamples(QStringLiteral("g"), Start, Start).begin()->second.front();
        QCOMPARE(sample, (LagSample{Start, -1, -1, 7}));
    }

    void survivesReopening() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history/cluster.sqlite"));
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(store->recordLag(Start, pollAt(Start)));
            QVERIFY(store->recordEnds(Start, {{QStringLiteral("orders"), 0, 5, 42}}));
            QVERIFY(store->recordEvents({{Start, ClusterEvent::BrokerDown, QStringLiteral("3"), QString(), -1,
                                          QString(), QString()}}));
        }
        auto reopened = openStore(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->lagSamples(QStringLiteral("billing"), Start, Start).size(), size_t(2));
        const auto ends = reopened->endSamples(QStringLiteral("orders"), Start, Start);
        QCOMPARE(ends.at(0).front(), (LagSample{Start, -1, 5, 42}));
        const ClusterEvents events = reopened->events(Start, Start, 10);
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events.front().kind, ClusterEvent::BrokerDown);
        // New samples of a known series go on in the same series.
        QVERIFY(reopened->recordLag(Start + 5000, pollAt(Start + 5000)));
        QCOMPARE(reopened->lagSamples(QStringLiteral("billing"), Start, Start + 5000).begin()->second.size(),
                 size_t(2));
    }

    void downsamplesBeyondTheFullResolutionSpan() {
        auto store = openStore(QString());
        const qint64 end = Start + 2 * Hour;
        for (qint64 t = Start; t <= end; t += 5000) {
            QVERIFY(store->recordLag(t, pollAt(t, 1)));
            store->compact(t);
        }
        const std::vector<LagSample> samples =
            store->lagSamples(QStringLiteral("billing"), Start, end).begin()->second;
        std::vector<LagSample> older, recent;
        for (const LagSample &sample : samples)
            (sample.timeMs < end - Hour - Minute ? older : recent).push_back(sample);
        // The first hour is one point per minute, each the minute's last poll; the last hour every poll.
        QCOMPARE(older.size(), size_t(59));
        for (size_t i = 0; i < older.size(); ++i)
            QCOMPARE(older[i].timeMs, Start + qint64(i) * Minute + 55000);
        QVERIFY(recent.size() >= size_t(12 * 60));
        QCOMPARE(recent.back().timeMs, end);
        for (size_t i = 1; i < samples.size(); ++i)
            QVERIFY(samples[i - 1].timeMs < samples[i].timeMs);
    }

    void forgetsMinutesBeyondTheirRetention() {
        HistoryLimits limits;
        limits.fullResolutionMs = 10 * Minute;
        limits.minuteRetentionMs = Hour;
        auto store = openStore(QString(), limits);
        QVERIFY(store->recordEvents(
            {{Start, ClusterEvent::BrokerDown, QStringLiteral("1"), QString(), -1, QString(), QString()}}));
        for (qint64 t = Start; t <= Start + 3 * Hour; t += Minute) {
            QVERIFY(store->recordLag(t, pollAt(t, 1)));
            store->compact(t);
        }
        const std::vector<LagSample> samples =
            store->lagSamples(QStringLiteral("billing"), Start, Start + 3 * Hour).begin()->second;
        QVERIFY(samples.front().timeMs >= Start + 2 * Hour - Minute);
        QCOMPARE(samples.back().timeMs, Start + 3 * Hour);
        QVERIFY(store->events(Start, Start + 3 * Hour, 10).empty());
    }

    void staysWithinItsDiskBound() {
        HistoryLimits limits;
        limits.fullResolutionMs = 5 * Minute;
        limits.maxBytes = 2 * 1024 * 1024;
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("bounded.sqlite")), limits);
        qint64 t = Start;
        for (; t < Start + 4 * Hour; t += 30000) {
            QVERIFY(store->recordLag(t, pollAt(t, 200)));
            store->compact(t);
            QVERIFY2(store->sizeBytes() <= limits.maxBytes + 256 * 1024,
                     qPrintable(QString::number(store->sizeBytes())));
        }
        QVERIFY(store->sizeBytes() <= limits.maxBytes);
        // What is gone is the oldest; the newest polls are all there.
        const std::vector<LagSample> samples =
            store->lagSamples(QStringLiteral("billing"), Start, t).begin()->second;
        QVERIFY(samples.front().timeMs > Start);
        QCOMPARE(samples.back().timeMs, t - 30000);
    }

    // Two partitions at 10 and 5 messages a second, polled every 5 s; partition 1 then goes back (the
    // topic was created again) and the polls stop for ten minutes.
    void throughputFromTheStoredOffsets() {
        auto store = openStore(QString());
        for (int i = 0; i < 4; ++i) {
            const qint64 t = Start + i * 5000;
            QVERIFY(store->recordEnds(
                t, {{QStringLiteral("orders"), 0, 0, 50 * i}, {QStringLiteral("orders"), 1, 0, 25 * i}}));
        }
        QVERIFY(store->recordEnds(
            Start + 20000, {{QStringLiteral("orders"), 0, 0, 200}, {QStringLiteral("orders"), 1, 0, 3}}));
        QVERIFY(store->recordEnds(Start + 20000 + 10 * Minute, {{QStringLiteral("orders"), 0, 0, 300},
                                                                {QStringLiteral("orders"), 1, 0, 10}}));
        const std::vector<RatePoint> points =
            throughputOf(store->endSamples(QStringLiteral("orders"), Start, Start + Hour), 5 * Minute);
        QCOMPARE(points.size(), size_t(5));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(points[size_t(i)], (RatePoint{Start + (i + 1) * 5000, 15.0}));
        QCOMPARE(points[3], (RatePoint{Start + 20000, 10.0})); // partition 1 went back: only partition 0
        QCOMPARE(points[4].timeMs, Start + 20000 + 10 * Minute);
        QVERIFY(std::isnan(points[4].perSecond)); // a gap, not a rate averaged over the outage
        QVERIFY(store->endSamples(QStringLiteral("other"), Start, Start + Hour).empty());
    }

    void eventsKeepTheirFieldsAndTheNewestWithinALimit() {
        auto store = openStore(QString());
        ClusterEvents written;
        for (int i = 0; i < 5; ++i)
            written.push_back({Start + i, ClusterEvent::LeaderMoved, QStringLiteral("orders"), QString(), i,
                               QString::number(i), QString::number(i + 1)});
        QVERIFY(store->recordEvents(written));
        QCOMPARE(store->events(Start, Start + 10, 10), written);
        const ClusterEvents newest = store->events(Start, Start + 10, 2);
        QCOMPARE(newest, ClusterEvents(written.end() - 2, written.end()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
