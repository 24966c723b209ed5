// The consumer groups page and its lag chart, fed hand-built polls five seconds apart.

#include "chartprobe.h"
#include "clustersession.h"
#include "groupfixtures.h"
#include "groupmembermodel.h"
#include "groupmodel.h"
#include "grouppartitionmodel.h"
#include "groupspage.h"
#include "lagchart.h"
#include "lagfeed.h"
#include "lagtracker.h"
#include "statuscolors.h"
#include "verdictdelegate.h"

#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace partita;
using namespace partita::test;

namespace {

constexpr int ChartTimeoutMs = 15000; // generous: other test suites may load the machine
const QString Orders = QStringLiteral("orders-app");

ConnectionSettings clusterSettings(const QString &bootstrap) {
    ConnectionSettings settings;
    settings.bootstrapServers = bootstrap;
    return settings;
}

qint64 ordersTotalLag(int i) {
    return 50 + 100 + 100 * i;
}

QDateTime timeOf(int i) {
    return StartTime.addSecs(qint64(i) * PollSeconds);
}

GroupsSnapshotPtr poll(int i, const QList<ConsumerGroupInfo> &extra = {}) {
    auto snapshot = std::make_shared<GroupsSnapshot>();
    snapshot->generation = i + 1;
    snapshot->takenAt = timeOf(i);
    snapshot->groups = {archiver()};
    if (i >= 2)
        snapshot->groups.append(billing());
    snapshot->groups.append(ghost());
    snapshot->groups.append(ordersApp(i));
    snapshot->groups.append(extra);
    std::sort(snapshot->groups.begin(), snapshot->groups.end(),
              [](const ConsumerGroupInfo &a, const ConsumerGroupInfo &b) { return a.groupId < b.groupId; });
    return snapshot;
}

LagKey ordersKey(int partition) {
    return {Orders, QStringLiteral("orders"), partition};
}

// Pixels of `image` inside `area` within a small distance of `color`, as antialiased lines leave them.
int pixelsNear(const QImage &image, const QRect &area, const QColor &color) {
    const QRect clipped = area.intersected(image.rect());
    int count = 0;
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green()) +
                    std::abs(pixel.blue() - color.blue()) <=
                30)
                ++count;
        }
    }
    return count;
}

QCPAxisRect *totalRect(const LagChart &chart) {
    return totalGraph(chart)->keyAxis()->axisRect();
}

QCPAxisRect *partitionRect(const LagChart &chart, const LagKey &key) {
    return partitionGraph(chart, key)->keyAxis()->axisRect();
}

QCPItemTracer *hoverTracer(const QCustomPlot &plot) {
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto *tracer = qobject_cast<QCPItemTracer *>(plot.item(i)))
            return tracer;
    }
    return nullptr;
}

// Exposes the colouring the delegate gives a cell, without painting it.
class VerdictProbe : public VerdictDelegate {
public:
    using VerdictDelegate::VerdictDelegate;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const {
        QStyleOptionViewItem option;
        initStyleOption(&option, index);
        return option;
    }
};

} // namespace

namespace QTest {
template <> char *toString(const LagKey &t) {
    return qstrdup(QStringLiteral("%1/%2-%3").arg(t.group, t.topic).arg(t.partition).toUtf8().constData());
}
} // namespace QTest

class TestGroupsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void groupTableListsGroups();
    void verdictColumnIsColoured();
    void verdictSeverity_data();
    void verdictSeverity();
    void filterNarrowsRows();
    void selectionFillsDetails();
    void expiredAndNotListedGroupDetails();
    void selectionSurvivesPolls();
    void vanishedGroupMovesSelection();
    void watchGroupSelectsItOnArrival();
    void watchButtonsAskAndForget();
    void userChoiceBeatsPendingWatch();
    void watchedGroupsAreRememberedPerCluster();
    void pollFailureShowsNotice();
    void listErrorAndEmptyClusterNotices();
    void partitionSelectionHighlightsChart();
    void pageScreenshot();
    void pageFitsAWindowOf1200By900();

    void chartHoldsOnePointPerPoll();
    void chartRendersLines();
    void exportPngIsTwiceTheSize();
    void legendClickPicksPartitions();
    void lineClickPicksPartition();
    void setHighlightedPartitionsDoesNotEmit();
    void manyPartitionsChartTheTopAndOthers();
    void exportCarriesTitle();
    void timeLabelsNeverOverlap_data();
    void timeLabelsNeverOverlap();
    void wheelZoomsTimeUnlessCtrl();
    void hoverShowsExactValues();
    void zoomStopsFollowingUntilAsked();
    void hiddenChartDoesNotRedraw();
    void burstOfPollsRedrawsOnce();
    void steadyPollsRedrawAtBoundedRate();

private:
    // Feeds polls first..last into the page.
    void feedPage(int first, int last);
    // A shown chart of orders-app over polls 0..last, fed through its own tracker; false when it did
    // not take them in and replot.
    bool makeChart(int last);
    QTableView *table(const QString &name) const { return m_page->findChild<QTableView *>(name); }
    QString labelText(const QString &name) const { return m_page->findChild<QLabel *>(name)->text(); }
    QLabel *label(const QString &name) const { return m_page->findChild<QLabel *>(name); }
    int rowOfGroup(const QString &id) const;
    int rowOfPartition(int partition) const;
    QString cell(const QString &tableName, int row, int column, int role = Qt::DisplayRole) const;
    void clickRow(QTableView *view, int row);
    QStringList selectedGroupRows() const;

    QTemporaryDir m_settingsDir;
    // Never started: the tests feed its lag tracker by hand.
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<GroupsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::unique_ptr<LagTracker> m_tracker;
    std::unique_ptr<LagChart> m_chart;
};

