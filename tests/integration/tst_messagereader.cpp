// The browser's reader on the real cluster: every start position and stop condition returns exactly
// the expected offsets, a new start drops what the old one had read ahead, payloads of every kind come
// back byte for byte (headers, null keys and values, binary, every compression codec), bad requests
// are refused with the reason, and browsing leaves every group's committed offsets as they were.

#include "consumeroffsetsrecord.h"
#include "messagereader.h"
#include "readback.h"
#include "testkafka.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <cstdlib>
#include <limits>
#include <map>

using namespace partita;
using namespace std::chrono_literals;
using test::Read;
using test::readAll;

namespace {

constexpr auto Timeout = 15s;
// The messages' timestamps: BaseTime + 1 s * index. An hour ago, whole seconds: timestamps older
// than the topic's retention (7 days) would have the broker delete the messages during the test.
const qint64 BaseTime = (QDateTime::currentMSecsSinceEpoch() / 1000 - 3600) * 1000;
const QList<int> Counts{10, 5, 0};

// Reads until `count` messages came, or `limit` passed.
Read readUntil(MessageReader &reader, int count, std::chrono::milliseconds limit) {
    Read read;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (int(read.offsets.size()) < count && std::chrono::steady_clock::now() < deadline) {
        const ReadResult result = reader.read(1000, 500ms);
        for (const MessageRecord &record : result.batch->records())
            read.offsets.emplace_back(record.partition, record.offset);
        read.progress = result.progress;
    }
    return read;
}

// The offsets read from one partition, in order.
QList<qint64> offsetsOf(const Read &read, int partition) {
    QList<qint64> offsets;
    for (const auto &[p, offset] : read.offsets) {
        if (p == partition)
            offsets.append(offset);
    }
    return offsets;
}

QList<qint64> range(qint64 from, qint64 to) { // [from, to)
    QList<qint64> offsets;
    for (qint64 offset = from; offset < to; ++offset)
        offsets.append(offset);
    return offsets;
}

// The __consumer_offsets partition that holds a group's records, as Kafka's group coordinator picks
// it: Utils.abs(groupId.hashCode()) % partitions, with Java's String.hashCode over UTF-16 code units.
int consumerOffsetsPartition(const QString &group, int partitions) {
    quint32 hash = 0; // Java's int arithmetic wraps; unsigned wraps without undefined behaviour
    for (const QChar c : group)
        hash = 31 * hash + c.unicode();
    const auto signedHash = qint32(hash);
    const qint32 absolute = signedHash == std::numeric_limits<qint32>::min() ? 0 : std::abs(signedHash);
    return absolute % partitions;
}

QList<QByteArray> valuesOf(const Read &read) {
    QList<QByteArray> values;
    for (const MessageBatch::Message &message : read.messages)
        values.append(message.value ? message.value->toByteArray() : QByteArray());
    return values;
}

} // namespace

class TestMessageReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_settings.bootstrapServers = test::bootstrapServers();
        m_topic = test::uniqueTopicName(QStringLiteral("browse"));
        QCOMPARE(test::createTopic(m_topic, int(Counts.size()), 3), QString());
        QList<test::TestMessage> messages;
        for (int partition = 0; partition < Counts.size(); ++partition) {
            for (int i = 0; i < Counts.at(partition); ++i) {
                test::TestMessage message;
                message.partition = partition;
                message.key = QByteArray("k") + QByteArray::number(i);
                message.value = QStringLiteral("p%1-%2").arg(partition).arg(i).toUtf8();
                message.timestamp = BaseTime + i * qint64(1000);
                messages.append(message);
            }
        }
        QCOMPARE(test::produceMessages(m_topic, messages), QString());
        QString error;
        m_reader = MessageReader::create(m_settings, &error);
        QVERIFY2(m_reader, qPrintable(error));
    }

    void positions_data() {
        QTest::addColumn<int>("startKind");
        QTest::addColumn<qint64>("startValue");
        QTest::addColumn<QList<int>>("partitions");
        QTest::addColumn<int>("stopKind");
        QTest::addColumn<qint64>("stopValue");
        QTest::addColumn<QList<qint64>>("partition0");
        QTest::addColumn<QList<qint64>>("partition1");

        using S = StartPosition::Kind;
        using E = StopCondition::Kind;
        const QList<int> all;
        QTest::newRow("beginning to end")
            << int(S::Beginning) << 0LL << all << int(E::EndAtStart) << 0LL << range(0, 10) << range(0, 5);
        QTest::newRow("offset 3") << int(S::Offset) << 3LL << all << int(E::EndAtStart) << 0LL << range(3, 10)
                                  << range(3, 5);
        QTest::newRow("offset 7: past partition 1's end")
            << int(S::Offset) << 7LL << all << int(E::EndAtStart) << 0LL << range(7, 10) << QList<qint64>();
        QTest::newRow("last 2") << int(S::LastN) << 2LL << all << int(E::EndAtStart) << 0LL << range(8, 10)
                                << range(3, 5);
        QTest::newRow("last 20: fewer there")
            << int(S::LastN) << 20LL << all << int(E::EndAtStart) << 0LL << range(0, 10) << range(0, 5);
        QTest::newRow("timestamp between messages")
            << int(S::Timestamp) << BaseTime + 5500 << all << int(E::EndAtStart) << 0LL << range(6, 10)
            << QList<qint64>();
        QTest::newRow("timestamp on a message") << int(S::Timestamp) << BaseTime + 3000 << all
                                                << int(E::EndAtStart) << 0LL << range(3, 10) << range(3, 5);
        QTest::newRow("timestamp after the last message: the end")
            << int(S::Timestamp) << BaseTime + 60000 << all << int(E::EndAtStart) << 0LL << QList<qint64>()
            << QList<qint64>();
        QTest::newRow("until a timestamp") << int(S::Beginning) << 0LL << all << int(E::Timestamp)
                                           << BaseTime + 3500 << range(0, 4) << range(0, 4);
        QTest::newRow("partition 1 only") << int(S::Beginning) << 0LL << QList<int>{1} << int(E::EndAtStart)
                                          << 0LL << QList<qint64>() << range(0, 5);
        QTest::newRow("end: nothing new")
            << int(S::End) << 0LL << all << int(E::EndAtStart) << 0LL << QList<qint64>() << QList<qint64>();
    }

    void positions() {
        QFETCH(int, startKind);
        QFETCH(qint64, startValue);
        QFETCH(QList<int>, partitions);
        QFETCH(int, stopKind);
        QFETCH(qint64, stopValue);
        QFETCH(QList<qint64>, partition0);
        QFETCH(QList<qint64>, partition1);
        BrowseRequest request;
        request.topic = m_topic;
        request.partitions = partitions;
        request.start = {StartPosition::Kind(startKind), startValue};
        request.stop = {StopCondition::Kind(stopKind), stopValue};
        QCOMPARE(m_reader->start(request, Timeout), QString());
        const Read read = readAll(*m_reader);
        QVERIFY2(read.finished, "the read did not finish");
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(offsetsOf(read, 0), partition0);
        QCOMPARE(offsetsOf(read, 1), partition1);
        QCOMPARE(offsetsOf(read, 2), QList<qint64>());
        QCOMPARE(qsizetype(read.offsets.size()), partition0.size() + partition1.size());
        for (const PartitionProgress &progress : read.progress)
            QVERIFY(progress.done);
    }

    void findByKey_data() {
        QTest::addColumn<QString>("producer"); // a librdkafka partitioner, or "java"
        QTest::addColumn<int>("partitioner");
        QTest::newRow("librdkafka's default partitioner")
            << QStringLiteral("consistent_random") << int(KeyPartitioner::Crc32);
        QTest::newRow("librdkafka's murmur2 partitioner")
            << QStringLiteral("murmur2_random") << int(KeyPartitioner::Murmur2);
        QTest::newRow("Kafka's Java console producer")
            << QStringLiteral("java") << int(KeyPartitioner::Murmur2);
    }

    // Keys spread over the partitions by a real producer are found, with all their messages, in the
    // one partition the chosen partitioner names, and only messages with the key are handed over.
    void findByKey() {
        QFETCH(QString, producer);
        QFETCH(int, partitioner);
        constexpr int Partitions = 6;
        constexpr int Keys = 24;
        constexpr int PerKey = 3;
        const QString topic = test::uniqueTopicName(QStringLiteral("findkey"));
        QCOMPARE(test::createTopic(topic, Partitions, 3), QString());
        QList<test::TestMessage> messages;
        QList<QPair<QByteArray, QByteArray>> lines;
        for (int i = 0; i < Keys * PerKey; ++i) {
            test::TestMessage message;
            message.partition = -1; // the partitioner chooses
            message.key = QByteArray("customer-") + QByteArray::number(i % Keys);
            message.value = QByteArray("order-") + QByteArray::number(i);
            messages.append(message);
            lines.append({*message.key, *message.value});
        }
        QCOMPARE(producer == QLatin1String("java")
                     ? test::produceWithJavaConsoleProducer(topic, lines)
                     : test::produceMessages(topic, messages, {{QStringLiteral("partitioner"), producer}}),
                 QString());

        BrowseRequest everything;
        everything.topic = topic;
        QCOMPARE(m_reader->start(everything, Timeout), QString());
        const Read all = readAll(*m_reader);
        QCOMPARE(int(all.messages.size()), Keys * PerKey);
        std::map<QByteArray, QSet<int>> partitionsOfKey;
        for (const MessageBatch::Message &message : all.messages)
            partitionsOfKey[message.key->toByteArray()].insert(message.partition);
        QSet<int> used;
        for (const auto &[key, partitions] : partitionsOfKey)
            used += partitions;
        QVERIFY2(used.size() > 1, "the producer put every key in one partition: the test proves nothing");

        for (const auto &[key, partitions] : partitionsOfKey) {
            BrowseRequest request;
            request.topic = topic;
            request.partitions = {0}; // a key search reads the key's partition whatever this says
            request.keySearch = KeySearch{key, KeyPartitioner(partitioner)};
            QCOMPARE(m_reader->start(request, Timeout), QString());
            const Read found = readAll(*m_reader);
            QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
            QCOMPARE(found.progress.size(), 1);
            const int expected = KeyPartitioning::partitionFor(key, Partitions, KeyPartitioner(partitioner));
            QCOMPARE(found.progress.first().partition, expected);
            QCOMPARE(partitions, QSet<int>{expected});
            QCOMPARE(int(found.messages.size()), PerKey);
            for (const MessageBatch::Message &message : found.messages)
                QCOMPARE(message.key->toByteArray(), key);
        }
        QCOMPARE(test::deleteTopic(topic), QString());
    }

    void maxMessagesStopsInTheMiddle() {
        BrowseRequest request;
        request.topic = m_topic;
        request.partitions = {0};
        request.stop.maxMessages = 4;
        QCOMPARE(m_reader->start(request, Timeout), QString());
        const Read read = readAll(*m_reader);
        QVERIFY(read.finished);
        QCOMPARE(offsetsOf(read, 0), range(0, 4));
    }

    void payloadsComeBackAsProduced() {
        BrowseRequest request;
        request.topic = m_topic;
        request.partitions = {1};
        QCOMPARE(m_reader->start(request, Timeout), QString());
        const Read read = readAll(*m_reader);
        QCOMPARE(int(read.messages.size()), 5);
        for (int i = 0; i < 5; ++i) {
            const MessageBatch::Message &message = read.messages.at(size_t(i));
            QCOMPARE(message.key->toByteArray(), QByteArray("k") + QByteArray::number(i));
            QCOMPARE(message.value->toByteArray(), QStringLiteral("p1-%1").arg(i).toUtf8());
            QCOMPARE(message.timestamp, BaseTime + i * qint64(1000));
            QCOMPARE(message.timestampType, TimestampType::CreateTime);
        }
    }

    // Tailing from the end sees exactly what is produced afterwards.
    void tailSeesNewMessages() {
        const QString topic = test::uniqueTopicName(QStringLiteral("browse-tail"));
        QCOMPARE(test::createFilledTopic(topic, {3, 3}), QString());
        BrowseRequest request;
        request.topic = topic;
        request.start.kind = StartPosition::Kind::End;
        request.stop.kind = StopCondition::Kind::Never;
        QCOMPARE(m_reader->start(request, Timeout), QString());
        const ReadResult first = m_reader->read(100, 1s);
        QCOMPARE(first.batch->size(), 0);
        QVERIFY(!first.finished);
        QCOMPARE(test::produce(topic, 1, 2), QString());
        std::vector<std::pair<int, qint64>> seen;
        for (int i = 0; i < 20 && seen.size() < 2; ++i) {
            const ReadResult result = m_reader->read(100, 500ms);
            for (const MessageRecord &record : result.batch->records())
                seen.emplace_back(record.partition, record.offset);
            QVERIFY(!result.finished);
        }
        QCOMPARE(seen, (std::vector<std::pair<int, qint64>>{{1, 3}, {1, 4}}));
    }

    // A new start supersedes the previous one: nothing read ahead for it appears afterwards.
    void newStartDropsWhatWasReadAhead() {
        BrowseRequest request;
        request.topic = m_topic;
        request.partitions = {0};
        QCOMPARE(m_reader->start(request, Timeout), QString());
        const ReadResult first = m_reader->read(2, 5s);
        QCOMPARE(first.batch->size(), 2);
        QCOMPARE(first.batch->record(0).offset, 0);
        request.start = {StartPosition::Kind::Offset, 7};
        QCOMPARE(m_reader->start(request, Timeout), QString());
        const Read read = readAll(*m_reader);
        QCOMPARE(offsetsOf(read, 0), range(7, 10));
    }

    void badRequestsAreRefusedWithTheReason_data() {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QList<int>>("partitions");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown topic") << QStringLiteral("no-such-topic-anywhere") << QList<int>() << -1LL
                                       << QStringLiteral("Topic no-such-topic-anywhere does not exist");
        QTest::newRow("unknown partition")
            << QString() << QList<int>{7} << -1LL << QStringLiteral("has no partition 7");
        QTest::newRow("offset past the end")
            << QString() << QList<int>{0} << 11LL
            << QStringLiteral("Offset 11 is out of range for %1-0: it holds offsets 0 to 9");
    }

    void badRequestsAreRefusedWithTheReason() {
        QFETCH(QString, topic);
        QFETCH(QList<int>, partitions);
        QFETCH(qint64, offset);
        QFETCH(QString, expected);
        BrowseRequest request;
        request.topic = topic.isEmpty() ? m_topic : topic;
        request.partitions = partitions;
        if (offset >= 0)
            request.start = {StartPosition::Kind::Offset, offset};
        const QString error = m_reader->start(request, Timeout);
        const QString wanted = expected.contains(QLatin1String("%1")) ? expected.arg(m_topic) : expected;
        QVERIFY2(error.contains(wanted), qPrintable(error));
        QVERIFY(m_reader->read(10, 100ms).finished);
    }

    // Every kind of payload and every codec librdkafka has come back byte for byte.
    void payloadKinds_data() {
        QTest::addColumn<QString>("codec");
        for (const char *codec : {"none", "gzip", "snappy", "lz4", "zstd"})
            QTest::newRow(codec) << QString::fromLatin1(codec);
    }

    void payloadKinds() {
        QFETCH(QString, codec);
        const QString topic = test::uniqueTopicName(QStringLiteral("browse-kinds"));
        QCOMPARE(test::createTopic(topic, 1, 3), QString());
        QList<test::TestMessage> produced;
        test::TestMessage headers;
        headers.key = QByteArray("with-headers");
        headers.value = QByteArray(R"({"a": [1, 2, 3]})");
        headers.headers = {
            {"trace-id", QByteArray("abc")}, {"empty", QByteArray("")}, {"null", std::nullopt}};
        produced.append(headers);
        test::TestMessage nullKey;
        nullKey.value = QByteArray("no key");
        produced.append(nullKey);
        test::TestMessage tombstone;
        tombstone.key = QByteArray("deleted");
        produced.append(tombstone);
        test::TestMessage binary;
        binary.key = QByteArray("\x00\x01\x02", 3);
        binary.value = QByteArray("\xff\xfe\x00\xc3\x28 invalid UTF-8", 20);
        produced.append(binary);
        test::TestMessage empty;
        empty.key = QByteArray("");
        empty.value = QByteArray("");
        produced.append(empty);
        test::TestMessage compressible;
        compressible.value = QByteArray("repeat ").repeated(2000);
        produced.append(compressible);
        QCOMPARE(test::produceMessages(topic, produced, {{QStringLiteral("compression.codec"), codec}}),
                 QString());

        const Read read = readWholeTopic(topic);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(int(read.messages.size()), produced.size());
        for (int i = 0; i < produced.size(); ++i) {
            const test::TestMessage &sent = produced.at(i);
            const MessageBatch::Message &got = read.messages.at(size_t(i));
            QCOMPARE(got.offset, qint64(i));
            QCOMPARE(got.key.has_value(), sent.key.has_value());
            if (sent.key)
                QCOMPARE(got.key->toByteArray(), *sent.key);
            QCOMPARE(got.value.has_value(), sent.value.has_value());
            if (sent.value)
                QCOMPARE(got.value->toByteArray(), *sent.value);
            QCOMPARE(got.headers.size(), sent.headers.size());
            for (int h = 0; h < sent.headers.size(); ++h) {
                QCOMPARE(got.headers.at(h).name, sent.headers.at(h).first);
                QCOMPARE(got.headers.at(h).value, sent.headers.at(h).second);
            }
        }
    }

    // A committed, an aborted and an open transaction: ReadUncommitted shows all their messages,
    // ReadCommitted only the committed ones and stops at the last stable offset, saying that an open
    // transaction holds it there; once that commits, its messages appear.
    void transactions() {
        const QString topic = test::uniqueTopicName(QStringLiteral("browse-tx"));
        QCOMPARE(test::createTopic(topic, 1, 3), QString());
        test::TransactionalProducer producer(topic);
        QCOMPARE(producer.begin(), QString());
        QCOMPARE(producer.produce({"c0", "c1", "c2"}), QString());
        QCOMPARE(producer.commit(), QString()); // offsets 0-2, marker 3
        QCOMPARE(producer.begin(), QString());
        QCOMPARE(producer.produce({"a0", "a1"}), QString());
        QCOMPARE(producer.abort(), QString()); // offsets 4-5, marker 6
        QCOMPARE(producer.begin(), QString());
        QCOMPARE(producer.produce({"o0", "o1"}), QString()); // offsets 7-8, open

        BrowseRequest request;
        request.topic = topic;
        request.isolation = IsolationLevel::ReadUncommitted;
        QCOMPARE(m_reader->start(request, Timeout), QString());
        Read read = readAll(*m_reader);
        QCOMPARE(valuesOf(read), (QList<QByteArray>{"c0", "c1", "c2", "a0", "a1", "o0", "o1"}));
        QCOMPARE(read.progress.first().uncommittedEnd, -1);
        QVERIFY(!read.progress.first().waitsForTransaction());

        request.isolation = IsolationLevel::ReadCommitted;
        QCOMPARE(m_reader->start(request, Timeout), QString());
        read = readAll(*m_reader);
        QCOMPARE(valuesOf(read), (QList<QByteArray>{"c0", "c1", "c2"}));
        const PartitionProgress waiting = read.progress.first();
        QVERIFY(waiting.done);
        QCOMPARE(waiting.end, 7); // the last stable offset
        QCOMPARE(waiting.uncommittedEnd, 9);
        QVERIFY(waiting.waitsForTransaction());
        QCOMPARE(MessageReader::partitionNote(waiting),
                 QStringLiteral(
                     "partition 0 waits at its last stable offset 7: a transaction is open up to offset 9"));

        QCOMPARE(producer.commit(), QString());
        // The commit returns once the coordinator has it; the partition's leader writes the marker,
        // which moves the last stable offset, a moment later.
        const auto readAgain = [&] {
            return m_reader->start(request, Timeout).isEmpty() ? readAll(*m_reader) : Read();
        };
        QTRY_COMPARE_WITH_TIMEOUT(valuesOf(read = readAgain()),
                                  (QList<QByteArray>{"c0", "c1", "c2", "o0", "o1"}), 15000);
        QVERIFY(!read.progress.first().waitsForTransaction());
    }

    // A topic deleted under a live tail ends the read with the reason, the reader stays usable, and
    // destroying it afterwards takes seconds, not the minutes librdkafka may need.
    void topicDeletedWhileTailing() {
        QString error;
        auto reader = MessageReader::create(m_settings, &error);
        QVERIFY2(reader, qPrintable(error));
        const QString topic = test::uniqueTopicName(QStringLiteral("browse-deleted"));
        QCOMPARE(test::createFilledTopic(topic, {2, 2}), QString());
        BrowseRequest request;
        request.topic = topic;
        request.stop.kind = StopCondition::Kind::Never;
        QCOMPARE(reader->start(request, Timeout), QString());
        QCOMPARE(int(readUntil(*reader, 4, 10s).offsets.size()), 4);
        QCOMPARE(test::deleteTopic(topic), QString());
        const Read read = readAll(*reader, 60s);
        QVERIFY(read.finished);
        QCOMPARE(read.error, QStringLiteral("Topic %1 no longer exists").arg(topic));
        request.topic = m_topic;
        request.stop.kind = StopCondition::Kind::EndAtStart;
        QCOMPARE(reader->start(request, Timeout), QString());
        QCOMPARE(int(readAll(*reader).offsets.size()), 15);
        QElapsedTimer destroying;
        destroying.start();
        reader.reset();
        QVERIFY2(destroying.elapsed() < 8000, qPrintable(QString::number(destroying.elapsed())));
    }

    // A live tail of all partitions takes in partitions added meanwhile, from their first message.
    void partitionsAddedWhileTailing() {
        const QString topic = test::uniqueTopicName(QStringLiteral("browse-grown"));
        QCOMPARE(test::createFilledTopic(topic, {1}), QString());
        BrowseRequest request;
        request.topic = topic;
        request.stop.kind = StopCondition::Kind::Never;
        QCOMPARE(m_reader->start(request, Timeout), QString());
        QCOMPARE(int(readUntil(*m_reader, 1, 10s).offsets.size()), 1);
        QCOMPARE(test::addPartitions(topic, 2), QString());
        QCOMPARE(test::produce(topic, 1, 3), QString());
        const Read read = readUntil(*m_reader, 3, 30s);
        QCOMPARE(offsetsOf(read, 1), range(0, 3));
        QCOMPARE(offsetsOf(read, 0), QList<qint64>());
    }

    // Records removed before the reader gets to them end that partition with the reason.
    void recordsDeletedBeforeTheyAreRead() {
        const QString topic = test::uniqueTopicName(QStringLiteral("browse-retention"));
        QCOMPARE(test::createFilledTopic(topic, {20}), QString());
        BrowseRequest request;
        request.topic = topic;
        QCOMPARE(m_reader->start(request, Timeout), QString());
        QCOMPARE(test::deleteRecords(topic, 0, 15), QString());
        const Read read = readAll(*m_reader);
        QVERIFY(read.finished);
        const PartitionProgress &progress = read.progress.first();
        // librdkafka may have fetched some before the deletion; those come in order from 0.
        QCOMPARE(offsetsOf(read, 0), range(0, qint64(read.offsets.size())));
        if (read.offsets.size() < 20)
            QVERIFY2(progress.problem.contains(QLatin1String("no longer in the partition")),
                     qPrintable(progress.problem));
    }

    // A message of 5 MB, at a topic's raised size limit, comes back whole.
    void largeMessage() {
        const QString topic = test::uniqueTopicName(QStringLiteral("browse-large"));
        constexpr int Size = 5 * 1024 * 1024;
        QCOMPARE(test::createTopic(topic, 1, 3,
                                   {{QStringLiteral("max.message.bytes"), QString::number(Size + 1024)}}),
                 QString());
        test::TestMessage large;
        large.key = QByteArray("large");
        large.value = QByteArray(Size, 'x');
        (*large.value)[Size - 1] = 'y';
        test::TestMessage small;
        small.value = QByteArray("after");
        QCOMPARE(test::produceMessages(topic, {large, small},
                                       {{QStringLiteral("message.max.bytes"), QString::number(Size + 1024)}}),
                 QString());
        const Read read = readWholeTopic(topic);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(int(read.messages.size()), 2);
        QCOMPARE(read.messages.front().value->size(), Size);
        QVERIFY(read.messages.front().value->toByteArray() == *large.value);
        QCOMPARE(read.messages.back().value->toByteArray(), QByteArray("after"));
    }

    // Compaction keeps only the last message of each key and leaves gaps in the offsets. Offsets
    // 0-7 (keys a b a c b d c e) form the first segment; offset 8 (key z), produced after segment.ms,
    // rolls it so that the cleaner may compact it, and stays in the active segment, which the cleaner
    // never touches. What remains: 2 (a), 4 (b), 5 (d), 6 (c), 7 (e) and 8 (z).
    void compactedTopicWithGaps() {
        const QString topic = test::uniqueTopicName(QStringLiteral("browse-compacted"));
        QCOMPARE(test::createTopic(topic, 1, 3,
                                   {{QStringLiteral("cleanup.policy"), QStringLiteral("compact")},
                                    {QStringLiteral("segment.ms"), QStringLiteral("100")},
                                    {QStringLiteral("min.cleanable.dirty.ratio"), QStringLiteral("0.01")}}),
                 QString());
        const auto keyed = [](const QByteArray &key, const QByteArray &value) {
            test::TestMessage message;
            message.key = key;
            message.value = value;
            return message;
        };
        QList<test::TestMessage> first;
        const QByteArray keys = "abacbdce";
        for (int i = 0; i < keys.size(); ++i)
            first.append(keyed(keys.mid(i, 1), "v" + QByteArray::number(i)));
        QCOMPARE(test::produceMessages(topic, first), QString());
        QTest::qWait(500); // past segment.ms: the next message starts a new segment
        QCOMPARE(test::produceMessages(topic, {keyed("z", "v8")}), QString());

        const QList<qint64> survivors{2, 4, 5, 6, 7, 8};
        const auto read = [&](StartPosition start, qint64 maxMessages = -1) {
            BrowseRequest request;
            request.topic = topic;
            request.start = start;
            request.stop.maxMessages = maxMessages;
            return m_reader->start(request, Timeout).isEmpty() ? readAll(*m_reader) : Read();
        };
        const StartPosition beginning{StartPosition::Kind::Beginning, 0};
        // The cleaner looks every log.cleaner.backoff.ms (1 s on the test cluster); until it has
        // compacted, reading from the beginning gives every offset.
        Read all = read(beginning);
        const auto deadline = std::chrono::steady_clock::now() + 60s;
        while (offsetsOf(all, 0) != survivors && std::chrono::steady_clock::now() < deadline) {
            QTest::qWait(500);
            all = read(beginning);
        }
        QCOMPARE(offsetsOf(all, 0), survivors);
        QVERIFY(all.finished);
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        QCOMPARE(valuesOf(all), (QList<QByteArray>{"v2", "v4", "v5", "v6", "v7", "v8"}));
        QList<QByteArray> readKeys;
        for (const MessageBatch::Message &message : all.messages)
            readKeys.append(message.key->toByteArray());
        QCOMPARE(readKeys, (QList<QByteArray>{"a", "b", "d", "c", "e", "z"}));
        // Compaction moves neither end: the partition still holds offsets 0 to 8.
        QCOMPARE(all.progress.first().end, 9);

        // A start inside a gap, or on the removed offset 0, begins at the next message that is left.
        QCOMPARE(offsetsOf(read({StartPosition::Kind::Offset, 0}), 0), survivors);
        QCOMPARE(offsetsOf(read({StartPosition::Kind::Offset, 1}), 0), survivors);
        QCOMPARE(offsetsOf(read({StartPosition::Kind::Offset, 3}), 0), (QList<qint64>{4, 5, 6, 7, 8}));

        // A count limit counts messages, not offsets.
        const Read limited = read(beginning, 3);
        QVERIFY(limited.finished);
        QCOMPARE(offsetsOf(limited, 0), (QList<qint64>{2, 4, 5}));

        // "Last N" counts offsets back from the end (as RD_KAFKA_OFFSET_TAIL does), not messages: on a
        // compacted partition it shows fewer than N messages when the last N offsets hold gaps. The
        // last 3 offsets (6-8) are all there; of the last 6 (3-8) offset 3 is gone, so 5 messages
        // come; of the last 8 (1-8) offsets 1 and 3, so 6.
        QCOMPARE(offsetsOf(read({StartPosition::Kind::LastN, 3}), 0), (QList<qint64>{6, 7, 8}));
        const Read lastSix = read({StartPosition::Kind::LastN, 6});
        QCOMPARE(offsetsOf(lastSix, 0), (QList<qint64>{4, 5, 6, 7, 8}));
        QCOMPARE(lastSix.progress.first().start, 3);
        QCOMPARE(lastSix.progress.first().delivered, 5);
        QVERIFY(lastSix.progress.first().done);
        QCOMPARE(offsetsOf(read({StartPosition::Kind::LastN, 8}), 0), survivors);
        QCOMPARE(test::deleteTopic(topic), QString());
    }

    // A member of a fresh group commits an offset; the __consumer_offsets partition the group maps to
    // then holds, decoded, the commit (group, topic, partition, offset) and the group's metadata
    // written when the member joined.
    void consumerOffsetsDecode() {
        const QString topic = test::uniqueTopicName(QStringLiteral("browse-committed"));
        QCOMPARE(test::createFilledTopic(topic, {5}), QString());
        const QString group = test::uniqueTopicName(QStringLiteral("browse-decoded-group"));
        {
            test::ActiveMember member(group, topic);
            QVERIFY(member.waitForAssignment(30s));
            QCOMPARE(member.commit(topic, 0, 3), QString());
        }
        const int partitions = test::partitionCount(QStringLiteral("__consumer_offsets"));
        QVERIFY2(partitions > 0, "no metadata for __consumer_offsets");

        BrowseRequest request;
        request.topic = QStringLiteral("__consumer_offsets");
        request.partitions = {consumerOffsetsPartition(group, partitions)};
        QCOMPARE(m_reader->start(request, Timeout), QString());
        const Read read = readAll(*m_reader);
        QVERIFY(read.finished);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));

        QList<OffsetCommitValue> commits;
        QList<GroupMetadataValue> metadata;
        for (const MessageBatch::Message &message : read.messages) {
            QVERIFY(message.key);
            const Parsed<ConsumerOffsetsKey> key = parseConsumerOffsetsKey(*message.key);
            QVERIFY2(key.record, qPrintable(key.error));
            if (!message.value)
                continue; // a tombstone: an expired offset or a deleted group
            const Parsed<ConsumerOffsetsValue> value =
                parseConsumerOffsetsValue(*message.value, *message.key);
            QVERIFY2(value.record, qPrintable(value.error));
            if (const auto *commit = std::get_if<OffsetCommitKey>(&*key.record);
                commit && commit->group == group) {
                QCOMPARE(commit->topic, topic);
                QCOMPARE(commit->partition, 0);
                commits.append(std::get<OffsetCommitValue>(*value.record));
            } else if (const auto *described = std::get_if<GroupMetadataKey>(&*key.record);
                       described && described->group == group) {
                metadata.append(std::get<GroupMetadataValue>(*value.record));
            }
        }
        QCOMPARE(commits.size(), 1);
        QCOMPARE(commits.first().offset, 3);
        QVERIFY(commits.first().commitTimestamp > 0);
        // One record when the member joined, and maybe another with no members once it left.
        QVERIFY2(!metadata.isEmpty(), qPrintable(group));
        const GroupMetadataValue &joined = metadata.first();
        QCOMPARE(joined.protocolType, QStringLiteral("consumer"));
        QVERIFY(joined.generation >= 1);
        QCOMPARE(joined.members.size(), 1);
        QCOMPARE(joined.leader.value_or(QString()), joined.members.first().memberId);
        QCOMPARE(joined.members.first().clientId, QStringLiteral("rdkafka"));
        QCOMPARE(test::deleteTopic(topic), QString());
    }

    // Browsing never joins a group or commits: committed offsets stay as they were, and the browser's
    // own group id never gets any.
    void browsingMovesNoCommittedOffsets() {
        const QString group = test::uniqueTopicName(QStringLiteral("browse-bystander"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 4}, {1, 2}}), QString());
        for (const auto start : {StartPosition::Kind::Beginning, StartPosition::Kind::LastN}) {
            BrowseRequest request;
            request.topic = m_topic;
            request.start = {start, 3};
            QCOMPARE(m_reader->start(request, Timeout), QString());
            QVERIFY(readAll(*m_reader).finished);
        }
        QString error;
        const QMap<int, qint64> after = test::committedOffsets(group, m_topic, int(Counts.size()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(after, (QMap<int, qint64>{{0, 4}, {1, 2}, {2, -1}}));
        const QMap<int, qint64> browser =
            test::committedOffsets(QStringLiteral("partita-browser"), m_topic, int(Counts.size()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(browser, (QMap<int, qint64>{{0, -1}, {1, -1}, {2, -1}}));
    }

private:
    test::Read readWholeTopic(const QString &topic) {
        return test::readWholeTopic(*m_reader, topic, Timeout);
    }

    ConnectionSettings m_settings;
    QString m_topic;
    std::unique_ptr<MessageReader> m_reader;
};

QTEST_GUILESS_MAIN(TestMessageReader)
#include "tst_messagereader.moc"
