// The replayer on the real cluster: 10,000 messages (null and binary keys and values, headers) come
// back identical in the target, with their timestamps and partitions when kept; given messages are
// replayed as given; a missing target, messages too large for the target and messages without a
// topic header are reported, each one, while the others are acknowledged; every message taken is
// accounted for when a replay is cancelled; read-only connections are refused.

#include "messagereplayer.h"
#include "readback.h"
#include "testkafka.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace partita;
using namespace std::chrono_literals;

namespace {

constexpr auto Timeout = 15s;
constexpr int MessageCount = 10000;
constexpr int SourcePartitions = 3;
// An hour ago: well within the topics' retention, and clearly not the time of the replay.
const qint64 BaseTime = (QDateTime::currentMSecsSinceEpoch() / 1000 - 3600) * 1000;
const QByteArray TopicHeader("partita-redrive-to");
const std::atomic_bool NeverCancelled(false);

// A message as one readable line of what a replay keeps (key, value, headers, and the timestamp when
// asked), to compare lists of messages and to show the first difference.
QByteArray contentOf(const MessageBatch::Message &message, bool withTimestamp) {
    const auto bytes = [](const std::optional<QByteArrayView> &view) {
        return view ? view->toByteArray().toHex() : QByteArray("null");
    };
    QByteArray line = "key " + bytes(message.key) + " value " + bytes(message.value);
    for (const MessageHeader &header : message.headers)
        line += " header " + header.name + "=" + (header.value ? header.value->toHex() : QByteArray("null"));
    if (withTimestamp)
        line += " at " + QByteArray::number(message.timestamp);
    return line;
}

QList<QByteArray> contentsOf(const test::Read &read, bool withTimestamps, int partition = -1) {
    QList<QByteArray> contents;
    for (const MessageBatch::Message &message : read.messages) {
        if (partition < 0 || message.partition == partition)
            contents.append(contentOf(message, withTimestamps));
    }
    return contents;
}

template <typename List> List sorted(List list) {
    std::sort(list.begin(), list.end());
    return list;
}

// Message i of the large source: every tenth key null, every 50th value null (a tombstone), binary
// values with every byte value, headers on two of three messages (some null, some repeated).
test::TestMessage sourceMessage(int i) {
    test::TestMessage message;
    message.partition = i % SourcePartitions;
    if (i % 10 != 0)
        message.key = QByteArray("key-") + QByteArray::number(i % 100);
    if (i % 50 != 0) {
        QByteArray value = QByteArray::number(i) + '\0';
        for (int b = 0; b < 256; b += 1 + i % 7)
            value += char(b);
        message.value = value;
    }
    if (i % 3 != 0)
        message.headers.append({QByteArray("trace"), QByteArray::number(i, 16)});
    if (i % 7 == 0)
        message.headers.append({QByteArray("empty"), std::nullopt});
    if (i % 11 == 0)
        message.headers.append({QByteArray("trace"), QByteArray("\xff\x00\x01", 3)});
    message.timestamp = BaseTime + i;
    return message;
}

BrowseRequest wholeTopic(const QString &topic) {
    BrowseRequest request;
    request.topic = topic;
    return request;
}

ReplayRequest toTopic(const QString &topic) {
    ReplayRequest request;
    request.targetTopic = topic;
    request.timeout = Timeout;
    return request;
}

// The counts in one line, to compare them at once.
QString countsOf(const ReplayReport &report) {
    return QStringLiteral("%1 messages: %2 sent, %3 acknowledged, %4 failed")
        .arg(report.counts.messages)
        .arg(report.counts.sent)
        .arg(report.counts.acknowledged)
        .arg(report.counts.failed);
}

QString describe(const ReplayReport &report) {
    QString text =
        QStringLiteral("outcome %1, %2 %3").arg(int(report.outcome)).arg(countsOf(report), report.error);
    for (const ReplayFailure &failure : report.failures.mid(0, 5))
        text += QStringLiteral("\n  %1-%2 -> %3: %4")
                    .arg(failure.partition)
                    .arg(failure.offset)
                    .arg(failure.targetTopic, failure.error);
    return text;
}

} // namespace

