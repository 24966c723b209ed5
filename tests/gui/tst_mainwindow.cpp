#include "brokermodel.h"
#include "clustersession.h"
#include "connectiondialog.h"
#include "connectionerrors.h"
#include "connectionprofilestore.h"
#include "connectionstatuswidget.h"
#include "democluster.h"
#include "grouppartitionmodel.h"
#include "kafkaversion.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "replicadelegate.h"
#include "secretstore.h"
#include "statuscolors.h"
#include "topicmodel.h"
#include "topologymodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <memory>

using namespace partita;

Q_DECLARE_METATYPE(partita::MainWindow::View)

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void topologyShowsReplicaPlacement();
    void topologyPartitionOpensMessages();
    void demoGroupsAreNotStored();
    void overviewCountsBrokersAndPartitions();
    void overviewShowsDateAndUnclippedBrokerTable();
    void topicSelectionSurvivesRefresh();
    void everyViewFitsCommonWindowSizes_data();
    void everyViewFitsCommonWindowSizes();
    void stoppedBrokerIsMarkedDown();
    void unreachableClusterShowsStaleBanner();
    void failureWithoutDataShowsNoBanner();
    void dialogRefusesBadBootstrap_data();
    void dialogRefusesBadBootstrap();
    void dialogAcceptsValidBootstrap();
    void freshDialogShowsNoError();
    void dialogReopensOnTheCurrentConnection();
    void doubleClickedProfileConnects();
    void invalidBootstrapOpensDialog();
    void saveButtonSaysWhatIsMissing();
    void profilesNeverStoreSecrets();
    void dialogSavesProfileButAsksForPassword();
    void profileKeepsReadOnly();
    void rememberedPasswordsComeFromTheSecretStore();
    void keychainStoreKeepsWhatItIsGiven();
    void importFillsTheFormAndListsTheRest();
    void hostnameVerificationOffIsWarned();
    void testConnectionNamesEachStage();
    void readOnlyConnectionSaysSoInTheTitle();
    void statusFlagsStaleData();
    void statusShowsFullMessageAsToolTip();
    void aboutNamesQtAndLibrdkafka();
    void screenshotOfBadCluster_data();
    void screenshotOfBadCluster();
    void quitsAtOnceWhileBrokersHang();
    void neverConnectedWindowOffersConnections();
    void filtersSayWhenTheyHideAllAndClearForAnotherCluster();

private:
    QTableView *table(const QString &name) const { return m_window->findChild<QTableView *>(name); }
    QString labelText(const QString &name) const { return m_window->findChild<QLabel *>(name)->text(); }
    bool labelVisible(const QString &name) const { return m_window->findChild<QLabel *>(name)->isVisible(); }
    int demoTopicRows() const;

    std::unique_ptr<DemoCluster> m_demo;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_topologyTester;
    QTemporaryDir m_settingsDir;
    SessionSecretStore m_secrets; // stands in for the desktop keychain
};

void TestMainWindow::initTestCase() {
    // Settings of this run only: another checkout's run of this test must not see its profiles.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PartitaTest"));
    QSettings().clear();

    m_demo = std::make_unique<DemoCluster>();
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    m_window = std::make_unique<MainWindow>(std::chrono::seconds(1));
    m_window->connectToDemo(m_demo.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(table(QStringLiteral("topologyTable")));
    m_topologyTester =
        std::make_unique<QAbstractItemModelTester>(table(QStringLiteral("topologyTable"))->model(),
                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMainWindow::cleanupTestCase() {
    m_topologyTester.reset();
    m_window.reset();
    m_demo.reset();
}

int TestMainWindow::demoTopicRows() const {
    const QAbstractItemModel *model = table(QStringLiteral("topologyTable"))->model();
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->headerData(row, Qt::Vertical, TopologyModel::TopicNameRole).toString() ==
                DemoCluster::topicName() &&
            !model->headerData(row, Qt::Vertical, TopologyModel::TopicHeaderRole).toBool())
            ++rows;
    }
    return rows;
}

void TestMainWindow::topologyShowsReplicaPlacement() {
    m_window->showView(MainWindow::View::Topology);
    const QAbstractItemModel *model = table(QStringLiteral("topologyTable"))->model();
    QTRY_COMPARE_WITH_TIMEOUT(demoTopicRows(), DemoCluster::PartitionCount, 30000);
    QCOMPARE(model->columnCount(), DemoCluster::BrokerCount);

    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->headerData(row, Qt::Vertical, TopologyModel::TopicNameRole).toString() !=
                DemoCluster::topicName() ||
            model->headerData(row, Qt::Vertical, TopologyModel::TopicHeaderRole).toBool())
            continue;
        int leaders = 0;
        int followers = 0;
        for (int column = 0; column < model->columnCount(); ++column) {
            const auto state =
                ReplicaState(model->index(row, column).data(TopologyModel::ReplicaStateRole).toInt());
            leaders += state == ReplicaState::Leader;
            followers += state == ReplicaState::InSyncFollower || state == ReplicaState::OutOfSyncFollower;
        }
        QCOMPARE(leaders, 1);
        QCOMPARE(followers, 2);
    }
}

// The demo's groups are watched, but not remembered under its ports, which the next demo will not have.
void TestMainWindow::demoGroupsAreNotStored() {
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->watchedGroups().size(),
                              DemoCluster::consumerGroups().size(), 30000);
    QSettings stored;
    stored.beginGroup(QStringLiteral("WatchedGroups"));
    QVERIFY2(stored.childKeys().isEmpty(), qPrintable(stored.childKeys().join(QLatin1Char(' '))));
}

