// The message browser's store: messages kept exactly in chunks of bounded size, found by row across
// chunks, evicted oldest first in whole chunks by count and by bytes, shared with another thread as a
// snapshot, and at most 48 bytes of overhead per message beyond its payload.

#include "messagebuilders.h"
#include "messagerows.h"
#include "messagestore.h"

#include <QTest>

#include <malloc.h>

using namespace partita;
using namespace partita::test;

namespace {

QList<qint64> offsets(const MessageStore &store) {
    QList<qint64> result;
    for (int row = 0; row < store.rowCount(); ++row)
        result.append(store.record(row).offset);
    return result;
}

QList<qint64> range(qint64 first, qint64 end) {
    QList<qint64> result;
    for (qint64 offset = first; offset < end; ++offset)
        result.append(offset);
    return result;
}

// Bytes malloc has handed out and not had back, or -1 where malloc is not glibc's.
qint64 heapInUse() {
#if defined(__SANITIZE_ADDRESS__)
    return -1;
#else
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
#endif
}

} // namespace

class TestMessageStore : public QObject {
    Q_OBJECT

private slots:
    void keepsEveryMessageExactly() {
        const QByteArray binary("\x00\xff\xfe", 3);
        const auto first =
            batchOf({{3, 100, "user-1", "{\"page\":\"/cart\"}", {{"trace", QByteArray("abc")}}},
                     {1, 7, binary, std::nullopt},
                     {0, 0, std::nullopt, QByteArray("")}});
        const auto second = batchOf({{2, 5, "", "last", {{"none", std::nullopt}}, 42}});
        MessageStore store;
        store.append(*first);
        store.append(*second);

        QCOMPARE(store.rowCount(), 4);
        QCOMPARE(offsets(store), (QList<qint64>{100, 7, 0, 5}));
        QCOMPARE(store.record(0).partition, 3);
        QCOMPARE(store.record(0).timestamp, 1'700'000'000'100);
        QCOMPARE(store.record(0).timestampType, TimestampType::CreateTime);
        QCOMPARE(store.key(0)->toByteArray(), QByteArray("user-1"));
        QCOMPARE(store.value(0)->toByteArray(), QByteArray("{\"page\":\"/cart\"}"));
        QCOMPARE(store.headers(0), (QList<MessageHeader>{{"trace", QByteArray("abc")}}));
        QCOMPARE(store.key(1)->toByteArray(), binary);
        QVERIFY(!store.value(1)); // a tombstone
        QVERIFY(!store.key(2));
        QVERIFY(store.value(2) && store.value(2)->isEmpty()); // empty, not null
        QVERIFY(store.key(3) && store.key(3)->isEmpty());
        QCOMPARE(store.record(3).timestamp, 42);
        QCOMPARE(store.record(3).payloadSize(), 4 + 4);
        QCOMPARE(store.headers(3), (QList<MessageHeader>{{"none", std::nullopt}}));
        QCOMPARE(store.byteSize(), first->byteSize() + second->byteSize());
    }

