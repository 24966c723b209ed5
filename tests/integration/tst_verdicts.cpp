// Verdicts and throughput on the real cluster, as a session shows them: a group whose members left
// while messages keep arriving reads STOP, a member that keeps the same commit reads STALL, a member
// that commits as fast as messages arrive reads OK; and the throughput read back from the lasting
// history matches what a producer sent, within 10 %.

#include "clustersession.h"
#include "lagtracker.h"
#include "testkafka.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <memory>

using namespace partita;

namespace {

const GroupLagState *groupState(const ClusterSession &session, const QString &group) {
    return session.lagTracker()->group(group);
}

LagVerdict::Status verdictOf(const ClusterSession &session, const QString &group) {
    const GroupLagState *state = groupState(session, group);
    return state ? state->verdict.status : LagVerdict::Unknown;
}

qint64 endOf(const QString &topic, int partition) {
    qint64 low = -1, high = -1;
    return test::queryWatermarks(topic, partition, &low, &high) ? high : -1;
}

} // namespace

class TestVerdicts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void verdictsOfStoppedStalledAndKeepingUpGroups() {
        const QString stopTopic = test::uniqueTopicName(QStringLiteral("verdict-stop"));
        const QString stallTopic = test::uniqueTopicName(QStringLiteral("verdict-stall"));
        const QString okTopic = test::uniqueTopicName(QStringLiteral("verdict-ok"));
        for (const QString &topic : {stopTopic, stallTopic, okTopic})
            QCOMPARE(test::createFilledTopic(topic, {10}), QString());
        const QString stopGroup = stopTopic + QStringLiteral("-readers");
        const QString stallGroup = stallTopic + QStringLiteral("-readers");
        const QString okGroup = okTopic + QStringLiteral("-readers");
        {
            // Joins, commits and leaves: the group stays, empty, with its offset.
            test::ActiveMember gone(stopGroup, stopTopic);
            QVERIFY(gone.waitForAssignment(std::chrono::seconds(30)));
            QCOMPARE(gone.commit(stopTopic, 0, 10), QString());
        }
        test::ActiveMember stuck(stallGroup, stallTopic);
        test::ActiveMember keepingUp(okGroup, okTopic);
        QVERIFY(stuck.waitForAssignment(std::chrono::seconds(30)));
        QVERIFY(keepingUp.waitForAssignment(std::chrono::seconds(30)));
        QCOMPARE(stuck.commit(stallTopic, 0, 10), QString());
        QCOMPARE(keepingUp.commit(okTopic, 0, 10), QString());

        ConnectionSettings settings;
        settings.bootstrapServers = test::bootstrapServers();
        ClusterSession session(settings, std::chrono::seconds(1));
        session.start();
        // Messages keep arriving on all three; only the keeping-up member follows them. Bounded: at most
        // 90 rounds of 20 messages per topic.
        bool judged = false;
        for (int round = 0; round < 90 && !judged; ++round) {
            for (const QString &topic : {stopTopic, stallTopic, okTopic})
                QCOMPARE(test::produce(topic, 0, 20), QString());
            QCOMPARE(keepingUp.commit(okTopic, 0, endOf(okTopic, 0)), QString());
            QTest::qWait(500);
            judged = verdictOf(session, stopGroup) == LagVerdict::Stop &&
                     verdictOf(session, stallGroup) == LagVerdict::Stall &&
                     verdictOf(session, okGroup) == LagVerdict::Ok;
        }
        for (const QString &group : {stopGroup, stallGroup, okGroup}) {
            const GroupLagState *state = groupState(session, group);
            QVERIFY2(state, qPrintable(group));
            qInfo().noquote() << group << LagVerdict::statusName(state->verdict.status)
                              << state->verdict.reason;
        }
        QVERIFY(judged);
        QVERIFY2(groupState(session, stopGroup)->verdict.reason.contains(QLatin1String("no members")),
                 qPrintable(groupState(session, stopGroup)->verdict.reason));
    }

    // 200 messages a second over three partitions for 20 s, against the rate the history gives back.
    void throughputMatchesTheProducersRate() {
        const QString topic = test::uniqueTopicName(QStringLiteral("throughput"));
        QCOMPARE(test::createTopic(topic, 3, 3), QString());
        ConnectionSettings settings;
        settings.bootstrapServers = test::bootstrapServers();
        ClusterSession session(settings, std::chrono::seconds(1));
        QSignalSpy snapshots(&session, &ClusterSession::snapshotReady);
        session.start();
        QVERIFY(snapshots.wait(30000));

        constexpr int Rate = 200;
        constexpr int Batch = 10;
        QElapsedTimer producing;
        producing.start();
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        int produced = 0;
        for (int step = 0; producing.elapsed() < 20000 && step < 2000; ++step) {
            // Ahead of the clock by at most one batch, whatever each acknowledgement took.
            if (produced <= producing.elapsed() * Rate / 1000) {
                QCOMPARE(test::produce(topic, produced / Batch % 3, Batch), QString());
                produced += Batch;
            } else {
                QTest::qWait(10);
            }
        }
        const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
        const double producerRate = produced * 1000.0 / double(endMs - startMs);
        QVERIFY(snapshots.wait(30000)); // the last messages are in a snapshot

        QSignalSpy ready(session.lagTracker().get(), &LagTracker::throughputReady);
        session.lagTracker()->requestThroughput(topic);
        QVERIFY(ready.wait(10000));
        const auto points = ready.takeFirst().at(1).value<std::vector<RatePoint>>();
        // Time-weighted over the polls that fell wholly within the production.
        double messages = 0;
        qint64 covered = 0;
        for (size_t i = 1; i < points.size(); ++i) {
            const qint64 from = points[i - 1].timeMs;
            const qint64 to = points[i].timeMs;
            if (from < startMs || to > endMs || std::isnan(points[i].perSecond))
                continue;
            messages += points[i].perSecond * double(to - from) / 1000.0;
            covered += to - from;
        }
        QVERIFY2(covered >= 10000, qPrintable(QString::number(covered)));
        const double measured = messages * 1000.0 / double(covered);
        qInfo("producer %.1f msgs/s, history %.1f msgs/s over %lld ms", producerRate, measured,
              qlonglong(covered));
        QVERIFY2(std::abs(measured - producerRate) <= 0.1 * producerRate,
                 qPrintable(QStringLiteral("%1 vs %2").arg(measured).arg(producerRate)));
    }
};

QTEST_MAIN(TestVerdicts)
#include "tst_verdicts.moc"
