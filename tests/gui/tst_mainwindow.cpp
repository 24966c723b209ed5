#include "clustermonitor.h"
#include "connectiondialog.h"
#include "connectionprofilestore.h"
#include "connectionstatuswidget.h"
#include "democluster.h"
#include "mainwindow.h"
#include "topologymodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace partita;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void topologyShowsReplicaPlacement();
    void overviewCountsBrokersAndPartitions();
    void topicSelectionSurvivesRefresh();
    void stoppedBrokerIsMarkedDown();
    void dialogRefusesBadBootstrap_data();
    void dialogRefusesBadBootstrap();
    void dialogAcceptsValidBootstrap();
    void profilesNeverStoreSecrets();
    void dialogSavesProfileButAsksForPassword();
    void statusFlagsStaleData();

private:
    QTableView *table(const QString &name) const { return m_window->findChild<QTableView *>(name); }
    QString labelText(const QString &name) const { return m_window->findChild<QLabel *>(name)->text(); }
    int demoTopicRows() const;

    std::unique_ptr<DemoCluster> m_demo;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_topologyTester;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
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
            DemoCluster::topicName())
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
            DemoCluster::topicName())
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

void TestMainWindow::overviewCountsBrokersAndPartitions() {
    m_window->showView(MainWindow::View::Overview);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("brokersValue")), QStringLiteral("3 / 3"), 30000);
    QCOMPARE(labelText(QStringLiteral("partitionsValue")), QString::number(DemoCluster::PartitionCount));
    QCOMPARE(labelText(QStringLiteral("offlineValue")), QStringLiteral("0"));
    QVERIFY(labelText(QStringLiteral("demoBanner")).contains(m_demo->bootstrapServers()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Demo")));
}

void TestMainWindow::topicSelectionSurvivesRefresh() {
    m_window->showView(MainWindow::View::Topics);
    QTableView *topics = table(QStringLiteral("topicTable"));
    QTableView *partitions = table(QStringLiteral("partitionTable"));
    QTRY_COMPARE_WITH_TIMEOUT(partitions->model()->rowCount(), DemoCluster::PartitionCount, 30000);
    const QModelIndexList before = topics->selectionModel()->selectedRows();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().data().toString(), DemoCluster::topicName());

    QSignalSpy refreshed(m_window->monitor(), &ClusterMonitor::snapshotReady);
    m_window->monitor()->refreshNow();
    QVERIFY(refreshed.wait(30000));

    const QModelIndexList after = topics->selectionModel()->selectedRows();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().data().toString(), DemoCluster::topicName());
    QCOMPARE(partitions->model()->rowCount(), DemoCluster::PartitionCount);
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
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(ReplicaState(model->index(row, column).data(TopologyModel::ReplicaStateRole).toInt()),
                 ReplicaState::Offline);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("brokersValue")), QStringLiteral("2 / 3"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("connectionStateLabel")), QStringLiteral("Degraded"),
                              30000);

    running->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("brokersValue")), QStringLiteral("3 / 3"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("connectionStateLabel")), QStringLiteral("Connected"),
                              30000);
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
    ConnectionDialog dialog;
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
    ConnectionDialog dialog;
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapEdit"))
        ->setText(QStringLiteral("kafka-1:9092,kafka-2:9092"));
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().bootstrapServers, QStringLiteral("kafka-1:9092,kafka-2:9092"));
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
        ConnectionDialog dialog;
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

    ConnectionDialog reopened;
    auto *profiles = reopened.findChild<QListWidget *>(QStringLiteral("profileList"));
    QCOMPARE(profiles->count(), 1);
    profiles->setCurrentRow(0);
    QCOMPARE(reopened.settings().bootstrapServers, QStringLiteral("kafka:9092"));
    QCOMPARE(reopened.settings().securityProtocol, QStringLiteral("sasl_plaintext"));
    QCOMPARE(reopened.settings().saslUsername, QStringLiteral("monitor"));
    QVERIFY(reopened.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
