// LagTracker and the consumer group tables, fed hand-built polls five seconds apart.

#include "groupfixtures.h"
#include "groupmembermodel.h"
#include "groupmodel.h"
#include "grouppartitionmodel.h"
#include "lagfeed.h"
#include "lagtracker.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace partita;
using namespace partita::test;

Q_DECLARE_METATYPE(GroupState)

namespace {

GroupsSnapshotPtr poll(int i) {
    auto snapshot = std::make_shared<GroupsSnapshot>();
    snapshot->generation = i + 1;
    snapshot->takenAt = StartTime.addSecs(qint64(i) * PollSeconds);
    snapshot->groups = {archiver()};
    if (i >= 2)
        snapshot->groups.append(billing());
    snapshot->groups.append(ghost());
    snapshot->groups.append(ordersApp(i));
    return snapshot;
}

// One poll of `group`, named events-app, with one partition, events-0.
GroupsSnapshotPtr singleGroupPoll(int i, ConsumerGroupInfo group, qint64 committed, qint64 high) {
    auto snapshot = std::make_shared<GroupsSnapshot>();
    snapshot->generation = i + 1;
    snapshot->takenAt = StartTime.addSecs(qint64(i) * PollSeconds);
    group.groupId = QStringLiteral("events-app");
    group.listedByBroker = true;
    group.partitions = {offsets(QStringLiteral("events"), 0, committed, 0, high)};
    snapshot->groups = {group};
    return snapshot;
}

qint64 timeOf(int i) {
    return StartTime.addSecs(qint64(i) * PollSeconds).toMSecsSinceEpoch();
}

} // namespace

namespace QTest {
template <> char *toString(const LagVerdict &verdict) {
    return qstrdup(QStringLiteral("%1 \"%2\"")
                       .arg(LagVerdict::statusName(verdict.status), verdict.reason)
                       .toUtf8()
                       .constData());
}
template <> char *toString(const LagPoint &point) {
    return qstrdup(QByteArray::number(point.timeMs) + ':' + QByteArray::number(point.lag));
}
} // namespace QTest

class TestGroupModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void trackerJudgesPartitions();
    void trackerSumsAndJudgesGroups();
    void trackerSeries();
    void trackerForgetsOnNull();
    void trackerHoldsAWarning();
    void membersUnknown_data();
    void membersUnknown();
    void groupRows();
    void groupVerdictWaitsForHistory();
    void unknownEndMakesTotalALowerBound();
    void groupRefreshKeepsPersistentIndexes();
    void partitionRows();
    void exactTimeLag();
    void partitionRefreshAndGroupSwitch();
    void memberRows();
    void membersAreToldApart();

private:
    // Feeds polls 0..last into a fresh tracker.
    void feed(int last);
    QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole) const {
        return model.index(row, column).data(role).toString();
    }

    std::unique_ptr<LagTracker> m_tracker;
};

void TestGroupModels::initTestCase() {
    // Fixes the thousands separator the expected texts use.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestGroupModels::feed(int last) {
    m_tracker = std::make_unique<LagTracker>(std::chrono::seconds(PollSeconds));
    for (int i = 0; i <= last; ++i)
        QVERIFY(addPollAndWait(*m_tracker, poll(i)));
}

void TestGroupModels::trackerJudgesPartitions() {
    feed(3);
    const GroupLagState *group = m_tracker->group(QStringLiteral("orders-app"));
    QVERIFY(group);
    QCOMPARE(group->partitions.size(), size_t(3));

    const PartitionLagState &steady = group->partitions.at(0);
    QCOMPARE(steady.lag.kind, PartitionLag::Normal);
    QCOMPARE(steady.lag.lag, 50);
    // The end was at 1,250 halfway between the polls at 10 s and 15 s.
    QCOMPARE(steady.behind, std::optional<TimeLag>(TimeLag{2500}));
    QCOMPARE(steady.verdict.status, LagVerdict::Ok);

    const PartitionLagState &stalled = group->partitions.at(1);
    QCOMPARE(stalled.lag.lag, 400);
    // Older than the history: extrapolated at 100 messages per 5 s before the first poll.
    QCOMPARE(stalled.behind, std::optional<TimeLag>(TimeLag{20000}));
    QCOMPARE(
        stalled.verdict,
        (LagVerdict{LagVerdict::Stall,
                    QStringLiteral("committed offset stuck at 500 for 15 s while 300 messages arrived")}));

    const PartitionLagState &uncommitted = group->partitions.at(2);
    QCOMPARE(uncommitted.lag.kind, PartitionLag::NoCommit);
    QCOMPARE(uncommitted.behind, std::nullopt);
    QCOMPARE(uncommitted.verdict.status, LagVerdict::Unknown);
    QCOMPARE(uncommitted.offsets.ownerMemberId, QStringLiteral("m-2"));
}

