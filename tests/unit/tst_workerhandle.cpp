// The worker pattern every librdkafka client runs under: a worker created and destroyed on its own
// thread, answers handed back on the owner's thread, superseded answers dropped, and an owner that goes
// away while a request runs neither waits for it nor hears from it.

#include "workerhandle.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace partita;

namespace {

// Counts where it was created and destroyed; `work` can be held up by a semaphore.
struct Probe {
    QThread *createdOn = QThread::currentThread();
    std::shared_ptr<std::atomic<QThread *>> destroyedOn;
    explicit Probe(std::shared_ptr<std::atomic<QThread *>> destroyed)
        : destroyedOn(std::move(destroyed)) {}
    ~Probe() { *destroyedOn = QThread::currentThread(); }
    QThread *thread() const { return QThread::currentThread(); }
};

struct Owner : QObject {
    explicit Owner(WorkerHandle<Probe>::Factory factory)
        : handle(this, QStringLiteral("probe"), std::move(factory)) {}
    WorkerHandle<Probe> handle;
};

WorkerHandle<Probe>::Factory probeFactory(const std::shared_ptr<std::atomic<QThread *>> &destroyed) {
    return [destroyed](QString *) { return std::make_unique<Probe>(destroyed); };
}

QString unavailable(const QString &error) {
    return QStringLiteral("unavailable: %1").arg(error);
}

} // namespace

class TestWorkerHandle : public QObject {
    Q_OBJECT

private slots:
    void answersOnTheOwnersThreadFromTheWorkersThread() {
        auto destroyed = std::make_shared<std::atomic<QThread *>>(nullptr);
        QThread *workerThread = nullptr;
        QThread *answeredOn = nullptr;
        {
            Owner owner(probeFactory(destroyed));
            QString answer;
            owner.handle.request(
                [&workerThread](Probe &probe) {
                    workerThread = probe.thread();
                    return probe.createdOn == probe.thread() ? QStringLiteral("same")
                                                             : QStringLiteral("moved");
                },
                unavailable,
                [&](const QString &result) {
                    answer = result;
                    answeredOn = QThread::currentThread();
                });
            QTRY_COMPARE(answer, QStringLiteral("same")); // created on the thread it works on
            QCOMPARE(answeredOn, QThread::currentThread());
            QVERIFY(workerThread != QThread::currentThread());
        }
        QVERIFY(WorkerThread::waitForRetired(QDeadlineTimer(5000)));
        QCOMPARE(destroyed->load(), workerThread); // destroyed on its own thread, too
    }

