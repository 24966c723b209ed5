// The JSON Lines and CSV forms of messages (partita-cli consume and the browser's export): UTF-8 as
// text, other bytes in base64 and marked, null apart from empty, and CSV that parses back.

#include "csvparser.h"
#include "messageformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace partita;

namespace {

MessageBatch sampleBatch() {
    MessageBatch batch(QStringLiteral("orders"));
    MessageBatch::Message json;
    json.partition = 2;
    json.offset = 41;
    json.timestamp = 1'700'000'000'123;
    json.timestampType = TimestampType::CreateTime;
    json.key = QByteArrayView("user, \"42\"");
    json.value = QByteArrayView("{\"total\": 9.5,\n \"items\": [1]}");
    json.headers = {{"trace", QByteArray("abc")}, {"bin", QByteArray("\xff\x00", 2)}, {"none", std::nullopt}};
    batch.append(json);
    MessageBatch::Message tombstone;
    tombstone.partition = 0;
    tombstone.offset = 7;
    tombstone.timestampType = TimestampType::LogAppendTime;
    tombstone.timestamp = 5;
    tombstone.key = QByteArrayView("\xc3\x28", 2); // invalid UTF-8
    batch.append(tombstone);
    MessageBatch::Message empty;
    empty.key = QByteArrayView("", 0);
    empty.value = QByteArrayView("", 0);
    batch.append(empty);
    return batch;
}

} // namespace

class TestMessageFormat : public QObject {
    Q_OBJECT

private slots:
    void jsonLines() {
        const MessageBatch batch = sampleBatch();
        const QByteArray line = messageformat::jsonLine(batch, 0);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1); // one line, whatever the payload holds
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(QStringLiteral("topic")).toString(), QStringLiteral("orders"));
        QCOMPARE(object.value(QStringLiteral("partition")).toInt(), 2);
        QCOMPARE(object.value(QStringLiteral("offset")).toInteger(), 41);
        QCOMPARE(object.value(QStringLiteral("timestamp")).toInteger(), 1'700'000'000'123);
        QCOMPARE(object.value(QStringLiteral("timestamp_type")).toString(), QStringLiteral("CreateTime"));
        QCOMPARE(object.value(QStringLiteral("key")).toString(), QStringLiteral("user, \"42\""));
        QCOMPARE(object.value(QStringLiteral("value")).toString(),
                 QStringLiteral("{\"total\": 9.5,\n \"items\": [1]}"));
        QVERIFY(!object.contains(QStringLiteral("key_encoding")));
        const QJsonArray headers = object.value(QStringLiteral("headers")).toArray();
        QCOMPARE(headers.size(), 3);
        QCOMPARE(headers.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("abc"));
        QCOMPARE(headers.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("/wA="));
        QCOMPARE(headers.at(1).toObject().value(QStringLiteral("value_encoding")).toString(),
                 QStringLiteral("base64"));
        QVERIFY(headers.at(2).toObject().value(QStringLiteral("value")).isNull());
        QVERIFY2(line.startsWith("{\"topic\":\"orders\",\"partition\":2,\"offset\":41,"
                                 "\"timestamp\":1700000000123,\"timestamp_type\":\"CreateTime\","
                                 "\"key\":\"user, \\\"42\\\"\",\"value\":"),
                 line.constData());
        QVERIFY2(line.endsWith("]}\n") && line.indexOf("\"headers\":[") > line.indexOf("\"value\":"),
                 line.constData());

        const QJsonObject tombstone = QJsonDocument::fromJson(messageformat::jsonLine(batch, 1)).object();
        QCOMPARE(tombstone.value(QStringLiteral("key")).toString(), QStringLiteral("wyg="));
        QCOMPARE(tombstone.value(QStringLiteral("key_encoding")).toString(), QStringLiteral("base64"));
        QVERIFY(tombstone.value(QStringLiteral("value")).isNull());
        QCOMPARE(tombstone.value(QStringLiteral("timestamp_type")).toString(),
                 QStringLiteral("LogAppendTime"));

        const QJsonObject empty = QJsonDocument::fromJson(messageformat::jsonLine(batch, 2)).object();
        QCOMPARE(empty.value(QStringLiteral("key")), QJsonValue(QString()));
        QVERIFY(empty.value(QStringLiteral("timestamp")).isNull());
    }

    void csvParsesBack() {
        const MessageBatch batch = sampleBatch();
        QByteArray text = messageformat::csvHeader();
        for (int i = 0; i < batch.size(); ++i)
            text += messageformat::csvRow(batch, i);
        const QList<QStringList> rows = test::parseCsv(text);
        QCOMPARE(rows.size(), 4);
        const QStringList header = rows.at(0);
        QCOMPARE(header, (QStringList{"topic", "partition", "offset", "timestamp", "timestamp_type", "key",
                                      "value", "key_encoding", "value_encoding", "headers"}));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        const auto cell = [&](int row, const char *column) {
            return rows.at(row).at(header.indexOf(QLatin1String(column)));
        };
        QCOMPARE(cell(1, "key"), QStringLiteral("user, \"42\""));
        QCOMPARE(cell(1, "value"), QStringLiteral("{\"total\": 9.5,\n \"items\": [1]}"));
        QCOMPARE(cell(1, "offset"), QStringLiteral("41"));
        QCOMPARE(QJsonDocument::fromJson(cell(1, "headers").toUtf8()).array().size(), 3);
        QCOMPARE(cell(2, "key"), QStringLiteral("wyg="));
        QCOMPARE(cell(2, "key_encoding"), QStringLiteral("base64"));
        QCOMPARE(cell(2, "value"), QString()); // null: an empty cell
        QCOMPARE(cell(3, "value"), QString()); // empty: an empty quoted cell, told apart in the text
        // Parsed, null and empty read alike; in the text they differ.
        QCOMPARE(messageformat::csvRow(batch, 1),
                 QByteArray("orders,0,7,5,LogAppendTime,wyg=,,base64,,[]\r\n"));
        QCOMPARE(messageformat::csvRow(batch, 2),
                 QByteArray("orders,-1,-1,,NoTimestampType,\"\",\"\",,,[]\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestMessageFormat)
#include "tst_messageformat.moc"
