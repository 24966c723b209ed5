#include "timelagestimator.h"

#include <QStringList>
#include <QTest>

using namespace partita;

Q_DECLARE_METATYPE(partita::OldestUnread)

namespace {

// "0:100 5000:-1" is a sample at 0 ms with high watermark 100, then one at 5000 ms with the high
// watermark unknown. Every sample gets the same committed offset; only the newest one's matters.
LagHistory parseHistory(const QString &text, qint64 committed) {
    LagHistory history;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = token.split(QLatin1Char(':'));
        const qint64 high = parts.at(1).toLongLong();
        history.append({parts.at(0).toLongLong(), committed, high < 0 ? -1 : 0, high});
    }
    return history;
}

} // namespace

class TestTimeLagEstimator : public QObject {
    Q_OBJECT
private slots:
    void behind_data();
    void behind();
    void exactOrEstimate_data();
    void exactOrEstimate();
    void formatDuration_data();
    void formatDuration();
};

void TestTimeLagEstimator::behind_data() {
    QTest::addColumn<QString>("history");
    QTest::addColumn<qint64>("committed");
    QTest::addColumn<double>("maxExtrapolation");
    QTest::addColumn<QString>("behind"); // milliseconds, "≥" before a lower bound, or "unknown"

    const QString steady = QStringLiteral("0:0 5000:100 10000:200 15000:300");
    const QString burst = QStringLiteral("0:100 5000:100 10000:1100 15000:1100");
    // The end sits at 100 from 5000 to 15000 ms, then a burst arrives before 20000 ms.
    const QString flatMiddle = QStringLiteral("0:50 5000:100 10000:100 15000:100 20000:200 25000:200");
    const QString idle = QStringLiteral("0:500 5000:500 10000:500");

    QTest::newRow("empty history") << "" << 10LL << 1.0 << "unknown";
    QTest::newRow("caught up") << "0:100 5000:200" << 200LL << 1.0 << "0";
    QTest::newRow("read ahead of the end") << "0:100 5000:200" << 205LL << 1.0 << "0";
    QTest::newRow("single sample, caught up") << "0:100" << 100LL << 1.0 << "0";
    QTest::newRow("single sample, behind") << "0:100" << 50LL << 1.0 << "unknown";
    QTest::newRow("no commit") << steady << -1LL << 1.0 << "unknown";
    QTest::newRow("newest watermarks unknown") << "0:0 5000:-1" << 0LL << 1.0 << "unknown";

    // Steady 100 messages per 5 s.
    QTest::newRow("steady, on a sample") << steady << 100LL << 1.0 << "10000";
    QTest::newRow("steady, between samples") << steady << 150LL << 1.0 << "7500";
    QTest::newRow("steady, one message behind") << steady << 299LL << 1.0 << "50";
    QTest::newRow("steady, at the oldest sample") << steady << 0LL << 1.0 << "15000";
    QTest::newRow("rounded to the millisecond") << "0:0 7000:3" << 1LL << 1.0 << "4667";

    // 1000 messages between 5000 and 10000 ms, nothing else.
    QTest::newRow("burst, middle") << burst << 600LL << 1.0 << "7500";
    QTest::newRow("burst, first message") << burst << 100LL << 1.0 << "10000";
    QTest::newRow("burst, last message") << burst << 1099LL << 1.0 << "5005";

    // The end was at 100 during the whole flat stretch; its end (15000 ms) counts, not its start
    // (5000 ms, which would say 20000).
    QTest::newRow("committed on a flat stretch") << flatMiddle << 100LL << 1.0 << "10000";
    QTest::newRow("committed after the stretch") << flatMiddle << 150LL << 1.0 << "7500";
    QTest::newRow("committed before the stretch") << flatMiddle << 75LL << 1.0 << "22500";

    QTest::newRow("idle topic, caught up") << idle << 500LL << 1.0 << "0";
    // The end passed 400 before the history began and never moved since: no rate to go back with, but
    // the group is at least the history's span behind.
    QTest::newRow("idle topic, behind") << idle << 400LL << 1.0 << "≥10000";
    QTest::newRow("idle, then passes commit") << "0:400 5000:400 10000:500" << 400LL << 1.0 << "5000";
    QTest::newRow("unknown high skipped") << "0:0 5000:-1 10000:200" << 100LL << 1.0 << "5000";
    // The end went down (topic recreated): the most recent time it was at the offset counts.
    QTest::newRow("end went down") << "0:1000 5000:10 10000:60" << 30LL << 1.0 << "3000";

    // 1000 messages per 10 s; the committed offset is older than the oldest sample's end.
    QTest::newRow("extrapolated") << "0:1000 10000:2000" << 500LL << 1.0 << "15000";
    QTest::newRow("extrapolated by the span") << "0:1000 10000:2000" << 0LL << 1.0 << "20000";
    QTest::newRow("extrapolation refused") << "0:5000 10000:6000" << 3000LL << 1.0 << "≥10000";
    QTest::newRow("extrapolation allowed further") << "0:5000 10000:6000" << 3000LL << 3.0 << "30000";
    QTest::newRow("extrapolation switched off") << "0:1000 10000:2000" << 500LL << 0.0 << "≥10000";
}

