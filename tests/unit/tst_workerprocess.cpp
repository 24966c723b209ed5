// WorkerProcess on its own: restart backoff, answers from a helper that cannot serve, and an owner
// deleting it from inside a callback. Uses partita-worker (PARTITA_WORKER) without any cluster.

#include "groupsstream.h"
#include "groupworker.h"
#include "workerprocess.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace partita;
using namespace std::chrono_literals;

namespace {

// When each restart was announced and each helper started, in ms since the first start.
struct Timeline {
    QElapsedTimer clock;
    QList<qint64> restarts;
    QList<qint64> starts;
    QStringList reasons;
    qint64 pid = 0;

    void watch(WorkerProcess *worker) {
        clock.start();
        QObject::connect(worker, &WorkerProcess::restarting, worker, [this](const QString &reason, int) {
            restarts.append(clock.elapsed());
            reasons.append(reason);
        });
        QObject::connect(worker, &WorkerProcess::started, worker, [this](qint64 id) {
            starts.append(clock.elapsed());
            pid = id;
        });
    }
    // The delay between restart i being announced and the next helper starting.
    qint64 delay(int i) const { return starts.at(i + 1) - restarts.at(i); }
};

// Within a coarse timer's 5 % early and a busy machine's lateness.
bool roughly(qint64 delay, qint64 expected) {
    return delay >= expected * 9 / 10 && delay < expected + 150;
}

QByteArray idleInit() {
    ConnectionSettings settings;
    settings.bootstrapServers = QStringLiteral("127.0.0.1:9"); // never contacted: no request needs it
    return encode(settings);
}

} // namespace

class TestWorkerProcess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PARTITA_WORKER"), "PARTITA_WORKER must name partita-worker");
    }

    // A helper that exits at once (an unknown role) is restarted after 50, 100, 200, 200 ms.
    void backoffDoublesUpToTheMaximum() {
        WorkerProcess worker(QStringLiteral("no-such-role"), QStringLiteral("Testing"), QByteArray());
        worker.setBackoff({50ms, 200ms, 10s});
        Timeline timeline;
        timeline.watch(&worker);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(timeline.starts.size() >= 5, 5000);
        const QList<qint64> expected{50, 100, 200, 200};
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY2(roughly(timeline.delay(i), expected.at(i)),
                     qPrintable(QStringLiteral("restart %1 after %2 ms").arg(i).arg(timeline.delay(i))));
        }
        QVERIFY2(timeline.reasons.first().contains(QLatin1String("exited unexpectedly with code 2")),
                 qPrintable(timeline.reasons.first()));
        QVERIFY2(timeline.reasons.first().contains(QLatin1String("unknown role")),
                 qPrintable(timeline.reasons.first()));
        QVERIFY(worker.restartCount() >= 4);
    }

    // After a healthy stretch the backoff starts again from the initial delay.
    void healthyHelperRestartsAtTheInitialDelay() {
        WorkerProcess worker(groupworker::pollRole(), QStringLiteral("Testing"), idleInit());
        // Wide margins: a loaded machine (or a sanitizer build) delays every restart a little.
        worker.setBackoff({200ms, 4000ms, 800ms});
        Timeline timeline;
        timeline.watch(&worker);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(timeline.starts.size(), 1, 5000);
        for (int round = 0; round < 3; ++round) {
            if (round == 2)
                QTest::qWait(1000); // healthy this time
            ::kill(pid_t(timeline.pid), SIGKILL);
            QTRY_COMPARE_WITH_TIMEOUT(timeline.starts.size(), round + 2, 5000);
        }
        // 200 ms, doubled to 400 ms, and back to 200 ms (not 800 ms) after a healthy stretch.
        QVERIFY2(timeline.delay(0) >= 195 && timeline.delay(0) < 700,
                 qPrintable(QString::number(timeline.delay(0))));
        QVERIFY2(timeline.delay(1) >= 395 && timeline.delay(1) < 1000,
                 qPrintable(QString::number(timeline.delay(1))));
        QVERIFY2(timeline.delay(2) >= 195 && timeline.delay(2) < 700,
                 qPrintable(QString::number(timeline.delay(2))));
        QVERIFY(timeline.reasons.at(0).contains(QLatin1String("was killed (SIGKILL)")));
    }

    void requestToADyingHelperIsAnsweredOnce() {
        WorkerProcess worker(QStringLiteral("no-such-role"), QStringLiteral("Testing"), QByteArray());
        int calls = 0;
        QString error;
        worker.request(groupworker::Poll, QByteArray(), 5s, [&](const QByteArray &reply, const QString &why) {
            ++calls;
            error = why;
            QVERIFY(reply.isEmpty());
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QVERIFY2(error.startsWith(QLatin1String("Testing helper (pid ")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("unknown role")), qPrintable(error));
        QTest::qWait(300);
        QCOMPARE(calls, 1);
    }

    // A helper's refusal to serve a request is an error for that request only; the helper lives on.
    void failureFrameAnswersOneRequest() {
        WorkerProcess worker(groupworker::pollRole(), QStringLiteral("Testing"), idleInit());
        QStringList errors;
        const auto record = [&errors](const QByteArray &, const QString &error) { errors.append(error); };
        worker.request(groupworker::Preview, QByteArray(), 5s, record); // not a poll helper's request
        worker.request(groupworker::Poll, QByteArrayLiteral("garbage"), 5s, record);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, 5000);
        QVERIFY2(errors.at(0).contains(QLatin1String("cannot serve")), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QLatin1String("could not read the request")),
                 qPrintable(errors.at(1)));
        QCOMPARE(worker.restartCount(), 0);
    }

    // The owner may delete the WorkerProcess from inside a callback; the helper goes with it.
    void deletedFromInsideACallback() {
        QPointer<WorkerProcess> worker =
            new WorkerProcess(groupworker::pollRole(), QStringLiteral("Testing"), idleInit());
        QSignalSpy started(worker.data(), &WorkerProcess::started);
        qint64 pid = 0;
        connect(worker, &WorkerProcess::started, this, [&pid](qint64 id) { pid = id; });
        int calls = 0;
        // No topics: the poll is answered without asking any broker.
        worker->request(groupworker::Poll,
                        encode(groupworker::PollRequest{{QStringLiteral("g")}, ClusterSnapshot(), 1000}), 5s,
                        [&](const QByteArray &reply, const QString &error) {
                            ++calls;
                            QVERIFY2(error.isEmpty(), qPrintable(error));
                            GroupsSnapshot groups;
                            QVERIFY(decode(reply, groups));
                            delete worker.data();
                        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QVERIFY(!worker);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), 0), -1);
        QTest::qWait(100); // the deferred deletion of its QProcess runs
    }
};

QTEST_GUILESS_MAIN(TestWorkerProcess)
#include "tst_workerprocess.moc"