void TestMainWindow::topologyPartitionOpensMessages() {
    m_window->showView(MainWindow::View::Topology);
    QTableView *topology = table(QStringLiteral("topologyTable"));
    QTRY_COMPARE_WITH_TIMEOUT(demoTopicRows(), DemoCluster::PartitionCount, 30000);
    int row = 0;
    while (topology->model()->headerData(row, Qt::Vertical, TopologyModel::TopicNameRole).toString() !=
               DemoCluster::topicName() ||
           topology->model()->headerData(row, Qt::Vertical, TopologyModel::PartitionIdRole).toInt() != 2)
        ++row;
    const QModelIndex partition = topology->model()->index(row, 0);
    topology->scrollTo(partition);
    const QRect cell = topology->visualRect(partition);
    QTest::mouseClick(topology->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(topology->viewport(), Qt::LeftButton, {}, cell.center());

    QCOMPARE(m_window->currentView(), MainWindow::View::Messages);
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("topic"))->currentText(),
             DemoCluster::topicName());
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("partitions"))->text(), QStringLiteral("2"));
    QTRY_VERIFY_WITH_TIMEOUT(table(QStringLiteral("messages"))->model()->rowCount() > 0, 20000);
    for (int message = 0; message < table(QStringLiteral("messages"))->model()->rowCount(); ++message)
        QCOMPARE(table(QStringLiteral("messages"))->model()->index(message, 0).data().toInt(), 2);
}

void TestMainWindow::overviewCountsBrokersAndPartitions() {
    m_window->showView(MainWindow::View::Overview);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("brokersValue")), QStringLiteral("3 / 3"), 30000);
    QCOMPARE(labelText(QStringLiteral("partitionsValue")), QString::number(DemoCluster::PartitionCount));
    QCOMPARE(labelText(QStringLiteral("offlineValue")), QStringLiteral("0"));
    // The mock cluster cannot tell its metadata mode, so no controller is claimed.
    QCOMPARE(labelText(QStringLiteral("controllerValue")), QStringLiteral("unknown"));
    QCOMPARE(labelText(QStringLiteral("controllerValueDetail")), QStringLiteral("Metadata mode unknown"));
    QVERIFY(labelText(QStringLiteral("demoBanner")).contains(m_demo->bootstrapServers()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Demo")));
}

void TestMainWindow::overviewShowsDateAndUnclippedBrokerTable() {
    // A window of its own, so what is checked is the first snapshot's layout, not one tidied up by
    // later refreshes.
    MainWindow window(std::chrono::minutes(1));
    window.connectToDemo(m_demo.get());
    window.show();
    QSignalSpy snapshots(window.session(), &ClusterSession::snapshotReady);
    QVERIFY(snapshots.wait(30000));

    const QLabel *lastRefresh = window.findChild<QLabel *>(QStringLiteral("lastRefreshValue"));
    const QString expected = window.session()->lastSnapshot()->takenAt.toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    QCOMPARE(lastRefresh->text(), expected);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+$"))
                 .match(expected)
                 .hasMatch(),
             qPrintable(expected));
    // Whole: on one line, or wrapped between date and time into a tile tall enough for both lines.
    QTRY_VERIFY(lastRefresh->contentsRect().width() >=
                lastRefresh->fontMetrics().horizontalAdvance(expected.section(QLatin1Char(' '), 0, 0)));
    QTRY_VERIFY(lastRefresh->height() >= lastRefresh->heightForWidth(lastRefresh->width()));

    auto *brokers = window.findChild<QTableView *>(QStringLiteral("brokerTable"));
    const QHeaderView *header = brokers->horizontalHeader();
    // QTableView hides the public QAbstractItemView::sizeHintForColumn().
    const auto needed = [view = static_cast<const QAbstractItemView *>(brokers), header](int column) {
        return std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    };
    const auto firstClippedColumn = [&] {
        for (int column = 0; column < BrokerModel::ColumnCount; ++column) {
            if (header->sectionSize(column) < needed(column))
                return column;
        }
        return -1;
    };
    QTRY_COMPARE(firstClippedColumn(), -1);
    QTRY_VERIFY(brokers->viewport()->width() >= header->length());
    // The address is sized to fit, not stretched over the space the other columns need.
    QCOMPARE(header->sectionSize(BrokerModel::AddressColumn), needed(BrokerModel::AddressColumn));
}

void TestMainWindow::topicSelectionSurvivesRefresh() {
    m_window->showView(MainWindow::View::Topics);
    QTableView *topics = table(QStringLiteral("topicTable"));
    QTableView *partitions = table(QStringLiteral("partitionTable"));
    QTRY_COMPARE_WITH_TIMEOUT(partitions->model()->rowCount(), DemoCluster::PartitionCount, 30000);
    const QModelIndexList before = topics->selectionModel()->selectedRows();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().data().toString(), DemoCluster::topicName());

    QSignalSpy refreshed(m_window->session(), &ClusterSession::snapshotReady);
    m_window->session()->refreshNow();
    QVERIFY(refreshed.wait(30000));

    const QModelIndexList after = topics->selectionModel()->selectedRows();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().data().toString(), DemoCluster::topicName());
    QCOMPARE(partitions->model()->rowCount(), DemoCluster::PartitionCount);
}

void TestMainWindow::everyViewFitsCommonWindowSizes_data() {
    QTest::addColumn<MainWindow::View>("view");
    QTest::addColumn<QSize>("size");
    const QList<QPair<const char *, MainWindow::View>> views = {
        {"overview", MainWindow::View::Overview}, {"topics", MainWindow::View::Topics},
        {"topology", MainWindow::View::Topology}, {"groups", MainWindow::View::Groups},
        {"messages", MainWindow::View::Messages}, {"events", MainWindow::View::Events}};
    for (const QSize &size : {QSize(1024, 640), QSize(1600, 1000)}) {
        for (const auto &[name, view] : views)
            QTest::addRow("%s %dx%d", name, size.width(), size.height()) << view << size;
    }
}

