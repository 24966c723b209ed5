// Key partitioning against published hashes: Java's murmur2 (the values Kafka's own UtilsTest expects
// of Utils.murmur2) and CRC-32's standard check value.

#include "keypartitioner.h"

#include <QTest>

using namespace partita;

class TestKeyPartitioner : public QObject {
    Q_OBJECT
private slots:
    void partitionFollowsTheHash_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("partitioner");
        QTest::addColumn<qint64>("hash"); // signed, as Java prints it
        const int murmur2 = int(KeyPartitioner::Murmur2);
        QTest::newRow("murmur2 21") << QByteArray("21") << murmur2 << -973932308LL;
        QTest::newRow("murmur2 foobar") << QByteArray("foobar") << murmur2 << -790332482LL;
        QTest::newRow("murmur2 a-little-bit-long-string")
            << QByteArray("a-little-bit-long-string") << murmur2 << -985981536LL;
        QTest::newRow("murmur2 a-little-bit-longer-string")
            << QByteArray("a-little-bit-longer-string") << murmur2 << -1486304829LL;
        QTest::newRow("murmur2 long")
            << QByteArray("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8") << murmur2 << -58897971LL;
        QTest::newRow("murmur2 abc") << QByteArray("abc") << murmur2 << 479470107LL;
        QTest::newRow("crc32 check value")
            << QByteArray("123456789") << int(KeyPartitioner::Crc32) << qint64(0xCBF43926u);
    }

    void partitionFollowsTheHash() {
        QFETCH(QByteArray, key);
        QFETCH(int, partitioner);
        QFETCH(qint64, hash);
        // Java: Utils.toPositive(murmur2(key)) % n; librdkafka's consistent: crc32(key) % n, unsigned.
        const quint32 bits = quint32(hash);
        const quint32 positive =
            KeyPartitioner(partitioner) == KeyPartitioner::Murmur2 ? bits & 0x7fffffffu : bits;
        for (const int partitions : {1, 3, 6, 7, 12, 100}) {
            QCOMPARE(KeyPartitioning::partitionFor(key, partitions, KeyPartitioner(partitioner)),
                     int(positive % quint32(partitions)));
        }
    }

    void emptyKeyIsHashed() {
        // An empty key is a key: both partitioners hash it rather than spread it at random.
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(KeyPartitioning::partitionFor(QByteArrayView(), 7, KeyPartitioner::Crc32), 0);
            QCOMPARE(KeyPartitioning::partitionFor(QByteArray(""), 7, KeyPartitioner::Murmur2),
                     KeyPartitioning::partitionFor(QByteArrayView(), 7, KeyPartitioner::Murmur2));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyPartitioner)
#include "tst_keypartitioner.moc"
