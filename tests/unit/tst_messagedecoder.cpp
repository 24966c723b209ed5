// The Messages view's decoders: text, JSON, hex, base64, big-endian integers, UUIDs and Kafka's own
// __consumer_offsets records (built here byte by byte as Kafka's schemas lay them out), each with
// the one-line preview of the table and the full text of the detail; wrong sizes and malformed records
// told in words with the byte where they break, never read past their end. Also the hex dump model.

#include "consumeroffsetsbuilders.h"
#include "consumeroffsetsrecord.h"
#include "decoderchoice.h"
#include "hexdumpmodel.h"
#include "messagedecoder.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace partita;
using namespace partita::test;

Q_DECLARE_METATYPE(partita::Decoder)

namespace {

constexpr qsizetype Everything = std::numeric_limits<qsizetype>::max();

QString decodedText(const QByteArray &bytes, Decoder decoder, const std::optional<QByteArray> &key = {}) {
    const DecodedPayload decoded = decodePayload(
        {bytes, false, key ? std::optional<QByteArrayView>(*key) : std::nullopt}, decoder, Everything);
    return decoded.error.isEmpty() ? decoded.text : QStringLiteral("error: ") + decoded.error;
}

QString keyText(const QByteArray &bytes, Decoder decoder) {
    const DecodedPayload decoded = decodePayload({bytes, true, std::nullopt}, decoder, Everything);
    return decoded.error.isEmpty() ? decoded.text : QStringLiteral("error: ") + decoded.error;
}

} // namespace

class TestMessageDecoder : public QObject {
    Q_OBJECT

private slots:
    void decodes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Decoder>("decoder");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Decoder>("used");