class TestReplay : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_settings.bootstrapServers = test::bootstrapServers();
        QString error;
        m_reader = MessageReader::create(m_settings, &error);
        QVERIFY2(m_reader, qPrintable(error));
        m_replayer = MessageReplayer::create(m_settings, &error);
        QVERIFY2(m_replayer, qPrintable(error));

        m_source = test::uniqueTopicName(QStringLiteral("replay-source"));
        QCOMPARE(test::createTopic(m_source, SourcePartitions, 3), QString());
        QList<test::TestMessage> messages;
        for (int i = 0; i < MessageCount; ++i)
            messages.append(sourceMessage(i));
        QCOMPARE(test::produceMessages(m_source, messages), QString());
        m_sourceRead = test::readWholeTopic(*m_reader, m_source, Timeout);
        QVERIFY2(m_sourceRead.error.isEmpty(), qPrintable(m_sourceRead.error));
        QCOMPARE(int(m_sourceRead.messages.size()), MessageCount);
    }

    void replaysTenThousandIdentical_data() {
        QTest::addColumn<bool>("keepTimestamps");
        QTest::addColumn<bool>("keepPartitions");
        QTest::newRow("timestamps and partitions kept") << true << true;
        QTest::newRow("new timestamps, partitioned by key") << false << false;
    }

    // Kept partitions come in the source's order at the source's offsets (the target was empty).
    void replaysTenThousandIdentical() {
        QFETCH(bool, keepTimestamps);
        QFETCH(bool, keepPartitions);
        const QString target = test::uniqueTopicName(QStringLiteral("replay-target"));
        QCOMPARE(test::createTopic(target, SourcePartitions, 3), QString());
        ReplayRequest request = toTopic(target);
        request.keepTimestamps = keepTimestamps;
        request.keepPartitions = keepPartitions;
        QList<ReplayCounts> progress;
        QElapsedTimer elapsed;
        elapsed.start();
        const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
        const ReplayReport report = m_replayer->replay(
            wholeTopic(m_source), request, [&](const ReplayCounts &counts) { progress.append(counts); },
            NeverCancelled);

        QVERIFY2(report.outcome == ReplayReport::Outcome::Completed, qPrintable(describe(report)));
        QCOMPARE(countsOf(report),
                 QStringLiteral("10000 messages: 10000 sent, 10000 acknowledged, 0 failed"));
        QVERIFY(report.failures.isEmpty());
        QVERIFY(report.notes.isEmpty());
        // Progress comes in batches, at most every 100 ms, and last with the final counts.
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.size() <= elapsed.elapsed() / 100 + 1,
                 qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.constLast().acknowledged, MessageCount);
        qInfo("replayed %d messages in %lld ms, %lld progress reports", MessageCount, elapsed.elapsed(),
              qint64(progress.size()));

        const test::Read replayed = test::readWholeTopic(*m_reader, target, Timeout);
        QVERIFY2(replayed.error.isEmpty(), qPrintable(replayed.error));
        QCOMPARE(int(replayed.messages.size()), MessageCount);
        if (keepPartitions) {
            for (int partition = 0; partition < SourcePartitions; ++partition) {
                QCOMPARE(contentsOf(replayed, keepTimestamps, partition),
                         contentsOf(m_sourceRead, keepTimestamps, partition));
            }
            QCOMPARE(sorted(replayed.offsets), sorted(m_sourceRead.offsets));
        } else {
            QCOMPARE(sorted(contentsOf(replayed, false)), sorted(contentsOf(m_sourceRead, false)));
        }
        if (!keepTimestamps) {
            for (const MessageBatch::Message &message : replayed.messages)
                QVERIFY(message.timestamp >= startedAt - 1000);
        }
        QCOMPARE(test::deleteTopic(target), QString());
    }

    // The GUI's "replay selected": messages picked from what was read, not a range of the cluster.
    void replaysGivenMessages() {
        const QString target = test::uniqueTopicName(QStringLiteral("replay-picked"));
        QCOMPARE(test::createTopic(target, 1, 3), QString());
        MessageBatch picked(m_source);
        test::Read expected;
        for (size_t i = 0; i < m_sourceRead.messages.size(); i += 97) {
            picked.append(m_sourceRead.messages[i]);
            expected.messages.push_back(m_sourceRead.messages[i]);
        }
        ReplayRequest request = toTopic(target);
        request.keepTimestamps = true;
        const ReplayReport report = m_replayer->replay(picked, request, nullptr, NeverCancelled);
        QVERIFY2(report.outcome == ReplayReport::Outcome::Completed, qPrintable(describe(report)));
        QCOMPARE(countsOf(report), QStringLiteral("104 messages: 104 sent, 104 acknowledged, 0 failed"));

        const test::Read replayed = test::readWholeTopic(*m_reader, target, Timeout);
        QCOMPARE(contentsOf(replayed, true), contentsOf(expected, true));
        QCOMPARE(test::deleteTopic(target), QString());
    }

    // Checked before anything is read, rather than waiting for the producer's message timeout.
    void missingTargetIsReported() {
        const QString target = test::uniqueTopicName(QStringLiteral("replay-missing"));
        QElapsedTimer elapsed;
        elapsed.start();
        const ReplayReport report = replay(m_source, toTopic(target));
        QVERIFY2(report.outcome == ReplayReport::Outcome::NotStarted, qPrintable(describe(report)));
        QCOMPARE(report.error, QStringLiteral("Topic %1 does not exist").arg(target));
        QCOMPARE(countsOf(report), QStringLiteral("0 messages: 0 sent, 0 acknowledged, 0 failed"));
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    }

    // The target allows 1,000 bytes: the three larger messages fail, each listed, and the small ones
    // around them (which would share their batches) are acknowledged.
    void tooLargeMessagesAreListed() {
        const QString source = test::uniqueTopicName(QStringLiteral("replay-large-source"));
        const QString target = test::uniqueTopicName(QStringLiteral("replay-small-target"));
        QCOMPARE(test::createTopic(source, 1, 3), QString());
        QCOMPARE(
            test::createTopic(target, 1, 3, {{QStringLiteral("max.message.bytes"), QStringLiteral("1000")}}),
            QString());
        const QList<qint64> large{10, 30, 31};
        QList<test::TestMessage> messages;
        for (int i = 0; i < 60; ++i) {
            test::TestMessage message;
            message.key = QByteArray::number(i);
            message.value = QByteArray(large.contains(i) ? 5000 : 100, char('a' + i % 26));
            messages.append(message);
        }
        QCOMPARE(test::produceMessages(source, messages), QString());

        ReplayRequest request = toTopic(target);
        request.keepPartitions = true;
        const ReplayReport report = replay(source, request);
        QVERIFY2(report.outcome == ReplayReport::Outcome::Completed, qPrintable(describe(report)));
        QCOMPARE(countsOf(report), QStringLiteral("60 messages: 60 sent, 57 acknowledged, 3 failed"));
        QCOMPARE(report.failures.size(), 3);
        for (int i = 0; i < large.size(); ++i) {
            const ReplayFailure &failure = report.failures.at(i);
            QCOMPARE(failure.partition, 0);
            QCOMPARE(failure.offset, large.at(i));
            QCOMPARE(failure.targetTopic, target);
            QVERIFY2(failure.error.contains(QLatin1String("Message size too large")),
                     qPrintable(failure.error));
        }
        const test::Read replayed = test::readWholeTopic(*m_reader, target, Timeout);
        QCOMPARE(int(replayed.messages.size()), 57);
        for (const MessageBatch::Message &message : replayed.messages)
            QCOMPARE(message.value->size(), 100);
        QCOMPARE(test::deleteTopic(source), QString());
        QCOMPARE(test::deleteTopic(target), QString());
    }

    // Dead-letter redrive: each message to the topic its header names; one without the header and two
    // naming a topic that does not exist are listed, the others acknowledged in both targets.
    void headerRoutedRedrive() {
        const QString source = test::uniqueTopicName(QStringLiteral("replay-dlq"));
        const QString first = test::uniqueTopicName(QStringLiteral("replay-orders"));
        const QString second = test::uniqueTopicName(QStringLiteral("replay-payments"));
        const QString missing = test::uniqueTopicName(QStringLiteral("replay-gone"));
        for (const QString &topic : {source, first, second})
            QCOMPARE(test::createTopic(topic, 2, 3), QString());
        QList<test::TestMessage> messages;
        for (int i = 0; i < 23; ++i) {
            test::TestMessage message;
            message.value = QByteArray::number(i);
            message.headers.append({QByteArray("reason"), QByteArray("timeout")});
            if (i < 20)
                message.headers.append({TopicHeader, (i % 2 == 0 ? first : second).toUtf8()});
            else if (i > 20)
                message.headers.append({TopicHeader, missing.toUtf8()});
            messages.append(message);
        }
        QCOMPARE(test::produceMessages(source, messages), QString());

        ReplayRequest request;
        request.topicHeader = TopicHeader;
        request.timeout = Timeout;
        const ReplayReport report = replay(source, request);
        QVERIFY2(report.outcome == ReplayReport::Outcome::Completed, qPrintable(describe(report)));
        QCOMPARE(countsOf(report), QStringLiteral("23 messages: 20 sent, 20 acknowledged, 3 failed"));
        QCOMPARE(report.failures.size(), 3);
        const QList<ReplayFailure> failures = report.failures;
        QCOMPARE(failures.at(0).offset, 20);
        QCOMPARE(failures.at(0).targetTopic, QString());
        QCOMPARE(failures.at(0).error,
                 QStringLiteral("no header %1 names a target topic").arg(QString::fromUtf8(TopicHeader)));
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(failures.at(i).offset, 20 + i);
            QCOMPARE(failures.at(i).targetTopic, missing);
            QCOMPARE(failures.at(i).error, QStringLiteral("Topic %1 does not exist").arg(missing));
        }
        for (int parity = 0; parity < 2; ++parity) {
            const test::Read replayed =
                test::readWholeTopic(*m_reader, parity == 0 ? first : second, Timeout);
            QList<QByteArray> values;
            for (const MessageBatch::Message &message : replayed.messages) {
                values.append(message.value->toByteArray());
                QCOMPARE(message.headers.size(), 2); // the routing header is kept too
            }
            QList<QByteArray> expected;
            for (int i = parity; i < 20; i += 2)
                expected.append(QByteArray::number(i));
            QCOMPARE(sorted(values), sorted(expected));
        }
        for (const QString &topic : {source, first, second})
            QCOMPARE(test::deleteTopic(topic), QString());
    }

    // Cancelled from its first progress report: whatever was taken is acknowledged or listed, and the
    // target holds exactly the acknowledged messages.
    void cancelledReplayAccountsForEveryMessage() {
        const QString target = test::uniqueTopicName(QStringLiteral("replay-cancelled"));
        QCOMPARE(test::createTopic(target, SourcePartitions, 3), QString());
        std::atomic_bool cancel(false);
        const ReplayReport report = m_replayer->replay(
            wholeTopic(m_source), toTopic(target), [&](const ReplayCounts &) { cancel = true; }, cancel);
        QCOMPARE(report.counts.messages, report.counts.acknowledged + report.counts.failed);
        QCOMPARE(report.counts.failed, 0);
        if (report.outcome != ReplayReport::Outcome::Completed) {
            QVERIFY2(report.outcome == ReplayReport::Outcome::Cancelled, qPrintable(describe(report)));
            QVERIFY(report.counts.messages < MessageCount);
        }
        const test::Read replayed = test::readWholeTopic(*m_reader, target, Timeout);
        QCOMPARE(qint64(replayed.messages.size()), report.counts.acknowledged);
        QCOMPARE(test::deleteTopic(target), QString());
    }

    void readOnlyIsRefused() {
        ConnectionSettings readOnly = m_settings;
        readOnly.readOnly = true;
        QString error;
        QVERIFY(!MessageReplayer::create(readOnly, &error));
        QCOMPARE(error,
                 QStringLiteral("Refused: this connection is read-only, so messages cannot be replayed"));
    }

    void cleanupTestCase() {
        if (!m_source.isEmpty())
            QCOMPARE(test::deleteTopic(m_source), QString());
    }

private:
    // All of `source`, from its beginning to its end now.
    ReplayReport replay(const QString &source, const ReplayRequest &request) {
        return m_replayer->replay(wholeTopic(source), request, nullptr, NeverCancelled);
    }

    ConnectionSettings m_settings;
    std::unique_ptr<MessageReader> m_reader;
    std::unique_ptr<MessageReplayer> m_replayer;
    QString m_source;
    test::Read m_sourceRead;
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