void TestGroupsPage::initTestCase() {
    // Settings of this run only, so parallel runs of the test do not see each other's watched groups.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PartitaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_groupspage"));
    // Fixes the thousands separator the expected texts use.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestGroupsPage::init() {
    m_session = std::make_unique<ClusterSession>(clusterSettings(QStringLiteral("kafka-a:9092")),
                                                 std::chrono::seconds(PollSeconds));
    m_page = std::make_unique<GroupsPage>();
    m_page->setSession(m_session.get());
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    for (const char *name : {"groupTable", "groupPartitionTable", "groupMemberTable"}) {
        QTableView *view = table(QLatin1String(name));
        QVERIFY2(view, name);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
}

void TestGroupsPage::cleanup() {
    m_testers.clear();
    m_page.reset();
    m_session.reset();
    m_chart.reset();
    m_tracker.reset();
    QSettings().clear();
}

void TestGroupsPage::feedPage(int first, int last) {
    for (int i = first; i <= last; ++i)
        QVERIFY(addPollAndWait(*m_session->lagTracker(), poll(i)));
}

bool TestGroupsPage::makeChart(int last) {
    m_tracker = std::make_unique<LagTracker>(std::chrono::seconds(PollSeconds));
    m_chart = std::make_unique<LagChart>(m_tracker.get());
    m_chart->resize(900, 600);
    m_chart->setGroup(Orders);
    QSignalSpy replotted(plotOf(*m_chart), &QCustomPlot::afterReplot);
    m_chart->show();
    if (!QTest::qWaitForWindowExposed(m_chart.get())) {
        qWarning("the chart was not exposed");
        return false;
    }
    if (!QTest::qWaitFor([&] { return !replotted.isEmpty(); }, ChartTimeoutMs)) {
        qWarning("the empty chart did not replot on showing");
        return false;
    }
    replotted.clear();
    for (int i = 0; i <= last; ++i)
        m_tracker->addPoll(poll(i));
    // The chart replots by itself; that also lays out the axis rects the tests look into.
    if (!QTest::qWaitFor(
            [&] { return totalGraph(*m_chart)->dataCount() == last + 1 && !replotted.isEmpty(); },
            ChartTimeoutMs)) {
        qWarning("the chart holds %d points after %d polls and replotted %d times",
                 totalGraph(*m_chart)->dataCount(), last + 1, int(replotted.count()));
        return false;
    }
    return true;
}

int TestGroupsPage::rowOfGroup(const QString &id) const {
    const QAbstractItemModel *model = table(QStringLiteral("groupTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(GroupModel::GroupIdRole).toString() == id)
            return row;
    }
    return -1;
}

int TestGroupsPage::rowOfPartition(int partition) const {
    const QAbstractItemModel *model = table(QStringLiteral("groupPartitionTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(GroupPartitionModel::PartitionIdRole).toInt() == partition)
            return row;
    }
    return -1;
}

QString TestGroupsPage::cell(const QString &tableName, int row, int column, int role) const {
    return table(tableName)->model()->index(row, column).data(role).toString();
}

void TestGroupsPage::clickRow(QTableView *view, int row) {
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

QStringList TestGroupsPage::selectedGroupRows() const {
    QStringList ids;
    for (const QModelIndex &index : table(QStringLiteral("groupTable"))->selectionModel()->selectedRows())
        ids.append(index.data(GroupModel::GroupIdRole).toString());
    return ids;
}

void TestGroupsPage::groupTableListsGroups() {
    const QString groups = QStringLiteral("groupTable");
    QCOMPARE(table(groups)->model()->rowCount(), 0);
    QCOMPARE(m_page->selectedGroup(), QString());
    feedPage(0, 3);

    QCOMPARE(table(groups)->model()->rowCount(), 4);
    struct Expected {
        QString id;
        QString state;
        QString totalLag;
        QString verdict;
        QString reason;
    };
    const Expected expected[] = {
        {QStringLiteral("archiver"), QStringLiteral("Empty"), QStringLiteral("25"), QStringLiteral("STOP"),
         QStringLiteral("logs-0: no members; lag 25 and not rising")},
        // Two polls only: too young to judge a trend, but caught up is caught up.
        {QStringLiteral("billing"), QStringLiteral("Empty"), QStringLiteral("0"), QStringLiteral("OK"),
         QStringLiteral("invoices-0: caught up")},
        {QStringLiteral("ghost"), QStringLiteral("not listed"), QStringLiteral("\u2014"),
         QStringLiteral("UNKNOWN"), QStringLiteral("not listed by the broker and has no committed offsets")},
        {Orders, QStringLiteral("Stable"), QStringLiteral("450"), QStringLiteral("STALL"),
         QStringLiteral("orders-1: committed offset stuck at 500 for 15 s while 300 messages arrived")},
    };
    for (int row = 0; row < 4; ++row) {
        const Expected &e = expected[row];
        QCOMPARE(cell(groups, row, GroupModel::GroupColumn), e.id);
        QCOMPARE(cell(groups, row, GroupModel::StateColumn), e.state);
        QCOMPARE(cell(groups, row, GroupModel::TotalLagColumn), e.totalLag);
        QCOMPARE(cell(groups, row, GroupModel::VerdictColumn), e.verdict);
        QCOMPARE(cell(groups, row, GroupModel::ReasonColumn), e.reason);
    }
    // The partition without a commit is named, not summed as 0.
    QCOMPARE(cell(groups, rowOfGroup(Orders), GroupModel::TotalLagColumn, Qt::ToolTipRole),
             QStringLiteral("Summed over 2 partitions\n1 partition without a committed offset, not counted"));
    // One group is always picked, so the details below are never empty while groups are listed.
    QCOMPARE(m_page->selectedGroup(), QStringLiteral("archiver"));
    QCOMPARE(selectedGroupRows(), QStringList{QStringLiteral("archiver")});
    QCOMPARE(chartOf(*m_page)->group(), QStringLiteral("archiver"));
}

void TestGroupsPage::verdictColumnIsColoured() {
    feedPage(0, 3);
    const QTableView *groups = table(QStringLiteral("groupTable"));
    QVERIFY(qobject_cast<VerdictDelegate *>(groups->itemDelegateForColumn(GroupModel::VerdictColumn)));
    QVERIFY(qobject_cast<VerdictDelegate *>(table(QStringLiteral("groupPartitionTable"))
                                                ->itemDelegateForColumn(GroupPartitionModel::VerdictColumn)));

    const VerdictProbe probe(GroupModel::VerdictStatusRole);
    const auto optionOf = [&](const QString &id) {
        return probe.optionFor(groups->model()->index(rowOfGroup(id), GroupModel::VerdictColumn));
    };
    const QStyleOptionViewItem stall = optionOf(Orders);
    QCOMPARE(stall.palette.color(QPalette::Text), StatusColors::critical());
    QVERIFY(stall.font.bold());
    const QStyleOptionViewItem ok = optionOf(QStringLiteral("billing"));
    QCOMPARE(ok.palette.color(QPalette::Text), StatusColors::healthy());
    QVERIFY(!ok.font.bold());
    const QStyleOptionViewItem unknown = optionOf(QStringLiteral("ghost"));
    QCOMPARE(unknown.palette.color(QPalette::Text), unknown.palette.color(QPalette::PlaceholderText));
    QVERIFY(!unknown.font.bold());

    // The table paints with it: the STALL cell has red text, the OK cell none.
    const auto cellImage = [&](const QString &id) {
        const QRect rect =
            groups->visualRect(groups->model()->index(rowOfGroup(id), GroupModel::VerdictColumn));
        return groups->viewport()->grab(rect).toImage();
    };
    const QImage stallCell = cellImage(Orders);
    const QImage okCell = cellImage(QStringLiteral("billing"));
    QVERIFY(pixelsNear(stallCell, stallCell.rect(), StatusColors::critical()) > 0);
    QCOMPARE(pixelsNear(okCell, okCell.rect(), StatusColors::critical()), 0);
    QVERIFY(pixelsNear(okCell, okCell.rect(), StatusColors::healthy()) > 0);
}

void TestGroupsPage::verdictSeverity_data() {
    QTest::addColumn<LagVerdict::Status>("status");
    QTest::addColumn<StatTile::Severity>("severity");
    QTest::newRow("unknown") << LagVerdict::Unknown << StatTile::Severity::Normal;
    QTest::newRow("ok") << LagVerdict::Ok << StatTile::Severity::Normal;
    QTest::newRow("warn") << LagVerdict::Warn << StatTile::Severity::Warning;
    QTest::newRow("rewind") << LagVerdict::Rewind << StatTile::Severity::Warning;
    QTest::newRow("stop") << LagVerdict::Stop << StatTile::Severity::Critical;
    QTest::newRow("stall") << LagVerdict::Stall << StatTile::Severity::Critical;
}

void TestGroupsPage::verdictSeverity() {
    QFETCH(LagVerdict::Status, status);
    QFETCH(StatTile::Severity, severity);
    QCOMPARE(partita::verdictSeverity(status), severity);
}

void TestGroupsPage::filterNarrowsRows() {
    feedPage(0, 3);
    const QAbstractItemModel *groups = table(QStringLiteral("groupTable"))->model();
    auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("groupFilter"));
    QVERIFY(filter);

    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(Orders));
    QCOMPARE(m_page->selectedGroup(), Orders);
    QTest::keyClicks(filter, QStringLiteral("ORD")); // case does not matter
    QCOMPARE(groups->rowCount(), 1);
    QCOMPARE(groups->index(0, GroupModel::GroupColumn).data().toString(), Orders);
    QCOMPARE(m_page->selectedGroup(), Orders);

    // A filter that hides every group says so; the note goes with the filter.
    QLabel *noMatch = label(QStringLiteral("groupFilterNoMatch"));
    QVERIFY(noMatch);
    QVERIFY(!noMatch->isVisible());
    filter->setText(QStringLiteral("xyz"));
    QCOMPARE(groups->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QCOMPARE(noMatch->text(), QStringLiteral("No group matches \u201Cxyz\u201D"));
    filter->setText(QStringLiteral("ORD"));
    QVERIFY(!noMatch->isVisible());

    // Filtering the selected group away moves the selection to a group still shown.
    filter->setText(QStringLiteral("i"));
    QCOMPARE(groups->rowCount(), 2); // archiver, billing
    QCOMPARE(groups->index(0, GroupModel::GroupColumn).data().toString(), QStringLiteral("archiver"));
    QCOMPARE(groups->index(1, GroupModel::GroupColumn).data().toString(), QStringLiteral("billing"));
    QVERIFY2(m_page->selectedGroup() == QStringLiteral("archiver") ||
                 m_page->selectedGroup() == QStringLiteral("billing"),
             qPrintable(m_page->selectedGroup()));
    QCOMPARE(selectedGroupRows(), QStringList{m_page->selectedGroup()});
    QCOMPARE(labelText(QStringLiteral("groupStateValue")), QStringLiteral("Empty"));

    // The filter is on the id only, and survives polls.
    filter->setText(QStringLiteral("Stable"));
    QCOMPARE(groups->rowCount(), 0);
    feedPage(4, 4);
    QCOMPARE(groups->rowCount(), 0);
    QCOMPARE(m_page->selectedGroup(), QString());
    QCOMPARE(labelText(QStringLiteral("groupLagValue")), QStringLiteral("\u2014"));

    filter->clear();
    QCOMPARE(groups->rowCount(), 4);
    QCOMPARE(selectedGroupRows().size(), 1);
    QVERIFY(!m_page->selectedGroup().isEmpty());
}

void TestGroupsPage::selectionFillsDetails() {
    feedPage(0, 3);
    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(Orders));
    QCOMPARE(m_page->selectedGroup(), Orders);
    QCOMPARE(chartOf(*m_page)->group(), Orders);

    const QString partitions = QStringLiteral("groupPartitionTable");
    QCOMPARE(table(partitions)->model()->rowCount(), 3);
    struct Expected {
        QString committed;
        QString end;
        QString lag;
        QString timeLag;
        QString verdict;
        QString owner;
    };
    const Expected expected[] = {
        {QStringLiteral("1,250"), QStringLiteral("1,300"), QStringLiteral("50"), QStringLiteral("≈ 3 s"),
         QStringLiteral("OK"), QStringLiteral("orders-reader-1 on 10.0.0.7")},
        {QStringLiteral("500"), QStringLiteral("900"), QStringLiteral("400"), QStringLiteral("≈ 20 s"),
         QStringLiteral("STALL"), QStringLiteral("orders-reader-1 on 10.0.0.7")},
        {QStringLiteral("\u2014"), QStringLiteral("300"), QStringLiteral("no commit"),
         QStringLiteral("unknown"), QStringLiteral("UNKNOWN"), QStringLiteral("orders-reader-2 on 10.0.0.7")},
    };
    for (int partition = 0; partition < 3; ++partition) {
        const int row = rowOfPartition(partition);
        QVERIFY(row >= 0);
        const Expected &e = expected[partition];
        QCOMPARE(cell(partitions, row, GroupPartitionModel::TopicColumn), QStringLiteral("orders"));
        QCOMPARE(cell(partitions, row, GroupPartitionModel::CommittedColumn), e.committed);
        QCOMPARE(cell(partitions, row, GroupPartitionModel::EndColumn), e.end);
        QCOMPARE(cell(partitions, row, GroupPartitionModel::LagColumn), e.lag);
        QCOMPARE(cell(partitions, row, GroupPartitionModel::TimeLagColumn), e.timeLag);
        QCOMPARE(cell(partitions, row, GroupPartitionModel::VerdictColumn), e.verdict);
        QCOMPARE(cell(partitions, row, GroupPartitionModel::OwnerColumn), e.owner);
    }
    QCOMPARE(cell(partitions, rowOfPartition(2), GroupPartitionModel::CommittedColumn, Qt::ToolTipRole),
             QStringLiteral("No committed offset"));

    const QString members = QStringLiteral("groupMemberTable");
    QCOMPARE(table(members)->model()->rowCount(), 2);
    QCOMPARE(cell(members, 0, GroupMemberModel::ClientIdColumn), QStringLiteral("orders-reader-1"));
    QCOMPARE(cell(members, 0, GroupMemberModel::AssignmentColumn), QStringLiteral("orders: 0, 1"));
    QCOMPARE(cell(members, 1, GroupMemberModel::ClientIdColumn), QStringLiteral("orders-reader-2"));
    QCOMPARE(cell(members, 1, GroupMemberModel::AssignmentColumn), QStringLiteral("orders: 2"));

    QCOMPARE(labelText(QStringLiteral("groupStateValue")), QStringLiteral("Stable"));
    QCOMPARE(labelText(QStringLiteral("groupLagValue")), QStringLiteral("450"));
    QCOMPARE(labelText(QStringLiteral("groupTimeLagValue")), QStringLiteral("≈ 20 s"));
    QVERIFY(label(QStringLiteral("groupTimeLagValue"))
                ->parentWidget()
                ->toolTip()
                .startsWith(QLatin1String("Estimated from the end offsets' history")));
    QCOMPARE(labelText(QStringLiteral("groupVerdictValue")), QStringLiteral("STALL"));
    QVERIFY(label(QStringLiteral("groupLagValue"))
                ->parentWidget()
                ->toolTip()
                .contains(QStringLiteral("1 partition without a committed offset")));
    QVERIFY(!label(QStringLiteral("groupNote"))->isVisible());
}

void TestGroupsPage::expiredAndNotListedGroupDetails() {
    feedPage(0, 3);
    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(QStringLiteral("archiver")));
    const QString partitions = QStringLiteral("groupPartitionTable");
    QCOMPARE(table(partitions)->model()->rowCount(), 1);
    QCOMPARE(cell(partitions, 0, GroupPartitionModel::CommittedColumn), QStringLiteral("5"));
    QCOMPARE(cell(partitions, 0, GroupPartitionModel::EndColumn), QStringLiteral("30"));
    QCOMPARE(cell(partitions, 0, GroupPartitionModel::LagColumn), QStringLiteral("expired (7 lost)"));
    QCOMPARE(cell(partitions, 0, GroupPartitionModel::LagColumn, Qt::ToolTipRole),
             QStringLiteral("Retention deleted 7 messages before the group read them; the lag of 25 counts "
                            "them"));
    QCOMPARE(cell(partitions, 0, GroupPartitionModel::EndColumn, Qt::ToolTipRole),
             QStringLiteral("Oldest retained offset: 12"));
    QCOMPARE(table(QStringLiteral("groupMemberTable"))->model()->rowCount(), 0);
    QCOMPARE(labelText(QStringLiteral("groupLagValue")), QStringLiteral("25"));
    QCOMPARE(labelText(QStringLiteral("groupVerdictValue")), QStringLiteral("STOP"));

    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(QStringLiteral("ghost")));
    QCOMPARE(m_page->selectedGroup(), QStringLiteral("ghost"));
    QCOMPARE(table(partitions)->model()->rowCount(), 0);
    QCOMPARE(labelText(QStringLiteral("groupStateValue")), QStringLiteral("not listed"));
    QCOMPARE(labelText(QStringLiteral("groupLagValue")), QStringLiteral("\u2014"));
    QCOMPARE(labelText(QStringLiteral("groupVerdictValue")), QStringLiteral("UNKNOWN"));
    QVERIFY(label(QStringLiteral("groupNote"))->isVisible());
    QCOMPARE(labelText(QStringLiteral("groupNote")),
             QStringLiteral("Watched by hand: the broker does not list this group\nnot listed by the broker "
                            "and has no committed offsets"));
}

