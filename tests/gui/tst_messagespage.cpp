// The Messages view in the main window, on librdkafka's mock cluster: a topic opened from the Topics
// view is read into the table, a message's detail shows its JSON indented with key, headers and hex
// dump, the filter narrows the rows live with a match count, a bad start offset is refused in words,
// decoders chosen for a topic are remembered for it, __consumer_offsets records are decoded by
// default, "Show all" fills in a 5 MB value piece by piece; exports write files, replays produce to
// another topic and list what failed, a cancelled replay accounts for every message, a header-routed
// replay puts each message in the topic its header names, and a read-only connection cannot replay.

#include "consumeroffsetsbuilders.h"
#include "hexdumpmodel.h"
#include "mainwindow.h"
#include "messagespage.h"
#include "mockfixtures.h"
#include "payloadview.h"
#include "rdkafkaptr.h"
#include "readprogressmodel.h"
#include "replaydialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace partita;

namespace {

const char *const Topic = "orders";
constexpr int Partitions = 3;
constexpr int Messages = 30;
constexpr int Timeout = 20000;

constexpr qsizetype LargeValueSize = 5 * 1024 * 1024;

struct Produced {
    QByteArray key;
    QByteArray value;
    QByteArray trace;       // the trace-id header, none when empty
    QByteArray redriveTo{}; // the redrive-to header, none when empty
};

// Produces to one partition (-1: any), waiting until every message is acknowledged. Returns what
// went wrong, or an empty string.
QString produce(const QString &bootstrap, const char *topic, int partitions,
                const std::vector<Produced> &messages) {
    char errstr[256];
    rdk::ConfPtr conf(rd_kafka_conf_new());
    rd_kafka_conf_set(conf.get(), "bootstrap.servers", qPrintable(bootstrap), errstr, sizeof errstr);
    rd_kafka_conf_set(conf.get(), "message.max.bytes", "10000000", errstr, sizeof errstr);
    rdk::HandlePtr producer(rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr));
    if (!producer)
        return QString::fromUtf8(errstr);
    static_cast<void>(conf.release());
    for (size_t i = 0; i < messages.size(); ++i) {
        const Produced &message = messages[i];
        rd_kafka_headers_t *headers = rd_kafka_headers_new(2);
        if (!message.trace.isEmpty())
            rd_kafka_header_add(headers, "trace-id", -1, message.trace.constData(), message.trace.size());
        if (!message.redriveTo.isEmpty())
            rd_kafka_header_add(headers, "redrive-to", -1, message.redriveTo.constData(),
                                message.redriveTo.size());
        if (const rd_kafka_resp_err_t err = rd_kafka_producev(
                producer.get(), RD_KAFKA_V_TOPIC(topic),
                RD_KAFKA_V_PARTITION(int32_t(i % size_t(partitions))),
                RD_KAFKA_V_KEY(message.key.constData(), size_t(message.key.size())),
                RD_KAFKA_V_VALUE(const_cast<char *>(message.value.constData()), size_t(message.value.size())),
                RD_KAFKA_V_HEADERS(headers), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)) {
            rd_kafka_headers_destroy(headers);
            return QString::fromUtf8(rd_kafka_err2str(err));
        }
    }
    if (const rd_kafka_resp_err_t err = rd_kafka_flush(producer.get(), 20000))
        return QString::fromUtf8(rd_kafka_err2str(err));
    return QString();
}

// Orders as JSON, keyed by customer, with a trace header; every fifth one is a refund.
QString produceOrders(const QString &bootstrap) {
    std::vector<Produced> orders;
    for (int i = 0; i < Messages; ++i) {
        orders.push_back(
            {"customer-" + QByteArray::number(i % 7),
             QStringLiteral(R"({"order": %1, "kind": "%2", "amount": %3.50, "items": ["book", "pen"]})")
                 .arg(1000 + i)
                 .arg(i % 5 == 0 ? QStringLiteral("refund") : QStringLiteral("purchase"))
                 .arg(10 + i)
                 .toUtf8(),
             "trace-" + QByteArray::number(i)});
    }
    return produce(bootstrap, Topic, Partitions, orders);
}

} // namespace

class TestMessagesPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        const QString started = m_cluster.start(Topic, Partitions);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // Replays go to "refunds" (as the orders, 3 partitions) and "single" (1 partition).
        for (const char *topic : {"__consumer_offsets", "large", "single"})
            QCOMPARE(rd_kafka_mock_topic_create(m_cluster.get(), topic, 1, 3), RD_KAFKA_RESP_ERR_NO_ERROR);
        QCOMPARE(rd_kafka_mock_topic_create(m_cluster.get(), "refunds", Partitions, 3),
                 RD_KAFKA_RESP_ERR_NO_ERROR);
        const QString bootstrap = m_cluster.bootstrapServers();
        QCOMPARE(produceOrders(bootstrap), QString());
        QCOMPARE(produce(bootstrap, "__consumer_offsets", 1,
                         {{test::offsetCommitKey(),
                           test::Record().int16(3).int64(42).int32(0).string("").int64(1'700'000'000'000),
                           {}},
                          {test::groupMetadataKey(), test::groupMetadataValue(3), {}}}),
                 QString());
        QCOMPARE(produce(bootstrap, "large", 1, {{"big", QByteArray(LargeValueSize, 'x'), {}}}), QString());
        m_window = std::make_unique<MainWindow>(std::chrono::seconds(2));
        m_window->resize(1500, 900);
        ConnectionSettings settings;
        settings.bootstrapServers = m_cluster.bootstrapServers();
        m_window->connectToCluster(settings, QStringLiteral("mock"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->findChild<MessagesPage *>();
        QVERIFY(m_page);
        m_table = m_page->findChild<QTableView *>(QStringLiteral("messages"));
        m_status = m_page->findChild<QLabel *>(QStringLiteral("status"));
        m_detail = m_page->findChild<QWidget *>(QStringLiteral("detail"));
        m_tabs = m_detail->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        m_keyDecoder = m_page->findChild<QComboBox *>(QStringLiteral("keyDecoder"));
        m_valueDecoder = m_page->findChild<QComboBox *>(QStringLiteral("valueDecoder"));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_cluster.stop();
    }

    void openedTopicIsReadIntoTheTable() {
        m_page->openTopic(QString::fromUtf8(Topic));
        m_window->showView(MainWindow::View::Messages);
        QCOMPARE(m_window->currentView(), MainWindow::View::Messages);
        QTRY_VERIFY_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Done")), Timeout);
        QCOMPARE(m_status->text(), QStringLiteral("Done: 30 messages read"));
        QCOMPARE(m_table->model()->rowCount(), Messages);
        QCOMPARE(m_table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Offset"));
    }

    // One row per partition, each read to its end; the toggle shows and hides the table.
    void partitionProgressShowsEachPartition() {
        auto *toggle = m_page->findChild<QToolButton *>(QStringLiteral("showPartitionProgress"));
        auto *progress = m_page->findChild<QTableView *>(QStringLiteral("partitionProgress"));
        QVERIFY(!progress->isVisible());
        toggle->click();
        QVERIFY(progress->isVisible());
        const QAbstractItemModel *model = progress->model();
        QCOMPARE(model->rowCount(), Partitions);
        for (int row = 0; row < Partitions; ++row) {
            QCOMPARE(model->index(row, ReadProgressModel::PartitionColumn).data().toInt(), row);
            QCOMPARE(model->index(row, ReadProgressModel::ProgressColumn).data().toString(),
                     QStringLiteral("100%"));
            QCOMPARE(model->index(row, ReadProgressModel::StateColumn).data().toString(),
                     QStringLiteral("done"));
        }
        qint64 read = 0;
        for (int row = 0; row < Partitions; ++row)
            read += model->index(row, ReadProgressModel::ReadColumn)
                        .data(ReadProgressModel::SortRole)
                        .toLongLong();
        QCOMPARE(read, qint64(Messages));
        saveScreenshot(QStringLiteral("messages-partitions.png"));
        toggle->click();
        QVERIFY(!progress->isVisible());
    }

    void detailShowsTheWholeMessage() {
        selectRow(0);
        const QString value = payloadText(QStringLiteral("valueView"));
        // Indented as written: key order and digits kept.
        static const QRegularExpression asWritten(
            QStringLiteral(R"(\{\n    "order": \d+,\n    "kind": "\w+",\n    "amount": \d+\.50,)"));
        QVERIFY2(value.contains(asWritten), qPrintable(value));
        QVERIFY2(value.contains(QLatin1String("\"items\": [\n        \"book\",")), qPrintable(value));
        QCOMPARE(payloadInfo(QStringLiteral("valueView")).left(6), QStringLiteral("JSON, "));
        QVERIFY(payloadText(QStringLiteral("keyView")).startsWith(QLatin1String("customer-")));
        const auto *summary = m_detail->findChild<QLabel *>(QStringLiteral("detailSummary"));
        QVERIFY2(summary->text().contains(QLatin1String("CreateTime")), qPrintable(summary->text()));
        saveScreenshot(QStringLiteral("messages.png"));
    }

    void detailShowsHeadersAndHexDump() {
        selectRow(0);
        m_tabs->setCurrentIndex(2);
        const auto *headers = m_detail->findChild<QTableWidget *>(QStringLiteral("headers"));
        QCOMPARE(m_tabs->tabText(2), QStringLiteral("Headers (1)"));
        QCOMPARE(headers->rowCount(), 1);
        QCOMPARE(headers->item(0, 0)->text(), QStringLiteral("trace-id"));
        QVERIFY(headers->item(0, 1)->text().startsWith(QLatin1String("trace-")));
        saveScreenshot(QStringLiteral("messages-headers.png"));

        m_tabs->setCurrentIndex(3);
        const auto *hex = m_detail->findChild<QListView *>(QStringLiteral("hexDump"));
        QVERIFY(hex->model()->rowCount() > 3);
        QVERIFY2(hex->model()->index(0, 0).data().toString().startsWith(
                     QLatin1String("00000000  7b 22 6f 72 64 65 72 22  3a 20")),
                 qPrintable(hex->model()->index(0, 0).data().toString()));
        saveScreenshot(QStringLiteral("messages-hex.png"));
        m_tabs->setCurrentIndex(0);
    }

    // Ctrl+C on the table copies the selected messages as JSON Lines.
    void selectedMessagesCopyAsJson() {
        m_table->clearSelection();
        m_table->selectionModel()->select(m_table->model()->index(0, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_table->selectionModel()->select(m_table->model()->index(2, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_table->setFocus();
        QTest::keySequence(m_table, QKeySequence::Copy);
        const QStringList lines = QGuiApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.front().startsWith(QLatin1String(R"({"topic":"orders","partition":)")),
                 qPrintable(lines.front()));
        QVERIFY2(
            lines.front().contains(QLatin1String(",\"headers\":[{\"key\":\"trace-id\",\"value\":\"trace-")) &&
                lines.front().endsWith(QLatin1String("\"}]}")),
            qPrintable(lines.front()));
    }
    void filterNarrowsTheRowsLive() {
        auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("filter"));
        QTest::keyClicks(filter, QStringLiteral("refund"));
        QTRY_COMPARE(m_table->model()->rowCount(), Messages / 5);
        QVERIFY2(m_status->text().endsWith(QLatin1String(", 6 matches")), qPrintable(m_status->text()));
        saveScreenshot(QStringLiteral("messages-filtered.png"));
        filter->clear();
        QTRY_COMPARE(m_table->model()->rowCount(), Messages);
    }

    // The choice shows at once in the table and the detail, and comes back with the topic.
    void decodersAreRememberedPerTopic() {
        m_page->openTopic(QString::fromUtf8(Topic));
        QTRY_VERIFY_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Done")), Timeout);
        m_valueDecoder->setCurrentIndex(m_valueDecoder->findData(int(Decoder::Hex)));
        QVERIFY(m_table->model()
                    ->index(0, MessageTableModel::ValueColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("7b 22 6f 72")));
        selectRow(0);
        QVERIFY(payloadText(QStringLiteral("valueView")).startsWith(QLatin1String("7b 22 6f 72")));
        QCOMPARE(QSettings().value(QStringLiteral("messages/decoders/orders/value")).toString(),
                 QStringLiteral("hex"));

        openAndWait(QStringLiteral("large"));
        QCOMPARE(m_valueDecoder->currentData().toInt(), int(Decoder::Auto));
        openAndWait(QString::fromUtf8(Topic));
        QCOMPARE(m_valueDecoder->currentData().toInt(), int(Decoder::Hex));
        QCOMPARE(m_keyDecoder->currentData().toInt(), int(Decoder::Auto));
        m_valueDecoder->setCurrentIndex(m_valueDecoder->findData(int(Decoder::Auto)));
    }

    void consumerOffsetsAreDecodedByDefault() {
        openAndWait(QStringLiteral("__consumer_offsets"));
        QCOMPARE(m_keyDecoder->currentData().toInt(), int(Decoder::ConsumerOffsets));
        QCOMPARE(m_valueDecoder->currentData().toInt(), int(Decoder::ConsumerOffsets));
        QCOMPARE(
            m_table->model()->index(0, MessageTableModel::KeyColumn).data().toString(),
            QStringLiteral(
                R"({"record":"offset commit","version":1,"group":"billing","topic":"orders","partition":7})"));
        selectRow(1);
        QVERIFY2(payloadText(QStringLiteral("valueView"))
                     .contains(QLatin1String("\"clientHost\": \"/127.0.0.1\"")),
                 qPrintable(payloadText(QStringLiteral("valueView"))));
        QCOMPARE(payloadInfo(QStringLiteral("valueView")),
                 QStringLiteral("__consumer_offsets record, 165 bytes"));
        saveScreenshot(QStringLiteral("messages-consumer-offsets.png"));
        selectRow(0);
        QVERIFY(payloadText(QStringLiteral("valueView")).contains(QLatin1String("\"offset\": 42")));
    }

    // 5 MB: the first 64 KiB at once; "Show all" returns quickly and fills in the rest piece by piece.
    void showAllFillsInALargeValue() {
        openAndWait(QStringLiteral("large"));
        selectRow(0);
        auto *view = m_detail->findChild<PayloadView *>(QStringLiteral("valueView"));
        QTRY_VERIFY(!view->isLoading());
        QCOMPARE(payloadText(QStringLiteral("valueView")).size(),
                 PayloadView::ShownBytes + (PayloadView::ShownBytes - 1) / 1000);
        QVERIFY2(payloadInfo(QStringLiteral("valueView")).contains(QLatin1String("the first 64")),
                 qPrintable(payloadInfo(QStringLiteral("valueView"))));
        auto *showAll = view->findChild<QPushButton *>(QStringLiteral("showAll"));
        QVERIFY(showAll->isVisible());
        showAll->click();
        // The click returns before the value is in: the rest arrives in pieces from the event loop.
        QVERIFY(view->isLoading());
        QVERIFY(payloadText(QStringLiteral("valueView")).size() < LargeValueSize);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), Timeout);
        // Lines of 1000 characters: the view lays out one long line slowly.
        QCOMPARE(payloadText(QStringLiteral("valueView")).size(),
                 LargeValueSize + (LargeValueSize - 1) / 1000);
        QVERIFY(!showAll->isVisible());
        saveScreenshot(QStringLiteral("messages-large.png"));
    }

    void badStartIsRefusedInWords() {
        auto *start = m_page->findChild<QComboBox *>(QStringLiteral("start"));
        start->setCurrentIndex(start->findText(QStringLiteral("Offset")));
        auto *value = m_page->findChild<QLineEdit *>(QStringLiteral("startValue"));
        value->setText(QStringLiteral("ten"));
        m_page->findChild<QPushButton *>(QStringLiteral("read"))->click();
        QCOMPARE(m_status->text(), QStringLiteral("The start offset is a number, not \"ten\""));
        value->setText(QStringLiteral("500"));
        m_page->findChild<QPushButton *>(QStringLiteral("read"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_status->text().startsWith(QLatin1String("Cannot read: Offset 500 is out of range")), Timeout);
    }

    void findByKeyReadsTheKeysPartition() {
        chooseOrdersFromTheBeginning();
        auto *key = m_page->findChild<QLineEdit *>(QStringLiteral("findKey"));
        QTest::keyClicks(key, QStringLiteral("customer-3"));
        QVERIFY(m_page->findChild<QComboBox *>(QStringLiteral("findKeyPartitioner"))->isVisibleTo(m_page));
        QVERIFY(!m_page->findChild<QLineEdit *>(QStringLiteral("partitions"))->isEnabled());
        QTest::keyClick(key, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Done")) ||
                                      m_status->text().startsWith(QLatin1String("No messages")),
                                  qPrintable(m_status->text()), Timeout);

        // The producer above placed order i in partition i % 3; the key's are i = 3, 10, 17, 24.
        const int partition =
            KeyPartitioning::partitionFor("customer-3", Partitions, KeyPartitioner::Murmur2);
        int expected = 0;
        for (int i = 3; i < Messages; i += 7)
            expected += i % Partitions == partition;
        QCOMPARE(m_table->model()->rowCount(), expected);
        for (int row = 0; row < m_table->model()->rowCount(); ++row) {
            QCOMPARE(m_table->model()->index(row, MessageTableModel::PartitionColumn).data().toInt(),
                     partition);
            QCOMPARE(m_table->model()->index(row, MessageTableModel::KeyColumn).data().toString(),
                     QStringLiteral("customer-3"));
        }
        const QString notes = m_page->findChild<QLabel *>(QStringLiteral("notes"))->text();
        QVERIFY2(notes.contains(
                     QStringLiteral("Key \"customer-3\" maps to partition %1 under murmur2").arg(partition)),
                 qPrintable(notes));
        saveScreenshot(QStringLiteral("messages-find-key.png"));
        key->clear();
        QVERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("partitions"))->isEnabled());
    }

    void exportWritesTheFilteredRows() {
        readAllOrders();
        QTest::keyClicks(m_page->findChild<QLineEdit *>(QStringLiteral("filter")), QStringLiteral("refund"));
        QTRY_COMPARE(m_table->model()->rowCount(), Messages / 5);
        const QList<QByteArray> lines =
            exportTo(QStringLiteral("exportShown"), QStringLiteral("refunds.jsonl"));
        QCOMPARE(lines.size(), Messages / 5);
        for (const QByteArray &line : lines) {
            const QJsonObject message = QJsonDocument::fromJson(line).object();
            QCOMPARE(message.value(QLatin1String("topic")).toString(), QString::fromUtf8(Topic));
            QVERIFY2(message.value(QLatin1String("value")).toString().contains(QLatin1String("refund")),
                     line);
        }
        QCOMPARE(exportText(),
                 QStringLiteral("Exported 6 messages to %1").arg(m_exportDir.filePath("refunds.jsonl")));
        saveScreenshot(QStringLiteral("messages-exported.png"));
        m_page->findChild<QLineEdit *>(QStringLiteral("filter"))->clear();
        QTRY_COMPARE(m_table->model()->rowCount(), Messages);
    }

    void exportWritesTheSelection() {
        m_table->selectRow(2);
        m_table->selectionModel()->select(m_table->model()->index(5, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<QByteArray> lines =
            exportTo(QStringLiteral("exportSelection"), QStringLiteral("picked.jsonl"));
        QCOMPARE(lines.size(), 2);
        const auto offsetOf = [this](int row) {
            return m_table->model()->index(row, MessageTableModel::OffsetColumn).data().toLongLong();
        };
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QLatin1String("offset")).toInteger(),
                 offsetOf(2));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QLatin1String("offset")).toInteger(),
                 offsetOf(5));
    }

    void exportReadsTheRangeAgainFromTheCluster() {
        // Only 2 messages per partition are held, but the export reads the whole range again.
        auto *start = m_page->findChild<QComboBox *>(QStringLiteral("start"));
        start->setCurrentIndex(start->findText(QStringLiteral("Newest per partition")));
        m_page->findChild<QLineEdit *>(QStringLiteral("startValue"))->setText(QStringLiteral("2"));
        m_page->findChild<QPushButton *>(QStringLiteral("read"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Done")), Timeout);
        QCOMPARE(m_table->model()->rowCount(), 2 * Partitions);
        start->setCurrentIndex(start->findText(QStringLiteral("Beginning")));
        const QList<QByteArray> lines = exportTo(QStringLiteral("exportRange"), QStringLiteral("orders.csv"));
        QCOMPARE(lines.size(), Messages + 1);
        QVERIFY(lines.first().startsWith("topic,partition,offset,"));
    }

    void rangeToFollowIsRefused() {
        auto *stop = m_page->findChild<QComboBox *>(QStringLiteral("stop"));
        stop->setCurrentIndex(stop->findText(QStringLiteral("Keep following")));
        m_page->findChild<QAction *>(QStringLiteral("exportRange"))->trigger();
        QCOMPARE(m_status->text(),
                 QStringLiteral("A range to export needs an end: choose \"Stop at the end\" or a timestamp"));
        stop->setCurrentIndex(stop->findText(QStringLiteral("Stop at the end")));
    }

    // The 6 refunds the filter shows go to "refunds" and read back the same.
    void replayProducesTheFilteredRows() {
        readAllOrders();
        QTest::keyClicks(m_page->findChild<QLineEdit *>(QStringLiteral("filter")), QStringLiteral("refund"));
        QTRY_COMPARE(m_table->model()->rowCount(), Messages / 5);
        const QStringList replayed = keysAndValues();
        QString confirmation;
        answerReplayDialog(
            QStringLiteral("messages-replay-dialog.png"), [&confirmation](ReplayDialog *dialog) {
                dialog->findChild<QComboBox *>(QStringLiteral("targetTopic"))
                    ->setCurrentText(QStringLiteral("refunds"));
                confirmation = dialog->findChild<QLabel *>(QStringLiteral("confirmation"))->text();
            });
        m_page->findChild<QAction *>(QStringLiteral("replayShown"))->trigger();
        QVERIFY2(confirmation.startsWith(QLatin1String("Produce 6 messages to topic refunds.")),
                 qPrintable(confirmation));
        QTRY_COMPARE_WITH_TIMEOUT(
            replayText(), QStringLiteral("Replayed 6 messages to refunds: 6 sent, 6 acknowledged, 0 failed"),
            Timeout);
        QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("replayPanel"))
                     ->findChild<QPushButton *>(QStringLiteral("showFailures"))
                     ->isVisible());
        saveScreenshot(QStringLiteral("messages-replayed.png"));
        m_page->findChild<QLineEdit *>(QStringLiteral("filter"))->clear();

        QCOMPARE(readBack(QStringLiteral("refunds")), replayed);
    }

    // Kept partitions 1 and 2 do not exist in "single": those messages are listed one by one.
    void replayListsEachFailure() {
        readAllOrders();
        QTest::keyClicks(m_page->findChild<QLineEdit *>(QStringLiteral("filter")), QStringLiteral("refund"));
        QTRY_COMPARE(m_table->model()->rowCount(), Messages / 5);
        answerReplayDialog(QStringLiteral("messages-replay-keep-partitions.png"), [](ReplayDialog *dialog) {
            dialog->findChild<QComboBox *>(QStringLiteral("targetTopic"))
                ->setCurrentText(QStringLiteral("single"));
            dialog->findChild<QCheckBox *>(QStringLiteral("keepPartitions"))->setChecked(true);
        });
        m_page->findChild<QAction *>(QStringLiteral("replayShown"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            replayText(), QStringLiteral("Replayed 6 messages to single: 2 sent, 2 acknowledged, 4 failed"),
            Timeout);
        auto *showFailures = m_page->findChild<QWidget *>(QStringLiteral("replayPanel"))
                                 ->findChild<QPushButton *>(QStringLiteral("showFailures"));
        QVERIFY(showFailures->isVisible());
        const QString details = failureList(QStringLiteral("messages-replay-failures.png"));
        const QStringList lines = details.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.first().startsWith(QLatin1String("Partition 1, offset ")), qPrintable(details));
        QVERIFY2(lines.first().contains(QLatin1String(", to single: Topic single has no partition 1")),
                 qPrintable(details));
        m_page->findChild<QLineEdit *>(QStringLiteral("filter"))->clear();
    }

    // Only 2 messages per partition are held, but the replay reads partition 0 wholly again.
    void replayReadsTheRangeAgainFromTheCluster() {
        chooseOrdersFromTheBeginning();
        auto *start = m_page->findChild<QComboBox *>(QStringLiteral("start"));
        start->setCurrentIndex(start->findText(QStringLiteral("Newest per partition")));
        m_page->findChild<QLineEdit *>(QStringLiteral("startValue"))->setText(QStringLiteral("2"));
        m_page->findChild<QPushButton *>(QStringLiteral("read"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Done")), Timeout);
        start->setCurrentIndex(start->findText(QStringLiteral("Beginning")));
        m_page->findChild<QLineEdit *>(QStringLiteral("partitions"))->setText(QStringLiteral("0"));
        QString source;
        answerReplayDialog(QStringLiteral("messages-replay-range.png"), [&source](ReplayDialog *dialog) {
            source = dialog->findChild<QLabel *>(QStringLiteral("replaySource"))->text();
            dialog->findChild<QComboBox *>(QStringLiteral("targetTopic"))
                ->setCurrentText(QStringLiteral("single"));
        });
        m_page->findChild<QAction *>(QStringLiteral("replayRange"))->trigger();
        QCOMPARE(source, QStringLiteral("The messages of orders (partition 0), read again from the cluster: "
                                        "Beginning, stop at the end"));
        QTRY_COMPARE_WITH_TIMEOUT(
            replayText(),
            QStringLiteral("Replayed 10 messages to single: 10 sent, 10 acknowledged, 0 failed"), Timeout);
        m_page->findChild<QLineEdit *>(QStringLiteral("partitions"))->clear();
    }

    // While following, the status line gives the rate of the last seconds.
    void followingShowsTheRate() {
        chooseOrdersFromTheBeginning();
        auto *stop = m_page->findChild<QComboBox *>(QStringLiteral("stop"));
        stop->setCurrentIndex(stop->findText(QStringLiteral("Keep following")));
        m_page->findChild<QPushButton *>(QStringLiteral("read"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Following")), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_status->text().endsWith(QLatin1String(" messages/s")), Timeout);
        QVERIFY2(m_status->text().startsWith(QStringLiteral("Following new messages: 30 messages read · ")),
                 qPrintable(m_status->text()));
        m_page->findChild<QPushButton *>(QStringLiteral("stopReading"))->click();
        QTRY_COMPARE(m_status->text(), QStringLiteral("Stopped: 30 messages read"));
        stop->setCurrentIndex(stop->findText(QStringLiteral("Stop at the end")));
        m_page->openTopic(QString::fromUtf8(Topic));
        QTRY_VERIFY_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Done")), Timeout);
    }

    // A range that ends an hour from now: the replay follows its source until it is cancelled. The
    // cancel comes while the target's leader holds back the acknowledgement of the last 5 messages
    // sent; the replay still waits for them, and its report counts every message sent and
    // acknowledged and says it was cancelled. The target holds exactly the source's messages.
    void cancelledReplayAccountsForEveryMessage() {
        constexpr int First = 20;
        constexpr int Late = 5;
        // The source's leader is broker 1, the target's broker 3: only the replay produces to 3.
        for (const auto &[topic, leader] : {std::pair{"backlog", 1}, std::pair{"redone", 3}}) {
            QCOMPARE(rd_kafka_mock_topic_create(m_cluster.get(), topic, 1, 3), RD_KAFKA_RESP_ERR_NO_ERROR);
            QCOMPARE(rd_kafka_mock_partition_set_leader(m_cluster.get(), topic, 0, leader),
                     RD_KAFKA_RESP_ERR_NO_ERROR);
        }
        const auto items = [](int from, int to, const QByteArray &kind) {
            std::vector<Produced> messages;
            for (int i = from; i < to; ++i)
                messages.push_back({"item-" + QByteArray::number(i), kind + '-' + QByteArray::number(i), {}});
            return messages;
        };
        const QString bootstrap = m_cluster.bootstrapServers();
        QCOMPARE(produce(bootstrap, "backlog", 1, items(0, First, "first")), QString());

        m_page->findChild<QComboBox *>(QStringLiteral("topic"))->setCurrentText(QStringLiteral("backlog"));
        auto *start = m_page->findChild<QComboBox *>(QStringLiteral("start"));
        start->setCurrentIndex(start->findText(QStringLiteral("Beginning")));
        auto *stop = m_page->findChild<QComboBox *>(QStringLiteral("stop"));
        stop->setCurrentIndex(stop->findText(QStringLiteral("Stop at a timestamp")));
        const qint64 anHourAhead = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
        m_page->findChild<QLineEdit *>(QStringLiteral("stopValue"))->setText(QString::number(anHourAhead));
        answerReplayDialog(QStringLiteral("messages-replay-to-cancel.png"), [](ReplayDialog *dialog) {
            dialog->findChild<QComboBox *>(QStringLiteral("targetTopic"))
                ->setCurrentText(QStringLiteral("redone"));
        });
        m_page->findChild<QAction *>(QStringLiteral("replayRange"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            replayText(), QStringLiteral("Replaying to redone: 20 sent, 20 acknowledged, 0 failed"), Timeout);

        // The next Produce (API key 0) broker 3 receives is answered after 5 s.
        constexpr int16_t ProduceRequest = 0;
        QCOMPARE(rd_kafka_mock_broker_push_request_error_rtts(m_cluster.get(), 3, ProduceRequest, 1,
                                                              RD_KAFKA_RESP_ERR_NO_ERROR, 5000),
                 RD_KAFKA_RESP_ERR_NO_ERROR);
        QCOMPARE(produce(bootstrap, "backlog", 1, items(First, First + Late, "late")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(
            replayText(), QStringLiteral("Replaying to redone: 25 sent, 20 acknowledged, 0 failed"), 4000);
        auto *panel = m_page->findChild<QWidget *>(QStringLiteral("replayPanel"));
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelJob"));
        QVERIFY(cancel->isVisible());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            replayText(),
            QStringLiteral(
                "Replay to redone cancelled after 25 messages: 25 sent, 25 acknowledged, 0 failed"),
            Timeout);
        QVERIFY(!cancel->isVisible());
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("showFailures"))->isVisible());
        saveScreenshot(QStringLiteral("messages-replay-cancelled.png"));

        stop->setCurrentIndex(stop->findText(QStringLiteral("Stop at the end")));
        const QStringList source = readBack(QStringLiteral("backlog"));
        QCOMPARE(source.size(), First + Late);
        QCOMPARE(readBack(QStringLiteral("redone")), source);
    }

    // Dead-letter redrive: each message goes to the topic its redrive-to header names; the one without
    // the header is listed as a failure. Read back, each target holds exactly the messages that named it.
    void headerRoutedReplayRedrivesEachMessage() {
        for (const char *topic : {"dead-letters", "redrive-a", "redrive-b"})
            QCOMPARE(rd_kafka_mock_topic_create(m_cluster.get(), topic, 1, 3), RD_KAFKA_RESP_ERR_NO_ERROR);
        std::vector<Produced> letters;
        QStringList toA;
        QStringList toB;
        for (int i = 0; i < 6; ++i) {
            const bool a = i % 3 != 0; // 1, 2, 4, 5 to redrive-a; 0, 3 to redrive-b
            letters.push_back({"letter-" + QByteArray::number(i),
                               "failed order " + QByteArray::number(i),
                               {},
                               a ? "redrive-a" : "redrive-b"});
            (a ? toA : toB).append(QStringLiteral("letter-%1 failed order %1").arg(i));
        }
        letters.push_back({"letter-6", "nowhere to go", {}, {}});
        QCOMPARE(produce(m_cluster.bootstrapServers(), "dead-letters", 1, letters), QString());
        QCOMPARE(readBack(QStringLiteral("dead-letters")).size(), 7);

        QString confirmation;
        answerReplayDialog(
            QStringLiteral("messages-replay-by-header.png"), [&confirmation](ReplayDialog *dialog) {
                dialog->findChild<QRadioButton *>(QStringLiteral("toHeader"))->setChecked(true);
                QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("targetTopic"))->isEnabled());
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("topicHeader")),
                                 QStringLiteral("redrive-to"));
                confirmation = dialog->findChild<QLabel *>(QStringLiteral("confirmation"))->text();
            });
        m_page->findChild<QAction *>(QStringLiteral("replayShown"))->trigger();
        QVERIFY2(confirmation.startsWith(
                     QLatin1String("Produce 7 messages, each to the topic its header redrive-to names.")),
                 qPrintable(confirmation));
        QTRY_COMPARE_WITH_TIMEOUT(
            replayText(),
            QStringLiteral("Replayed 7 messages to the topics header redrive-to names: 6 "
                           "sent, 6 acknowledged, 1 failed"),
            Timeout);
        QCOMPARE(
            failureList(QStringLiteral("messages-replay-by-header-failures.png")),
            QStringLiteral("Partition 0, offset 6, to no topic: no header redrive-to names a target topic"));

        toA.sort();
        toB.sort();
        QCOMPARE(readBack(QStringLiteral("redrive-a")), toA);
        QCOMPARE(readBack(QStringLiteral("redrive-b")), toB);
    }

    void readOnlyConnectionCannotReplay() {
        MainWindow window(std::chrono::seconds(2));
        ConnectionSettings settings;
        settings.bootstrapServers = m_cluster.bootstrapServers();
        settings.readOnly = true;
        window.connectToCluster(settings, QStringLiteral("mock read-only"));
        auto *replay = window.findChild<MessagesPage *>()->findChild<QToolButton *>(QStringLiteral("replay"));
        QVERIFY(!replay->isEnabled());
        QCOMPARE(replay->toolTip(),
                 QStringLiteral("The connection is read-only: replaying would write to the cluster"));
        QVERIFY(m_page->findChild<QToolButton *>(QStringLiteral("replay"))->isEnabled());

        // Reached anyway, the replay is refused where the cluster is written to, and says so.
        auto *page = window.findChild<MessagesPage *>();
        page->openTopic(QString::fromUtf8(Topic));
        auto *status = page->findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Done")), Timeout);
        answerReplayDialog(QStringLiteral("messages-replay-read-only.png"), [](ReplayDialog *) {});
        page->findChild<QAction *>(QStringLiteral("replayShown"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            replayText(page),
            QStringLiteral("Replay not started: Refused: this connection is read-only, so messages cannot be "
                           "replayed"),
            Timeout);
    }

private:
    // Answers the next replay dialog: `choose` fills it in, then Produce is clicked.
    void answerReplayDialog(const QString &screenshot, const std::function<void(ReplayDialog *)> &choose) {
        answerNextDialog<ReplayDialog>([screenshot, choose](ReplayDialog *dialog) {
            choose(dialog);
            saveScreenshot(dialog, screenshot);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    }

    // Hands the next modal `Dialog` (of that object name, when given) to `answer`. Polls: the dialog
    // runs an event loop of its own once the action that opens it is triggered.
    template <typename Dialog>
    void answerNextDialog(const std::function<void(Dialog *)> &answer,
                          const QString &objectName = QString()) {
        auto *poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [poll, answer, objectName] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog || (!objectName.isEmpty() && dialog->objectName() != objectName))
                return;
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        });
        poll->start();
    }

    // Clicks the replay panel's "Show failures…" and returns the list its dialog shows.
    QString failureList(const QString &screenshot) {
        QString details;
        answerNextDialog<QDialog>(
            [&details, screenshot](QDialog *dialog) {
                details = dialog->findChild<QPlainTextEdit *>(QStringLiteral("failureList"))->toPlainText();
                saveScreenshot(dialog, screenshot);
                QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
            },
            QStringLiteral("failures"));
        m_page->findChild<QWidget *>(QStringLiteral("replayPanel"))
            ->findChild<QPushButton *>(QStringLiteral("showFailures"))
            ->click();
        return details;
    }

    // Reads `topic` from the beginning to its end into the table; returns keysAndValues().
    QStringList readBack(const QString &topic) {
        m_page->findChild<QComboBox *>(QStringLiteral("topic"))->setCurrentText(topic);
        auto *start = m_page->findChild<QComboBox *>(QStringLiteral("start"));
        start->setCurrentIndex(start->findText(QStringLiteral("Beginning")));
        m_page->findChild<QPushButton *>(QStringLiteral("read"))->click();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Done")), Timeout); }();
        return keysAndValues();
    }

    QString replayText(const MessagesPage *page = nullptr) const {
        return (page ? page : m_page)
            ->findChild<QWidget *>(QStringLiteral("replayPanel"))
            ->findChild<QLabel *>(QStringLiteral("jobText"))
            ->text();
    }

    // "key value" of every row shown, sorted.
    QStringList keysAndValues() const {
        QStringList rows;
        for (int row = 0; row < m_table->model()->rowCount(); ++row)
            rows.append(m_table->model()->index(row, MessageTableModel::KeyColumn).data().toString() +
                        QLatin1Char(' ') +
                        m_table->model()->index(row, MessageTableModel::ValueColumn).data().toString());
        rows.sort();
        return rows;
    }

    void chooseOrdersFromTheBeginning() {
        m_page->findChild<QComboBox *>(QStringLiteral("topic"))->setCurrentText(QString::fromUtf8(Topic));
        auto *start = m_page->findChild<QComboBox *>(QStringLiteral("start"));
        start->setCurrentIndex(start->findText(QStringLiteral("Beginning")));
    }

    void readAllOrders() {
        chooseOrdersFromTheBeginning();
        m_page->findChild<QPushButton *>(QStringLiteral("read"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_table->model()->rowCount(), Messages, Timeout);
    }

    QString exportText() const {
        return m_page->findChild<QWidget *>(QStringLiteral("exportPanel"))
            ->findChild<QLabel *>(QStringLiteral("jobText"))
            ->text();
    }

    // Triggers an export action, answers its file dialog with `name` in a folder of this run, waits
    // until it is written and returns the file's lines.
    QList<QByteArray> exportTo(const QString &action, const QString &name) {
        const QString path = m_exportDir.filePath(name);
        answerNextDialog<QFileDialog>([path](QFileDialog *dialog) {
            // The name field: selectFile() keeps the suggested name for a file that does not exist.
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
            QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
        });
        m_page->findChild<QAction *>(action)->trigger();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(exportText().startsWith(QLatin1String("Exported")), Timeout); }();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast(); // after the last line's end
        return lines;
    }

    void selectRow(int row) {
        m_table->clearSelection();
        m_table->setCurrentIndex(m_table->model()->index(row, 0));
    }

    void openAndWait(const QString &topic) {
        m_page->openTopic(topic);
        QTRY_VERIFY_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Done")), Timeout);
    }

    QString payloadText(const QString &view) const {
        return m_detail->findChild<QWidget *>(view)
            ->findChild<QPlainTextEdit *>(QStringLiteral("payloadText"))
            ->toPlainText();
    }

    QString payloadInfo(const QString &view) const {
        return m_detail->findChild<QWidget *>(view)
            ->findChild<QLabel *>(QStringLiteral("payloadInfo"))
            ->text();
    }

    // Where PARTITA_SCREENSHOT_DIR says, for looking at the view; nowhere otherwise.
    void saveScreenshot(const QString &name) const { saveScreenshot(m_window.get(), name); }
    static void saveScreenshot(QWidget *widget, const QString &name) {
        const QString folder = qEnvironmentVariable("PARTITA_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        // Layouts update on posted events: without them a pane just hidden still takes its room.
        QCoreApplication::sendPostedEvents();
        QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name));
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_exportDir;
    test::MockCluster m_cluster;
    std::unique_ptr<MainWindow> m_window;
    MessagesPage *m_page = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_detail = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_keyDecoder = nullptr;
    QComboBox *m_valueDecoder = nullptr;
};

QTEST_MAIN(TestMessagesPage)
#include "tst_messagespage.moc"