    // Chunks hold a sixteenth of the limits at most; rows are found across their borders.
    void chunksAreCappedByMessagesAndBytes() {
        MessageStore byCount(1600, qint64(1) << 30); // 100 messages a chunk
        for (int first = 0; first < 1000; first += 40)
            byCount.append(*sequence(0, first, 40));
        QCOMPARE(byCount.chunkCount(), 10);
        QCOMPARE(offsets(byCount), range(0, 1000));

        MessageStore byBytes(1'000'000, 16'000); // 1000 bytes a chunk: 10 messages of 100 bytes
        for (int first = 0; first < 95; first += 19)
            byBytes.append(*sequence(0, first, 19, 100 - 8));
        QCOMPARE(byBytes.chunkCount(), 10);
        QCOMPARE(offsets(byBytes), range(0, 95));
        QCOMPARE(byBytes.key(94)->toByteArray(), QByteArray("k0000094"));
    }

    // A loading reader's batches are about a chunk each: kept as they are, shared, not copied; small
    // batches, and batches far beyond a chunk, are copied into chunks of the store's own.
    void chunkSizedBatchesAreSharedNotCopied() {
        MessageStore store(1600, qint64(1) << 30); // 100 messages a chunk
        const auto small = sequence(0, 0, 10);
        const auto loaded = sequence(0, 10, 100);
        const auto tooLarge = sequence(0, 110, 201);
        store.append(small);
        store.append(loaded);
        store.append(tooLarge);
        QCOMPARE(offsets(store), range(0, 311));
        QVERIFY(store.place(0).chunk != small.get());
        QCOMPARE(store.place(10).chunk, loaded.get());
        QCOMPARE(store.place(109).chunk, loaded.get());
        QCOMPARE(store.place(109).index, 99);
        QVERIFY(store.place(110).chunk != tooLarge.get());
        QCOMPARE(store.byteSize(), small->byteSize() + loaded->byteSize() + tooLarge->byteSize());
        QCOMPARE(store.key(10)->toByteArray(), QByteArray("k0000010"));
        // A shared batch goes whole when evicted, as a chunk does.
        store.setLimits(250, qint64(1) << 30);
        QCOMPARE(store.rowsToEvict(), 110);
        store.evict();
        QCOMPARE(offsets(store), range(110, 311));
    }

    void aMessageLargerThanAChunkGetsOneOfItsOwn() {
        MessageStore store(1'000'000, 16'000);
        const QByteArray large(5000, 'x');
        store.append(*batchOf({{0, 0, "a", "small"}, {0, 1, "b", large}, {0, 2, "c", "small"}}));
        QCOMPARE(store.chunkCount(), 3);
        QCOMPARE(store.value(1)->toByteArray(), large);
        QCOMPARE(store.value(2)->toByteArray(), QByteArray("small"));
        QCOMPARE(store.key(2)->toByteArray(), QByteArray("c"));
    }

    void evictsTheOldestWholeChunksByCount() {
        MessageStore store(160, qint64(1) << 30); // 10 messages a chunk
        store.append(*sequence(0, 0, 160));
        QCOMPARE(store.rowsToEvict(), 0);
        store.append(*sequence(0, 160, 5));
        QCOMPARE(store.rowsToEvict(), 10); // 165 > 160: the first chunk goes whole
        store.evict();
        QCOMPARE(store.rowCount(), 155);
        QCOMPARE(store.evictedRows(), 10);
        QCOMPARE(offsets(store), range(10, 165));

        store.append(*sequence(0, 165, 30));
        QCOMPARE(store.rowsToEvict(), 30); // 185: three chunks to get to 155
        store.evict();
        QCOMPARE(offsets(store), range(40, 195));
        QCOMPARE(store.rowsToEvict(), 0);
    }

    void evictsTheOldestWholeChunksByBytes() {
        MessageStore store(1'000'000, 1600); // 100 bytes a chunk: 10 messages of 10 bytes
        store.append(*sequence(0, 0, 170, 2));
        QCOMPARE(store.byteSize(), 1700);
        QCOMPARE(store.rowsToEvict(), 10);
        store.evict();
        QCOMPARE(store.byteSize(), 1600);
        QCOMPARE(offsets(store), range(10, 170));
        store.append(*sequence(0, 170, 1, 2));
        QCOMPARE(store.rowsToEvict(), 10);
    }

    // A message above the byte limit stays until a newer one arrives.
    void theNewestChunkStays() {
        MessageStore store(1'000'000, 1600);
        store.append(*batchOf({{0, 0, "k", QByteArray(5000, 'x')}}));
        QCOMPARE(store.rowsToEvict(), 0);
        store.append(*sequence(0, 1, 1));
        QCOMPARE(store.rowsToEvict(), 1);
        store.evict();
        QCOMPARE(offsets(store), (QList<qint64>{1}));
    }

    void lowerLimitsEvictOnTheNextCheck() {
        MessageStore store;
        store.append(*sequence(0, 0, 1000));
        store.setLimits(160, qint64(1) << 30);
        QCOMPARE(store.maxMessages(), 160);
        QCOMPARE(store.maxBytes(), qint64(1) << 30);
        store.append(*sequence(0, 1000, 100));
        // The chunk filled under the old limits is sealed and goes whole; the new ones hold 10.
        QCOMPARE(store.rowsToEvict(), 1000);
        store.evict();
        QCOMPARE(offsets(store), range(1000, 1100));

        store.setLimits(0, -1); // at least one message and one byte
        QCOMPARE(store.maxMessages(), 1);
        QCOMPARE(store.maxBytes(), 1);
    }

    void aSnapshotStaysAsItWasTaken() {
        MessageStore store(160, qint64(1) << 30);
        store.append(*sequence(0, 0, 155));
        const MessageStore snapshot = store.snapshot();
        store.append(*sequence(0, 155, 50));
        store.evict();
        QCOMPARE(snapshot.rowCount(), 155);
        QCOMPARE(offsets(snapshot), range(0, 155));
        QCOMPARE(snapshot.value(154)->toByteArray(), QByteArray(10, 'v'));
        QCOMPARE(store.evictedRows(), 50);
        QCOMPARE(offsets(store), range(50, 205));
    }

    void clearKeepsCountingEvictedRows() {
        MessageStore store;
        store.append(*sequence(0, 0, 10));
        store.clear();
        QCOMPARE(store.rowCount(), 0);
        QCOMPARE(store.byteSize(), 0);
        QCOMPARE(store.evictedRows(), 10);
        QCOMPARE(store.chunkCount(), 0);
        store.append(*sequence(0, 10, 2));
        QCOMPARE(offsets(store), (QList<qint64>{10, 11}));
    }

    // A million messages of 24 bytes: records, chunk bookkeeping, the reservation of the chunk being
    // filled and a filter's row vector that keeps every one of them.
    void overheadPerMessageIsAtMost48Bytes() {
        constexpr int Messages = 1'000'000;
        constexpr int BatchSize = 1000;
        constexpr qsizetype BatchBytes = 32'000;
        const qint64 heapBefore = heapInUse();
        MessageStore store(Messages, qint64(1) << 30);
        {
            const QByteArray value(16, 'v');
            char key[16];
            MessageBatch batch(QStringLiteral("t"));
            batch.reserve(BatchSize, BatchBytes);
            for (int i = 0; i < Messages; ++i) {
                MessageBatch::Message m;
                m.partition = i % 6;
                m.offset = i / 6;
                m.timestamp = 1'700'000'000'000 + i;
                m.key = QByteArrayView(key, std::snprintf(key, sizeof key, "k%07d", i));
                m.value = QByteArrayView(value);
                batch.append(m);
                if (batch.size() == BatchSize) {
                    store.append(batch);
                    batch = MessageBatch(QStringLiteral("t"));
                    batch.reserve(BatchSize, BatchBytes);
                }
            }
        }
        QCOMPARE(store.rowCount(), Messages);
        const qint64 payload = qint64(Messages) * (8 + 16);
        QCOMPARE(store.byteSize(), payload);

        const std::atomic_bool cancelled{false};
        MessageFilter filter;
        filter.pattern = QStringLiteral("v");
        filter.caseSensitivity = Qt::CaseSensitive;
        MessageRows rows(filter, MessageOrder());
        QVERIFY(rows.build(store, cancelled));
        QCOMPARE(rows.count(), Messages);

        const double perMessage = double(store.memoryUsage() - payload) / Messages;
        const double withRows = double(store.memoryUsage() + rows.memoryUsage() - payload) / Messages;
        const qint64 heap = heapInUse();
        if (heapBefore >= 0) {
            qInfo("%d messages of %lld bytes: %.2f bytes of overhead each in the store, %.2f with a "
                  "filter's rows (counted); %.2f with the rows measured on the heap",
                  Messages, payload / Messages, perMessage, withRows,
                  double(heap - heapBefore - payload) / Messages);
        } else {
            qInfo("%d messages of %lld bytes: %.2f bytes of overhead each in the store, %.2f with a "
                  "filter's rows (counted; the heap is not measured under a sanitizer)",
                  Messages, payload / Messages, perMessage, withRows);
        }
        QVERIFY(withRows <= 48);
    }
};

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