        QTest::newRow("auto: JSON object, indented as written")
            << QByteArray(R"({"b":1.50,"a":[true,null]})") << Decoder::Auto
            << "{\n    \"b\": 1.50,\n    \"a\": [\n        true,\n        null\n    ]\n}" << Decoder::Json;
        QTest::newRow("auto: a JSON scalar is text")
            << QByteArray("42") << Decoder::Auto << "42" << Decoder::Text;
        QTest::newRow("auto: text keeps its lines")
            << QByteArray("one\ntwo\tthree\x01") << Decoder::Auto << "one\ntwo\tthree␁" << Decoder::Text;
        QTest::newRow("auto: invalid UTF-8 is hex")
            << QByteArray("ok\xff", 3) << Decoder::Auto << "6f 6b ff" << Decoder::Hex;
        QTest::newRow("text: invalid bytes shown safely")
            << QByteArray("a\xff\xe2\x80\xaez") << Decoder::Text << "a\uFFFD\uFFFDz" << Decoder::Text;
        QTest::newRow("json: empty object stays on a line")
            << QByteArray("{\"a\": {}, \"b\": []}") << Decoder::Json << "{\n    \"a\": {},\n    \"b\": []\n}"
            << Decoder::Json;
        QTest::newRow("json: strings keep their escapes")
            << QByteArray("[\"a\\\"{,}\", \"\\\\\"]") << Decoder::Json
            << "[\n    \"a\\\"{,}\",\n    \"\\\\\"\n]" << Decoder::Json;
        QTest::newRow("json: not JSON") << QByteArray("{\"a\": tru}") << Decoder::Json
                                        << "error: Not JSON: illegal value at byte 7" << Decoder::Json;
        QTest::newRow("hex: 32 bytes a line")
            << QByteArray(33, '\x01') << Decoder::Hex
            << QStringList(32, QStringLiteral("01")).join(' ') + "\n01" << Decoder::Hex;
        QTest::newRow("base64") << QByteArray("\x00\xff\x10", 3) << Decoder::Base64 << "AP8Q"
                                << Decoder::Base64;
        QTest::newRow("base64: lines of 76") << QByteArray(60, '\0') << Decoder::Base64
                                             << QString(76, 'A') + "\n" + QString(4, 'A') << Decoder::Base64;
        QTest::newRow("int32") << QByteArray("\xff\xff\xff\xfe", 4) << Decoder::Int32 << "-2"
                               << Decoder::Int32;
        QTest::newRow("uint32") << QByteArray("\xff\xff\xff\xfe", 4) << Decoder::UInt32 << "4294967294"
                                << Decoder::UInt32;
        QTest::newRow("int64") << QByteArray("\x80\0\0\0\0\0\0\0", 8) << Decoder::Int64
                               << "-9223372036854775808" << Decoder::Int64;
        QTest::newRow("uint64") << QByteArray("\0\0\0\0\0\0\x01\x00", 8) << Decoder::UInt64 << "256"
                                << Decoder::UInt64;
        QTest::newRow("int32 of 5 bytes")
            << QByteArray(5, '\0') << Decoder::Int32
            << "error: Not int32 (big-endian): it takes 4 bytes, these are 5" << Decoder::Int32;
        QTest::newRow("int64 of none")
            << QByteArray() << Decoder::Int64
            << "error: Not int64 (big-endian): it takes 8 bytes, these are 0" << Decoder::Int64;
        QTest::newRow("uuid") << QByteArray::fromHex("123e4567e89b12d3a456426614174000") << Decoder::Uuid
                              << "123e4567-e89b-12d3-a456-426614174000" << Decoder::Uuid;
        QTest::newRow("uuid of 15 bytes")
            << QByteArray(15, 'x') << Decoder::Uuid << "error: Not UUID: it takes 16 bytes, these are 15"
            << Decoder::Uuid;
    }

    void decodes() {
        QFETCH(QByteArray, bytes);
        QFETCH(Decoder, decoder);
        QFETCH(QString, text);
        QFETCH(Decoder, used);
        QCOMPARE(decodedText(bytes, decoder), text);
        QCOMPARE(decodePayload({bytes, false, std::nullopt}, decoder, Everything).decoder, used);
    }

    void previews_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Decoder>("decoder");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("text");

        QTest::newRow("auto: text on one line") << QByteArray("a\nb") << Decoder::Auto << 200 << "a␊b";
        QTest::newRow("auto: binary as hex") << QByteArray("\x00\xff", 2) << Decoder::Auto << 200 << "00 ff";
        QTest::newRow("json: no whitespace between tokens")
            << QByteArray("{\n  \"a b\": [1, 2]\n}") << Decoder::Json << 200 << "{\"a b\":[1,2]}";
        QTest::newRow("json: cut") << QByteArray("[1, 2, 3, 4]") << Decoder::Json << 4 << "[1,2…";
        QTest::newRow("hex: cut") << QByteArray(10, '\xab') << Decoder::Hex << 8 << "ab ab ab…";
        QTest::newRow("hex: exactly") << QByteArray(3, '\xab') << Decoder::Hex << 8 << "ab ab ab";
        QTest::newRow("base64: cut") << QByteArray(9, '\0') << Decoder::Base64 << 8 << "AAAAAAAA…";
        QTest::newRow("base64: exactly") << QByteArray(6, '\0') << Decoder::Base64 << 8 << "AAAAAAAA";
        QTest::newRow("int64") << QByteArray("\0\0\0\0\0\0\0\x2a", 8) << Decoder::Int64 << 200 << "42";
        QTest::newRow("wrong size says so") << QByteArray(3, '\0') << Decoder::UInt32 << 200
                                            << "Not uint32 (big-endian): it takes 4 bytes, these are 3";
        QTest::newRow("a huge value looks at what it shows")
            << QByteArray(5'000'000, 'x') << Decoder::Auto << 4 << "xxxx…";
    }

    void previews() {
        QFETCH(QByteArray, bytes);
        QFETCH(Decoder, decoder);
        QFETCH(int, maxLength);
        QFETCH(QString, text);
        QCOMPARE(decodedPreview({bytes, false, std::nullopt}, decoder, maxLength), text);
    }

    void largePayloadsShowTheirBeginning_data() {
        QTest::addColumn<Decoder>("decoder");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("shown");

        QTest::newRow("text") << Decoder::Text << QByteArray(100'000, 'x') << qsizetype(1000);
        QTest::newRow("hex") << Decoder::Hex << QByteArray(100'000, 'x') << qsizetype(1000);
        QTest::newRow("base64 cuts whole groups")
            << Decoder::Base64 << QByteArray(100'000, 'x') << qsizetype(999);
        QTest::newRow("json is checked whole, shown in part")
            << Decoder::Json << "[" + QByteArray("1,").repeated(50'000) + "1]" << qsizetype(1000);
        QTest::newRow("small enough: whole") << Decoder::Text << QByteArray(1000, 'x') << qsizetype(1000);
    }

    void largePayloadsShowTheirBeginning() {
        QFETCH(Decoder, decoder);
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, shown);
        const DecodedPayload decoded = decodePayload({bytes, false, std::nullopt}, decoder, 1000);
        QCOMPARE(decoded.error, QString());
        QCOMPARE(decoded.shownBytes, shown);
        QVERIFY(decoded.text.size() < 4000);
    }

    void consumerOffsetsKeys_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("json");

        QTest::newRow("offset commit, version 1")
            << offsetCommitKey()
            << R"({"record":"offset commit","version":1,"group":"billing","topic":"orders","partition":7})";
        QTest::newRow("offset commit, version 0")
            << offsetCommitKey(0)
            << R"({"record":"offset commit","version":0,"group":"billing","topic":"orders","partition":7})";
        QTest::newRow("group metadata")
            << groupMetadataKey() << R"({"record":"group metadata","version":2,"group":"billing"})";
        QTest::newRow("a newer record type")
            << QByteArray(Record().int16(3).string("billing"))
            << "error: A __consumer_offsets record of type 3, neither an offset commit (0, 1) nor group "
               "metadata (2)";
        QTest::newRow("empty") << QByteArray()
                               << "error: Malformed __consumer_offsets key at byte 0: version needs 2 bytes, "
                                  "only 0 are left";
        QTest::newRow("string past the end")
            << QByteArray(Record().int16(1).int16(50).raw("bill"))
            << "error: Malformed __consumer_offsets key at byte 2: group needs 50 bytes, only 4 are left";
        QTest::newRow("null group")
            << QByteArray(Record().int16(2).string(std::nullopt))
            << "error: Malformed __consumer_offsets key at byte 2: group is null, which it may not be";
        QTest::newRow("partition cut") << offsetCommitKey().chopped(1)
                                       << "error: Malformed __consumer_offsets key at byte 19: partition "
                                          "needs 4 bytes, only 3 are left";
        QTest::newRow("trailing bytes") << offsetCommitKey() + "x"
                                        << "error: Malformed __consumer_offsets key at byte 23: 1 bytes "
                                           "follow the last field";
    }

    void consumerOffsetsKeys() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, json);
        const DecodedPayload decoded =
            decodePayload({bytes, true, std::nullopt}, Decoder::ConsumerOffsets, 0);
        QCOMPARE(decoded.error.isEmpty()
                     ? decodedPreview({bytes, true, std::nullopt}, Decoder::ConsumerOffsets, 1000)
                     : QStringLiteral("error: ") + decoded.error,
                 json);
    }

    void consumerOffsetsValues_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("json");

        const QByteArray commit = offsetCommitKey();
        QTest::newRow("offset commit v0")
            << commit << QByteArray(Record().int16(0).int64(42).string("m").int64(1000))
            << R"({"version":0,"offset":42,"metadata":"m","commitTimestamp":1000})";
        QTest::newRow("offset commit v1, with expiry")
            << commit << QByteArray(Record().int16(1).int64(42).string("").int64(1000).int64(2000))
            << R"({"version":1,"offset":42,"metadata":"","commitTimestamp":1000,"expireTimestamp":2000})";
        QTest::newRow("offset commit v2")
            << commit << QByteArray(Record().int16(2).int64(42).string("").int64(1000))
            << R"({"version":2,"offset":42,"metadata":"","commitTimestamp":1000})";
        QTest::newRow("offset commit v3, with leader epoch")
            << commit << QByteArray(Record().int16(3).int64(42).int32(5).string("").int64(1000))
            << R"({"version":3,"offset":42,"leaderEpoch":5,"metadata":"","commitTimestamp":1000})";
        QTest::newRow("offset commit v4, flexible, a tagged field skipped")
            << commit
            << QByteArray(Record(true)
                              .int16(4)
                              .int64(42)
                              .int32(5)
                              .string("x\"y")
                              .int64(1000)
                              .varint(1)
                              .varint(0)
                              .varint(16)
                              .raw(QByteArray(16, 'u')))
            << "{\"version\":4,\"offset\":42,\"leaderEpoch\":5,\"metadata\":\"x\\\"y\",\"commitTimestamp\":"
               "1000}";
        const QByteArray group = groupMetadataKey();
        const QString memberV0 =
            R"("memberId":"consumer-1-4f2a","clientId":"consumer-1","clientHost":"/127.0.0.1",)";
        QTest::newRow("group metadata v0")
            << group << groupMetadataValue(0)
            << R"({"version":0,"protocolType":"consumer","generation":5,"protocol":"range","leader":"consumer-1-4f2a","members":[{)" +
                   memberV0 + R"("sessionTimeout":45000,"subscriptionBytes":21,"assignmentBytes":33}]})";
        QTest::newRow("group metadata v1")
            << group << groupMetadataValue(1)
            << R"({"version":1,"protocolType":"consumer","generation":5,"protocol":"range","leader":"consumer-1-4f2a","members":[{)" +
                   memberV0 +
                   R"("rebalanceTimeout":300000,"sessionTimeout":45000,"subscriptionBytes":21,"assignmentBytes":33}]})";
        QTest::newRow("group metadata v2")
            << group << groupMetadataValue(2)
            << R"({"version":2,"protocolType":"consumer","generation":5,"protocol":"range","leader":"consumer-1-4f2a","currentStateTimestamp":1700000000000,"members":[{)" +
                   memberV0 +
                   R"("rebalanceTimeout":300000,"sessionTimeout":45000,"subscriptionBytes":21,"assignmentBytes":33}]})";
        const QString withInstance =
            R"({"version":%1,"protocolType":"consumer","generation":5,"protocol":"range","leader":"consumer-1-4f2a","currentStateTimestamp":1700000000000,"members":[{"memberId":"consumer-1-4f2a","groupInstanceId":null,"clientId":"consumer-1","clientHost":"/127.0.0.1","rebalanceTimeout":300000,"sessionTimeout":45000,"subscriptionBytes":21,"assignmentBytes":33}]})";
        QTest::newRow("group metadata v3") << group << groupMetadataValue(3) << withInstance.arg(3);
        QTest::newRow("group metadata v4, flexible") << group << groupMetadataValue(4) << withInstance.arg(4);
        QTest::newRow("empty group, null protocol and leader")
            << group
            << QByteArray(Record()
                              .int16(3)
                              .string("consumer")
                              .int32(0)
                              .string(std::nullopt)
                              .string(std::nullopt)
                              .int64(-1)
                              .array(0))
            << R"({"version":3,"protocolType":"consumer","generation":0,"protocol":null,"leader":null,"currentStateTimestamp":-1,"members":[]})";

        QTest::newRow("unknown version") << commit << QByteArray(Record().int16(5).int64(1))
                                         << "error: Unknown offset commit value version 5";
        QTest::newRow("cut in the offset")
            << commit << QByteArray(Record().int16(3).int32(0))
            << "error: Malformed offset commit value at byte 2: offset needs 8 "
               "bytes, only 4 are left";
        QTest::newRow("metadata past the end")
            << commit << QByteArray(Record().int16(3).int64(1).int32(0).int16(0x7fff))
            << "error: Malformed offset commit value at byte 14: metadata needs 32767 bytes, only 0 are left";
        QTest::newRow("a member count the bytes cannot hold")
            << group
            << QByteArray(Record()
                              .int16(3)
                              .string("consumer")
                              .int32(0)
                              .string("r")
                              .string("l")
                              .int64(0)
                              .int32(1'000'000'000))
            << "error: Malformed group metadata value at byte 30: members counts 1000000000 elements, more "
               "than the bytes left can hold";
        QTest::newRow("a negative bytes length")
            << group << groupMetadataValue(0).chopped(33 + 4) + QByteArray(Record().int32(-5))
            << "error: Malformed group metadata value at byte 114: assignment has the length -5";
        QTest::newRow("cut in a member") << group << groupMetadataValue(3).chopped(10)
                                         << "error: Malformed group metadata value at byte 128: assignment "
                                            "needs 33 bytes, only 23 are left";
        QTest::newRow("an endless varint")
            << commit << QByteArray(Record(true).int16(4).int64(1).int32(0).raw("\xff\xff\xff\xff\xff\xff"))
            << "error: Malformed offset commit value at byte 14: metadata is a varint longer than 5 bytes";
        QTest::newRow("the key is not a record")
            << QByteArray("xy") << QByteArray(Record().int16(0))
            << "error: The key tells the value's type: A __consumer_offsets "
               "record of type 30841, neither an offset commit (0, 1) nor "
               "group metadata (2)";
    }

    void consumerOffsetsValues() {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, json);
        const Payload payload{value, false, QByteArrayView(key)};
        const DecodedPayload decoded = decodePayload(payload, Decoder::ConsumerOffsets, 0);
        QCOMPARE(decoded.error.isEmpty() ? decodedPreview(payload, Decoder::ConsumerOffsets, 10'000)
                                         : QStringLiteral("error: ") + decoded.error,
                 json);
    }

    // The detail indents the record; a value without a key cannot be told.
    void consumerOffsetsDetail() {
        QCOMPARE(
            keyText(groupMetadataKey(), Decoder::ConsumerOffsets),
            "{\n    \"record\": \"group metadata\",\n    \"version\": 2,\n    \"group\": \"billing\"\n}");
        QCOMPARE(decodedText(QByteArray(Record().int16(0)), Decoder::ConsumerOffsets),
                 "error: A __consumer_offsets value needs its key, and the key is null");
        QVERIFY(
            decodePayload({groupMetadataKey(), true, std::nullopt}, Decoder::ConsumerOffsets, 0).isJson());
    }

    // Every prefix of valid records is refused in words, and read within its bytes (ASan checks that).
    void everyCutRecordIsRefused() {
        const QByteArray key = groupMetadataKey();
        for (const QByteArray &value : {groupMetadataValue(3), groupMetadataValue(4)}) {
            for (qsizetype size = 0; size < value.size(); ++size) {
                const QByteArray cut = value.first(size);
                const DecodedPayload decoded =
                    decodePayload({cut, false, QByteArrayView(key)}, Decoder::ConsumerOffsets, 0);
                QVERIFY2(decoded.error.startsWith(QLatin1String("Malformed group metadata value at byte ")),
                         qPrintable(decoded.error));
            }
        }
    }

    void parsedRecordsKeepTheirFields() {
        const Parsed<ConsumerOffsetsValue> parsed =
            parseConsumerOffsetsValue(groupMetadataValue(3), groupMetadataKey());
        QVERIFY2(parsed.record, qPrintable(parsed.error));
        const auto &group = std::get<GroupMetadataValue>(*parsed.record);
        QCOMPARE(group.generation, 5);
        QCOMPARE(group.members.size(), 1);
        QCOMPARE(group.members.front().clientHost, QStringLiteral("/127.0.0.1"));
        QVERIFY(!group.members.front().groupInstanceId);
        QCOMPARE(group.members.front().assignmentSize, 33);
    }

    void choicesAreRememberedPerTopic() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QCOMPARE(DecoderChoice::load(QStringLiteral("orders")),
                 (DecoderChoice{Decoder::Auto, Decoder::Auto}));
        QCOMPARE(DecoderChoice::load(QStringLiteral("__consumer_offsets")),
                 (DecoderChoice{Decoder::ConsumerOffsets, Decoder::ConsumerOffsets}));
        DecoderChoice{Decoder::Int64, Decoder::Json}.save(QStringLiteral("orders"));
        QCOMPARE(DecoderChoice::load(QStringLiteral("orders")),
                 (DecoderChoice{Decoder::Int64, Decoder::Json}));
        QCOMPARE(DecoderChoice::load(QStringLiteral("orders.v2")),
                 (DecoderChoice{Decoder::Auto, Decoder::Auto}));
        for (const Decoder decoder : allDecoders())
            QCOMPARE(decoderFromId(decoderId(decoder)), decoder);
        QCOMPARE(decoderFromId(QStringLiteral("protobuf")), std::nullopt);
    }

    void hexDump() {
        HexDumpModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBytes(QByteArray("hello world\n\x00\x7f\xff", 15) + QByteArray(5, 'A'));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(
            model.data(model.index(0)).toString(),
            QStringLiteral("00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 7f ff 41  |hello world....A|"));
        QCOMPARE(model.data(model.index(1)).toString(),
                 QStringLiteral("00000010  41 41 41 41                                       |AAAA|"));
        model.setBytes(QByteArray(5'000'000, 'x'));
        QCOMPARE(model.rowCount(), 312'500);
        QVERIFY(model.data(model.index(312'499)).toString().startsWith(QLatin1String("004c4b30  78")));
        model.setBytes(QByteArray());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageDecoder)
#include "tst_messagedecoder.moc"