// Each view at a small laptop's window and a large one: no view forces the window wider or taller, every
// control is inside the window and as wide as it needs, and the columns that matter are in sight.
// Where PARTITA_SCREENSHOT_DIR says, the window is saved for looking at.
void TestMainWindow::everyViewFitsCommonWindowSizes() {
    QFETCH(MainWindow::View, view);
    QFETCH(QSize, size);
    QTRY_VERIFY_WITH_TIMEOUT(demoTopicRows() == DemoCluster::PartitionCount, 30000);
    const QSize before = m_window->size();
    m_window->showView(view);
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    QTest::qWait(300); // columns fit themselves once per batch of changes

    auto *pages = m_window->findChild<QStackedWidget *>();
    QWidget *page = pages->currentWidget();
    const QRect inside = page->rect();
    const auto checkControl = [&](QWidget *control) {
        // Capped on purpose below what it would like (long decoder names elide).
        if (!control->isVisibleTo(page) || control->window() != m_window.get() ||
            control->maximumWidth() < control->minimumSizeHint().width())
            return;
        const QRect where(control->mapTo(page, QPoint(0, 0)), control->size());
        QVERIFY2(inside.contains(where), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside the page %6x%7")
                                                        .arg(control->objectName())
                                                        .arg(where.x())
                                                        .arg(where.y())
                                                        .arg(where.width())
                                                        .arg(where.height())
                                                        .arg(inside.width())
                                                        .arg(inside.height())));
        QVERIFY2(control->width() >= control->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 squeezed to %2 of %3")
                                .arg(control->objectName())
                                .arg(control->width())
                                .arg(control->minimumSizeHint().width())));
    };
    // Widgets in a scroll area may be scrolled to; the Overview's page scrolls as a whole.
    if (view != MainWindow::View::Overview) {
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            if (!qobject_cast<QAbstractItemView *>(button->parentWidget()) && button->parentWidget() &&
                !button->parentWidget()->inherits("QAbstractScrollArea"))
                checkControl(button);
        }
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) &&
                !qobject_cast<QComboBox *>(edit->parentWidget()))
                checkControl(edit);
        }
        for (QComboBox *combo : page->findChildren<QComboBox *>())
            checkControl(combo);
    }
    if (QTest::currentTestFailed())
        return;

    const auto inSight = [](QTableView *table, int column) {
        QHeaderView *header = table->horizontalHeader();
        const int left = header->sectionViewportPosition(column);
        return left >= 0 && left + header->sectionSize(column) <= table->viewport()->width();
    };
    if (view == MainWindow::View::Topology) {
        QTableView *grid = table(QStringLiteral("topologyTable"));
        for (int column = 0; column < grid->model()->columnCount(); ++column)
            QVERIFY(inSight(grid, column));
        QVERIFY(grid->horizontalHeader()->length() >= grid->viewport()->width() - 2); // uses its width
    } else if (view == MainWindow::View::Groups) {
        QTableView *partitions = table(QStringLiteral("groupPartitionTable"));
        QVERIFY(inSight(partitions, GroupPartitionModel::LagColumn));
        QVERIFY(inSight(partitions, GroupPartitionModel::VerdictColumn));
        if (size.width() >= 1200)
            QVERIFY(inSight(partitions, GroupPartitionModel::OwnerColumn));
    } else if (view == MainWindow::View::Overview) {
        // The page scrolls down when it must, never sideways: tiles and tables fit its width.
        auto *scroll = page->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    } else if (view == MainWindow::View::Topics) {
        QVERIFY(inSight(table(QStringLiteral("topicTable")), TopicModel::NameColumn));
    }

    const QString folder = qEnvironmentVariable("PARTITA_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(m_window->grab().save(QDir(folder).filePath(
            QStringLiteral("%1-%2x%3.png")
                .arg(QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(' '), 0, 0))
                .arg(size.width())
                .arg(size.height()))));
    m_window->resize(before);
}

void TestMainWindow::stoppedBrokerIsMarkedDown() {
    const int victim = 2;
    // Through the Demo menu, as a workshop would.
    QAction *running = m_window->findChild<QAction *>(QStringLiteral("demoBroker2Action"));
    QVERIFY(running);
    running->trigger(); // unticks: stops the broker
    const QAbstractItemModel *model = table(QStringLiteral("topologyTable"))->model();
    const int column = victim - 1; // broker columns are sorted by id, and the demo numbers them from 1
    QTRY_VERIFY_WITH_TIMEOUT(
        !model->headerData(column, Qt::Horizontal, TopologyModel::BrokerOnlineRole).toBool(), 30000);
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Broker 2 (down)"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->headerData(row, Qt::Vertical, TopologyModel::TopicHeaderRole).toBool())
            QCOMPARE(ReplicaState(model->index(row, column).data(TopologyModel::ReplicaStateRole).toInt()),
                     ReplicaState::Offline);
    }
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("brokersValue")), QStringLiteral("2 / 3"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("connectionStateLabel")), QStringLiteral("Degraded"),
                              30000);

    running->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("brokersValue")), QStringLiteral("3 / 3"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("connectionStateLabel")), QStringLiteral("Connected"),
                              30000);
}