void TestGroupsPage::selectionSurvivesPolls() {
    feedPage(0, 1);
    QTableView *groups = table(QStringLiteral("groupTable"));
    QTableView *partitions = table(QStringLiteral("groupPartitionTable"));
    QCOMPARE(rowOfGroup(Orders), 2); // archiver, ghost, orders-app
    clickRow(groups, rowOfGroup(Orders));
    clickRow(partitions, rowOfPartition(1));
    QCOMPARE(partitions->selectionModel()->selectedRows().size(), 1);
    QSignalSpy groupResets(partitions->model(), &QAbstractItemModel::modelReset);

    // billing arrives above the selected row, and every lag changes.
    feedPage(2, 5);
    QCOMPARE(rowOfGroup(Orders), 3);
    QCOMPARE(selectedGroupRows(), QStringList{Orders});
    QCOMPARE(groups->selectionModel()->currentIndex().row(), 3);
    QCOMPARE(m_page->selectedGroup(), Orders);
    QCOMPARE(groupResets.count(), 0);
    const QModelIndexList picked = partitions->selectionModel()->selectedRows();
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.first().data(GroupPartitionModel::PartitionIdRole).toInt(), 1);
    QCOMPARE(picked.first().siblingAtColumn(GroupPartitionModel::LagColumn).data().toString(),
             QStringLiteral("600"));
    QCOMPARE(labelText(QStringLiteral("groupLagValue")), QLocale().toString(ordersTotalLag(5)));
}

