#include "lagverdict.h"

#include <QLocale>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <random>

using namespace partita;

Q_DECLARE_METATYPE(LagVerdict::Status)

namespace {

// "60:100/500" is a sample at 60 s with committed offset 100, low watermark 0 and high watermark 500.
// "-" for the committed offset means no commit; "?" for the high watermark means unknown watermarks.
LagSample parseSample(const QString &token) {
    const QStringList timeAndRest = token.split(QLatin1Char(':'));
    const QStringList offsets = timeAndRest.at(1).split(QLatin1Char('/'));
    const bool watermarksKnown = offsets.at(1) != QLatin1String("?");
    return {timeAndRest.at(0).toLongLong() * 1000,
            offsets.at(0) == QLatin1String("-") ? -1 : offsets.at(0).toLongLong(), watermarksKnown ? 0 : -1,
            watermarksKnown ? offsets.at(1).toLongLong() : -1};
}

LagHistory parseHistory(const QString &text) {
    LagHistory history;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        history.append(parseSample(token));
    return history;
}

LagVerdict verdict(LagVerdict::Status status, const QString &reason) {
    return {status, reason};
}

} // namespace

namespace QTest {
template <> char *toString(const LagVerdict &verdict) {
    return qstrdup(QStringLiteral("%1 \"%2\"")
                       .arg(LagVerdict::statusName(verdict.status), verdict.reason)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestLagVerdict : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void partition_data();
    void partition();
    void slidingOverAStall();
    void slowerConsumerNeverFlaps();
    void burstsNeverWarn();
    void group_data();
    void group();
    void statusNames();
};

namespace {

// Judges every poll as the app does, each verdict being the previous one of the next poll; without
// `hysteresis` every poll is judged as if the previous verdict were OK.
QStringList judgePollByPoll(const std::vector<LagSample> &polls, int memberCount, bool hysteresis = true) {
    LagHistory history;
    QStringList statuses;
    LagVerdict::Status previous = LagVerdict::Ok;
    for (const LagSample &poll : polls) {
        history.append(poll);
        const LagVerdict::Status status = LagVerdict::evaluate(history, {memberCount, previous}).status;
        previous = hysteresis ? status : LagVerdict::Ok;
        statuses.append(LagVerdict::statusName(status));
    }
    return statuses;
}

} // namespace

void TestLagVerdict::initTestCase() {
    // Fixes the thousands separator the expected texts use.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLagVerdict::partition_data() {
    QTest::addColumn<QString>("history");
    QTest::addColumn<int>("members");
    QTest::addColumn<LagVerdict::Status>("previous");
    QTest::addColumn<int>("minSamples");
    QTest::addColumn<qint64>("markerSlack");
    QTest::addColumn<LagVerdict::Status>("status");
    QTest::addColumn<QString>("reason");

    // Every row judges a 5 minute window; most use 3 samples at least and a marker slack of 2, a group
    // with 2 members and an OK verdict at the previous poll. -1 members: a group nobody could describe.
    const auto unknown = LagVerdict::Unknown;
    const auto ok = LagVerdict::Ok;
    const auto warn = LagVerdict::Warn;
    const auto rewind = LagVerdict::Rewind;
    const auto stop = LagVerdict::Stop;
    const auto stall = LagVerdict::Stall;

    // Missing data, and too little history: never OK while the lag is above the slack.
    QTest::newRow("empty") << "" << 2 << ok << 3 << 2LL << unknown << "no samples yet";
    QTest::newRow("single sample, behind")
        << "0:100/500" << 2 << ok << 3 << 2LL << unknown << "not enough history yet (1 of 3 samples)";
    QTest::newRow("first poll of a group it cannot describe, lag 200")
        << "0:100/300" << -1 << unknown << 3 << 2LL << unknown << "not enough history yet (1 of 3 samples)";
    QTest::newRow("first poll without members, lag 200")
        << "0:100/300" << 0 << unknown << 3 << 2LL << unknown << "not enough history yet (1 of 3 samples)";
    QTest::newRow("two samples") << "0:100/500 60:200/600" << 2 << ok << 3 << 2LL << unknown
                                 << "not enough history yet (2 of 3 samples)";
    QTest::newRow("more samples asked for") << "0:100/500 60:200/600 120:300/700 180:400/800" << 2 << ok << 5
                                            << 2LL << unknown << "not enough history yet (4 of 5 samples)";
    QTest::newRow("unusable samples do not count")
        << "0:1024/1100 60:1024/? 120:1024/1300" << 2 << ok << 3 << 2LL << unknown
        << "not enough history yet (2 of 3 samples)";
    QTest::newRow("no commit") << "0:100/500 60:200/600 120:-/700" << 2 << ok << 3 << 2LL << unknown
                               << "the group has not committed an offset";
    QTest::newRow("watermarks unknown") << "0:100/500 60:200/600 120:300/?" << 2 << ok << 3 << 2LL << unknown
                                        << "the partition's watermarks are unknown";

    // Caught up, or as good as: at once, with or without members.
    QTest::newRow("single sample, caught up") << "0:500/500" << 2 << unknown << 3 << 2LL << ok << "caught up";
    QTest::newRow("caught up after a stall")
        << "0:100/500 60:100/600 120:100/700 180:700/700" << 2 << ok << 3 << 2LL << ok << "caught up";
    QTest::newRow("caught up after a warning")
        << "0:100/500 60:150/600 120:200/700 180:700/700" << 2 << warn << 3 << 2LL << ok << "caught up";
    QTest::newRow("negative lag clamped")
        << "0:100/500 60:200/600 120:710/700" << 2 << ok << 3 << 2LL << ok << "caught up";
    QTest::newRow("idle topic, caught up")
        << "0:700/700 60:700/700 120:700/700 180:700/700" << 2 << ok << 3 << 2LL << ok << "caught up";
    QTest::newRow("idle topic, caught up, no members")
        << "0:700/700 60:700/700 120:700/700 180:700/700" << 0 << ok << 3 << 2LL << ok << "caught up";
    QTest::newRow("idle at a transaction marker")
        << "0:699/700 60:699/700 120:699/700 180:699/700" << 2 << ok << 3 << 2LL << ok
        << "lag 1 may be only transaction markers";
    QTest::newRow("markers that never go away")
        << "0:99/100 60:198/200 120:299/301 180:399/400 240:498/500" << 2 << ok << 3 << 2LL << ok
        << "lag 2 may be only transaction markers";
    QTest::newRow("keeping pace a constant lag behind")
        << "0:95/100 60:195/200 120:295/300" << 2 << ok << 3 << 2LL << ok
        << "lag 5 is not rising; the group read 200 messages while 200 arrived in 2 min";

    // Keeping up with bursts: the lag is briefly high but falls back.
    QTest::newRow("bursts read before the next")
        << "0:1000/1000 60:1000/1500 120:1500/1500 180:1500/1800 240:1800/1800 300:1800/2400" << 2 << ok << 3
        << 2LL << ok << "lag 600 is not rising; the group read 800 messages while 1,400 arrived in 5 min";
    QTest::newRow("a noisy lag that keeps pace")
        << "0:950/1000 60:1920/2000 120:2960/3000 180:3930/4000 240:4950/5000 300:5930/6000" << 2 << ok << 3
        << 2LL << ok << "lag 70 is not rising; the group read 4,980 messages while 5,000 arrived in 5 min";

    // Slower than production.
    QTest::newRow("lag rising") << "0:1000/1120 60:1100/1300 120:1200/1500 180:1300/1780" << 2 << ok << 3
                                << 2LL << warn
                                << "lag up about 354 over 3 min, now 480; the group read 300 messages while "
                                   "660 arrived";
    QTest::newRow("lag dipped once") << "0:1000/1120 60:1100/1300 120:1200/1350 180:1300/1780" << 2 << ok << 3
                                     << 2LL << warn
                                     << "lag up about 309 over 3 min, now 480; the group read 300 messages "
                                        "while 660 arrived";
    const QString sixTo377 = "0:994/1000 30:1020/1100 60:1140/1200 90:1150/1300 120:1270/1400 150:1280/1500 "
                             "180:1400/1600 210:1400/1700 240:1520/1800 270:1523/1900";
    QTest::newRow("lag rising from 6 to 377 with dips")
        << sixTo377 << 2 << ok << 3 << 2LL << warn
        << "lag up about 337 over 4 min 30 s, now 377; the group read 529 messages while 900 arrived";
    QTest::newRow("lag rising from 6 to 377, already a warning")
        << sixTo377 << 2 << warn << 3 << 2LL << warn
        << "lag up about 337 over 4 min 30 s, now 377; the group read 529 messages while 900 arrived";
    // Growth of 12 within noise of about 25: not enough to start a warning, enough to keep one.
    const QString withinNoise = "0:900/1000 60:960/1100 120:1110/1200 180:1150/1300 240:1290/1400";
    QTest::newRow("growth within the noise")
        << withinNoise << 2 << ok << 3 << 2LL << ok
        << "lag 110 is not rising; the group read 390 messages while 400 arrived in 4 min";
    QTest::newRow("growth within the noise keeps a warning")
        << withinNoise << 2 << warn << 3 << 2LL << warn
        << "lag up about 12 over 4 min, now 110; the group read 390 messages while 400 arrived";
    const QString dip = "0:900/1000 5:1200/1400 10:1500/1800 15:2050/2200"; // lag 100, 200, 300, 150
    QTest::newRow("a dip after a rise") << dip << 2 << ok << 3 << 2LL << ok
                                        << "lag 150 is not rising; the group read 1,150 messages while 1,200 "
                                           "arrived in 15 s";
    QTest::newRow("a dip after a rise keeps a warning")
        << dip << 2 << warn << 3 << 2LL << warn
        << "lag up about 75 over 15 s, now 150; the group read 1,150 messages while 1,200 arrived";
    QTest::newRow("lag falling clears a warning")
        << "0:1000/1480 60:1200/1500 120:1400/1520" << 2 << warn << 3 << 2LL << ok
        << "lag 120 is not rising; the group read 400 messages while 40 arrived in 2 min";

    // No members.
    QTest::newRow("no members, lag rising from 0")
        << "0:1000/1000 60:1000/2000 120:1000/3449" << 0 << ok << 3 << 2LL << stop
        << "no members; lag 2,449 and rising from 0 over 2 min";
    QTest::newRow("no members, lag rising")
        << "0:1000/3000 60:1000/3200 120:1000/3449" << 0 << ok << 3 << 2LL << stop
        << "no members; lag 2,449 and rising from 2,000 over 2 min";
    QTest::newRow("no members, nothing arriving")
        << "0:1000/3449 60:1000/3449 120:1000/3449" << 0 << stop << 3 << 2LL << stop
        << "no members; lag 2,449 and not rising";

    // Stalled and stopped members.
    QTest::newRow("stall") << "0:1024/1100 60:1024/1200 120:1024/1300 180:1024/1400" << 2 << ok << 3 << 2LL
                           << stall << "committed offset stuck at 1,024 for 3 min while 300 messages arrived";
    QTest::newRow("stall of a group it cannot describe")
        << "0:1024/1100 60:1024/1200 120:1024/1300 180:1024/1400" << -1 << ok << 3 << 2LL << stall
        << "committed offset stuck at 1,024 for 3 min while 300 messages arrived";
    QTest::newRow("stall after reaching the end")
        << "0:500/500 60:500/600 120:500/700 180:500/800" << 2 << ok << 3 << 2LL << stall
        << "committed offset stuck at 500 for 3 min while 300 messages arrived";
    QTest::newRow("stall, one message")
        << "0:1024/1100 60:1024/1100 120:1024/1101" << 2 << ok << 3 << 2LL << stall
        << "committed offset stuck at 1,024 for 2 min while 1 message arrived";
    QTest::newRow("stall of a warning")
        << "0:1024/1100 60:1024/1200 120:1024/1300" << 2 << warn << 3 << 2LL << stall
        << "committed offset stuck at 1,024 for 2 min while 200 messages arrived";
    QTest::newRow("stop")
        << "0:1024/1504 60:1024/1504 120:1024/1504" << 2 << ok << 3 << 2LL << stop
        << "committed offset stuck at 1,024 for 2 min with 480 messages waiting and none arriving";
    QTest::newRow("stop at a marker without slack")
        << "0:699/700 60:699/700 120:699/700" << 2 << ok << 3 << 0LL << stop
        << "committed offset stuck at 699 for 2 min with 1 message waiting and none arriving";
    QTest::newRow("unusable samples skipped")
        << "0:1024/1100 60:-/1200 120:1024/? 180:1024/1300 240:1024/1400" << 2 << ok << 3 << 2LL << stall
        << "committed offset stuck at 1,024 for 4 min while 300 messages arrived";

    // Rewinds.
    QTest::newRow("rewind") << "0:900/1000 60:100/1000 120:150/1000" << 2 << ok << 3 << 2LL << rewind
                            << "committed offset moved back from 900 to 100";
    QTest::newRow("offset reset on an empty group")
        << "0:900/1000 60:100/1000 120:100/1000" << 0 << ok << 3 << 2LL << rewind
        << "committed offset reset from 900 to 100 while the group was empty";
    QTest::newRow("rewind then recovery in the window")
        << "0:900/1000 60:100/1000 120:500/1000 180:990/1000" << 2 << ok << 3 << 2LL << rewind
        << "committed offset moved back from 900 to 100";
    QTest::newRow("rewind then recovery to the end")
        << "0:900/1000 60:100/1000 120:500/1000 180:1000/1000" << 2 << ok << 3 << 2LL << ok << "caught up";
    QTest::newRow("rewind slid out of the window")
        << "0:900/1000 60:100/1000 400:500/1100 460:700/1200 520:990/1300" << 2 << ok << 3 << 2LL << ok
        << "lag 310 is not rising; the group read 490 messages while 200 arrived in 2 min";
    QTest::newRow("first of two rewinds")
        << "0:900/1000 60:800/1000 120:850/1000 180:300/1000" << 2 << ok << 3 << 2LL << rewind
        << "committed offset moved back from 900 to 800";

    // The window is [newest - 5 min, newest]: a sample exactly 5 min old is in it, one older is not.
    QTest::newRow("sample on the window start")
        << "0:1000/1500 240:1024/1600 270:1024/1700 300:1024/1800" << 2 << ok << 3 << 2LL << warn
        << "lag up about 221 over 5 min, now 776; the group read 24 messages while 300 arrived";
    QTest::newRow("sample just before the window")
        << "0:1000/1500 240:1024/1600 270:1024/1700 301:1024/1800" << 2 << ok << 3 << 2LL << stall
        << "committed offset stuck at 1,024 for 1 min 1 s while 200 messages arrived";
}

void TestLagVerdict::partition() {
    QFETCH(QString, history);
    QFETCH(int, members);
    QFETCH(LagVerdict::Status, previous);
    QFETCH(int, minSamples);
    QFETCH(qint64, markerSlack);
    QFETCH(LagVerdict::Status, status);
    QFETCH(QString, reason);

    LagVerdictSettings settings;
    settings.minSamples = minSamples;
    settings.markerSlack = markerSlack;
    QCOMPARE(settings.windowMs, 5 * 60 * 1000);
    QCOMPARE(LagVerdict::evaluate(parseHistory(history), {members, previous}, settings),
             verdict(status, reason));
}

// A group falls behind, stops committing, then catches up, judged after every poll as the app would.
void TestLagVerdict::slidingOverAStall() {
    const QStringList polls{"0:100/200",   "60:200/400",   "120:300/600",  "180:300/700",   "240:300/800",
                            "300:300/900", "360:300/1000", "420:300/1100", "480:1100/1100", "540:1100/1200"};
    std::vector<LagSample> samples;
    for (const QString &poll : polls)
        samples.push_back(parseSample(poll));
    // The commits at 60 and 120 s keep it a warning until they leave the 5 minute window at 420 s.
    QCOMPARE(judgePollByPoll(samples, 2).join(QLatin1Char(' ')),
             QStringLiteral("UNKNOWN UNKNOWN WARN WARN WARN WARN WARN STALL OK OK"));
}

// Production runs at 100 messages per 5 s poll and the group, 500 behind, reads 90, with the committed
// offset jittering by up to 40 either way: once a warning, always a warning.
void TestLagVerdict::slowerConsumerNeverFlaps() {
    std::minstd_rand jitter(7); // the engine's output is specified, so the run is the same everywhere
    std::vector<LagSample> polls;
    qint64 committed = 0;
    for (int i = 0; i < 240; ++i) {
        const qint64 high = qint64(i) * 100 + 1500;
        const qint64 target = qint64(i) * 90 + 1000 + qint64(jitter() % 81) - 40;
        committed = std::clamp(target, committed, high);
        polls.push_back({qint64(i) * 5000, committed, 0, high});
    }
    const QStringList statuses = judgePollByPoll(polls, 2);
    const qsizetype firstWarning = statuses.indexOf(QStringLiteral("WARN"));
    QVERIFY(firstWarning >= 0);
    QVERIFY2(firstWarning < 60, qPrintable(QString::number(firstWarning))); // within 5 minutes
    const QStringList since = statuses.mid(firstWarning);
    QVERIFY2(since.count(QStringLiteral("WARN")) == since.size(),
             qPrintable(statuses.join(QLatin1Char(' '))));
}

// Every 6 polls a burst of 600 messages arrives, read within 2 polls; between bursts, 20 per poll.
void TestLagVerdict::burstsNeverWarn() {
    std::vector<LagSample> polls;
    qint64 high = 0;
    qint64 committed = 0;
    for (int i = 0; i < 240; ++i) {
        high += i % 6 == 0 ? 600 : 20;
        committed = i % 6 == 0 ? committed : std::min(high, committed + 400);
        polls.push_back({qint64(i) * 5000, committed, 0, high});
    }
    const QStringList statuses = judgePollByPoll(polls, 2);
    QVERIFY2(!statuses.contains(QStringLiteral("WARN")), qPrintable(statuses.join(QLatin1Char(' '))));
    QCOMPARE(statuses.last(), QStringLiteral("OK"));
}

void TestLagVerdict::group_data() {
    QTest::addColumn<std::vector<PartitionVerdict>>("partitions");
    QTest::addColumn<LagVerdict>("expected");

    const auto partition = [](const QString &topic, int id, qint64 lag, LagVerdict::Status status,
                              const QString &reason) {
        return PartitionVerdict{{"billing", topic, id}, lag, {status, reason}};
    };
    const auto ok0 = partition("orders", 0, 0, LagVerdict::Ok, "caught up");
    const auto ok1 = partition("orders", 1, 1, LagVerdict::Ok, "lag 1 may be only transaction markers");
    const auto ok2 = partition("orders", 2, 0, LagVerdict::Ok, "caught up");
    const auto behind =
        partition("orders", 9, 295, LagVerdict::Ok,
                  "lag 295 is not rising; the group read 900 messages while 880 arrived in 5 min");
    const auto unknown =
        partition("payments", 0, 200, LagVerdict::Unknown, "not enough history yet (1 of 3 samples)");
    const auto uncommitted =
        partition("payments", 1, -1, LagVerdict::Unknown, "the group has not committed an offset");
    const auto warn =
        partition("orders", 3, 9, LagVerdict::Warn,
                  "lag up about 8 over 1 min, now 9; the group read 5 messages while 13 arrived");
    const auto rewind =
        partition("orders", 4, 8, LagVerdict::Rewind, "committed offset moved back from 9 to 1");
    const auto stop =
        partition("orders", 5, 3, LagVerdict::Stop,
                  "committed offset stuck at 7 for 2 min with 3 messages waiting and none arriving");
    const auto stall = partition("payments", 7, 3, LagVerdict::Stall,
                                 "committed offset stuck at 7 for 2 min while 3 messages arrived");
    const auto stall2 = partition("orders", 8, 3, LagVerdict::Stall,
                                  "committed offset stuck at 8 for 1 min while 5 messages arrived");
    const auto bigStall = partition("orders", 6, 900, LagVerdict::Stall,
                                    "committed offset stuck at 100 for 2 min while 900 messages arrived");

    using List = std::vector<PartitionVerdict>;
    QTest::newRow("no partitions") << List{} << verdict(LagVerdict::Unknown, "no partitions");
    QTest::newRow("one partition") << List{ok1}
                                   << verdict(LagVerdict::Ok,
                                              "orders-1: lag 1 may be only transaction markers");
    QTest::newRow("two alike") << List{ok0, ok2}
                               << verdict(LagVerdict::Ok, "orders-0: caught up (1 other partition OK too)");
    QTest::newRow("the largest lag of those alike")
        << List{ok0, ok1, ok2}
        << verdict(LagVerdict::Ok,
                   "orders-1: lag 1 may be only transaction markers (2 other partitions OK too)");
    QTest::newRow("a group with lag is not caught up")
        << List{ok0, behind, ok2}
        << verdict(LagVerdict::Ok, "orders-9: " + behind.verdict.reason + " (2 other partitions OK too)");
    QTest::newRow("unknown over ok") << List{ok0, unknown}
                                     << verdict(LagVerdict::Unknown,
                                                "payments-0: not enough history yet (1 of 3 samples)");
    QTest::newRow("unknown without a lag under ok")
        << List{uncommitted, ok1} << verdict(LagVerdict::Ok, "orders-1: " + ok1.verdict.reason);
    QTest::newRow("warn over unknown")
        << List{unknown, warn} << verdict(LagVerdict::Warn, "orders-3: " + warn.verdict.reason);
    QTest::newRow("warn over ok") << List{ok0, warn, ok1}
                                  << verdict(LagVerdict::Warn, "orders-3: " + warn.verdict.reason);
    QTest::newRow("rewind over warn")
        << List{warn, rewind} << verdict(LagVerdict::Rewind, "orders-4: " + rewind.verdict.reason);
    QTest::newRow("stop over rewind")
        << List{rewind, stop} << verdict(LagVerdict::Stop, "orders-5: " + stop.verdict.reason);
    QTest::newRow("stall over stop") << List{stop, stall}
                                     << verdict(LagVerdict::Stall, "payments-7: " + stall.verdict.reason);
    QTest::newRow("tie goes to the first listed")
        << List{ok0, stall2, unknown, stop, stall, warn}
        << verdict(LagVerdict::Stall,
                   "orders-8: " + stall2.verdict.reason + " (1 other partition STALL too)");
    QTest::newRow("tie goes to the larger lag")
        << List{stall2, stall, bigStall}
        << verdict(LagVerdict::Stall,
                   "orders-6: " + bigStall.verdict.reason + " (2 other partitions STALL too)");
}

void TestLagVerdict::group() {
    using List = std::vector<PartitionVerdict>;
    QFETCH(List, partitions);
    QFETCH(LagVerdict, expected);
    QCOMPARE(LagVerdict::worstOf(partitions), expected);
}

void TestLagVerdict::statusNames() {
    QCOMPARE(LagVerdict::statusName(LagVerdict::Unknown), QStringLiteral("UNKNOWN"));
    QCOMPARE(LagVerdict::statusName(LagVerdict::Ok), QStringLiteral("OK"));
    QCOMPARE(LagVerdict::statusName(LagVerdict::Warn), QStringLiteral("WARN"));
    QCOMPARE(LagVerdict::statusName(LagVerdict::Rewind), QStringLiteral("REWIND"));
    QCOMPARE(LagVerdict::statusName(LagVerdict::Stop), QStringLiteral("STOP"));
    QCOMPARE(LagVerdict::statusName(LagVerdict::Stall), QStringLiteral("STALL"));
}

QTEST_GUILESS_MAIN(TestLagVerdict)
#include "tst_lagverdict.moc"