void TestMainWindow::unreachableClusterShowsStaleBanner() {
    m_window->showView(MainWindow::View::Topology);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("connectionStateLabel")), QStringLiteral("Connected"),
                              30000);
    QVERIFY(!labelVisible(QStringLiteral("staleBanner")));

    for (int broker = 1; broker <= DemoCluster::BrokerCount; ++broker)
        m_demo->setBrokerRunning(broker, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ConnectionState::Failed, 30000);
    QVERIFY(labelVisible(QStringLiteral("staleBanner")));
    const QDateTime lastData = m_window->session()->lastSnapshot()->takenAt; // still on the pages
    const QString banner = labelText(QStringLiteral("staleBanner"));
    QVERIFY2(banner.contains(QStringLiteral("Cluster unreachable</b> since ")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("showing the last data from %1")
                                 .arg(lastData.toLocalTime().toString(QStringLiteral("HH:mm:ss")))),
             qPrintable(banner));
    const QString reason = readableKafkaText(m_window->session()->stateMessage());
    QVERIFY2(banner.contains(reason.toHtmlEscaped()), qPrintable(banner));
    // The failure keeps the last snapshot on the pages, so the banner is what tells the user.
    QCOMPARE(labelText(QStringLiteral("topologySummary")), QStringLiteral("6 partitions × 3 brokers"));
    const auto *replicas =
        static_cast<ReplicaDelegate *>(table(QStringLiteral("topologyTable"))->itemDelegate());
    QVERIFY(replicas->isStale()); // the grid fades
    QVERIFY(labelVisible(QStringLiteral("retryLabel")));
    QCOMPARE(labelText(QStringLiteral("retryLabel")), QStringLiteral("retrying every 1 s"));
    // The age counts up while the failure lasts.
    QTRY_VERIFY_WITH_TIMEOUT(labelText(QStringLiteral("staleBanner")) != banner, 5000);

    for (int broker = 1; broker <= DemoCluster::BrokerCount; ++broker)
        m_demo->setBrokerRunning(broker, true);
    QTRY_VERIFY_WITH_TIMEOUT(!labelVisible(QStringLiteral("staleBanner")), 30000);
    QVERIFY(!replicas->isStale());
    QVERIFY(m_window->session()->state() != ConnectionState::Failed);
    QVERIFY(!labelVisible(QStringLiteral("retryLabel")));
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("connectionStateLabel")), QStringLiteral("Connected"),
                              30000);
}

void TestMainWindow::failureWithoutDataShowsNoBanner() {
    MainWindow window(std::chrono::seconds(1));
    const auto label = [&window](const char *name) { return window.findChild<QLabel *>(name); };
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(label("lastRefreshValue")->text(), QStringLiteral("No data yet"));
    QCOMPARE(label("topologySummary")->text(), QStringLiteral("No data yet"));

    ConnectionSettings settings;
    settings.bootstrapServers = QStringLiteral("127.0.0.1:1"); // nothing listens on port 1
    window.connectToCluster(settings, QStringLiteral("staging"));
    QVERIFY(label("clusterHeader")->isVisible());
    QVERIFY(label("clusterHeader")->text().contains(QStringLiteral("<b>staging</b>")));
    QVERIFY(label("clusterHeader")->text().contains(QStringLiteral("127.0.0.1:1")));
    QVERIFY(!label("demoBanner")->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ConnectionState::Failed, 30000);
    QVERIFY(!label("staleBanner")->isVisible());
    QCOMPARE(label("topologySummary")->text(), QStringLiteral("No data yet"));
    QCOMPARE(label("retryLabel")->text(), QStringLiteral("retrying every 1 s"));
    QVERIFY(label("retryLabel")->isVisible());
    // librdkafka's names for addresses are put into words, its own text kept as detail.
    const QString raw = window.session()->stateMessage();
    const QString shown = label("connectionMessageLabel")->toolTip();
    QVERIFY2(!shown.section(QStringLiteral("\n\nDetails: "), 0, 0).contains(QStringLiteral("ipv4#")),
             qPrintable(shown));
    QVERIFY2(!shown.section(QStringLiteral("\n\nDetails: "), 0, 0).contains(QStringLiteral("/bootstrap")),
             qPrintable(shown));
    if (raw.contains(QStringLiteral("ipv4#")) || raw.contains(QStringLiteral("/bootstrap")))
        QVERIFY2(shown.endsWith(QStringLiteral("Details: ") + raw), qPrintable(shown));
}

void TestMainWindow::dialogRefusesBadBootstrap_data() {
    QTest::addColumn<QString>("bootstrap");
    QTest::newRow("empty") << QString();
    QTest::newRow("no port") << QStringLiteral("localhost");
    QTest::newRow("port out of range") << QStringLiteral("localhost:99999");
    QTest::newRow("stray comma") << QStringLiteral("a:9092,,b:9092");
    QTest::newRow("not host:port") << QStringLiteral("http:/broken");
}

void TestMainWindow::dialogRefusesBadBootstrap() {
    QFETCH(QString, bootstrap);
    ConnectionDialog dialog(&m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))->setText(bootstrap);

    const QLabel *problems = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QStringLiteral("Bootstrap servers")), qPrintable(problems->text()));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestMainWindow::dialogAcceptsValidBootstrap() {
    ConnectionDialog dialog(&m_secrets);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))
        ->setText(QStringLiteral("kafka-1:9092,kafka-2:9092"));
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().bootstrapServers, QStringLiteral("kafka-1:9092,kafka-2:9092"));
}

// An untouched form is not an error: what is missing is said calmly until the user types or connects.
void TestMainWindow::freshDialogShowsNoError() {
    ConnectionDialog dialog(&m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QLabel *problems = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    const QString critical = StatusColors::bannerStyleSheet(StatusColors::Banner::Critical);
    if (!dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))->text().isEmpty())
        QSKIP("a profile of an earlier test is shown");
    QVERIFY(problems->styleSheet() != critical);
    QVERIFY2(problems->text().startsWith(QStringLiteral("<b>To connect:</b>")), qPrintable(problems->text()));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit")),
                     QStringLiteral("nonsense"));
    QCOMPARE(problems->styleSheet(), critical);
    QVERIFY2(problems->text().contains(QStringLiteral("Cannot connect yet")), qPrintable(problems->text()));
}

