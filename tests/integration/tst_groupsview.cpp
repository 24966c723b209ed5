// The main window's Consumer Groups view on the real cluster: the lag a user reads there is the exact
// lag of the group's committed offsets, per partition and in total, and it follows new messages.

#include "chartprobe.h"
#include "clustersession.h"
#include "groupmodel.h"
#include "grouppartitionmodel.h"
#include "groupspage.h"
#include "lagchart.h"
#include "mainwindow.h"
#include "testkafka.h"

#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace partita;
using namespace partita::test;

namespace {

constexpr int Timeout = 30000; // ms; polls run every second, the first can take a few
const QString Dash = QStringLiteral("\u2014");

} // namespace

class TestGroupsView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void groupLagIsExact();
    void lagFollowsNewMessagesAndCommits();

private:
    QTableView *table(const QString &name) const { return m_window->findChild<QTableView *>(name); }
    QString labelText(const QString &name) const { return m_window->findChild<QLabel *>(name)->text(); }
    // The group table's cell for `group`, or a null string while the group is not listed.
    QString groupCell(const QString &group, int column, int role = Qt::DisplayRole) const;
    // The partition table's cell for `partition` of the selected group, or a null string while it is
    // not shown.
    QString partitionCell(int partition, int column) const;
    // The selected group's partition rows as "topic-partition committed/end/lag", to explain a failure.
    QString partitionReport() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    GroupsPage *m_page = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QString m_topic;
    QString m_group;
};