    void requestsRunInOrder() {
        Owner owner(probeFactory(std::make_shared<std::atomic<QThread *>>(nullptr)));
        QList<int> answers;
        for (int i = 0; i < 20; ++i)
            owner.handle.request([i](Probe &) { return i; }, [](const QString &) { return -1; },
                                 [&answers](int i) { answers.append(i); });
        QTRY_COMPARE(answers.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(answers.at(i), i);
    }

    // A post has no answer, yet runs in order with the requests around it.
    void postsRunInOrderWithRequests() {
        Owner owner(probeFactory(std::make_shared<std::atomic<QThread *>>(nullptr)));
        auto seen = std::make_shared<QList<int>>(); // written on the worker thread only
        QList<int> answer;
        owner.handle.post([seen](Probe &) { seen->append(1); });
        owner.handle.request(
            [seen](Probe &) {
                seen->append(2);
                return *seen;
            },
            [](const QString &) { return QList<int>(); },
            [&answer](const QList<int> &result) { answer = result; });
        owner.handle.post([seen](Probe &) { seen->append(3); });
        QTRY_COMPARE(answer, (QList<int>{1, 2}));
        int last = 0;
        owner.handle.request([seen](Probe &) { return seen->last(); }, [](const QString &) { return -1; },
                             [&last](int result) { last = result; });
        QTRY_COMPARE(last, 3);
    }

    void failedCreationAnswersWithTheReason() {
        Owner owner([](QString *error) {
            *error = QStringLiteral("no such broker");
            return std::unique_ptr<Probe>();
        });
        QString answer;
        owner.handle.request([](Probe &) { return QStringLiteral("worked"); }, unavailable,
                             [&answer](const QString &result) { answer = result; });
        QTRY_COMPARE(answer, QStringLiteral("unavailable: no such broker"));
    }

    void supersededAnswerIsDropped() {
        Owner owner(probeFactory(std::make_shared<std::atomic<QThread *>>(nullptr)));
        QSemaphore release;
        QStringList answers;
        const quint64 first = owner.handle.request(
            [&release](Probe &) {
                release.acquire();
                return QStringLiteral("old seek");
            },
            unavailable, [&answers](const QString &result) { answers.append(result); });
        const quint64 second = owner.handle.supersede();
        QVERIFY(second > first);
        owner.handle.request([](Probe &) { return QStringLiteral("new seek"); }, unavailable,
                             [&answers](const QString &result) { answers.append(result); });
        release.release();
        QTRY_COMPARE(answers, QStringList{QStringLiteral("new seek")});
        QTest::qWait(100); // nothing else trickles in
        QCOMPARE(answers, QStringList{QStringLiteral("new seek")});
    }

    // The answer was already posted to the owner when the generation moved on: checked on delivery.
    void answerPostedBeforeSupersedingIsDropped() {
        Owner owner(probeFactory(std::make_shared<std::atomic<QThread *>>(nullptr)));
        std::atomic_bool done{false};
        int delivered = 0;
        owner.handle.request(
            [&done](Probe &) {
                done = true;
                return 1;
            },
            [](const QString &) { return -1; }, [&delivered](int) { ++delivered; });
        // Not processing events here, so the answer waits in this thread's queue.
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 5000)
            QThread::msleep(5);
        QThread::msleep(20);
        owner.handle.supersede();
        QTest::qWait(100);
        QCOMPARE(delivered, 0);
    }

    void destroyingWhileARequestRunsReturnsAtOnceAndStaysSilent() {
        auto destroyed = std::make_shared<std::atomic<QThread *>>(nullptr);
        auto release = std::make_shared<QSemaphore>();
        auto started = std::make_shared<QSemaphore>();
        auto delivered = std::make_shared<int>(0);
        QElapsedTimer timer;
        {
            Owner owner(probeFactory(destroyed));
            owner.handle.request(
                [release, started](Probe &) {
                    started->release();
                    release->acquire(); // a request stuck in the network
                    return 1;
                },
                [](const QString &) { return -1; }, [delivered](int) { ++*delivered; });
            // Queued behind the stuck one: skipped once the handle is gone.
            owner.handle.request([](Probe &) { return 2; }, [](const QString &) { return -1; },
                                 [delivered](int) { ++*delivered; });
            QVERIFY(started->tryAcquire(1, 5000));
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!WorkerThread::waitForRetired(QDeadlineTimer(100))); // still stuck, and nobody waits
        QCOMPARE(destroyed->load(), nullptr);
        release->release();
        QVERIFY(WorkerThread::waitForRetired(QDeadlineTimer(5000)));
        QVERIFY(destroyed->load() != nullptr); // the worker went with its thread
        QTest::qWait(50);
        QCOMPARE(*delivered, 0);
    }

    void destroyingBeforeTheFirstRequestCreatesNothing() {
        auto created = std::make_shared<std::atomic_int>(0);
        {
            Owner owner([created](QString *) {
                ++*created;
                return std::make_unique<Probe>(std::make_shared<std::atomic<QThread *>>(nullptr));
            });
        }
        QVERIFY(WorkerThread::waitForRetired(QDeadlineTimer(5000)));
        QCOMPARE(created->load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkerHandle)
#include "tst_workerhandle.moc"