void TestMainWindow::dialogReopensOnTheCurrentConnection() {
    MainWindow window(std::chrono::seconds(1));
    ConnectionSettings settings;
    settings.bootstrapServers = QStringLiteral("127.0.0.1:1");
    settings.readOnly = true;
    window.connectToCluster(settings, QStringLiteral("127.0.0.1:1"));
    window.showConnectionDialog();
    auto *dialog = window.findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))->text(),
             QStringLiteral("127.0.0.1:1"));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("readOnlyCheck"))->isChecked());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"))->text(),
             QStringLiteral("Ready to connect."));
    dialog->reject();
}

void TestMainWindow::doubleClickedProfileConnects() {
    ConnectionDialog dialog(&m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("double-click"));
    dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))->setText(QStringLiteral("kafka-9:9092"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
    auto *profiles = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
    const QList<QListWidgetItem *> items =
        profiles->findItems(QStringLiteral("double-click"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    const QPoint centre = profiles->visualItemRect(items.first()).center();
    QTest::mouseClick(profiles->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(profiles->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().bootstrapServers, QStringLiteral("kafka-9:9092"));
    QSettings().remove(QStringLiteral("connections")); // the tests after this one start without profiles
}

void TestMainWindow::invalidBootstrapOpensDialog() {
    ConnectionSettings settings;
    settings.bootstrapServers = QStringLiteral("nonsense");
    m_window->showConnectionDialogFor(settings);
    auto *dialog = m_window->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))->text(),
             QStringLiteral("nonsense"));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text().isEmpty());
    const QLabel *problems = dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"));
    QVERIFY2(problems->text().contains(QStringLiteral("Bootstrap servers")), qPrintable(problems->text()));
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->reject();
}

void TestMainWindow::saveButtonSaysWhatIsMissing() {
    ConnectionDialog dialog(&m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveProfileButton"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *bootstrap = dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"));

    bootstrap->setText(QStringLiteral("kafka:9092"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(), QStringLiteral("Enter a profile name to save"));
    // Shown on hover although the button is disabled.
    QHelpEvent hover(QEvent::ToolTip, save->rect().center(), save->mapToGlobal(save->rect().center()));
    QApplication::sendEvent(save, &hover);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Enter a profile name to save"));
    QToolTip::hideText();

    name->setText(QStringLiteral("staging"));
    bootstrap->setText(QStringLiteral("kafka"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(), QStringLiteral("Fix the problems below to save"));

    bootstrap->setText(QStringLiteral("kafka:9092"));
    QVERIFY(save->isEnabled());
    QVERIFY(save->toolTip().contains(QStringLiteral("\"staging\"")));
}

void TestMainWindow::profilesNeverStoreSecrets() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("profiles.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        ConnectionProfileStore store(&settings);
        ConnectionProfile profile;
        profile.name = QStringLiteral("staging");
        profile.settings.bootstrapServers = QStringLiteral("kafka:9093");
        profile.settings.securityProtocol = QStringLiteral("sasl_ssl");
        profile.settings.saslMechanism = QStringLiteral("SCRAM-SHA-512");
        profile.settings.saslUsername = QStringLiteral("monitor");
        profile.settings.saslPassword = QStringLiteral("hunter2-sasl");
        profile.settings.extraProperties = {
            {QStringLiteral("ssl.key.password"), QStringLiteral("hunter2-key")},
            {QStringLiteral("socket.timeout.ms"), QStringLiteral("10000")}};
        store.save(profile);
    }

    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("hunter2"));

    QSettings settings(file, QSettings::IniFormat);
    const QList<ConnectionProfile> profiles = ConnectionProfileStore(&settings).profiles();
    QCOMPARE(profiles.size(), 1);
    const ConnectionSettings &loaded = profiles.first().settings;
    QCOMPARE(loaded.saslUsername, QStringLiteral("monitor"));
    QCOMPARE(loaded.saslMechanism, QStringLiteral("SCRAM-SHA-512"));
    QVERIFY(loaded.saslPassword.isEmpty());
    QCOMPARE(loaded.extraProperties,
             (QMap<QString, QString>{{QStringLiteral("socket.timeout.ms"), QStringLiteral("10000")}}));
}

void TestMainWindow::dialogSavesProfileButAsksForPassword() {
    {
        ConnectionDialog dialog(&m_secrets);
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("staging"));
        dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))->setText(QStringLiteral("kafka:9092"));
        dialog.findChild<QComboBox *>(QStringLiteral("protocolCombo"))
            ->setCurrentText(QStringLiteral("sasl_plaintext"));
        dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("monitor"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("hunter2"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog.settings().saslPassword, QStringLiteral("hunter2"));
    }

    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("hunter2")), qPrintable(key));

    ConnectionDialog reopened(&m_secrets);
    auto *profiles = reopened.findChild<QListWidget *>(QStringLiteral("profileList"));
    QCOMPARE(profiles->count(), 1);
    profiles->setCurrentRow(0);
    QCOMPARE(reopened.settings().bootstrapServers, QStringLiteral("kafka:9092"));
    QCOMPARE(reopened.settings().securityProtocol, QStringLiteral("sasl_plaintext"));
    QCOMPARE(reopened.settings().saslUsername, QStringLiteral("monitor"));
    QVERIFY(reopened.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
}