void TestGroupsView::initTestCase() {
    // Settings of this run only: the window remembers watched groups and connections.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PartitaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_groupsview"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_topic = test::uniqueTopicName(QStringLiteral("view"));
    QCOMPARE(test::createFilledTopic(m_topic, {10, 20, 30}), QString());
    m_group = test::uniqueTopicName(QStringLiteral("view-readers"));
    // Partition 2 is never committed: the view must say so instead of showing 0 or 30.
    QCOMPARE(test::commitOffsets(m_group, m_topic, {{0, 4}, {1, 20}}), QString());

    m_window = std::make_unique<MainWindow>(std::chrono::seconds(1));
    m_window->resize(1400, 900);
    ConnectionSettings settings;
    settings.bootstrapServers = test::bootstrapServers();
    m_window->connectToCluster(settings, QStringLiteral("test cluster"));
    m_window->showView(MainWindow::View::Groups);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->findChild<GroupsPage *>();
    QVERIFY(m_page);
    QVERIFY(m_page->isVisible());
    for (const char *name : {"groupTable", "groupPartitionTable"}) {
        QVERIFY2(table(QLatin1String(name)), name);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            table(QLatin1String(name))->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    // The cluster holds the groups of every test that ever ran; find ours as a user would.
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("groupFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, m_group);
}

void TestGroupsView::cleanupTestCase() {
    m_testers.clear();
    m_window.reset();
}

QString TestGroupsView::groupCell(const QString &group, int column, int role) const {
    const QAbstractItemModel *model = table(QStringLiteral("groupTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(GroupModel::GroupIdRole).toString() == group)
            return index.data(role).toString();
    }
    return {};
}

QString TestGroupsView::partitionCell(int partition, int column) const {
    const QAbstractItemModel *model = table(QStringLiteral("groupPartitionTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(GroupPartitionModel::PartitionIdRole).toInt() == partition &&
            index.data(GroupPartitionModel::TopicNameRole).toString() == m_topic)
            return index.data().toString();
    }
    return {};
}

QString TestGroupsView::partitionReport() const {
    const QAbstractItemModel *model = table(QStringLiteral("groupPartitionTable"))->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [model, row](int column) { return model->index(row, column).data().toString(); };
        rows << QStringLiteral("%1-%2 %3/%4/%5")
                    .arg(cell(GroupPartitionModel::TopicColumn), cell(GroupPartitionModel::PartitionColumn),
                         cell(GroupPartitionModel::CommittedColumn), cell(GroupPartitionModel::EndColumn),
                         cell(GroupPartitionModel::LagColumn));
    }
    return QStringLiteral("partitions (committed/end/lag): ") + rows.join(QStringLiteral(", "));
}

void TestGroupsView::groupLagIsExact() {
    QTRY_VERIFY2_WITH_TIMEOUT(groupCell(m_group, GroupModel::TotalLagColumn) == QLatin1String("6"),
                              qPrintable(partitionReport()), Timeout);
    QCOMPARE(table(QStringLiteral("groupTable"))->model()->rowCount(), 1);
    QCOMPARE(groupCell(m_group, GroupModel::StateColumn), QStringLiteral("Empty"));
    QCOMPARE(groupCell(m_group, GroupModel::TopicsColumn), m_topic);
    QCOMPARE(groupCell(m_group, GroupModel::TotalLagColumn, Qt::ToolTipRole),
             QStringLiteral("Summed over 2 partitions\n1 partition without a committed offset, not counted"));

    // The only group shown is selected, and its details filled in.
    QCOMPARE(m_page->selectedGroup(), m_group);
    QCOMPARE(table(QStringLiteral("groupPartitionTable"))->model()->rowCount(), 3);
    struct Expected {
        QString committed;
        QString end;
        QString lag;
    };
    const Expected expected[] = {
        {QStringLiteral("4"), QStringLiteral("10"), QStringLiteral("6")},
        {QStringLiteral("20"), QStringLiteral("20"), QStringLiteral("0")},
        {Dash, QStringLiteral("30"), QStringLiteral("no commit")},
    };
    for (int partition = 0; partition < 3; ++partition) {
        const Expected &e = expected[partition];
        QCOMPARE(partitionCell(partition, GroupPartitionModel::CommittedColumn), e.committed);
        QCOMPARE(partitionCell(partition, GroupPartitionModel::EndColumn), e.end);
        QCOMPARE(partitionCell(partition, GroupPartitionModel::LagColumn), e.lag);
        QCOMPARE(partitionCell(partition, GroupPartitionModel::OwnerColumn), Dash); // nobody has joined
    }
    QCOMPARE(table(QStringLiteral("groupMemberTable"))->model()->rowCount(), 0);
    QCOMPARE(labelText(QStringLiteral("groupStateValue")), QStringLiteral("Empty"));
    QCOMPARE(labelText(QStringLiteral("groupLagValue")), QStringLiteral("6"));

    // The chart draws the same total.
    const QCPGraph *total = totalGraph(*chartOf(*m_page));
    QCOMPARE(chartOf(*m_page)->group(), m_group);
    QTRY_VERIFY_WITH_TIMEOUT(total->dataCount() > 0, Timeout);
    QCOMPARE((total->data()->constEnd() - 1)->value, 6.0);
}

void TestGroupsView::lagFollowsNewMessagesAndCommits() {
    QTRY_COMPARE_WITH_TIMEOUT(groupCell(m_group, GroupModel::TotalLagColumn), QStringLiteral("6"), Timeout);
    QCOMPARE(test::produce(m_topic, 1, 5), QString());
    QTRY_COMPARE_WITH_TIMEOUT(groupCell(m_group, GroupModel::TotalLagColumn), QStringLiteral("11"), Timeout);
    QCOMPARE(partitionCell(1, GroupPartitionModel::EndColumn), QStringLiteral("25"));
    QCOMPARE(partitionCell(1, GroupPartitionModel::LagColumn), QStringLiteral("5"));
    QCOMPARE(partitionCell(0, GroupPartitionModel::LagColumn), QStringLiteral("6"));
    QCOMPARE(m_page->selectedGroup(), m_group);
    QCOMPARE(labelText(QStringLiteral("groupLagValue")), QStringLiteral("11"));

    // A first commit on partition 2 turns "no commit" into a number that counts.
    QCOMPARE(test::commitOffsets(m_group, m_topic, {{2, 28}}), QString());
    QTRY_COMPARE_WITH_TIMEOUT(partitionCell(2, GroupPartitionModel::LagColumn), QStringLiteral("2"), Timeout);
    QCOMPARE(partitionCell(2, GroupPartitionModel::CommittedColumn), QStringLiteral("28"));
    QTRY_COMPARE_WITH_TIMEOUT(groupCell(m_group, GroupModel::TotalLagColumn), QStringLiteral("13"), Timeout);
    QCOMPARE(groupCell(m_group, GroupModel::TotalLagColumn, Qt::ToolTipRole),
             QStringLiteral("Summed over 3 partitions"));
    const QCPGraph *total = totalGraph(*chartOf(*m_page));
    QTRY_COMPARE_WITH_TIMEOUT((total->data()->constEnd() - 1)->value, 13.0, Timeout);
}

QTEST_MAIN(TestGroupsView)
#include "tst_groupsview.moc"
