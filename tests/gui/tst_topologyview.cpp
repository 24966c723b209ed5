// The topology view on a fabricated cluster: internal topics only behind their toggle and then last, a
// topic's header row folds its partitions, the broker columns use the width they have, a filter that
// hides every topic says so, and a stale grid is drawn faded.

#include "replicadelegate.h"
#include "snapshotbuilders.h"
#include "topologymodel.h"
#include "topologyview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <cstdlib>
#include <memory>

using namespace partita;
using namespace partita::test;

namespace {

ClusterSnapshotPtr cluster() {
    ClusterSnapshot snapshot;
    snapshot.brokers = {onlineBroker(1), onlineBroker(2), onlineBroker(3)};
    snapshot.topics = {
        topic("__consumer_offsets", {partition(0, 1, {1, 2, 3}, {1, 2, 3})}, true),
        topic("orders", {partition(0, 1, {1, 2}, {1, 2}), partition(1, 2, {2, 3}, {2, 3})}),
        topic("web-clicks", {partition(0, 3, {3, 1}, {3, 1})}),
    };
    snapshot.takenAt = QDateTime::currentDateTime();
    return std::make_shared<const ClusterSnapshot>(std::move(snapshot));
}

QStringList topicsShown(const QAbstractItemModel *model) {
    QStringList topics;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->headerData(row, Qt::Vertical, TopologyModel::TopicHeaderRole).toBool())
            topics.append(model->headerData(row, Qt::Vertical, TopologyModel::TopicNameRole).toString());
    }
    return topics;
}

} // namespace

class TestTopologyView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void internalTopicsOnlyOnRequestAndLast();
    void clickingATopicFoldsIt();
    void brokerColumnsUseTheWidth_data();
    void brokerColumnsUseTheWidth();
    void filterThatHidesEverythingSaysSo();
    void staleGridIsFaded();

private:
    QTableView *table() const { return m_view->findChild<QTableView *>(QStringLiteral("topologyTable")); }
    QString summary() const { return m_view->findChild<QLabel *>(QStringLiteral("topologySummary"))->text(); }

    std::unique_ptr<TopologyView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTopologyView::init() {
    m_view = std::make_unique<TopologyView>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->setSnapshot(cluster());
    m_view->resize(1000, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTopologyView::cleanup() {
    m_tester.reset();
    m_view.reset();
}

void TestTopologyView::internalTopicsOnlyOnRequestAndLast() {
    auto *toggle = m_view->findChild<QCheckBox *>(QStringLiteral("showInternalTopics"));
    QVERIFY(toggle);
    QVERIFY(!toggle->isChecked());
    QCOMPARE(topicsShown(table()->model()), (QStringList{"orders", "web-clicks"}));
    QCOMPARE(summary(), QStringLiteral("3 partitions × 3 brokers"));

    toggle->click();
    QCOMPARE(topicsShown(table()->model()), (QStringList{"orders", "web-clicks", "__consumer_offsets"}));
    QCOMPARE(summary(), QStringLiteral("4 partitions × 3 brokers"));
}

void TestTopologyView::clickingATopicFoldsIt() {
    const QAbstractItemModel *model = table()->model();
    QCOMPARE(model->rowCount(), 5); // orders, its 2 partitions, web-clicks, its partition
    QHeaderView *rows = table()->verticalHeader();
    QTest::mouseClick(rows->viewport(), Qt::LeftButton, {}, QPoint(5, rows->sectionViewportPosition(0) + 3));
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->headerData(0, Qt::Vertical).toString().startsWith(QStringLiteral("\u25B8 orders")));
    QCOMPARE(model->headerData(1, Qt::Vertical).toString(),
             QStringLiteral("\u25BE web-clicks (1 partition)"));
    // The partitions of a folded topic still count.
    QCOMPARE(summary(), QStringLiteral("3 partitions × 3 brokers"));

    // A click on a cell of the header row unfolds it again; one on a partition's cell folds nothing.
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                      table()->visualRect(model->index(0, 1)).center());
    QCOMPARE(model->rowCount(), 5);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                      table()->visualRect(model->index(1, 1)).center());
    QCOMPARE(model->rowCount(), 5);
}

void TestTopologyView::brokerColumnsUseTheWidth_data() {
    QTest::addColumn<int>("width");
    QTest::newRow("1024") << 1024;
    QTest::newRow("1600") << 1600;
}

// Three brokers fit at any window size, so their columns share the whole width instead of leaving it
// empty on the right.
void TestTopologyView::brokerColumnsUseTheWidth() {
    QFETCH(int, width);
    m_view->resize(width, 500);
    QTRY_COMPARE(m_view->width(), width);
    QHeaderView *columns = table()->horizontalHeader();
    const int used = columns->length();
    const int viewport = table()->viewport()->width();
    QVERIFY2(used >= viewport - 2 && used <= viewport,
             qPrintable(QStringLiteral("%1 of %2").arg(used).arg(viewport)));
    // Alike, and no header text is cut.
    for (int column = 0; column < columns->count(); ++column) {
        QVERIFY(columns->sectionSize(column) >= columns->sectionSizeHint(column));
        QVERIFY(std::abs(columns->sectionSize(column) - columns->sectionSize(0)) <= 1);
    }
}

void TestTopologyView::filterThatHidesEverythingSaysSo() {
    m_view->findChild<QLineEdit *>(QStringLiteral("topologyFilter"))->setText(QStringLiteral("xyz"));
    QCOMPARE(table()->model()->rowCount(), 0);
    QCOMPARE(summary(), QStringLiteral("No topic matches \u201Cxyz\u201D"));
    m_view->clearFilter();
    QCOMPARE(table()->model()->rowCount(), 5);
}

// The leader tile of orders-0 on broker 1 loses its strong blue while the data is stale (sampled left of
// its crown and label).
void TestTopologyView::staleGridIsFaded() {
    const QModelIndex leader = table()->model()->index(1, 0);
    QCOMPARE(ReplicaState(leader.data(TopologyModel::ReplicaStateRole).toInt()), ReplicaState::Leader);
    const auto tileColour = [this, &leader] {
        const QRect cell = table()->visualRect(leader);
        return table()->viewport()->grab().toImage().pixelColor(cell.center() - QPoint(16, 0));
    };
    const QColor live = tileColour();
    m_view->setStale(true);
    QVERIFY(static_cast<ReplicaDelegate *>(table()->itemDelegate())->isStale());
    const QColor stale = tileColour();
    QVERIFY2(stale.hslSaturation() < live.hslSaturation() / 2 || stale.lightness() > live.lightness() + 60,
             qPrintable(QStringLiteral("%1 vs %2").arg(live.name(), stale.name())));
    m_view->setStale(false);
    QCOMPARE(tileColour(), live);
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