void TestMainWindow::rememberedPasswordsComeFromTheSecretStore() {
    const QString name = QStringLiteral("remembered");
    {
        ConnectionDialog dialog(&m_secrets);
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))->setText(QStringLiteral("kafka:9093"));
        dialog.findChild<QComboBox *>(QStringLiteral("protocolCombo"))
            ->setCurrentText(QStringLiteral("sasl_ssl"));
        dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("monitor"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("kept-sasl"));
        dialog.findChild<QLineEdit *>(QStringLiteral("keyPasswordEdit"))->setText(QStringLiteral("kept-key"));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        QVERIFY(remember->text().contains(QLatin1String("until Partita quits"))); // the session store
        remember->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
    }
    QCOMPARE(m_secrets.value(ConnectionProfile::secretKey(name, QStringLiteral("sasl.password"))),
             QStringLiteral("kept-sasl"));
    QCOMPARE(m_secrets.value(ConnectionProfile::secretKey(name, QStringLiteral("ssl.key.password"))),
             QStringLiteral("kept-key"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("kept-")), qPrintable(key));

    ConnectionDialog reopened(&m_secrets);
    auto *profiles = reopened.findChild<QListWidget *>(QStringLiteral("profileList"));
    const auto found = profiles->findItems(name, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    profiles->setCurrentItem(found.first());
    QVERIFY(reopened.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isChecked());
    QTRY_COMPARE(reopened.settings().saslPassword, QStringLiteral("kept-sasl"));
    QTRY_COMPARE(reopened.settings().sslKeyPassword, QStringLiteral("kept-key"));

    // Forgetting: saved without the check, the store no longer holds them.
    reopened.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
    QTest::mouseClick(reopened.findChild<QPushButton *>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
    QVERIFY(m_secrets.value(ConnectionProfile::secretKey(name, QStringLiteral("sasl.password"))).isEmpty());
    QVERIFY(
        m_secrets.value(ConnectionProfile::secretKey(name, QStringLiteral("ssl.key.password"))).isEmpty());
}

// With a Secret Service the keychain keeps it, without one (as on a headless test machine) the session
// does and says why; either way what was written reads back, and is gone once removed.
void TestMainWindow::keychainStoreKeepsWhatItIsGiven() {
    KeychainSecretStore store;
    const QString key = QStringLiteral("partita-test/%1").arg(QCoreApplication::applicationPid());
    QString written = QStringLiteral("pending");
    store.write(key, QStringLiteral("s3cret"), this, [&](const QString &error) { written = error; });
    QTRY_VERIFY_WITH_TIMEOUT(written != QLatin1String("pending"), 10000);
    QVERIFY(store.lasts() ? written.isEmpty() : written == store.whyNotLasting());
    QVERIFY(store.lasts() == store.whyNotLasting().isEmpty());
    QString read = QStringLiteral("pending");
    store.read(key, this, [&](const QString &secret) { read = secret; });
    QTRY_VERIFY_WITH_TIMEOUT(read != QLatin1String("pending"), 10000);
    QCOMPARE(read, QStringLiteral("s3cret"));
    store.remove(key);
    if (!store.lasts()) {
        read = QStringLiteral("pending");
        store.read(key, this, [&](const QString &secret) { read = secret; });
        QTRY_VERIFY_WITH_TIMEOUT(read != QLatin1String("pending"), 10000);
        QVERIFY(read.isEmpty());
    }
}

void TestMainWindow::importFillsTheFormAndListsTheRest() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prod-client.properties"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("bootstrap.servers=b1:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
               "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
               "username=\"ops\" password=\"imported-pw\";\n"
               "ssl.truststore.location=/etc/kafka/trust.jks\nclient.dns.lookup=use_all_dns_ips\n");
    file.close();
    ConnectionDialog dialog(&m_secrets);
    dialog.show();
    const QStringList report = dialog.importFile(path);
    QCOMPARE(dialog.profileName(), QStringLiteral("prod-client"));
    const ConnectionSettings imported = dialog.settings();
    QCOMPARE(imported.bootstrapServers, QStringLiteral("b1:9093"));
    QCOMPARE(imported.securityProtocol, QStringLiteral("sasl_ssl"));
    QCOMPARE(imported.saslMechanism, QStringLiteral("SCRAM-SHA-512"));
    QCOMPARE(imported.saslUsername, QStringLiteral("ops"));
    QCOMPARE(imported.saslPassword, QStringLiteral("imported-pw"));
    QCOMPARE(report.size(), 2);
    QVERIFY2(report.at(0).contains(QLatin1String("keytool -exportcert")), qPrintable(report.at(0)));
    QVERIFY2(report.at(1).contains(QLatin1String("client.dns.lookup")), qPrintable(report.at(1)));
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("importReport"));
    QVERIFY(box);
    QVERIFY(!box->informativeText().contains(QLatin1String("imported-pw")));
    box->close();
}

void TestMainWindow::hostnameVerificationOffIsWarned() {
    ConnectionDialog dialog(&m_secrets);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))->setText(QStringLiteral("kafka:9093"));
    dialog.findChild<QComboBox *>(QStringLiteral("protocolCombo"))->setCurrentText(QStringLiteral("ssl"));
    auto *verify = dialog.findChild<QCheckBox *>(QStringLiteral("verifyHostnameCheck"));
    QVERIFY(verify->isChecked() && verify->isEnabled());
    const QLabel *problems = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    QCOMPARE(problems->text(), QStringLiteral("Ready to connect."));
    verify->setChecked(false);
    QVERIFY2(problems->text().contains(QLatin1String("Host-name verification is off")),
             qPrintable(problems->text()));
    QVERIFY(dialog.problems().isEmpty());
    QCOMPARE(dialog.settings().sslVerifyHostname, false);
    dialog.findChild<QComboBox *>(QStringLiteral("protocolCombo"))
        ->setCurrentText(QStringLiteral("plaintext"));
    QVERIFY(!verify->isEnabled());
}

