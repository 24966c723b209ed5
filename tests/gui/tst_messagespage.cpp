// The Messages view in the main window, on librdkafka's mock cluster: a topic opened from the Topics
// view is read into the table, a message's detail shows its JSON indented with key and headers, the
// filter narrows the rows live with a match count, and a bad start offset is refused in words.

#include "mainwindow.h"
#include "messagespage.h"
#include "mockfixtures.h"
#include "rdkafkaptr.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace partita;

namespace {

const char *const Topic = "orders";
constexpr int Partitions = 3;
constexpr int Messages = 30;
constexpr int Timeout = 20000;

// Orders as JSON, keyed by customer, with a trace header; every fifth one is a refund.
QString produceOrders(const QString &bootstrap) {
    char errstr[256];
    rdk::ConfPtr conf(rd_kafka_conf_new());
    rd_kafka_conf_set(conf.get(), "bootstrap.servers", qPrintable(bootstrap), errstr, sizeof errstr);
    rdk::HandlePtr producer(rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr));
    if (!producer)
        return QString::fromUtf8(errstr);
    static_cast<void>(conf.release());
    for (int i = 0; i < Messages; ++i) {
        const QByteArray key = "customer-" + QByteArray::number(i % 7);
        const QByteArray value =
            QStringLiteral(R"({"order": %1, "kind": "%2", "amount": %3.50, "items": ["book", "pen"]})")
                .arg(1000 + i)
                .arg(i % 5 == 0 ? QStringLiteral("refund") : QStringLiteral("purchase"))
                .arg(10 + i)
                .toUtf8();
        const QByteArray trace = "trace-" + QByteArray::number(i);
        if (const rd_kafka_resp_err_t err = rd_kafka_producev(
                producer.get(), RD_KAFKA_V_TOPIC(Topic), RD_KAFKA_V_PARTITION(i % Partitions),
                RD_KAFKA_V_KEY(key.constData(), size_t(key.size())),
                RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
                RD_KAFKA_V_HEADER("trace-id", trace.constData(), trace.size()),
                RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END))
            return QString::fromUtf8(rd_kafka_err2str(err));
    }
    if (const rd_kafka_resp_err_t err = rd_kafka_flush(producer.get(), 10000))
        return QString::fromUtf8(rd_kafka_err2str(err));
    return QString();
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
        QCOMPARE(produceOrders(m_cluster.bootstrapServers()), QString());
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
        m_detail = m_page->findChild<QPlainTextEdit *>(QStringLiteral("detail"));
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

    void detailShowsTheWholeMessage() {
        m_table->selectRow(0);
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
        const QString text = m_detail->toPlainText();
        // Indented as written: key order and digits kept.
        static const QRegularExpression asWritten(
            QStringLiteral(R"(\{\n    "order": \d+,\n    "kind": "\w+",\n    "amount": \d+\.50,)"));
        QVERIFY2(text.contains(asWritten), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\"items\": [\n        \"book\",")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("customer-")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("trace-id = trace-")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("CreateTime")), qPrintable(text));
        saveScreenshot(QStringLiteral("messages.png"));
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
        auto *start = m_page->findChild<QComboBox *>(QStringLiteral("start"));
        start->setCurrentIndex(start->findText(QStringLiteral("Beginning")));
        auto *key = m_page->findChild<QLineEdit *>(QStringLiteral("findKey"));
        QTest::keyClicks(key, QStringLiteral("customer-3"));
        QVERIFY(m_page->findChild<QComboBox *>(QStringLiteral("findKeyPartitioner"))->isVisibleTo(m_page));
        QVERIFY(!m_page->findChild<QLineEdit *>(QStringLiteral("partitions"))->isEnabled());
        QTest::keyClick(key, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_status->text().startsWith(QLatin1String("Done")) ||
                                     m_status->text().startsWith(QLatin1String("No messages")),
                                 Timeout);

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

private:
    void readAllOrders() {
        auto *start = m_page->findChild<QComboBox *>(QStringLiteral("start"));
        start->setCurrentIndex(start->findText(QStringLiteral("Beginning")));
        m_page->findChild<QPushButton *>(QStringLiteral("read"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_table->model()->rowCount(), Messages, Timeout);
    }

    QString exportText() const { return m_page->findChild<QLabel *>(QStringLiteral("exportText"))->text(); }

    // Triggers an export action, answers its file dialog with `name` in a folder of this run, waits
    // until it is written and returns the file's lines.
    QList<QByteArray> exportTo(const QString &action, const QString &name) {
        const QString path = m_exportDir.filePath(name);
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&answer, path] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                answer.stop();
                // The name field: selectFile() keeps the suggested name for a file that does not exist.
                dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
                QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
            }
        });
        answer.start();
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

    // Where PARTITA_SCREENSHOT_DIR says, for looking at the view; nowhere otherwise.
    void saveScreenshot(const QString &name) const {
        const QString folder = qEnvironmentVariable("PARTITA_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(m_window->grab().save(folder + QLatin1Char('/') + name));
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_exportDir;
    test::MockCluster m_cluster;
    std::unique_ptr<MainWindow> m_window;
    MessagesPage *m_page = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

QTEST_MAIN(TestMessagesPage)
#include "tst_messagespage.moc"
