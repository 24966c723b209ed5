// A batch of read messages keeps each one's key, value and headers exactly, null and empty apart,
// and copies single messages into another batch (as the message store's chunks do).

#include "messagebatch.h"

#include <QTest>

using namespace partita;

namespace {

MessageBatch::Message message(int partition, qint64 offset) {
    MessageBatch::Message m;
    m.partition = partition;
    m.offset = offset;
    m.timestamp = 1'700'000'000'000 + offset;
    m.timestampType = TimestampType::CreateTime;
    return m;
}

} // namespace

class TestMessageBatch : public QObject {
    Q_OBJECT

private slots:
    void keepsEveryPart() {
        const QByteArray key("user-42");
        const QByteArray value("{\"page\": \"/cart\"}");
        const QByteArray binary("\x00\xff\xfe\x01", 4);
        MessageBatch batch(QStringLiteral("clicks"));
        MessageBatch::Message first = message(3, 100);
        first.key = key;
        first.value = value;
        first.headers = {{"trace", QByteArray("abc")}, {"empty", QByteArray("")}, {"none", std::nullopt}};
        batch.append(first);
        MessageBatch::Message tombstone = message(1, 7);
        tombstone.key = binary;
        batch.append(tombstone);
        MessageBatch::Message bare = message(0, 0);
        bare.value = QByteArrayView("", 0);
        batch.append(bare);

        QCOMPARE(batch.topic(), QStringLiteral("clicks"));
        QCOMPARE(batch.size(), 3);
        QCOMPARE(batch.record(0).partition, 3);
        QCOMPARE(batch.record(0).offset, 100);
        QCOMPARE(batch.record(0).timestamp, 1'700'000'000'100);
        QCOMPARE(batch.record(0).timestampType, TimestampType::CreateTime);
        QCOMPARE(batch.key(0)->toByteArray(), key);
        QCOMPARE(batch.value(0)->toByteArray(), value);
        const QList<MessageHeader> headers = batch.headers(0);
        QCOMPARE(headers.size(), 3);
        QCOMPARE(headers.at(0), (MessageHeader{"trace", QByteArray("abc")}));
        QVERIFY(headers.at(1).value && headers.at(1).value->isEmpty()); // empty, not null
        QVERIFY(!headers.at(2).value);
        QCOMPARE(batch.record(0).headerCount, 3);
        QCOMPARE(batch.record(0).payloadSize(), key.size() + value.size() + 5 + 3 + 5 + 0 + 4);

        QCOMPARE(batch.key(1)->toByteArray(), binary);
        QVERIFY(!batch.value(1)); // a tombstone
        QVERIFY(batch.headers(1).isEmpty());

        QVERIFY(!batch.key(2));
        QVERIFY(batch.value(2) && batch.value(2)->isEmpty()); // empty, not null
        QCOMPARE(batch.record(2).payloadSize(), 0);
    }

    void copiesSingleMessages() {
        MessageBatch source(QStringLiteral("t"));
        for (int i = 0; i < 3; ++i) {
            MessageBatch::Message m = message(0, i);
            const QByteArray value = QByteArray::number(i).repeated(i + 1);
            m.value = value;
            m.headers = {{"n", QByteArray::number(i)}};
            source.append(m);
        }
        MessageBatch copy(QStringLiteral("t"));
        copy.append(source, 2);
        copy.append(source, 0);
        QCOMPARE(copy.size(), 2);
        QCOMPARE(copy.record(0).offset, 2);
        QCOMPARE(copy.value(0)->toByteArray(), QByteArray("222"));
        QCOMPARE(copy.headers(0), (QList<MessageHeader>{{"n", QByteArray("2")}}));
        QCOMPARE(copy.value(1)->toByteArray(), QByteArray("0"));
        QCOMPARE(copy.headers(1), (QList<MessageHeader>{{"n", QByteArray("0")}}));
        QCOMPARE(copy.byteSize(), 3 + 1 + 2 * (4 + 1 + 4 + 1));
    }
};

QTEST_GUILESS_MAIN(TestMessageBatch)
#include "tst_messagebatch.moc"