void TestTimeLagEstimator::behind() {
    QFETCH(QString, history);
    QFETCH(qint64, committed);
    QFETCH(double, maxExtrapolation);
    QFETCH(QString, behind);

    const std::optional<TimeLag> result =
        TimeLagEstimator(maxExtrapolation).behind(parseHistory(history, committed));
    const QString actual = !result           ? QStringLiteral("unknown")
                           : result->atLeast ? QStringLiteral("≥%1").arg(result->ms)
                                             : QString::number(result->ms);
    QCOMPARE(actual, behind);
}

void TestTimeLagEstimator::exactOrEstimate_data() {
    QTest::addColumn<qint64>("committed");
    QTest::addColumn<OldestUnread>("oldest");
    QTest::addColumn<QString>("behind"); // "exact 1234 CreateTime", "estimate 7500", "≥10000" or "unknown"

    // Steady 100 messages per 5 s; the last sample at 15000 ms with the end at 300.
    const auto record = [](qint64 timestamp, TimestampType type) {
        return OldestUnread{OldestUnread::Kind::Record, 150, timestamp, type};
    };
    const OldestUnread notRead;
    const OldestUnread onlyMarkers{OldestUnread::Kind::None, 299, -1, TimestampType::NotAvailable};

    QTest::newRow("not read: the estimate") << 150LL << notRead << "estimate 7500";
    QTest::newRow("read: the record's age, not the estimate")
        << 150LL << record(12000, TimestampType::CreateTime) << "exact 3000 CreateTime";
    QTest::newRow("broker-set timestamp")
        << 150LL << record(1000, TimestampType::LogAppendTime) << "exact 14000 LogAppendTime";
    QTest::newRow("at the first sample")
        << 150LL << record(0, TimestampType::CreateTime) << "exact 15000 CreateTime";
    QTest::newRow("producer clock ahead of the poll")
        << 150LL << record(20000, TimestampType::CreateTime) << "exact 0 CreateTime";
    QTest::newRow("record without a timestamp: the estimate")
        << 150LL << record(-1, TimestampType::NotAvailable) << "estimate 7500";
    QTest::newRow("behind only transaction markers") << 299LL << onlyMarkers << "exact 0 NotAvailable";
    QTest::newRow("caught up, nothing fetched") << 300LL << notRead << "exact 0 NotAvailable";
    QTest::newRow("no commit") << -1LL << record(12000, TimestampType::CreateTime) << "unknown";
}

void TestTimeLagEstimator::exactOrEstimate() {
    QFETCH(qint64, committed);
    QFETCH(OldestUnread, oldest);
    QFETCH(QString, behind);

    const std::optional<TimeLag> result = TimeLagEstimator().behind(
        parseHistory(QStringLiteral("0:0 5000:100 10000:200 15000:300"), committed), oldest);
    QString actual = QStringLiteral("unknown");
    if (result && result->exact)
        actual =
            QStringLiteral("exact %1 %2")
                .arg(result->ms)
                .arg(QLatin1String(result->timestampType == TimestampType::CreateTime      ? "CreateTime"
                                   : result->timestampType == TimestampType::LogAppendTime ? "LogAppendTime"
                                                                                           : "NotAvailable"));
    else if (result)
        actual = result->atLeast ? QStringLiteral("≥%1").arg(result->ms)
                                 : QStringLiteral("estimate %1").arg(result->ms);
    QCOMPARE(actual, behind);
}

void TestTimeLagEstimator::formatDuration_data() {
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << 0LL << "0 s";
    QTest::newRow("rounds down") << 1499LL << "1 s";
    QTest::newRow("rounds up") << 1500LL << "2 s";
    QTest::newRow("just under a minute") << 59499LL << "59 s";
    QTest::newRow("rounds up to a minute") << 59500LL << "1 min";
    QTest::newRow("minutes and seconds") << 90000LL << "1 min 30 s";
    QTest::newRow("whole minutes") << 300000LL << "5 min";
    QTest::newRow("just under an hour") << 3599000LL << "59 min 59 s";
    QTest::newRow("an hour") << 3600000LL << "1 h";
    QTest::newRow("hours and minutes, seconds dropped") << 3930000LL << "1 h 5 min";
    QTest::newRow("more than a day") << 90000000LL << "25 h";
}

void TestTimeLagEstimator::formatDuration() {
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(partita::formatDuration(ms), text);
}

QTEST_GUILESS_MAIN(TestTimeLagEstimator)
#include "tst_timelagestimator.moc"
