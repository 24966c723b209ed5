// What the GUI thread spends on one consumer-group poll when 500 groups commit over 5,000 partitions:
// taking in LagTracker's report (judged on the tracker's own thread, not counted), the group tables
// behind their sort proxies, and the lag chart's series for the selected group, fed an hour of
// synthetic polls (720 at 5 s). Reported against the poll interval and against
// the same work for one group; asserts no timings. Exits non-zero only if the models come out wrong.
//
// The broker side (GroupClient's ListConsumerGroupOffsets fan-out) is not measured here: every
// GroupClient::fetch() first lists and describes groups, which librdkafka 2.0.2's mock cluster does not
// implement (the requests fail as unsupported or time out), so a fetch against it would mostly time that.

#include "groupmembermodel.h"
#include "groupmodel.h"
#include "grouppartitionmodel.h"
#include "lagtracker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace partita;

namespace {

constexpr int Topics = 100;
constexpr int PartitionsPerTopic = 50;
// One hour at the default interval. PARTITA_BENCH_POLLS makes it shorter: the asan preset's test run
// sets it, as a sanitized Debug build would take many minutes for the hour and its timings mean nothing.
int pollCount() {
    bool ok = false;
    const int polls = qEnvironmentVariableIntValue("PARTITA_BENCH_POLLS", &ok);
    return ok && polls > 0 ? polls : 720;
}
const int Polls = pollCount();
constexpr qint64 PollIntervalMs = 5000;
constexpr int VisibleRows = 40; // what a maximised table shows, read back as a view would paint it

struct Scenario {
    const char *name;
    int groups;
    int partitionsPerGroup; // a run of one topic's partitions; 50 is the whole topic
};

// Stands in for the cluster and the engine: every topic produces at its own rate, and the groups
// keep up, fall behind, stall, rewind or never commit, so every verdict and the slowest time-lag
// searches (a stalled group's offset lies before its whole history) are part of each poll.
class SyntheticCluster {
public:
    explicit SyntheticCluster(const Scenario &scenario)
        : m_high(size_t(Topics) * PartitionsPerTopic, 0) {
        QStringList topics;
        for (int t = 0; t < Topics; ++t)
            topics.append(QStringLiteral("topic-%1").arg(t, 3, 10, QLatin1Char('0')));
        const int groupsPerTopic = PartitionsPerTopic / scenario.partitionsPerGroup;
        for (int g = 0; g < scenario.groups; ++g) {
            ConsumerGroupInfo group;
            group.groupId = groupId(g);
            group.listedByBroker = true;
            group.assignor = QStringLiteral("range");
            group.coordinatorId = g % 3 + 1;
            // A stalled group's consumers are gone; the others have three members sharing the work.
            const int members = behaviour(g) == Stalled ? 0 : 3;
            group.state = members > 0 ? GroupState::Stable : GroupState::Empty;
            for (int m = 0; m < members; ++m) {
                GroupMember member;
                member.clientId = QStringLiteral("%1-consumer-%2").arg(group.groupId).arg(m);
                member.memberId = member.clientId + QStringLiteral("-5f1c0e2a");
                member.host = QStringLiteral("/10.0.%1.%2").arg(g / 250).arg(g % 250);
                group.members.append(member);
            }
            const int topic = g / groupsPerTopic % Topics;
            const int firstPartition = g % groupsPerTopic * scenario.partitionsPerGroup;
            for (int i = 0; i < scenario.partitionsPerGroup; ++i) {
                GroupPartitionOffsets offsets;
                offsets.partition = {topics.at(topic), firstPartition + i};
                if (members > 0) {
                    GroupMember &owner = group.members[i % members];
                    owner.assignment.append(offsets.partition);
                    offsets.ownerMemberId = owner.memberId;
                }
                group.partitions.append(offsets);
                m_pairs.push_back({g, i, topic * PartitionsPerTopic + firstPartition + i, 0});
            }
            m_groups.append(group);
        }
    }

    // What the engine would publish after the next poll interval.
    GroupsSnapshotPtr poll(int poll) {
        advance(poll);
        auto snapshot = std::make_shared<GroupsSnapshot>();
        snapshot->generation = poll + 1;
        snapshot->takenAt = QDateTime::fromMSecsSinceEpoch(StartMs + poll * PollIntervalMs, Qt::UTC);
        snapshot->groups = m_groups;
        for (const Pair &pair : m_pairs) {
            GroupPartitionOffsets &offsets = snapshot->groups[pair.group].partitions[pair.index];
            offsets.committed = pair.committed;
            offsets.highWatermark = m_high[pair.partition];
            offsets.lowWatermark = std::max<qint64>(0, offsets.highWatermark - Retention);
        }
        return snapshot;
    }