void TestGroupsPage::vanishedGroupMovesSelection() {
    feedPage(0, 2);
    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(QStringLiteral("billing")));
    QCOMPARE(m_page->selectedGroup(), QStringLiteral("billing"));

    auto withoutBilling = std::make_shared<GroupsSnapshot>(*poll(3));
    withoutBilling->groups.removeIf(
        [](const ConsumerGroupInfo &group) { return group.groupId == QLatin1String("billing"); });
    QVERIFY(addPollAndWait(*m_session->lagTracker(), withoutBilling));
    QCOMPARE(table(QStringLiteral("groupTable"))->model()->rowCount(), 3);
    // Another group takes over, and everything below describes that one.
    const QStringList selected = selectedGroupRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_page->selectedGroup(), selected.first());
    QCOMPARE(chartOf(*m_page)->group(), selected.first());
    const int row = rowOfGroup(selected.first());
    QCOMPARE(labelText(QStringLiteral("groupLagValue")),
             cell(QStringLiteral("groupTable"), row, GroupModel::TotalLagColumn));
    QCOMPARE(labelText(QStringLiteral("groupStateValue")),
             cell(QStringLiteral("groupTable"), row, GroupModel::StateColumn));
    const QAbstractItemModel *partitions = table(QStringLiteral("groupPartitionTable"))->model();
    for (int i = 0; i < partitions->rowCount(); ++i)
        QVERIFY(partitions->index(i, 0).data().toString() != QLatin1String("invoices"));
}

void TestGroupsPage::watchGroupSelectsItOnArrival() {
    feedPage(0, 0);
    QCOMPARE(m_page->selectedGroup(), QStringLiteral("archiver"));
    QSignalSpy watched(m_session.get(), &ClusterSession::watchedGroupsChanged);
    const QString late = QStringLiteral("late-readers");

    m_page->watchGroup(QStringLiteral("  %1 ").arg(late));
    QCOMPARE(watched.count(), 1);
    QCOMPARE(watched.takeFirst().at(0).toStringList(), QStringList{late});
    QCOMPARE(m_page->watchedGroups(), QStringList{late});
    QCOMPARE(m_page->selectedGroup(), QStringLiteral("archiver")); // not polled yet
    m_page->watchGroup(late);
    QCOMPARE(watched.count(), 0); // nothing changed

    ConsumerGroupInfo lateGroup;
    lateGroup.groupId = late;
    lateGroup.state = GroupState::Empty;
    lateGroup.partitions = {offsets(QStringLiteral("audit"), 0, 10, 0, 17)};
    QVERIFY(addPollAndWait(*m_session->lagTracker(), poll(1, {lateGroup})));
    QCOMPARE(m_page->selectedGroup(), late);
    QCOMPARE(selectedGroupRows(), QStringList{late});
    QCOMPARE(labelText(QStringLiteral("groupLagValue")), QStringLiteral("7"));
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("unwatchGroupButton"))->isEnabled());
    // Selected once, not forced back on every poll.
    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(Orders));
    QVERIFY(addPollAndWait(*m_session->lagTracker(), poll(2, {lateGroup})));
    QCOMPARE(m_page->selectedGroup(), Orders);
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("unwatchGroupButton"))->isEnabled());

    // A group already listed is selected at once.
    m_page->watchGroup(QStringLiteral("ghost"));
    QCOMPARE(m_page->selectedGroup(), QStringLiteral("ghost"));
    QCOMPARE(watched.takeFirst().at(0).toStringList(), (QStringList{late, QStringLiteral("ghost")}));

    m_page->unwatchGroup(late);
    QCOMPARE(watched.takeFirst().at(0).toStringList(), QStringList{QStringLiteral("ghost")});
    m_page->unwatchGroup(late);
    QCOMPARE(watched.count(), 0);
}

void TestGroupsPage::watchButtonsAskAndForget() {
    feedPage(0, 0);
    QSignalSpy watched(m_session.get(), &ClusterSession::watchedGroupsChanged);
    auto *watchButton = m_page->findChild<QPushButton *>(QStringLiteral("watchGroupButton"));
    auto *unwatchButton = m_page->findChild<QPushButton *>(QStringLiteral("unwatchGroupButton"));
    QVERIFY(watchButton && unwatchButton);
    QVERIFY(!unwatchButton->isEnabled());

    // The dialog is modal: answer it from the event loop it runs.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setTextValue(QStringLiteral("ghost"));
        dialog->accept();
        answered = true;
    });
    QTest::mouseClick(watchButton, Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(watched.count(), 1);
    QCOMPARE(m_page->watchedGroups(), QStringList{QStringLiteral("ghost")});
    QCOMPARE(m_page->selectedGroup(), QStringLiteral("ghost"));
    QVERIFY(unwatchButton->isEnabled());

    QTest::mouseClick(unwatchButton, Qt::LeftButton);
    QCOMPARE(watched.count(), 2);
    QCOMPARE(m_page->watchedGroups(), QStringList());
    QVERIFY(!unwatchButton->isEnabled());
}

