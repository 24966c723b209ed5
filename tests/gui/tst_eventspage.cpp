// The event timeline as the user sees it: newest first, filtered by kind, text and a time range, each
// event leading to what it is about; and the same events marked on a group's lag chart, with a Shift+drag
// on the chart giving the range to show.

#include "clustereventtext.h"
#include "eventspage.h"
#include "groupfixtures.h"
#include "lagchart.h"
#include "lagfeed.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <qcustomplot.h>

using namespace partita;

namespace {

constexpr qint64 T0 = qint64{1'800'000'000'000};

ClusterEvents sampleEvents() {
    return {
        {T0, ClusterEvent::BrokerDown, QStringLiteral("3"), QString(), -1, QString(), QString()},
        {T0 + 1000, ClusterEvent::LeaderMoved, QStringLiteral("orders"), QString(), 2, QStringLiteral("3"),
         QStringLiteral("1")},
        {T0 + 1000, ClusterEvent::IsrShrank, QStringLiteral("orders"), QString(), 2, QStringLiteral("1,2,3"),
         QStringLiteral("1,2")},
        {T0 + 5000, ClusterEvent::VerdictChanged, QStringLiteral("orders-app"), QString(), -1,
         QStringLiteral("OK"), QStringLiteral("STALL")},
        {T0 + 9000, ClusterEvent::BrokerUp, QStringLiteral("3"), QString(), -1, QString(), QString()},
    };
}

QStringList shownEvents(const QTableView *table) {
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, 2).data().toString());
    return texts;
}

} // namespace

class TestEventsPage : public QObject {
    Q_OBJECT

private slots:
    void listsFiltersAndOpensEvents() {
        EventsPage page;
        page.resize(1000, 500);
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("eventTable"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *note = page.findChild<QLabel *>(QStringLiteral("eventsEmptyNote"));
        QVERIFY(note->isVisible()); // nothing yet, and it says so
        QVERIFY(note->text().startsWith(QLatin1String("Nothing has happened yet")));

        page.setEvents(sampleEvents());
        QCOMPARE(shownEvents(table), (QStringList{
                                         QStringLiteral("Broker 3 is back"),
                                         QStringLiteral("Verdict of group orders-app went from OK to STALL"),
                                         QStringLiteral("Leader of orders-2 moved from broker 3 to broker 1"),
                                         QStringLiteral("ISR of orders-2 shrank from 1, 2, 3 to 1, 2"),
                                         QStringLiteral("Broker 3 went down"),
                                     }));
        QVERIFY(!note->isVisible());
        // The same events again, as the next poll's report brings them: no row comes twice.
        page.setEvents(sampleEvents());
        QCOMPARE(page.shownEventCount(), 5);

        auto *category = page.findChild<QComboBox *>(QStringLiteral("eventCategory"));
        category->setCurrentIndex(category->findData(int(ClusterEventText::Brokers)));
        QCOMPARE(page.shownEventCount(), 2);
        category->setCurrentIndex(0);
        page.findChild<QLineEdit *>(QStringLiteral("eventFilter"))->setText(QStringLiteral("orders-2"));
        QCOMPARE(page.shownEventCount(), 2);
        page.findChild<QLineEdit *>(QStringLiteral("eventFilter"))
            ->setText(QStringLiteral("nothing like it"));
        QCOMPARE(page.shownEventCount(), 0);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("No event matches the filters."));
        page.clearFilters();
        page.showTimeRange(T0 + 500, T0 + 6000);
        QCOMPARE(page.shownEventCount(), 3);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("eventRange"))->isVisible());

        const QString folder = qEnvironmentVariable("PARTITA_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(page.grab().save(folder + QStringLiteral("/events.png")));
        }

        QSignalSpy groups(&page, &EventsPage::groupRequested);
        QSignalSpy topics(&page, &EventsPage::topicRequested);
        emit table->doubleClicked(table->model()->index(0, 2)); // the verdict, newest in the range
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().first().toString(), QStringLiteral("orders-app"));
        emit table->doubleClicked(table->model()->index(1, 2));
        QCOMPARE(topics.first().first().toString(), QStringLiteral("orders"));
    }

    // The chart marks its group's events, brokers' and its topics' ones, not another group's; Shift+drag
    // asks for the events of the dragged range.
    void chartMarksEventsAndGivesARange() {
        LagTracker tracker;
        LagChart chart(&tracker);
        chart.resize(900, 500);
        chart.show();
        chart.setGroup(QStringLiteral("orders-app"));
        for (int i = 0; i < 4; ++i) {
            auto poll = std::make_shared<GroupsSnapshot>();
            poll->generation = i + 1;
            poll->takenAt = test::StartTime.addSecs(qint64(i) * test::PollSeconds);
            poll->groups = {test::ordersApp(i)};
            QVERIFY(test::addPollAndWait(tracker, poll));
        }
        const qint64 start = test::StartTime.toMSecsSinceEpoch();
        tracker.addEvents({
            {start + 6000, ClusterEvent::BrokerDown, QStringLiteral("3"), QString(), -1, QString(),
             QString()},
            {start + 7000, ClusterEvent::LeaderMoved, QStringLiteral("orders"), QString(), 1,
             QStringLiteral("3"), QStringLiteral("1")},
            {start + 8000, ClusterEvent::LeaderMoved, QStringLiteral("payments"), QString(), 0,
             QStringLiteral("3"), QStringLiteral("2")},
            {start + 9000, ClusterEvent::VerdictChanged, QStringLiteral("billing"), QString(), -1,
             QStringLiteral("OK"), QStringLiteral("WARN")},
        });
        auto poll = std::make_shared<GroupsSnapshot>();
        poll->generation = 5;
        poll->takenAt = test::StartTime.addSecs(4 * test::PollSeconds);
        poll->groups = {test::ordersApp(4)};
        QVERIFY(test::addPollAndWait(tracker, poll));
        // With the verdict changes of orders-app its polls brought; all but those of payments and billing.
        QVERIFY(tracker.events().size() >= size_t(4));
        QTRY_COMPARE_WITH_TIMEOUT(chart.eventMarkCount(), int(tracker.events().size()) - 2, 5000);

        auto *plot = chart.findChild<QCustomPlot *>(QStringLiteral("lagPlot"));
        QSignalSpy ranges(&chart, &LagChart::timeRangeSelected);
        const QRect area = plot->axisRect(1)->rect();
        const QPoint from(area.left() + area.width() / 4, area.center().y());
        const QPoint to(area.left() + area.width() * 3 / 4, area.center().y());
        QMouseEvent press(QEvent::MouseButtonPress, from, plot->mapToGlobal(from), Qt::LeftButton,
                          Qt::LeftButton, Qt::ShiftModifier);
        QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         Qt::ShiftModifier);
        QMouseEvent release(QEvent::MouseButtonRelease, to, plot->mapToGlobal(to), Qt::LeftButton,
                            Qt::NoButton, Qt::ShiftModifier);
        QApplication::sendEvent(plot, &press);
        QApplication::sendEvent(plot, &move);
        QApplication::sendEvent(plot, &release);
        QCOMPARE(ranges.size(), 1);
        const QCPAxis *time = plot->axisRect(1)->axis(QCPAxis::atBottom);
        QCOMPARE(ranges.first().at(0).toLongLong(), qint64(time->pixelToCoord(from.x()) * 1000));
        QCOMPARE(ranges.first().at(1).toLongLong(), qint64(time->pixelToCoord(to.x()) * 1000));
    }
};

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
