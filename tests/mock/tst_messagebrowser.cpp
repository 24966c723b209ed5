// The message browser on librdkafka's mock cluster: a topic read into its table, a new browse that
// supersedes one whose answers are still on their way, a tail that shows new messages, a bad request
// that fails with the reason, a partition whose leader stops answering named with that broker, an
// unreachable bootstrap named as such, a leader silent on ListOffsets that costs only its partition, a
// broker lost while following that is no failure, and a browser destroyed in the middle of a read.

#include "messagebrowser.h"
#include "mockfixtures.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace partita;

namespace {

const char *const Topic = "clicks";
constexpr int Partitions = 3;
constexpr int PerPartition = 40;
constexpr int Timeout = 20000;
// Kafka protocol API keys, for holding a broker's answers back.
constexpr int16_t Fetch = 1;
constexpr int16_t ListOffsets = 2;

QList<qint64> offsetsIn(const MessageTableModel &model, int partition) {
    QList<qint64> offsets;
    for (int row = 0; row < model.rowCount(); ++row) {
        const MessageRecord &record = model.store().record(model.storeRow(row));
        if (record.partition == partition)
            offsets.append(record.offset);
    }
    return offsets;
}

} // namespace

class TestMessageBrowser : public QObject {
    Q_OBJECT

private slots:
    void init() {
        const QString started = m_cluster.start(Topic, Partitions);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_settings.bootstrapServers = m_cluster.bootstrapServers();
        for (int partition = 0; partition < Partitions; ++partition) {
            const QString produced =
                test::produceToMock(m_settings.bootstrapServers, Topic, partition, PerPartition);
            QVERIFY2(produced.isEmpty(), qPrintable(produced));
        }
    }

    void cleanup() { m_cluster.stop(); }

