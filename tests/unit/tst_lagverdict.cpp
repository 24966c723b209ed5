#include "lagverdict.h"

#include <QLocale>
#include <QStringList>
#include <QTest>

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
    void group_data();
    void group();
    void statusNames();
};

void TestLagVerdict::initTestCase() {
    // Fixes the thousands separator the expected texts use.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLagVerdict::partition_data() {
    QTest::addColumn<QString>("history");
    QTest::addColumn<int>("minSamples");
    QTest::addColumn<qint64>("markerSlack");
    QTest::addColumn<LagVerdict::Status>("status");
    QTest::addColumn<QString>("reason");

    // Every row judges a 5 minute window; most use 3 samples at least and a marker slack of 2.
    const auto unknown = LagVerdict::Unknown;
    const auto ok = LagVerdict::Ok;
    const auto warn = LagVerdict::Warn;
    const auto rewind = LagVerdict::Rewind;
    const auto stop = LagVerdict::Stop;
    const auto stall = LagVerdict::Stall;

    // Missing data.
    QTest::newRow("empty") << "" << 3 << 2LL << unknown << "no samples yet";
    QTest::newRow("single sample, behind")
        << "0:100/500" << 3 << 2LL << unknown << "not enough history yet (1 of 3 samples)";
    QTest::newRow("two samples") << "0:100/500 60:200/600" << 3 << 2LL << unknown
                                 << "not enough history yet (2 of 3 samples)";
    QTest::newRow("more samples asked for") << "0:100/500 60:200/600 120:300/700 180:400/800" << 5 << 2LL
                                            << unknown << "not enough history yet (4 of 5 samples)";
    QTest::newRow("unusable samples do not count") << "0:1024/1100 60:1024/? 120:1024/1300" << 3 << 2LL
                                                   << unknown << "not enough history yet (2 of 3 samples)";
    QTest::newRow("no commit") << "0:100/500 60:200/600 120:-/700" << 3 << 2LL << unknown
                               << "the group has not committed an offset";
    QTest::newRow("watermarks unknown") << "0:100/500 60:200/600 120:300/?" << 3 << 2LL << unknown
                                        << "the partition's watermarks are unknown";

    // Caught up, or as good as.
    QTest::newRow("single sample, caught up") << "0:500/500" << 3 << 2LL << ok << "caught up";
    QTest::newRow("caught up after a stall")
        << "0:100/500 60:100/600 120:100/700 180:700/700" << 3 << 2LL << ok << "caught up";
    QTest::newRow("negative lag clamped")
        << "0:100/500 60:200/600 120:710/700" << 3 << 2LL << ok << "caught up";
    QTest::newRow("idle at a transaction marker") << "0:699/700 60:699/700 120:699/700 180:699/700" << 3
                                                  << 2LL << ok << "lag 1 may be only transaction markers";
    QTest::newRow("keeping pace one marker behind")
        << "0:99/100 60:199/200 120:299/300" << 3 << 2LL << ok << "lag 1 may be only transaction markers";
    QTest::newRow("keeping pace a constant lag behind")
        << "0:95/100 60:195/200 120:295/300" << 3 << 2LL << ok
        << "the group is committing and lag 5 is not rising steadily";
    QTest::newRow("reached the end within the window")
        << "0:500/500 60:500/600 120:500/700 180:500/800" << 3 << 2LL << ok
        << "lag was down to 0 within the last 5 min";
    QTest::newRow("within marker slack within the window")
        << "0:498/500 60:498/600 120:498/700" << 3 << 2LL << ok << "lag was down to 2 within the last 5 min";

    // Stalled and stopped.
    QTest::newRow("stall") << "0:1024/1100 60:1024/1200 120:1024/1300 180:1024/1400" << 3 << 2LL << stall
                           << "committed offset stuck at 1,024 for 3 min while 300 messages arrived";
    QTest::newRow("stall, one message")
        << "0:1024/1100 60:1024/1100 120:1024/1101" << 3 << 2LL << stall
        << "committed offset stuck at 1,024 for 2 min while 1 message arrived";
    QTest::newRow("stop")
        << "0:1024/1504 60:1024/1504 120:1024/1504" << 3 << 2LL << stop
        << "committed offset stuck at 1,024 for 2 min with 480 messages waiting and none arriving";
    QTest::newRow("stop at a marker without slack")
        << "0:699/700 60:699/700 120:699/700" << 3 << 0LL << stop
        << "committed offset stuck at 699 for 2 min with 1 message waiting and none arriving";
    QTest::newRow("unusable samples skipped")
        << "0:1024/1100 60:-/1200 120:1024/? 180:1024/1300 240:1024/1400" << 3 << 2LL << stall
        << "committed offset stuck at 1,024 for 4 min while 300 messages arrived";

    // Falling behind.
    QTest::newRow("lag rising") << "0:1000/1120 60:1100/1300 120:1200/1500 180:1300/1780" << 3 << 2LL << warn
                                << "lag rose from 120 to 480 over 3 min while the group committed";
    QTest::newRow("lag rising with a level step")
        << "0:1000/1120 60:1100/1220 120:1200/1680" << 3 << 2LL << warn
        << "lag rose from 120 to 480 over 2 min while the group committed";
    QTest::newRow("lag dipped once") << "0:1000/1120 60:1100/1300 120:1200/1350 180:1300/1780" << 3 << 2LL
                                     << ok << "the group is committing and lag 480 is not rising steadily";
    QTest::newRow("lag falling") << "0:1000/1480 60:1100/1400 120:1200/1320" << 3 << 2LL << ok
                                 << "the group is committing and lag 120 is not rising steadily";

    // Rewinds.
    QTest::newRow("rewind") << "0:900/1000 60:100/1000 120:150/1000" << 3 << 2LL << rewind
                            << "committed offset moved back from 900 to 100";
    QTest::newRow("rewind then recovery in the window")
        << "0:900/1000 60:100/1000 120:500/1000 180:990/1000" << 3 << 2LL << rewind
        << "committed offset moved back from 900 to 100";
    QTest::newRow("rewind then recovery to the end")
        << "0:900/1000 60:100/1000 120:500/1000 180:1000/1000" << 3 << 2LL << ok << "caught up";
    QTest::newRow("rewind slid out of the window")
        << "0:900/1000 60:100/1000 400:500/1100 460:700/1200 520:990/1300" << 3 << 2LL << ok
        << "the group is committing and lag 310 is not rising steadily";
    QTest::newRow("first of two rewinds") << "0:900/1000 60:800/1000 120:850/1000 180:300/1000" << 3 << 2LL
                                          << rewind << "committed offset moved back from 900 to 800";

    // The window is [newest - 5 min, newest]: a sample exactly 5 min old is in it, one older is not.
    QTest::newRow("sample on the window start")
        << "0:1000/1500 240:1024/1600 270:1024/1700 300:1024/1800" << 3 << 2LL << warn
        << "lag rose from 500 to 776 over 5 min while the group committed";
    QTest::newRow("sample just before the window")
        << "0:1000/1500 240:1024/1600 270:1024/1700 301:1024/1800" << 3 << 2LL << stall
        << "committed offset stuck at 1,024 for 1 min 1 s while 200 messages arrived";
}