void TestGroupModels::trackerSumsAndJudgesGroups() {
    feed(3);
    QCOMPARE(m_tracker->groups().size(), size_t(4));
    QCOMPARE(m_tracker->group(QStringLiteral("nobody")), nullptr);

    const GroupLagState *orders = m_tracker->group(QStringLiteral("orders-app"));
    QCOMPARE(orders->totals.lag, 450);
    QCOMPARE(orders->totals.measuredPartitions, 2);
    QCOMPARE(orders->totals.noCommitPartitions, 1);
    QCOMPARE(orders->maxBehind, std::optional<TimeLag>(TimeLag{20000}));
    QCOMPARE(orders->verdict,
             (LagVerdict{LagVerdict::Stall, QStringLiteral("orders-1: committed offset stuck at 500 for 15 s "
                                                           "while 300 messages arrived")}));

    const GroupLagState *archive = m_tracker->group(QStringLiteral("archiver"));
    QCOMPARE(archive->totals.lag, 25);
    QCOMPARE(archive->totals.lostMessages, 7);
    // Nothing was produced, so no rate to go back by: only that it was behind before the first poll.
    QCOMPARE(archive->maxBehind, std::optional<TimeLag>(TimeLag{15000, true}));
    // Empty: nobody reads the 25 waiting.
    QCOMPARE(archive->verdict,
             (LagVerdict{LagVerdict::Stop, QStringLiteral("logs-0: no members; lag 25 and not rising")}));

    // Nothing to judge: the group's error says why.
    const GroupLagState *unknown = m_tracker->group(QStringLiteral("ghost"));
    QCOMPARE(unknown->verdict, (LagVerdict{LagVerdict::Unknown, ghost().error}));
}

void TestGroupModels::trackerSeries() {
    feed(3);
    const QString group = QStringLiteral("orders-app");
    QVERIFY(chartAndWait(*m_tracker, group));
    const std::vector<LagKey> keys = m_tracker->partitionKeys(group);
    QCOMPARE(keys.size(), size_t(3));
    QCOMPARE(keys.at(1), (LagKey{group, QStringLiteral("orders"), 1}));

    // orders-0 adds 50 each poll, orders-1 100 more each poll, orders-2 nothing.
    QCOMPARE(m_tracker->totalLagSeries(group),
             (std::vector<LagPoint>{{timeOf(0), 150}, {timeOf(1), 250}, {timeOf(2), 350}, {timeOf(3), 450}}));
    QCOMPARE(m_tracker->partitionLagSeries(keys.at(1)),
             (std::vector<LagPoint>{{timeOf(0), 100}, {timeOf(1), 200}, {timeOf(2), 300}, {timeOf(3), 400}}));
    // Never measurable: a gap, not a line at 0.
    QCOMPARE(m_tracker->partitionLagSeries(keys.at(2)),
             (std::vector<LagPoint>{{timeOf(0), -1}, {timeOf(1), -1}, {timeOf(2), -1}, {timeOf(3), -1}}));
    // Only the charted group has series.
    QVERIFY(m_tracker->totalLagSeries(QStringLiteral("billing")).empty());
    // A group that joined at poll 2 has no earlier points.
    QVERIFY(chartAndWait(*m_tracker, QStringLiteral("billing")));
    QCOMPARE(m_tracker->totalLagSeries(QStringLiteral("billing")),
             (std::vector<LagPoint>{{timeOf(2), 0}, {timeOf(3), 0}}));
    QVERIFY(m_tracker->totalLagSeries(QStringLiteral("ghost")).empty());
}