void TestGroupsPage::userChoiceBeatsPendingWatch() {
    feedPage(0, 0);
    m_page->watchGroup(QStringLiteral("late-readers"));
    // The user moves on to another group before the watched one shows up.
    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(Orders));
    QCOMPARE(m_page->selectedGroup(), Orders);
    ConsumerGroupInfo lateGroup;
    lateGroup.groupId = QStringLiteral("late-readers");
    lateGroup.state = GroupState::Empty;
    QVERIFY(addPollAndWait(*m_session->lagTracker(), poll(1, {lateGroup})));
    QCOMPARE(m_page->selectedGroup(), Orders);
}

void TestGroupsPage::watchedGroupsAreRememberedPerCluster() {
    m_page->watchGroup(QStringLiteral("nightly-batch"));
    const auto sessionOf = [](const QString &cluster) {
        return std::make_unique<ClusterSession>(clusterSettings(cluster), std::chrono::seconds(PollSeconds));
    };
    const auto sameCluster = sessionOf(QStringLiteral("kafka-a:9092"));
    GroupsPage other;
    other.setSession(sameCluster.get());
    QCOMPARE(other.watchedGroups(), QStringList{QStringLiteral("nightly-batch")});
    QCOMPARE(sessionOf(QStringLiteral("kafka-b:9092"))->watchedGroups(), QStringList());

    m_page->unwatchGroup(QStringLiteral("nightly-batch"));
    QCOMPARE(sessionOf(QStringLiteral("kafka-a:9092"))->watchedGroups(), QStringList());
    // Without a session the page watches nothing, and keeps what it showed.
    other.setSession(nullptr);
    QCOMPARE(other.watchedGroups(), QStringList());
}

void TestGroupsPage::pollFailureShowsNotice() {
    QLabel *notice = label(QStringLiteral("groupsNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(QStringLiteral("Reading consumer groups")),
             qPrintable(notice->text()));

    m_page->showPollFailure(QStringLiteral("Local: Timed out"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Consumer groups could not be read: Local: Timed out"));

    feedPage(0, 3);
    QVERIFY(!notice->isVisible());
    m_page->showPollFailure(QStringLiteral("Local: Timed out"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
             QStringLiteral("Consumer groups could not be read: Local: Timed out — showing the poll from %1.")
                 .arg(timeOf(3).toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    // The groups shown stay.
    QCOMPARE(table(QStringLiteral("groupTable"))->model()->rowCount(), 4);
    QCOMPARE(labelText(QStringLiteral("groupLagValue")), QStringLiteral("25"));

    feedPage(4, 4);
    QVERIFY(!notice->isVisible());
}

void TestGroupsPage::listErrorAndEmptyClusterNotices() {
    QLabel *notice = label(QStringLiteral("groupsNotice"));
    auto refused = std::make_shared<GroupsSnapshot>();
    refused->takenAt = timeOf(0);
    refused->listError = QStringLiteral("Broker: Cluster authorization failed");
    QVERIFY(addPollAndWait(*m_session->lagTracker(), refused));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(refused->listError), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("Watch Group")), qPrintable(notice->text()));

    auto empty = std::make_shared<GroupsSnapshot>();
    empty->takenAt = timeOf(1);
    QVERIFY(addPollAndWait(*m_session->lagTracker(), empty));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("The cluster has no consumer groups yet."));
    QCOMPARE(m_page->selectedGroup(), QString());
}

void TestGroupsPage::partitionSelectionHighlightsChart() {
    feedPage(0, 3);
    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(Orders));
    LagChart *chart = chartOf(*m_page);
    QTRY_COMPARE(totalGraph(*chart)->dataCount(), 4);
    QVERIFY(partitionGraph(*chart, ordersKey(1)));

    clickRow(table(QStringLiteral("groupPartitionTable")), rowOfPartition(1));
    QVERIFY(partitionGraph(*chart, ordersKey(1))->selected());
    QVERIFY(!partitionGraph(*chart, ordersKey(0))->selected());
    QCOMPARE(partitionGraph(*chart, ordersKey(0))->pen().color().alpha(), 70);

    // And back: a partition picked in the chart is selected in the table.
    emit chart->partitionsClicked({ordersKey(0), ordersKey(2)});
    QList<int> rows;
    for (const QModelIndex &index :
         table(QStringLiteral("groupPartitionTable"))->selectionModel()->selectedRows())
        rows.append(index.data(GroupPartitionModel::PartitionIdRole).toInt());
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int>{0, 2}));
    QVERIFY(partitionGraph(*chart, ordersKey(0))->selected());
    QVERIFY(!partitionGraph(*chart, ordersKey(1))->selected());
}

void TestGroupsPage::pageScreenshot() {
    feedPage(0, 11);
    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(Orders));
    QTRY_COMPARE(totalGraph(*chartOf(*m_page))->dataCount(), 12);
    QTest::qWait(500); // column fitting and the queued replot
    const QImage image = m_page->grab().toImage();
    QVERIFY(image.save(QStringLiteral("/tmp/groupspage.png")));
    // The chart is drawn in the page, not left blank.
    const QRect chartArea(chartOf(*m_page)->mapTo(m_page.get(), QPoint(0, 0)), chartOf(*m_page)->size());
    QVERIFY(pixelsNear(image, chartArea, QColor(0x25, 0x63, 0xeb)) > 20);
}

// In a 1200 × 900 window the page gets about 1010 × 790 pixels: the partition table still shows lag,
// verdict and owner without scrolling, and the group list more than five rows.
void TestGroupsPage::pageFitsAWindowOf1200By900() {
    m_page->resize(1010, 790);
    QList<ConsumerGroupInfo> extra;
    for (int i = 0; i < 6; ++i) {
        ConsumerGroupInfo group = archiver();
        group.groupId = QStringLiteral("batch-%1").arg(i);
        extra.append(group);
    }
    for (int i = 0; i <= 3; ++i)
        QVERIFY(addPollAndWait(*m_session->lagTracker(), poll(i, extra)));
    clickRow(table(QStringLiteral("groupTable")), rowOfGroup(Orders));
    QTest::qWait(300); // column fitting
    QTableView *groups = table(QStringLiteral("groupTable"));
    QVERIFY(groups->model()->rowCount() >= 10);
    const int rowsShown = groups->viewport()->height() / groups->verticalHeader()->defaultSectionSize();
    QVERIFY2(rowsShown > 5, qPrintable(QString::number(rowsShown)));

    QTableView *partitions = table(QStringLiteral("groupPartitionTable"));
    QHeaderView *columns = partitions->horizontalHeader();
    for (int column : {GroupPartitionModel::LagColumn, GroupPartitionModel::VerdictColumn,
                       GroupPartitionModel::OwnerColumn}) {
        const int left = columns->sectionViewportPosition(column);
        const QString name = partitions->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(
            left >= 0 && left + columns->sectionSize(column) <= partitions->viewport()->width(),
            qPrintable(
                QStringLiteral("%1 at %2 of %3").arg(name).arg(left).arg(partitions->viewport()->width())));
        // Wide enough for what it shows.
        for (int row = 0; row < partitions->model()->rowCount(); ++row) {
            const QString text = partitions->model()->index(row, column).data().toString();
            QVERIFY2(partitions->fontMetrics().horizontalAdvance(text) < columns->sectionSize(column),
                     qPrintable(text));
        }
    }
}