    static QString groupId(int g) { return QStringLiteral("group-%1").arg(g, 3, 10, QLatin1Char('0')); }

private:
    enum Behaviour { KeepsUp, FallsBehind, Stalled, Rewinds, PartlyUncommitted };
    static constexpr qint64 StartMs = 1'700'000'000'000;
    static constexpr qint64 Retention = 100'000; // messages kept per partition

    struct Pair {
        int group;
        int index;     // in the group's partitions
        int partition; // into m_high
        qint64 committed;
    };

    static Behaviour behaviour(int g) {
        switch (g % 20) {
        case 0:
            return Stalled;
        case 1:
            return FallsBehind;
        case 2:
            return Rewinds;
        case 3:
            return PartlyUncommitted;
        default:
            return KeepsUp;
        }
    }

    // One poll interval of production and consumption.
    void advance(int poll) {
        for (int t = 0; t < Topics; ++t) {
            // Every tenth topic is idle; the others write 20 to 2,000 messages a second.
            const qint64 perSecond = t % 10 == 0 ? 0 : 20 + (t * 397) % 1981;
            for (int p = 0; p < PartitionsPerTopic; ++p) {
                const qint64 jitter = (p * 7 + poll * 13) % 5; // 0..4 tenths on top of the base rate
                m_high[t * PartitionsPerTopic + p] += perSecond * 5 * (10 + jitter) / 10 / PartitionsPerTopic;
            }
        }
        for (Pair &pair : m_pairs) {
            const qint64 high = m_high[pair.partition];
            switch (behaviour(pair.group)) {
            case KeepsUp:
                pair.committed = std::max(pair.committed, high - qint64((pair.index + poll) % 3 * 5));
                break;
            case FallsBehind:
                pair.committed = high - high / 10; // commits, but the lag grows with the log
                break;
            case Stalled:
                if (poll == 0)
                    pair.committed = high; // stops right after the first poll
                break;
            case Rewinds:
                // Moves back 10,000 messages once every ten minutes.
                pair.committed = poll % 120 == 60 ? std::max<qint64>(0, pair.committed - 10'000) : high;
                break;
            case PartlyUncommitted:
                pair.committed = pair.index % 2 == 0 ? high : -1;
                break;
            }
        }
    }

    QList<ConsumerGroupInfo> m_groups; // all but the offsets, which change every poll
    std::vector<Pair> m_pairs;         // in the order of m_groups and their partitions
    std::vector<qint64> m_high;        // per topic and partition
};

// CPU time of the calling thread: what the GUI thread spends, whatever else runs on the machine.
qint64 threadCpuNs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Resident memory of the process in MiB, 0 where /proc cannot tell.
double residentMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

struct Costs {
    std::vector<double> totalMs; // per poll, thread CPU time
    std::vector<double> chartMs; // the part spent pulling the chart's series
    double worstWallMs = 0;      // includes time other processes took the core
    double historyMiB = 0;       // resident growth over the hour: mostly the lag histories
    int worstPoll = 0;
    int groupRows = 0;
    int partitionRows = 0;
    int memberRows = 0;
    int chartSeries = 0;
    size_t chartPoints = 0;
};

void readVisibleRows(const QAbstractItemModel &model) {
    const int rows = std::min(VisibleRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            index.data(Qt::DisplayRole);
            index.data(Qt::ToolTipRole);
        }
    }
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile99(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, values.size() * 99 / 100)];
}