void TestGroupModels::trackerForgetsOnNull() {
    feed(2);
    QVERIFY(addPollAndWait(*m_tracker, nullptr));
    QVERIFY(m_tracker->groups().empty());
    QVERIFY(!m_tracker->lastPoll());
    // The lasting history stays: the chart still shows the polls before.
    m_tracker->setChartedGroup(QStringLiteral("orders-app"));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->totalLagSeries(QStringLiteral("orders-app")).size(), size_t(3),
                              10000);

    // The recent history starts over: one poll is not enough to judge.
    QVERIFY(addPollAndWait(*m_tracker, poll(4)));
    QCOMPARE(m_tracker->totalLagSeries(QStringLiteral("orders-app")).size(), size_t(4));
    QCOMPARE(m_tracker->group(QStringLiteral("orders-app"))->partitions.at(1).verdict.status,
             LagVerdict::Unknown);
}

// Lag 100, 200, 300, then 150: the dip is within the noise of the fitted trend, so the warning of the
// poll before holds (judged afresh without it, the fourth poll alone would read OK).
void TestGroupModels::trackerHoldsAWarning() {
    ConsumerGroupInfo stable;
    stable.state = GroupState::Stable;
    stable.members = {member(QStringLiteral("m-1"), QStringLiteral("events-reader"), {{"events", 0}})};
    LagTracker tracker{std::chrono::seconds(PollSeconds)};
    const std::vector<qint64> lags{100, 200, 300, 150};
    QStringList statuses;
    for (int i = 0; i < int(lags.size()); ++i) {
        const qint64 high = 1000 + 400 * qint64(i);
        QVERIFY(addPollAndWait(tracker, singleGroupPoll(i, stable, high - lags[size_t(i)], high)));
        statuses.append(LagVerdict::statusName(tracker.group(QStringLiteral("events-app"))->verdict.status));
    }
    QCOMPARE(statuses.join(QLatin1Char(' ')), QStringLiteral("UNKNOWN UNKNOWN WARN WARN"));
}

// Groups whose members do not tell whether anybody reads them: one described as dead (KIP-848) and a
// simple group (its consumers commit without joining). Their lag is judged by the partition's
// history; they are not taken for groups without members.
void TestGroupModels::membersUnknown_data() {
    QTest::addColumn<GroupState>("state");
    QTest::addColumn<bool>("simple");
    QTest::newRow("described as dead") << GroupState::Dead << false;
    QTest::newRow("simple") << GroupState::Empty << true;
}

void TestGroupModels::membersUnknown() {
    QFETCH(GroupState, state);
    QFETCH(bool, simple);
    ConsumerGroupInfo group;
    group.state = state;
    group.simple = simple;
    LagTracker tracker{std::chrono::seconds(PollSeconds)};
    QVERIFY(addPollAndWait(tracker, singleGroupPoll(0, group, 800, 1000)));
    QCOMPARE(tracker.group(QStringLiteral("events-app"))->verdict,
             (LagVerdict{LagVerdict::Unknown,
                         QStringLiteral("events-0: not enough history yet (1 of 3 samples)")}));
    QVERIFY(addPollAndWait(tracker, singleGroupPoll(1, group, 800, 1400)));
    QVERIFY(addPollAndWait(tracker, singleGroupPoll(2, group, 800, 1800)));
    QCOMPARE(tracker.group(QStringLiteral("events-app"))->verdict,
             (LagVerdict{LagVerdict::Stall,
                         QStringLiteral("events-0: committed offset stuck at 800 for 10 s while "
                                        "800 messages arrived")}));
}