void TestGroupsPage::chartHoldsOnePointPerPoll() {
    constexpr int Polls = 6;
    QVERIFY(makeChart(Polls - 1));
    const QCPGraph *total = totalGraph(*m_chart);
    QCOMPARE(total->dataCount(), Polls);
    for (int i = 0; i < Polls; ++i) {
        QCOMPARE(total->data()->at(i)->key, timeOf(i).toMSecsSinceEpoch() / 1000.0);
        QCOMPARE(total->data()->at(i)->value, double(ordersTotalLag(i)));
    }
    // The total, one line per partition, and the line of the others, empty with so few partitions.
    QCOMPARE(plotOf(*m_chart)->graphCount(), 5);
    for (int partition = 0; partition < 3; ++partition) {
        const QCPGraph *graph = partitionGraph(*m_chart, ordersKey(partition));
        QVERIFY(graph);
        QCOMPARE(graph->name(), QStringLiteral("orders-%1").arg(partition));
        QCOMPARE(graph->dataCount(), Polls);
        for (int i = 0; i < Polls; ++i) {
            QCOMPARE(graph->data()->at(i)->key, timeOf(i).toMSecsSinceEpoch() / 1000.0);
            const double value = graph->data()->at(i)->value;
            switch (partition) {
            case 0:
                QCOMPARE(value, 50.0);
                break;
            case 1:
                QCOMPARE(value, 100.0 + 100 * i);
                break;
            default:
                QVERIFY2(qIsNaN(value), "a partition without a commit leaves a gap, not a line at 0");
            }
        }
    }
    QVERIFY(!partitionGraph(*m_chart, {Orders, QStringLiteral("orders"), 3}));
    QVERIFY(!partitionGraph(*m_chart, {QStringLiteral("archiver"), QStringLiteral("logs"), 0}));
    // The view follows the data: every point is inside the ranges.
    const QCPRange time = totalGraph(*m_chart)->keyAxis()->range();
    QVERIFY(time.contains(timeOf(0).toMSecsSinceEpoch() / 1000.0));
    QVERIFY(time.contains(timeOf(Polls - 1).toMSecsSinceEpoch() / 1000.0));
    QVERIFY(totalGraph(*m_chart)->valueAxis()->range().upper >= ordersTotalLag(Polls - 1));

    m_chart->setGroup(QStringLiteral("archiver")); // its series follow from the tracker's thread
    QTRY_COMPARE(totalGraph(*m_chart)->dataCount(), Polls);
    QCOMPARE(totalGraph(*m_chart)->data()->at(0)->value, 25.0);
    QVERIFY(!partitionGraph(*m_chart, ordersKey(0)));
    QVERIFY(partitionGraph(*m_chart, {QStringLiteral("archiver"), QStringLiteral("logs"), 0}));
}

void TestGroupsPage::chartRendersLines() {
    QVERIFY(makeChart(5));
    QCustomPlot *plot = plotOf(*m_chart);
    const QImage image = plot->grab().toImage();
    const QColor totalColor(0x25, 0x63, 0xeb);
    const QColor firstPartitionColor(0xf2, 0x8e, 0x2b);
    const QRect totalArea = totalRect(*m_chart)->rect();
    const QRect partitionArea = partitionRect(*m_chart, ordersKey(0))->rect();
    QVERIFY(totalArea.height() > 50);
    QVERIFY(partitionArea.height() > 50);
    QVERIFY2(pixelsNear(image, totalArea, totalColor) > 50, "the total's line is missing");
    QVERIFY2(pixelsNear(image, partitionArea, firstPartitionColor) > 50, "orders-0's line is missing");

    // The same chart without data draws neither line, so the counts above are the lines.
    m_chart->setGroup(QStringLiteral("nobody"));
    QSignalSpy replotted(plot, &QCustomPlot::afterReplot);
    QVERIFY(replotted.wait(2000));
    const QImage empty = plot->grab().toImage();
    QCOMPARE(pixelsNear(empty, totalArea, totalColor), 0);
    QCOMPARE(pixelsNear(empty, partitionArea, firstPartitionColor), 0);
}

void TestGroupsPage::exportPngIsTwiceTheSize() {
    QVERIFY(makeChart(5));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("lag.png"));
    QVERIFY(m_chart->exportPng(file));
    QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), plotOf(*m_chart)->size() * 2);
    const QRect totalArea = totalRect(*m_chart)->rect();
    const QRect scaledArea(totalArea.topLeft() * 2, totalArea.size() * 2);
    QVERIFY2(pixelsNear(image, scaledArea, QColor(0x25, 0x63, 0xeb)) > 100, "the export has no total line");
    QVERIFY(!m_chart->exportPng(dir.filePath(QStringLiteral("missing/lag.png"))));
}

void TestGroupsPage::legendClickPicksPartitions() {
    QVERIFY(makeChart(3));
    QCustomPlot *plot = plotOf(*m_chart);
    QSignalSpy clicked(m_chart.get(), &LagChart::partitionsClicked);
    const auto legendCentre = [plot, this](int partition) {
        return plot->legend->itemWithPlottable(partitionGraph(*m_chart, ordersKey(partition)))
            ->outerRect()
            .center();
    };

    QTest::mouseClick(plot, Qt::LeftButton, {}, legendCentre(1));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).value<QList<LagKey>>(), QList<LagKey>{ordersKey(1)});
    QCPGraph *picked = partitionGraph(*m_chart, ordersKey(1));
    QVERIFY(picked->selected());
    QVERIFY(plot->legend->itemWithPlottable(picked)->selected());
    QCOMPARE(picked->pen().widthF(), 2.6);
    QCOMPARE(picked->layer()->name(), QStringLiteral("highlight"));
    QCOMPARE(partitionGraph(*m_chart, ordersKey(0))->pen().color().alpha(), 70);

    // Ctrl adds to the choice.
    QTest::mouseClick(plot, Qt::LeftButton, Qt::ControlModifier, legendCentre(2));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).value<QList<LagKey>>(), (QList<LagKey>{ordersKey(1), ordersKey(2)}));

    // A click on nothing clears it.
    const QRect legendRect = plot->legend->outerRect();
    QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(legendRect.center().x(), plot->height() - 5));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).value<QList<LagKey>>(), QList<LagKey>());
    QVERIFY(!picked->selected());
    QCOMPARE(partitionGraph(*m_chart, ordersKey(0))->pen().color().alpha(), 255);
}

void TestGroupsPage::lineClickPicksPartition() {
    QVERIFY(makeChart(3));
    QCustomPlot *plot = plotOf(*m_chart);
    QSignalSpy clicked(m_chart.get(), &LagChart::partitionsClicked);
    // Halfway between two points of orders-1's rising line, far from orders-0's flat one.
    const QCPGraph *graph = partitionGraph(*m_chart, ordersKey(1));
    const QPointF a = graph->coordsToPixels(graph->data()->at(2)->key, graph->data()->at(2)->value);
    const QPointF b = graph->coordsToPixels(graph->data()->at(3)->key, graph->data()->at(3)->value);
    QTest::mouseClick(plot, Qt::LeftButton, {}, ((a + b) / 2).toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).value<QList<LagKey>>(), QList<LagKey>{ordersKey(1)});
    QVERIFY(plot->legend->itemWithPlottable(graph)->selected());
}