    void readsTheTopicIntoItsTable() {
        MessageBrowser browser(m_settings);
        QAbstractItemModelTester tester(browser.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        BrowseRequest request;
        request.topic = QString::fromUtf8(Topic);
        browser.browse(request);
        QCOMPARE(browser.state(), MessageBrowser::State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Finished, Timeout);
        QCOMPARE(browser.model()->rowCount(), Partitions * PerPartition);
        QCOMPARE(browser.messagesRead(), Partitions * PerPartition);
        QList<qint64> expected;
        for (int offset = 0; offset < PerPartition; ++offset)
            expected.append(offset);
        for (int partition = 0; partition < Partitions; ++partition)
            QCOMPARE(offsetsIn(*browser.model(), partition), expected);
        QCOMPARE(browser.progress().size(), Partitions);
        for (const PartitionProgress &progress : browser.progress()) {
            QVERIFY(progress.done);
            QCOMPARE(progress.delivered, PerPartition);
        }
    }

    // The first browse's answers are held up by slow brokers when the second one starts: none of them
    // may reach the table.
    void newBrowseSupersedesTheOldOne() {
        MessageBrowser browser(m_settings);
        QAbstractItemModelTester tester(browser.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        BrowseRequest first;
        first.topic = QString::fromUtf8(Topic);
        first.partitions = {0};
        browser.browse(first);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Finished, Timeout);
        setBrokerRtt(400);
        browser.browse(first);
        QTest::qWait(100);
        BrowseRequest second = first;
        second.start = {StartPosition::Kind::Offset, 30};
        browser.browse(second);
        QCOMPARE(browser.model()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Finished, Timeout);
        QTest::qWait(1000); // anything of the first browse still on its way
        QList<qint64> expected;
        for (int offset = 30; offset < PerPartition; ++offset)
            expected.append(offset);
        QCOMPARE(offsetsIn(*browser.model(), 0), expected);
        QCOMPARE(browser.model()->rowCount(), int(expected.size()));
        setBrokerRtt(0);
    }

    void tailShowsNewMessages() {
        MessageBrowser browser(m_settings);
        BrowseRequest request;
        request.topic = QString::fromUtf8(Topic);
        request.start.kind = StartPosition::Kind::End;
        request.stop.kind = StopCondition::Kind::Never;
        browser.browse(request);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Following, Timeout);
        QCOMPARE(browser.model()->rowCount(), 0);
        const QString produced = test::produceToMock(m_settings.bootstrapServers, Topic, 2, 5);
        QVERIFY2(produced.isEmpty(), qPrintable(produced));
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 5, Timeout);
        QCOMPARE(offsetsIn(*browser.model(), 2), (QList<qint64>{40, 41, 42, 43, 44}));
        browser.pause();
        QCOMPARE(browser.state(), MessageBrowser::State::Paused);
        browser.resume();
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Following, Timeout);
    }

    // (The mock creates any topic it is asked about; the real-cluster tests check unknown topics.)
    void unknownPartitionFailsWithTheReason() {
        MessageBrowser browser(m_settings);
        QSignalSpy states(&browser, &MessageBrowser::stateChanged);
        BrowseRequest request;
        request.topic = QString::fromUtf8(Topic);
        request.partitions = {9};
        browser.browse(request);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Failed, Timeout);
        QCOMPARE(browser.stateMessage(),
                 QStringLiteral("Topic clicks has no partition 9: it has 3 partitions"));
        QCOMPARE(states.last().at(1).toString(), browser.stateMessage());
    }

    // Partition 1's leader keeps its connection and holds its answer to the fetch back: once the
    // reader's stall threshold has passed, the browser's progress names the partition and the broker,
    // and the read goes on (neither finished nor failed, nor an empty result taken for the end),
    // while the partitions of the other broker are read whole.
    void stalledLeaderIsNamed() {
        constexpr int Stalled = 1;
        constexpr int SilentBroker = 2;
        QVERIFY(leadFrom(Stalled, SilentBroker));
        // Its next Fetch (API key 1) answered after 60 s: longer than the test, shorter than the
        // consumer's request timeout (socket.timeout.ms, 60 s, plus fetch.wait.max.ms), so the
        // connection stays up and silent.
        QVERIFY(holdNextAnswer(SilentBroker, Fetch, 60000));

        MessageBrowser browser(m_settings);
        BrowseRequest request;
        request.topic = QString::fromUtf8(Topic);
        QElapsedTimer sinceBrowse;
        sinceBrowse.start();
        browser.browse(request);
        const auto problemOf = [&browser](int partition) {
            for (const PartitionProgress &progress : browser.progress()) {
                if (progress.partition == partition)
                    return progress.problem;
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!problemOf(Stalled).isEmpty(),
                                 int(std::chrono::milliseconds(MessageReader::StallTimeout).count()) +
                                     Timeout);
        QVERIFY2(sinceBrowse.elapsed() >= std::chrono::milliseconds(MessageReader::StallTimeout).count(),
                 qPrintable(QString::number(sinceBrowse.elapsed())));
        const QRegularExpression named(
            QStringLiteral("^no answer for (\\d+) s reading partition %1 from broker %2$")
                .arg(Stalled)
                .arg(SilentBroker));
        const QRegularExpressionMatch match = named.match(problemOf(Stalled));
        QVERIFY2(match.hasMatch(), qPrintable(problemOf(Stalled)));
        QVERIFY(match.captured(1).toInt() >= MessageReader::StallTimeout.count());

        QCOMPARE(browser.state(), MessageBrowser::State::Reading);
        QCOMPARE(browser.model()->rowCount(), 2 * PerPartition);
        QCOMPARE(offsetsIn(*browser.model(), Stalled), QList<qint64>());
        for (const PartitionProgress &progress : browser.progress()) {
            QCOMPARE(progress.done, progress.partition != Stalled);
            QCOMPARE(progress.delivered, progress.partition == Stalled ? 0 : PerPartition);
            if (progress.partition == Stalled) {
                QCOMPARE(progress.leader, SilentBroker);
                QVERIFY(!progress.atEnd);
                QCOMPARE(progress.remaining(), PerPartition);
            } else {
                QVERIFY2(progress.problem.isEmpty(), qPrintable(progress.problem));
            }
        }
    }

    // A partition that reached its end while another was still being read is paused; librdkafka keeps
    // that pause across assignments, so the reader must lift it for the next request that reads it.
    void aPartitionPausedAtItsEndIsReadAgain() {
        constexpr int Slow = 1;
        constexpr int SlowBroker = 2;
        QVERIFY(leadFrom(Slow, SlowBroker));
        QVERIFY(holdNextAnswer(SlowBroker, Fetch, 3000));
        MessageBrowser browser(m_settings);
        BrowseRequest request;
        request.topic = QString::fromUtf8(Topic);
        browser.browse(request);
        const auto doneIn = [&browser](int partition) {
            for (const PartitionProgress &progress : browser.progress()) {
                if (progress.partition == partition)
                    return progress.done;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(doneIn(0) && doneIn(2), Timeout);
        QVERIFY2(!doneIn(Slow), "the slow partition ended first: nothing was paused");

        request.partitions = {0};
        browser.browse(request);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Finished, Timeout);
        QCOMPARE(int(offsetsIn(*browser.model(), 0).size()), PerPartition);
    }

    // Nothing listens on port 1 of the loopback: the browse fails at once with the reason the client
    // gave, not after the whole start timeout with "timed out".
    void unreachableBootstrapIsNamed() {
        ConnectionSettings nowhere;
        nowhere.bootstrapServers = QStringLiteral("127.0.0.1:1");
        MessageBrowser browser(nowhere);
        BrowseRequest request;
        request.topic = QString::fromUtf8(Topic);
        QElapsedTimer sinceBrowse;
        sinceBrowse.start();
        browser.browse(request);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Failed, Timeout);
        QVERIFY2(sinceBrowse.elapsed() < std::chrono::milliseconds(MessageBrowser::StartTimeout).count() / 2,
                 qPrintable(QString::number(sinceBrowse.elapsed())));
        QVERIFY2(browser.stateMessage().startsWith(QStringLiteral("Bootstrap unreachable (127.0.0.1:1): ")),
                 qPrintable(browser.stateMessage()));
        QVERIFY2(browser.stateMessage().contains(QStringLiteral("refused")),
                 qPrintable(browser.stateMessage()));
    }

    // Partition 1's leader holds its answer to the first ListOffsets back for longer than the start may
    // take: only that partition is given up on, with the broker named; the others are read whole.
    void aLeaderSilentOnListOffsetsCostsOnlyItsPartitions() {
        constexpr int Silent = 1;
        constexpr int SilentBroker = 2;
        QVERIFY(leadFrom(Silent, SilentBroker));
        QVERIFY(holdNextAnswer(SilentBroker, ListOffsets, 60000));
        MessageBrowser browser(m_settings);
        BrowseRequest request;
        request.topic = QString::fromUtf8(Topic);
        browser.browse(request);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Finished,
                                  int(std::chrono::milliseconds(MessageBrowser::StartTimeout).count()) +
                                      Timeout);
        QCOMPARE(offsetsIn(*browser.model(), Silent), QList<qint64>());
        QCOMPARE(browser.model()->rowCount(), 2 * PerPartition);
        for (const PartitionProgress &progress : browser.progress()) {
            QVERIFY(progress.done);
            if (progress.partition == Silent)
                QCOMPARE(MessageReader::partitionNote(progress),
                         QStringLiteral("broker 2 did not answer within 10 s: where to read partition 1 "
                                        "is not known"));
            else
                QVERIFY2(progress.problem.isEmpty(), qPrintable(progress.problem));
        }
    }

    // A leader that goes away while the browser follows the topic is a connection librdkafka re-makes,
    // not the end of the browse: once it is back, new messages of its partition are shown.
    void aBrokerLostWhileFollowingIsNoFailure() {
        constexpr int Lost = 1;
        constexpr int LostBroker = 2;
        QVERIFY(leadFrom(Lost, LostBroker));
        MessageBrowser browser(m_settings);
        BrowseRequest request;
        request.topic = QString::fromUtf8(Topic);
        request.stop.kind = StopCondition::Kind::Never;
        browser.browse(request);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Following, Timeout);
        QCOMPARE(rd_kafka_mock_broker_set_down(m_cluster.get(), LostBroker), RD_KAFKA_RESP_ERR_NO_ERROR);
        QTest::qWait(2000); // the client finds the connection gone and fails to re-make it
        QCOMPARE(browser.state(), MessageBrowser::State::Following);
        QCOMPARE(rd_kafka_mock_broker_set_up(m_cluster.get(), LostBroker), RD_KAFKA_RESP_ERR_NO_ERROR);
        const QString produced = test::produceToMock(m_settings.bootstrapServers, Topic, Lost, 5);
        QVERIFY2(produced.isEmpty(), qPrintable(produced));
        QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), Partitions * PerPartition + 5, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(browser.state(), MessageBrowser::State::Following, Timeout);
        QCOMPARE(offsetsIn(*browser.model(), Lost).last(), qint64(PerPartition + 4));
    }

    void destroyedMidReadReturnsAtOnce() {
        auto browser = std::make_unique<MessageBrowser>(m_settings);
        BrowseRequest request;
        request.topic = QString::fromUtf8(Topic);
        request.stop.kind = StopCondition::Kind::Never;
        setBrokerRtt(3000);
        browser->browse(request);
        QTest::qWait(200);
        QElapsedTimer timer;
        timer.start();
        browser.reset();
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        setBrokerRtt(0);
    }

private:
    // `broker` leads `partition`, broker 1 every other partition.
    [[nodiscard]] bool leadFrom(int partition, int broker) {
        for (int other = 0; other < Partitions; ++other) {
            if (rd_kafka_mock_partition_set_leader(m_cluster.get(), Topic, other,
                                                   other == partition ? broker : 1))
                return false;
        }
        return true;
    }
    // The broker's next request with this API key is answered `ms` later.
    [[nodiscard]] bool holdNextAnswer(int broker, int16_t apiKey, int ms) {
        return rd_kafka_mock_broker_push_request_error_rtts(m_cluster.get(), broker, apiKey, 1,
                                                            RD_KAFKA_RESP_ERR_NO_ERROR,
                                                            ms) == RD_KAFKA_RESP_ERR_NO_ERROR;
    }
    void setBrokerRtt(int ms) {
        for (int broker = 1; broker <= test::MockCluster::BrokerCount; ++broker)
            rd_kafka_mock_broker_set_rtt(m_cluster.get(), broker, ms);
    }

    test::MockCluster m_cluster;
    ConnectionSettings m_settings;
};

QTEST_GUILESS_MAIN(TestMessageBrowser)
#include "tst_messagebrowser.moc"