void TestGroupModels::groupRows() {
    feed(3);
    GroupModel model(m_tracker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(GroupModel::ColumnCount));

    // Rows are sorted by id: archiver, billing, ghost, orders-app.
    const int orders = 3;
    QCOMPARE(text(model, orders, GroupModel::GroupColumn), QStringLiteral("orders-app"));
    QCOMPARE(text(model, orders, GroupModel::StateColumn), QStringLiteral("Stable"));
    QCOMPARE(text(model, orders, GroupModel::MembersColumn), QStringLiteral("2"));
    QCOMPARE(text(model, orders, GroupModel::TopicsColumn), QStringLiteral("orders"));
    QCOMPARE(text(model, orders, GroupModel::TopicsColumn, Qt::ToolTipRole),
             QStringLiteral("orders: lag 450"));
    QCOMPARE(text(model, orders, GroupModel::TotalLagColumn), QStringLiteral("450"));
    QCOMPARE(text(model, orders, GroupModel::TotalLagColumn, Qt::ToolTipRole),
             QStringLiteral("Summed over 2 partitions\n1 partition without a committed offset, not counted"));
    // Estimated from the end offsets' history: no poll read an oldest unread record.
    QCOMPARE(text(model, orders, GroupModel::TimeLagColumn), QStringLiteral("≈ 20 s"));
    QCOMPARE(text(model, orders, GroupModel::VerdictColumn), QStringLiteral("STALL"));
    QCOMPARE(model.index(orders, 0).data(GroupModel::VerdictStatusRole).toInt(), int(LagVerdict::Stall));
    const QString reason =
        QStringLiteral("orders-1: committed offset stuck at 500 for 15 s while 300 messages arrived");
    QCOMPARE(text(model, orders, GroupModel::ReasonColumn), reason);
    QCOMPARE(text(model, orders, GroupModel::VerdictColumn, Qt::ToolTipRole), reason);
    QCOMPARE(model.index(orders, GroupModel::TotalLagColumn).data(GroupModel::SortRole).toLongLong(), 450);
    QCOMPARE(model.index(orders, GroupModel::TimeLagColumn).data(GroupModel::SortRole).toLongLong(), 20000);

    const int archive = 0;
    QCOMPARE(text(model, archive, GroupModel::StateColumn), QStringLiteral("Empty"));
    QCOMPARE(text(model, archive, GroupModel::MembersColumn), QStringLiteral("0"));
    QCOMPARE(text(model, archive, GroupModel::TotalLagColumn), QStringLiteral("25"));
    QCOMPARE(text(model, archive, GroupModel::TotalLagColumn, Qt::ToolTipRole),
             QStringLiteral("Summed over 1 partition\n1 partition expired: retention deleted 7 messages "
                            "before the group read them (they count as lag)"));
    QCOMPARE(text(model, archive, GroupModel::TimeLagColumn), QStringLiteral("≥ 15 s"));
    QCOMPARE(model.index(archive, GroupModel::TimeLagColumn).data(GroupModel::SortRole).toLongLong(), 15000);
    QCOMPARE(text(model, archive, GroupModel::VerdictColumn), QStringLiteral("STOP"));

    // Watched by hand and unknown to the broker: says so instead of looking dead.
    const int watched = 2;
    QCOMPARE(text(model, watched, GroupModel::StateColumn), QStringLiteral("not listed"));
    QCOMPARE(text(model, watched, GroupModel::StateColumn, Qt::ToolTipRole),
             QStringLiteral("Watched by hand: the broker does not list this group\n") + ghost().error);
    QCOMPARE(text(model, watched, GroupModel::TopicsColumn), QStringLiteral("\u2014"));
    QCOMPARE(text(model, watched, GroupModel::MembersColumn), QStringLiteral("\u2014"));
    QCOMPARE(text(model, watched, GroupModel::TotalLagColumn), QStringLiteral("\u2014"));
    QCOMPARE(model.index(watched, GroupModel::TotalLagColumn).data(GroupModel::SortRole).toLongLong(), -1);
    QCOMPARE(text(model, watched, GroupModel::VerdictColumn), QStringLiteral("UNKNOWN"));
    QCOMPARE(text(model, watched, GroupModel::ReasonColumn), ghost().error);
    QCOMPARE(model.index(watched, 0).data(GroupModel::GroupIdRole).toString(), QStringLiteral("ghost"));
}