void TestLagVerdict::partition() {
    QFETCH(QString, history);
    QFETCH(int, minSamples);
    QFETCH(qint64, markerSlack);
    QFETCH(LagVerdict::Status, status);
    QFETCH(QString, reason);

    LagVerdictSettings settings;
    settings.minSamples = minSamples;
    settings.markerSlack = markerSlack;
    QCOMPARE(settings.windowMs, 5 * 60 * 1000);
    QCOMPARE(LagVerdict::evaluate(parseHistory(history), settings), verdict(status, reason));
}

// A group falls behind, stops committing, then catches up, judged after every poll as the app would.
void TestLagVerdict::slidingOverAStall() {
    const QStringList polls{"0:100/200",   "60:200/400",   "120:300/600",  "180:300/700",   "240:300/800",
                            "300:300/900", "360:300/1000", "420:300/1100", "480:1100/1100", "540:1100/1200"};
    LagHistory history;
    QStringList statuses;
    for (const QString &poll : polls) {
        history.append(parseSample(poll));
        statuses.append(LagVerdict::statusName(LagVerdict::evaluate(history).status));
    }
    // The commits at 60 and 120 s keep it a warning until they leave the 5 minute window at 420 s.
    QCOMPARE(statuses.join(QLatin1Char(' ')),
             QStringLiteral("UNKNOWN UNKNOWN WARN WARN WARN WARN WARN STALL OK OK"));
}