void TestGroupsPage::setHighlightedPartitionsDoesNotEmit() {
    QVERIFY(makeChart(3));
    QSignalSpy clicked(m_chart.get(), &LagChart::partitionsClicked);
    m_chart->setHighlightedPartitions({ordersKey(0), ordersKey(2)});
    QCOMPARE(clicked.count(), 0);
    for (int partition = 0; partition < 3; ++partition) {
        const QCPGraph *graph = partitionGraph(*m_chart, ordersKey(partition));
        const bool picked = partition != 1;
        QCOMPARE(graph->selected(), picked);
        QCOMPARE(plotOf(*m_chart)->legend->itemWithPlottable(graph)->selected(), picked);
        QCOMPARE(graph->pen().color().alpha(), picked ? 255 : 70);
    }
    // New points of a picked line are picked too.
    m_tracker->addPoll(poll(4));
    QTRY_COMPARE(totalGraph(*m_chart)->dataCount(), 5);
    const QCPGraph *graph = partitionGraph(*m_chart, ordersKey(0));
    QCOMPARE(graph->selection().dataRange(), QCPDataRange(0, 5));

    m_chart->setHighlightedPartitions({});
    QVERIFY(!graph->selected());
    QCOMPARE(partitionGraph(*m_chart, ordersKey(1))->pen().color().alpha(), 255);
    QCOMPARE(clicked.count(), 0);
}

// A group of 15 partitions charts the 10 lagging most, a partition picked in the table, and the mean of
// the others, and its legend says so.
void TestGroupsPage::manyPartitionsChartTheTopAndOthers() {
    m_tracker = std::make_unique<LagTracker>(std::chrono::seconds(PollSeconds));
    m_chart = std::make_unique<LagChart>(m_tracker.get());
    m_chart->resize(900, 600);
    m_chart->setGroup(QStringLiteral("wide"));
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    ConsumerGroupInfo wide;
    wide.groupId = QStringLiteral("wide");
    wide.state = GroupState::Empty;
    for (int partition = 0; partition < 15; ++partition) // lag 2 × partition: committed p, end 3p
        wide.partitions.append(
            offsets(QStringLiteral("clicks"), partition, partition, 0, qint64{3} * partition));
    auto snapshot = std::make_shared<GroupsSnapshot>();
    snapshot->takenAt = timeOf(0);
    snapshot->groups = {wide};
    m_tracker->addPoll(snapshot);
    QTRY_COMPARE(totalGraph(*m_chart)->dataCount(), 1);
    QCOMPARE(totalGraph(*m_chart)->data()->at(0)->value, 2.0 * 14 * 15 / 2);

    const auto key = [](int partition) {
        return LagKey{QStringLiteral("wide"), QStringLiteral("clicks"), partition};
    };
    QCustomPlot *plot = plotOf(*m_chart);
    QCOMPARE(plot->graphCount(), 12); // the total, 10 partitions, the others
    for (int partition = 0; partition < 15; ++partition)
        QCOMPARE(partitionGraph(*m_chart, key(partition)) != nullptr, partition >= 5);
    QCPGraph *others = nullptr;
    for (QCPGraph *graph : plot->axisRects().at(1)->graphs()) {
        if (graph->name().startsWith(QStringLiteral("Others")))
            others = graph;
    }
    QVERIFY(others);
    QCOMPARE(others->name(), QStringLiteral("Others (mean of 5 partitions)"));
    QCOMPARE(others->dataCount(), 1);
    QCOMPARE(others->data()->at(0)->value, (0 + 2 + 4 + 6 + 8) / 5.0);
    QCOMPARE(plot->legend->itemCount(), 11);
    QVERIFY(plot->legend->itemWithPlottable(others));
    const auto *legendColumn = qobject_cast<QCPLayoutGrid *>(plot->plotLayout()->element(1, 1));
    QVERIFY(legendColumn);
    const auto *note = qobject_cast<QCPTextElement *>(legendColumn->element(1, 0));
    QVERIFY(note);
    QCOMPARE(note->text(), QStringLiteral("The 10 partitions lagging most\nof 15; Others: the rest"));

    // Picked in the partition table, a quiet partition gets its line, and leaves the others.
    m_chart->setHighlightedPartitions({key(1)});
    QVERIFY(partitionGraph(*m_chart, key(1)));
    QVERIFY(partitionGraph(*m_chart, key(1))->selected());
    QCOMPARE(others->name(), QStringLiteral("Others (mean of 4 partitions)"));
    QCOMPARE(others->data()->at(0)->value, (0 + 4 + 6 + 8) / 4.0);
}

// The exported image says what it shows: the group, the cluster and the time range, above the chart.
void TestGroupsPage::exportCarriesTitle() {
    QVERIFY(makeChart(5));
    m_chart->setClusterName(QStringLiteral("kafka-a:9092"));
    const QCPRange range = totalGraph(*m_chart)->keyAxis()->range();
    const auto clock = [](double seconds, const QString &format) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qRound64(seconds * 1000)), format);
    };
    QCOMPARE(m_chart->exportTitle(), QStringLiteral("Lag of orders-app on kafka-a:9092, %1 to %2")
                                         .arg(clock(range.lower, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                              clock(range.upper, QStringLiteral("HH:mm:ss"))));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("lag.png"));
    QVERIFY(m_chart->exportPng(file));
    const QImage image(file);
    QCOMPARE(image.size(), plotOf(*m_chart)->size() * 2);
    // Text in the band above the chart, which on screen is empty.
    const auto darkPixels = [](const QImage &picture, const QRect &band) {
        int dark = 0;
        for (int y = band.top(); y <= band.bottom(); ++y) {
            for (int x = band.left(); x <= band.right(); ++x)
                dark += picture.pixelColor(x, y).lightness() < 110;
        }
        return dark;
    };
    const int bandHeight = QFontMetrics(m_chart->font()).height();
    QVERIFY(darkPixels(image, QRect(0, 0, image.width(), bandHeight * 2)) > 40);
    const QImage screen = plotOf(*m_chart)->grab().toImage();
    QCOMPARE(darkPixels(screen, QRect(0, 0, screen.width(), bandHeight / 2)), 0);
    // The title is gone again from the chart on screen.
    QCOMPARE(plotOf(*m_chart)->plotLayout()->rowCount(), 2);
}

void TestGroupsPage::timeLabelsNeverOverlap_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("polls");
    QTest::newRow("narrow, an hour") << 420 << 720;
    QTest::newRow("narrow, minutes") << 420 << 40;
    QTest::newRow("in a 1024 px window") << 560 << 720;
    QTest::newRow("wide, an hour") << 1400 << 720;
}

// Consecutive time labels keep a gap between them at any width, on screen and so in the export, which
// is drawn from the same layout.
void TestGroupsPage::timeLabelsNeverOverlap() {
    QFETCH(int, width);
    QFETCH(int, polls);
    QVERIFY(makeChart(polls - 1));
    m_chart->resize(width, 500);
    QCustomPlot *plot = plotOf(*m_chart);
    QTest::mouseClick(m_chart->findChild<QPushButton *>(QStringLiteral("followLatestButton")),
                      Qt::LeftButton);
    plot->replot(QCustomPlot::rpImmediateRefresh);
    plot->replot(QCustomPlot::rpImmediateRefresh); // the second one with the new layout's tick count
    QCPAxis *time = partitionRect(*m_chart, ordersKey(0))->axis(QCPAxis::atBottom);
    const QVector<double> ticks = time->tickVector();
    const QVector<QString> labels = time->tickVectorLabels();
    const QFontMetrics metrics(time->tickLabelFont());
    QVERIFY(ticks.size() >= 2);
    for (int i = 1; i < ticks.size(); ++i) {
        const double gap = time->coordToPixel(ticks[i]) - time->coordToPixel(ticks[i - 1]);
        const double needed =
            (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i - 1])) / 2.0 + 6;
        QVERIFY2(gap >= needed, qPrintable(QStringLiteral("%1 and %2: %3 px apart, %4 needed")
                                               .arg(labels[i - 1], labels[i])
                                               .arg(gap)
                                               .arg(needed)));
    }
}