Costs run(const Scenario &scenario) {
    SyntheticCluster cluster(scenario);
    LagTracker tracker{std::chrono::milliseconds(PollIntervalMs)};
    GroupModel groups(&tracker);
    GroupPartitionModel partitions(&tracker);
    GroupMemberModel members(&tracker);
    // As the groups page shows them: groups sorted by lag, worst first, partitions by topic.
    QSortFilterProxyModel groupProxy;
    groupProxy.setSourceModel(&groups);
    groupProxy.setSortRole(GroupModel::SortRole);
    groupProxy.sort(GroupModel::TotalLagColumn, Qt::DescendingOrder);
    QSortFilterProxyModel partitionProxy;
    partitionProxy.setSourceModel(&partitions);
    partitionProxy.setSortRole(GroupPartitionModel::SortRole);
    partitionProxy.sort(GroupPartitionModel::TopicColumn, Qt::AscendingOrder);
    // A stalled group: its time lag and chart reach back the furthest.
    const QString selected = SyntheticCluster::groupId(0);
    partitions.setGroup(selected);
    members.setGroup(selected);
    tracker.setChartedGroup(selected);

    Costs costs;
    const double residentBefore = residentMiB();
    costs.totalMs.reserve(Polls);
    costs.chartMs.reserve(Polls);
    for (int poll = 0; poll < Polls; ++poll) {
        const GroupsSnapshotPtr snapshot = cluster.poll(poll); // the worker thread's part, not timed

        QElapsedTimer wall;
        wall.start();
        const qint64 startNs = threadCpuNs();
        tracker.addPoll(snapshot); // judged on the tracker's thread; the tables follow through lagUpdated
        if (!QTest::qWaitFor([&] { return tracker.lastPoll() == snapshot; }, 60000))
            qFatal("poll %d was not judged", poll);
        readVisibleRows(groupProxy);
        readVisibleRows(partitionProxy);
        const qint64 tablesNs = threadCpuNs() - startNs;
        // LagChart's updateData(), at most once per poll since its redraw timer coalesces.
        const std::vector<LagKey> keys = tracker.partitionKeys(selected);
        const std::vector<LagPoint> total = tracker.totalLagSeries(selected);
        size_t points = total.size();
        for (const LagKey &key : keys)
            points += tracker.partitionLagSeries(key).size();
        const qint64 totalNs = threadCpuNs() - startNs;
        costs.worstWallMs = std::max(costs.worstWallMs, wall.nsecsElapsed() / 1e6);

        costs.totalMs.push_back(totalNs / 1e6);
        costs.chartMs.push_back((totalNs - tablesNs) / 1e6);
        if (costs.totalMs.back() > costs.totalMs[costs.worstPoll])
            costs.worstPoll = poll;
        costs.chartSeries = int(keys.size()) + 1;
        costs.chartPoints = points;
    }
    costs.historyMiB = residentMiB() - residentBefore;
    costs.groupRows = groups.rowCount();
    costs.partitionRows = partitions.rowCount();
    costs.memberRows = members.rowCount();
    return costs;
}

QString ms(double value) {
    return QString::number(value, 'f', value < 10 ? 2 : 1).rightJustified(7) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const Scenario reference{"1 group x 10 partitions (reference)", 1, 10};
    const Scenario scenarios[] = {
        reference,
        {"500 groups x 10 partitions", 500, 10},
        // Nearer most clusters: every group reads a whole topic, five groups per topic.
        {"500 groups x 50 partitions", 500, 50},
    };

    out << "GUI-thread CPU time of one consumer-group poll: LagTracker, group, partition and member\n"
        << "tables with sort proxies, " << VisibleRows
        << " visible rows read, lag chart series of one stalled group.\n"
        << Polls << " polls at " << PollIntervalMs / 1000 << " s (" << Polls * PollIntervalMs / 60000
        << " min of history), over " << Topics << " topics x " << PartitionsPerTopic << " partitions.\n\n";
    out.flush();

    double referenceMedian = 0;
    bool modelsRight = true;
    for (const Scenario &scenario : scenarios) {
        const Costs costs = run(scenario);
        const int pairs = scenario.groups * scenario.partitionsPerGroup;
        const double medianMs = median(costs.totalMs);
        const double worstMs = costs.totalMs[costs.worstPoll];
        if (&scenario == &scenarios[0])
            referenceMedian = medianMs;
        out << scenario.name << ": " << pairs << " group-partitions\n"
            << "  median " << ms(medianMs) << "  ("
            << QString::number(medianMs / PollIntervalMs * 100, 'f', 3)
            << " % of the poll interval; chart series " << ms(median(costs.chartMs)).trimmed() << ")\n"
            << "  p99    " << ms(percentile99(costs.totalMs)) << '\n'
            << "  worst  " << ms(worstMs) << "  (" << QString::number(worstMs / PollIntervalMs * 100, 'f', 3)
            << " % of the poll interval, poll " << costs.worstPoll + 1 << ")\n"
            << "  per group-partition " << QString::number(medianMs * 1000 / pairs, 'f', 2)
            << " us (median)\n"
            << "  worst wall-clock from poll to report shown " << ms(costs.worstWallMs).trimmed()
            << " (includes the judging on the tracker's thread, and whatever else ran); memory +"
            << QString::number(costs.historyMiB, 'f', 0) << " MiB after the hour\n";
        if (&scenario != &scenarios[0]) {
            out << "  median vs reference: " << QString::number(medianMs / referenceMedian, 'f', 0)
                << "x for " << pairs / (reference.groups * reference.partitionsPerGroup)
                << "x the group-partitions\n";
        }
        out << '\n';
        out.flush();
        modelsRight = modelsRight && costs.groupRows == scenario.groups &&
                      costs.partitionRows == scenario.partitionsPerGroup && costs.memberRows == 0 &&
                      costs.chartSeries == scenario.partitionsPerGroup + 1 &&
                      costs.chartPoints == size_t(costs.chartSeries) * Polls;
    }
    if (!modelsRight) {
        out << "the models did not show the synthetic groups as expected\n";
        return 1;
    }
    return 0;
}