void TestMainWindow::testConnectionNamesEachStage() {
    ConnectionDialog dialog(&m_secrets);
    dialog.show();
    auto *bootstrap = dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    auto *report = dialog.findChild<QLabel *>(QStringLiteral("connectionTestReport"));
    QVERIFY(button && report);
    ConnectionSettings demo;
    demo.bootstrapServers = m_demo->bootstrapServers();
    dialog.setSettings(demo); // a new profile, whatever was used last
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(report->isVisible());
    QTRY_VERIFY2_WITH_TIMEOUT(report->text().contains(QLatin1String("Every stage passed")),
                              qPrintable(report->text()), 20000);
    QVERIFY2(report->text().contains(QLatin1String("3 brokers")), qPrintable(report->text()));
    QVERIFY(button->isEnabled());

    // New settings drop the report; a refused port is a TCP failure, said within the stage's time.
    bootstrap->setText(QStringLiteral("127.0.0.1:1"));
    QVERIFY(!report->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(report->text().contains(QLatin1String("TCP connection failed")), 10000);
    QVERIFY2(report->text().contains(QLatin1String("refused")), qPrintable(report->text()));
}

void TestMainWindow::readOnlyConnectionSaysSoInTheTitle() {
    MainWindow window(std::chrono::seconds(1));
    ConnectionSettings settings;
    settings.bootstrapServers = QStringLiteral("127.0.0.1:1");
    settings.readOnly = true;
    window.connectToCluster(settings, QStringLiteral("prod"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Partita — prod (read-only)"));
    settings.readOnly = false;
    window.connectToCluster(settings, QStringLiteral("dev"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Partita — dev"));
}

void TestMainWindow::profileKeepsReadOnly() {
    for (const bool readOnly : {true, false}) {
        ConnectionDialog dialog(&m_secrets);
        const QString name = readOnly ? QStringLiteral("prod-ro") : QStringLiteral("dev-rw");
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))->setText(QStringLiteral("kafka:9092"));
        dialog.findChild<QCheckBox *>(QStringLiteral("readOnlyCheck"))->setChecked(readOnly);
        QCOMPARE(dialog.settings().readOnly, readOnly);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
    }

    ConnectionDialog reopened(&m_secrets);
    auto *profiles = reopened.findChild<QListWidget *>(QStringLiteral("profileList"));
    auto *check = reopened.findChild<QCheckBox *>(QStringLiteral("readOnlyCheck"));
    for (const bool readOnly : {true, false, true}) {
        const auto found = profiles->findItems(
            readOnly ? QStringLiteral("prod-ro") : QStringLiteral("dev-rw"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        profiles->setCurrentItem(found.first());
        QCOMPARE(check->isChecked(), readOnly);
        QCOMPARE(reopened.settings().readOnly, readOnly);
    }
}

void TestMainWindow::statusFlagsStaleData() {
    ConnectionStatusWidget status;
    status.setRefreshInterval(std::chrono::seconds(5));
    const QLabel *age = status.findChild<QLabel *>(QStringLiteral("refreshAgeLabel"));
    QCOMPARE(age->text(), QStringLiteral("no data yet"));

    status.setLastRefresh(QDateTime::currentDateTime().addSecs(-10));
    QCOMPARE(age->text(), QStringLiteral("refreshed 10 s ago"));

    status.setLastRefresh(QDateTime::currentDateTime().addSecs(-16));
    QCOMPARE(age->text(), QStringLiteral("stale: refreshed 16 s ago"));
}

void TestMainWindow::statusShowsFullMessageAsToolTip() {
    const QString message =
        QStringLiteral("All brokers down: 127.0.0.1:40001/1: Connect to ipv4#127.0.0.1:40001 failed: "
                       "Connection refused (after 0ms in state CONNECT, 5 identical error(s) suppressed)");
    ConnectionStatusWidget status;
    status.setRefreshInterval(std::chrono::seconds(5));
    status.resize(500, 30);
    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&status));
    status.setState(ConnectionState::Failed, message);

    const QLabel *retry = status.findChild<QLabel *>(QStringLiteral("retryLabel"));
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("retrying every 5 s"));

    auto *label = status.findChild<QLabel *>(QStringLiteral("connectionMessageLabel"));
    // Elided to the width left once the retry note took its share, not cut off.
    QTRY_VERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width());
    QVERIFY2(label->text().endsWith(QChar(0x2026)), qPrintable(label->text()));
    // In words, librdkafka's text as the detail.
    const QString readable = QStringLiteral(
        "All brokers down: broker 1 (127.0.0.1:40001): Connect to broker 127.0.0.1:40001 failed: "
        "Connection refused (after 0ms in state CONNECT, 5 identical error(s) suppressed)");
    QVERIFY(readable.startsWith(label->text().chopped(1)));
    const QString toolTip = readable + QStringLiteral("\n\nDetails: ") + message;
    QCOMPARE(label->toolTip(), toolTip);
    QHelpEvent hover(QEvent::ToolTip, label->rect().center(), label->mapToGlobal(label->rect().center()));
    QApplication::sendEvent(label, &hover);
    QTRY_COMPARE(QToolTip::text(), toolTip);
    QToolTip::hideText();

    status.setState(ConnectionState::Connected, QStringLiteral("3 brokers online"));
    QVERIFY(!retry->isVisible());
    QTRY_COMPARE(label->text(), QStringLiteral("3 brokers online"));
}

void TestMainWindow::aboutNamesQtAndLibrdkafka() {
    QString text;
    // The about box is modal: read and close it from inside its event loop.
    QTimer::singleShot(0, this, [this, &text] {
        auto *box = m_window->findChild<QMessageBox *>();
        if (!box)
            return;
        text = box->text();
        box->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(text));
    QVERIFY(!librdkafkaVersion().isEmpty());
    QVERIFY2(text.contains(QStringLiteral("librdkafka %1").arg(librdkafkaVersion())), qPrintable(text));
}

void TestMainWindow::screenshotOfBadCluster_data() {
    QTest::addColumn<QString>("bootstrap");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::newRow("unreachable") << QStringLiteral("127.0.0.1:1") << 1
                                 << QStringLiteral(
                                        "partita: cannot take the screenshot: Bootstrap unreachable");
    QTest::newRow("invalid") << QStringLiteral("nonsense") << 2
                             << QStringLiteral("partita: Bootstrap servers: \"nonsense\" has no port");
}

// Without a desktop to show a dialog on, the screenshot mode reports and exits, without waiting for its
// timeout when the cluster is known to be unreachable.
void TestMainWindow::screenshotOfBadCluster() {
    QFETCH(QString, bootstrap);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("shot.png"));
    QProcess partita;
    QElapsedTimer elapsed;
    elapsed.start();
    partita.start(QStringLiteral(PARTITA_GUI),
                  {QStringLiteral("--bootstrap"), bootstrap, QStringLiteral("--screenshot"), file});
    QVERIFY(partita.waitForFinished(20000));
    QVERIFY2(elapsed.elapsed() < 10000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(partita.exitStatus(), QProcess::NormalExit);
    QCOMPARE(partita.exitCode(), exitCode);
    const QString stderrText = QString::fromLocal8Bit(partita.readAllStandardError());
    QVERIFY2(stderrText.contains(error), qPrintable(stderrText));
    QVERIFY(!QFile::exists(file));
}

// A listener that accepts connections and never answers, like a paused broker: every request Partita
// makes hangs until its timeout. Quitting must not wait for them.
void TestMainWindow::quitsAtOnceWhileBrokersHang() {
    QTcpServer paused;
    QVERIFY(paused.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&paused, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = paused.nextPendingConnection())
            held.append(socket);
    });
    const QString bootstrap = QStringLiteral("127.0.0.1:%1").arg(paused.serverPort());

    QProcess partita;
    partita.start(QStringLiteral(PARTITA_GUI), {QStringLiteral("--bootstrap"), bootstrap});
    QVERIFY(partita.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 15000);
    QTest::qWait(1000); // its requests are out, and hang
    QElapsedTimer elapsed;
    elapsed.start();
    partita.terminate(); // as a desktop logout would ask
    QVERIFY(partita.waitForFinished(10000));
    QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(partita.exitStatus(), QProcess::NormalExit);
    QCOMPARE(partita.exitCode(), 0);

    // In the process itself, the window lets go of the session at once.
    MainWindow window(std::chrono::seconds(5));
    ConnectionSettings settings;
    settings.bootstrapServers = bootstrap;
    window.connectToCluster(settings, bootstrap);
    QTRY_VERIFY_WITH_TIMEOUT(held.size() >= 2, 15000);
    elapsed.restart();
    window.disconnectFromCluster();
    QVERIFY2(elapsed.elapsed() < 300, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(window.session(), nullptr);
}

// A window that has never connected offers a connection and the demo cluster, not a page of dashes.
void TestMainWindow::neverConnectedWindowOffersConnections() {
    MainWindow window(std::chrono::seconds(1));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePanel"));
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    auto *connect = window.findChild<QPushButton *>(QStringLiteral("welcomeConnectButton"));
    auto *demo = window.findChild<QPushButton *>(QStringLiteral("welcomeDemoButton"));
    QVERIFY(connect && connect->isVisible());
    QCOMPARE(connect->text(), QStringLiteral("Connect…"));
    QVERIFY(demo && demo->isVisible());
    QCOMPARE(demo->text(), QStringLiteral("Open the demo cluster"));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("clusterIdValue"))->isVisible());

    QTest::mouseClick(demo, Qt::LeftButton);
    QVERIFY(window.session());
    QVERIFY(!welcome->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->lastSnapshot(), 30000);
    // The Connection menu leads back to the demo from any other cluster.
    QAction *openDemo = window.findChild<QAction *>(QStringLiteral("openDemoAction"));
    QVERIFY(openDemo);
    const QString demoBootstrap = window.session()->settings().bootstrapServers;
    ConnectionSettings settings;
    settings.bootstrapServers = QStringLiteral("127.0.0.1:1");
    window.connectToCluster(settings, QStringLiteral("staging"));
    openDemo->trigger();
    QCOMPARE(window.session()->settings().bootstrapServers, demoBootstrap); // the same demo, not another
}