// The wheel zooms time and leaves the lag axis alone; with Ctrl it zooms the lag axis of that panel.
void TestGroupsPage::wheelZoomsTimeUnlessCtrl() {
    QVERIFY(makeChart(20));
    QCustomPlot *plot = plotOf(*m_chart);
    QCPAxisRect *panel = partitionRect(*m_chart, ordersKey(0));
    QCPAxis *time = panel->axis(QCPAxis::atBottom);
    QCPAxis *lag = panel->axis(QCPAxis::atLeft);
    const QPointF centre = panel->rect().center();
    const auto wheel = [&](Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          modifiers, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &event);
    };
    const QCPRange lagBefore = lag->range();
    const QCPRange timeBefore = time->range();
    wheel(Qt::NoModifier);
    QVERIFY(time->range().size() < timeBefore.size());
    QCOMPARE(lag->range(), lagBefore);

    const QCPRange timeZoomed = time->range();
    wheel(Qt::ControlModifier);
    QVERIFY(lag->range().size() < lagBefore.size());
    QCOMPARE(time->range(), timeZoomed);
}

void TestGroupsPage::hoverShowsExactValues() {
    QVERIFY(makeChart(3));
    QCustomPlot *plot = plotOf(*m_chart);
    QCPItemTracer *tracer = hoverTracer(*plot);
    QVERIFY(tracer);
    QVERIFY(!tracer->visible());

    const QCPGraph *graph = partitionGraph(*m_chart, ordersKey(1));
    const QCPGraphData point = *graph->data()->at(2);
    // Through the window: QTest::mouseMove() on a widget only moves the cursor, which the offscreen
    // platform does not turn into events.
    const auto hover = [this, plot](const QPoint &pos) {
        QTest::mouseMove(m_chart->windowHandle(), plot->mapTo(m_chart.get(), pos));
    };
    hover(graph->coordsToPixels(point.key, point.value).toPoint() + QPoint(2, 1));
    QTRY_VERIFY(QToolTip::isVisible());
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qRound64(point.key * 1000)),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(QToolTip::text(), QStringLiteral("orders-1\n%1\nLag: 300").arg(when));
    QVERIFY(tracer->visible());
    QCOMPARE(tracer->graph(), graph);
    QCOMPARE(tracer->graphKey(), point.key);

    // The total, in the upper panel.
    const QCPGraph *total = totalGraph(*m_chart);
    const QCPGraphData totalPoint = *total->data()->at(1);
    hover(total->coordsToPixels(totalPoint.key, totalPoint.value).toPoint());
    QTRY_COMPARE(QToolTip::text(),
                 QStringLiteral("Total\n%1\nLag: %2")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(qRound64(totalPoint.key * 1000)),
                                             QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          QString::number(ordersTotalLag(1))));
    QCOMPARE(tracer->graph(), total);

    // Away from every line, and when the mouse leaves, nothing is shown.
    const QRect area = partitionRect(*m_chart, ordersKey(0))->rect();
    hover(QPoint(area.left() + 5, area.top() + 5));
    QTRY_VERIFY(!QToolTip::isVisible());
    QVERIFY(!tracer->visible());
    hover(graph->coordsToPixels(point.key, point.value).toPoint());
    QTRY_VERIFY(QToolTip::isVisible());
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(plot, &leave);
    QVERIFY(!tracer->visible());
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestGroupsPage::zoomStopsFollowingUntilAsked() {
    QVERIFY(makeChart(3));
    QCustomPlot *plot = plotOf(*m_chart);
    QCPAxis *time = totalGraph(*m_chart)->keyAxis();
    const QPointF centre = partitionRect(*m_chart, ordersKey(0))->rect().center();
    QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &wheel);
    const QCPRange zoomed = time->range();
    QVERIFY(zoomed.size() < 60); // zoomed in from the minimum span of a minute

    // New polls extend the lines, not the view the user chose.
    for (int i = 4; i < 30; ++i)
        m_tracker->addPoll(poll(i));
    QTRY_COMPARE(totalGraph(*m_chart)->dataCount(), 30);
    QCOMPARE(time->range(), zoomed);

    auto *follow = m_chart->findChild<QPushButton *>(QStringLiteral("followLatestButton"));
    QVERIFY(follow);
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(time->range().contains(timeOf(0).toMSecsSinceEpoch() / 1000.0));
    QVERIFY(time->range().contains(timeOf(29).toMSecsSinceEpoch() / 1000.0));
    m_tracker->addPoll(poll(30));
    QTRY_COMPARE(totalGraph(*m_chart)->dataCount(), 31);
    QVERIFY(time->range().contains(timeOf(30).toMSecsSinceEpoch() / 1000.0));
}

void TestGroupsPage::hiddenChartDoesNotRedraw() {
    QVERIFY(makeChart(2));
    QSignalSpy replotted(plotOf(*m_chart), &QCustomPlot::afterReplot);
    m_chart->hide();
    for (int i = 3; i < 10; ++i)
        m_tracker->addPoll(poll(i));
    m_chart->setHighlightedPartitions({ordersKey(0)});
    QTest::qWait(700); // well past the redraw interval
    QCOMPARE(replotted.count(), 0);
    QCOMPARE(totalGraph(*m_chart)->dataCount(), 3); // not even the data was copied

    m_chart->show();
    QVERIFY(replotted.wait(2000));
    QCOMPARE(totalGraph(*m_chart)->dataCount(), 10);
    QCOMPARE(totalGraph(*m_chart)->data()->at(9)->value, double(ordersTotalLag(9)));
    QVERIFY(partitionGraph(*m_chart, ordersKey(0))->selected());
}

void TestGroupsPage::burstOfPollsRedrawsOnce() {
    QVERIFY(makeChart(0));
    QSignalSpy replotted(plotOf(*m_chart), &QCustomPlot::afterReplot);
    replotted.wait(300); // any replot still queued from the first data
    replotted.clear();
    for (int i = 1; i <= 100; ++i)
        m_tracker->addPoll(poll(i));
    QTest::qWait(800);
    QVERIFY2(replotted.count() >= 1 && replotted.count() <= 2,
             qPrintable(QString::number(replotted.count())));
    QCOMPARE(totalGraph(*m_chart)->dataCount(), 101);
}

void TestGroupsPage::steadyPollsRedrawAtBoundedRate() {
    QVERIFY(makeChart(0));
    QSignalSpy replotted(plotOf(*m_chart), &QCustomPlot::afterReplot);
    replotted.wait(300);
    replotted.clear();
    int next = 1;
    QTimer feeder;
    connect(&feeder, &QTimer::timeout, this, [&] { m_tracker->addPoll(poll(next++)); });
    QElapsedTimer elapsed;
    elapsed.start();
    feeder.start(10);
    QTest::qWait(1500);
    feeder.stop();
    const qint64 ms = elapsed.elapsed();
    QTest::qWait(400); // the last scheduled redraw
    const int replots = int(replotted.count());
    qInfo("%d polls in %lld ms gave %d replots", next - 1, ms, replots);
    QVERIFY(next > 40);
    // At most four a second, and a steady stream does not starve the chart either.
    QVERIFY2(replots <= ms / 250 + 2, qPrintable(QString::number(replots)));
    QVERIFY2(replots >= 3, qPrintable(QString::number(replots)));
    QCOMPARE(totalGraph(*m_chart)->dataCount(), next);
}

QTEST_MAIN(TestGroupsPage)
#include "tst_groupspage.moc"