void TestLagVerdict::group_data() {
    QTest::addColumn<std::vector<std::pair<LagKey, LagVerdict>>>("partitions");
    QTest::addColumn<LagVerdict>("expected");

    const auto partition = [](const QString &topic, int id, LagVerdict::Status status,
                              const QString &reason) {
        return std::pair<LagKey, LagVerdict>{{"billing", topic, id}, {status, reason}};
    };
    const auto ok0 = partition("orders", 0, LagVerdict::Ok, "caught up");
    const auto ok1 = partition("orders", 1, LagVerdict::Ok, "lag 1 may be only transaction markers");
    const auto ok2 = partition("orders", 2, LagVerdict::Ok, "caught up");
    const auto unknown =
        partition("payments", 0, LagVerdict::Unknown, "not enough history yet (1 of 3 samples)");
    const auto warn =
        partition("orders", 3, LagVerdict::Warn, "lag rose from 1 to 9 over 1 min while the group committed");
    const auto rewind = partition("orders", 4, LagVerdict::Rewind, "committed offset moved back from 9 to 1");
    const auto stop =
        partition("orders", 5, LagVerdict::Stop,
                  "committed offset stuck at 7 for 2 min with 3 messages waiting and none arriving");
    const auto stall = partition("payments", 7, LagVerdict::Stall,
                                 "committed offset stuck at 7 for 2 min while 3 messages arrived");
    const auto stall2 = partition("orders", 8, LagVerdict::Stall,
                                  "committed offset stuck at 8 for 1 min while 5 messages arrived");

    using List = std::vector<std::pair<LagKey, LagVerdict>>;
    QTest::newRow("no partitions") << List{} << verdict(LagVerdict::Unknown, "no partitions");
    QTest::newRow("one partition") << List{ok1}
                                   << verdict(LagVerdict::Ok,
                                              "orders-1: lag 1 may be only transaction markers");
    QTest::newRow("two alike") << List{ok0, ok1}
                               << verdict(LagVerdict::Ok, "orders-0 and 1 other partition: caught up");
    QTest::newRow("three alike")
        << List{ok1, ok0, ok2}
        << verdict(LagVerdict::Ok, "orders-1 and 2 other partitions: lag 1 may be only transaction markers");
    QTest::newRow("unknown does not hide ok")
        << List{unknown, ok0} << verdict(LagVerdict::Ok, "orders-0: caught up");
    QTest::newRow("only unknown") << List{unknown}
                                  << verdict(LagVerdict::Unknown,
                                             "payments-0: not enough history yet (1 of 3 samples)");
    QTest::newRow("warn over ok") << List{ok0, warn, ok1}
                                  << verdict(LagVerdict::Warn, "orders-3: " + warn.second.reason);
    QTest::newRow("rewind over warn")
        << List{warn, rewind} << verdict(LagVerdict::Rewind, "orders-4: " + rewind.second.reason);
    QTest::newRow("stop over rewind")
        << List{rewind, stop} << verdict(LagVerdict::Stop, "orders-5: " + stop.second.reason);
    QTest::newRow("stall over stop") << List{stop, stall}
                                     << verdict(LagVerdict::Stall, "payments-7: " + stall.second.reason);
    QTest::newRow("tie goes to the first listed")
        << List{ok0, stall2, unknown, stop, stall, warn}
        << verdict(LagVerdict::Stall, "orders-8 and 1 other partition: " + stall2.second.reason);
}

void TestLagVerdict::group() {
    using List = std::vector<std::pair<LagKey, LagVerdict>>;
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