void TestMainWindow::filtersSayWhenTheyHideAllAndClearForAnotherCluster() {
    m_window->showView(MainWindow::View::Topics);
    QTRY_VERIFY_WITH_TIMEOUT(table(QStringLiteral("topicTable"))->model()->rowCount() > 0, 30000);
    auto *topicFilter = m_window->findChild<QLineEdit *>(QStringLiteral("topicFilter"));
    QLabel *noMatch = m_window->findChild<QLabel *>(QStringLiteral("topicFilterNoMatch"));
    QVERIFY(topicFilter && noMatch);
    QVERIFY(!noMatch->isVisible());
    topicFilter->setText(QStringLiteral("xyz"));
    QCOMPARE(table(QStringLiteral("topicTable"))->model()->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QCOMPARE(noMatch->text(), QStringLiteral("No topic matches \u201Cxyz\u201D"));
    auto *topologyFilter = m_window->findChild<QLineEdit *>(QStringLiteral("topologyFilter"));
    auto *groupFilter = m_window->findChild<QLineEdit *>(QStringLiteral("groupFilter"));
    auto *messageFilter = m_window->findChild<QLineEdit *>(QStringLiteral("filter"));
    QVERIFY(topologyFilter && groupFilter && messageFilter);
    topologyFilter->setText(QStringLiteral("xyz"));
    groupFilter->setText(QStringLiteral("xyz"));
    messageFilter->setText(QStringLiteral("xyz"));

    m_window->connectToDemo(m_demo.get()); // another connection, as a new cluster would be
    QVERIFY(topicFilter->text().isEmpty());
    QVERIFY(topologyFilter->text().isEmpty());
    QVERIFY(groupFilter->text().isEmpty());
    QVERIFY(messageFilter->text().isEmpty());
    QVERIFY(!noMatch->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(table(QStringLiteral("topicTable"))->model()->rowCount() > 0, 30000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