void TestGroupModels::groupVerdictWaitsForHistory() {
    feed(1);
    GroupModel model(m_tracker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int orders = 2; // billing has not appeared yet
    QCOMPARE(text(model, orders, GroupModel::VerdictColumn), QStringLiteral("UNKNOWN"));
    QCOMPARE(
        text(model, orders, GroupModel::ReasonColumn),
        QStringLiteral("orders-1: not enough history yet (2 of 3 samples) (2 other partitions UNKNOWN too)"));

    QVERIFY(addPollAndWait(*m_tracker, poll(2)));
    QCOMPARE(text(model, orders + 1, GroupModel::VerdictColumn), QStringLiteral("STALL"));
    QCOMPARE(text(model, orders + 1, GroupModel::ReasonColumn),
             QStringLiteral("orders-1: committed offset stuck at 500 for 10 s while 200 messages arrived"));
}

void TestGroupModels::unknownEndMakesTotalALowerBound() {
    feed(3);
    // Poll 4: orders-1's end offset could not be read, and returns-0 is new, so its time lag is unknown.
    auto snapshot = std::make_shared<GroupsSnapshot>(*poll(4));
    ConsumerGroupInfo &group = snapshot->groups.last();
    group.partitions[1].highWatermark = -1;
    group.partitions.append(offsets(QStringLiteral("returns"), 0, 0, 0, 100));
    QVERIFY(addPollAndWait(*m_tracker, snapshot));
    GroupModel model(m_tracker.get());
    const int orders = model.rowCount() - 1;
    // Known: orders-0 (50) and returns-0 (100); orders-1 may lag any amount.
    QCOMPARE(text(model, orders, GroupModel::TotalLagColumn), QStringLiteral("≥ 150"));
    QVERIFY(text(model, orders, GroupModel::TotalLagColumn, Qt::ToolTipRole)
                .contains(QLatin1String("1 partition with unknown watermarks, not counted")));
    // orders-0 is 2.5 s behind, but returns-0 has no history to tell how far behind it is.
    QCOMPARE(text(model, orders, GroupModel::TimeLagColumn), QStringLiteral("≥ 3 s"));
    QCOMPARE(text(model, orders, GroupModel::TopicsColumn), QStringLiteral("orders, returns"));
    QCOMPARE(text(model, orders, GroupModel::TopicsColumn, Qt::ToolTipRole),
             QStringLiteral("orders: lag ≥ 50\nreturns: lag 100"));
}

void TestGroupModels::groupRefreshKeepsPersistentIndexes() {
    feed(1);
    GroupModel model(m_tracker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex orders = model.index(2, GroupModel::TotalLagColumn);
    QCOMPARE(orders.data().toString(), QStringLiteral("250"));

    QVERIFY(addPollAndWait(*m_tracker, poll(2))); // billing arrives before ghost and orders-app
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(inserts.at(0).at(1).toInt(), 1);
    QVERIFY(orders.isValid());
    QCOMPARE(orders.row(), 3);
    QCOMPARE(orders.data().toString(), QStringLiteral("350"));

    // Billing and ghost stay as they were, so only the rows of archiver and orders-app are repainted.
    changes.clear();
    QVERIFY(addPollAndWait(*m_tracker, poll(3)));
    QCOMPARE(changes.count(), 2);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changes.at(0).at(1).toModelIndex().row(), 0);
    QCOMPARE(changes.at(1).at(0).toModelIndex().row(), 3);
    QCOMPARE(changes.at(1).at(1).toModelIndex().row(), 3);
    QCOMPARE(resets.count(), 0);
}

void TestGroupModels::exactTimeLag() {
    m_tracker = std::make_unique<LagTracker>(std::chrono::seconds(PollSeconds));
    for (int i = 0; i <= 3; ++i) {
        auto snapshot = std::make_shared<GroupsSnapshot>(*poll(i));
        ConsumerGroupInfo &orders = snapshot->groups.last();
        // orders-1's oldest unread message was produced 90 s before this poll; its history alone says 20 s.
        orders.partitions[1].oldestUnread = {OldestUnread::Kind::Record, 500,
                                             snapshot->takenAt.toMSecsSinceEpoch() - 90000,
                                             TimestampType::CreateTime};
        if (i == 3) // and orders-0's, set by the broker, 1 s before
            orders.partitions[0].oldestUnread = {OldestUnread::Kind::Record, 1250,
                                                 snapshot->takenAt.toMSecsSinceEpoch() - 1000,
                                                 TimestampType::LogAppendTime};
        QVERIFY(addPollAndWait(*m_tracker, snapshot));
    }
    const GroupLagState *group = m_tracker->group(QStringLiteral("orders-app"));
    QCOMPARE(group->partitions.at(0).behind,
             std::optional(TimeLag{1000, false, true, TimestampType::LogAppendTime}));
    QCOMPARE(group->partitions.at(1).behind,
             std::optional(TimeLag{90000, false, true, TimestampType::CreateTime}));
    QCOMPARE(group->maxBehind, std::optional(TimeLag{90000, false, true, TimestampType::CreateTime}));

    GroupPartitionModel partitions(m_tracker.get());
    QAbstractItemModelTester tester(&partitions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    partitions.setGroup(QStringLiteral("orders-app"));
    QCOMPARE(text(partitions, 0, GroupPartitionModel::TimeLagColumn), QStringLiteral("1 s"));
    QVERIFY(text(partitions, 0, GroupPartitionModel::TimeLagColumn, Qt::ToolTipRole)
                .contains(QLatin1String("LogAppendTime")));
    QCOMPARE(text(partitions, 1, GroupPartitionModel::TimeLagColumn), QStringLiteral("1 min 30 s"));
    QVERIFY(text(partitions, 1, GroupPartitionModel::TimeLagColumn, Qt::ToolTipRole)
                .contains(QLatin1String("CreateTime")));

    // Once a partition of the group is estimated again, so is the group's time lag.
    auto next = std::make_shared<GroupsSnapshot>(*poll(4));
    next->groups.last().partitions[1].oldestUnread = {OldestUnread::Kind::Record, 500,
                                                      next->takenAt.toMSecsSinceEpoch() - 95000,
                                                      TimestampType::CreateTime};
    QVERIFY(addPollAndWait(*m_tracker, next));
    group = m_tracker->group(QStringLiteral("orders-app"));
    QVERIFY(!group->partitions.at(0).behind->exact);
    QCOMPARE(group->maxBehind, std::optional(TimeLag{95000}));
    GroupModel groups(m_tracker.get());
    const int orders = 3; // archiver, billing, ghost, orders-app
    QCOMPARE(text(groups, orders, GroupModel::GroupColumn), QStringLiteral("orders-app"));
    QCOMPARE(text(groups, orders, GroupModel::TimeLagColumn), QStringLiteral("≈ 1 min 35 s"));
    QVERIFY(text(groups, orders, GroupModel::TimeLagColumn, Qt::ToolTipRole)
                .startsWith(QLatin1String("Estimated")));
}

void TestGroupModels::partitionRows() {
    feed(3);
    GroupPartitionModel model(m_tracker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    model.setGroup(QStringLiteral("orders-app"));
    QCOMPARE(model.group(), QStringLiteral("orders-app"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(GroupPartitionModel::ColumnCount));

    const auto row = [&](int r) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(text(model, r, column));
        return cells;
    };
    QCOMPARE(row(0),
             (QStringList{"orders", "0", "1,250", "1,300", "50", "≈ 3 s", "OK", "orders-reader-1 on 10.0.0.7",
                          "lag 50 is not rising; the group read 300 messages while 300 arrived in 15 s"}));
    QCOMPARE(row(1), (QStringList{"orders", "1", "500", "900", "400", "≈ 20 s", "STALL",
                                  "orders-reader-1 on 10.0.0.7",
                                  "committed offset stuck at 500 for 15 s while 300 messages arrived"}));
    QCOMPARE(row(2), (QStringList{"orders", "2", "\u2014", "300", "no commit", "unknown", "UNKNOWN",
                                  "orders-reader-2 on 10.0.0.7", "the group has not committed an offset"}));
    QCOMPARE(
        model.index(2, GroupPartitionModel::CommittedColumn).data(GroupPartitionModel::SortRole).toLongLong(),
        -1);
    QCOMPARE(model.index(1, 0).data(GroupPartitionModel::TopicNameRole).toString(), QStringLiteral("orders"));
    QCOMPARE(model.index(1, 0).data(GroupPartitionModel::PartitionIdRole).toInt(), 1);
    QCOMPARE(model.index(1, 0).data(GroupPartitionModel::VerdictStatusRole).toInt(), int(LagVerdict::Stall));

    model.setGroup(QStringLiteral("archiver"));
    QCOMPARE(row(0), (QStringList{"logs", "0", "5", "30", "expired (7 lost)", "≥ 15 s", "STOP", "\u2014",
                                  QStringLiteral("no members; lag 25 and not rising")}));
    QCOMPARE(
        text(model, 0, GroupPartitionModel::LagColumn, Qt::ToolTipRole),
        QStringLiteral("Retention deleted 7 messages before the group read them; the lag of 25 counts them"));
    QCOMPARE(text(model, 0, GroupPartitionModel::EndColumn, Qt::ToolTipRole),
             QStringLiteral("Oldest retained offset: 12"));
    QCOMPARE(text(model, 0, GroupPartitionModel::OwnerColumn, Qt::ToolTipRole),
             QStringLiteral("Not assigned to any member of the group"));

    model.setGroup(QStringLiteral("ghost"));
    QCOMPARE(model.rowCount(), 0);
}

void TestGroupModels::partitionRefreshAndGroupSwitch() {
    feed(1);
    GroupPartitionModel model(m_tracker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGroup(QStringLiteral("orders-app"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex stalled = model.index(1, GroupPartitionModel::LagColumn);
    QCOMPARE(stalled.data().toString(), QStringLiteral("200"));

    QVERIFY(addPollAndWait(*m_tracker, poll(2)));
    QCOMPARE(resets.count(), 0);
    QVERIFY(stalled.isValid());
    QCOMPARE(stalled.row(), 1);
    QCOMPARE(stalled.data().toString(), QStringLiteral("300"));
    QCOMPARE(model.index(1, GroupPartitionModel::VerdictColumn).data().toString(), QStringLiteral("STALL"));
    QVERIFY(changes.count() > 0);

    // Switching groups is one reset; the group vanishing removes its rows without one.
    model.setGroup(QStringLiteral("billing"));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, GroupPartitionModel::LagColumn), QStringLiteral("0"));
    QCOMPARE(text(model, 0, GroupPartitionModel::VerdictColumn), QStringLiteral("OK"));
    QVERIFY(addPollAndWait(*m_tracker, nullptr));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 1);
}

void TestGroupModels::memberRows() {
    feed(0);
    GroupMemberModel model(m_tracker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGroup(QStringLiteral("orders-app"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(GroupMemberModel::ColumnCount));
    // Sorted by member id, whatever order the broker listed them in.
    QCOMPARE(text(model, 0, GroupMemberModel::ClientIdColumn), QStringLiteral("orders-reader-1"));
    QCOMPARE(text(model, 0, GroupMemberModel::HostColumn), QStringLiteral("10.0.0.7"));
    QCOMPARE(text(model, 0, GroupMemberModel::MemberIdColumn), QStringLiteral("m-1"));
    QCOMPARE(text(model, 0, GroupMemberModel::AssignmentColumn), QStringLiteral("orders: 0, 1"));
    QCOMPARE(model.index(0, GroupMemberModel::AssignmentColumn).data(GroupMemberModel::SortRole).toInt(), 2);
    QCOMPARE(text(model, 1, GroupMemberModel::AssignmentColumn), QStringLiteral("orders: 2"));

    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    const QPersistentModelIndex second = model.index(1, 0);
    QVERIFY(addPollAndWait(*m_tracker, poll(1)));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(second.row(), 1);

    model.setGroup(QStringLiteral("archiver"));
    QCOMPARE(model.rowCount(), 0);
}

// Two consumers of one program on one host share client id and host: the start of the member id's own
// part (or the static instance id) tells them apart; assignments read per topic, runs shortened.
void TestGroupModels::membersAreToldApart() {
    ConsumerGroupInfo group;
    group.members = {{QStringLiteral("rdkafka-5d1b1c2e-aaaa"),
                      QStringLiteral("rdkafka"),
                      QStringLiteral("10.0.0.7"),
                      QString(),
                      {}},
                     {QStringLiteral("rdkafka-9f00e1d2-bbbb"),
                      QStringLiteral("rdkafka"),
                      QStringLiteral("10.0.0.7"),
                      QString(),
                      {}},
                     {QStringLiteral("app-1"),
                      QStringLiteral("rdkafka"),
                      QStringLiteral("10.0.0.7"),
                      QStringLiteral("app-instance-3"),
                      {}},
                     {QStringLiteral("reporter-77"), QStringLiteral("reporter"), QString(), QString(), {}}};
    QCOMPARE(ownerLabel(group, QStringLiteral("rdkafka-5d1b1c2e-aaaa")),
             QStringLiteral("rdkafka on 10.0.0.7 (5d1b1c2e)"));
    QCOMPARE(ownerLabel(group, QStringLiteral("rdkafka-9f00e1d2-bbbb")),
             QStringLiteral("rdkafka on 10.0.0.7 (9f00e1d2)"));
    QCOMPARE(ownerLabel(group, QStringLiteral("app-1")),
             QStringLiteral("rdkafka on 10.0.0.7 (app-instance-3)"));
    QCOMPARE(ownerLabel(group, QStringLiteral("reporter-77")), QStringLiteral("reporter"));
    QCOMPARE(ownerLabel(group, QStringLiteral("gone-1")), QStringLiteral("gone-1"));
    QCOMPARE(ownerLabel(group, QString()), QString());

    const QString orders = QStringLiteral("orders");
    const QString payments = QStringLiteral("payments");
    QCOMPARE(
        assignmentText(
            {{payments, 1}, {orders, 5}, {orders, 1}, {orders, 0}, {orders, 2}, {orders, 7}, {orders, 8}}),
        QStringLiteral("orders: 0-2, 5, 7, 8; payments: 1"));
}

QTEST_GUILESS_MAIN(TestGroupModels)
#include "tst_groupmodels.moc"
