// What the GUI thread spends applying one cluster refresh to each cluster model: brokers, topics
// (behind a sorting proxy, as the topics page shows them), the partitions of the selected topic (sorted
// too) and the topology grid, at 1,000, 10,000 and 50,000 partitions. Every refresh advances the high
// watermark of nine partitions in ten and moves one leader, so rows really change. Reports the first
// load and the median refresh per model, and how each grows from 1,000 to 50,000 partitions; asserts
// no timings. Exits non-zero only if the models come out wrong.

#include "brokermodel.h"
#include "partitionmodel.h"
#include "topicmodel.h"
#include "topologymodel.h"

#include <QCoreApplication>
#include <QSortFilterProxyModel>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <ctime>
#include <functional>
#include <vector>

using namespace partita;

namespace {

constexpr int Brokers = 9;
constexpr int ReplicationFactor = 3;
constexpr int PartitionsPerTopic = 50;
constexpr int Refreshes = 21;
constexpr int VisibleRows = 40; // what a maximised table shows, read back as a view would paint it
const QString SelectedTopic = QStringLiteral("events");

// `partitions` partitions: one tenth in the selected topic "events", the rest in topics of 50.
ClusterSnapshot syntheticCluster(int partitions) {
    ClusterSnapshot snapshot;
    snapshot.clusterId = QStringLiteral("bench");
    snapshot.controllerId = 1;
    for (int id = 1; id <= Brokers; ++id) {
        BrokerInfo broker;
        broker.id = id;
        broker.host = QStringLiteral("kafka-%1.example.com").arg(id);
        broker.port = 9092;
        snapshot.brokers.append(broker);
    }
    const auto makeTopic = [](const QString &name, int count, int &placed) {
        TopicInfo topic;
        topic.name = name;
        topic.partitions.reserve(count);
        for (int p = 0; p < count; ++p, ++placed) {
            PartitionInfo partition;
            partition.id = p;
            for (int r = 0; r < ReplicationFactor; ++r)
                partition.replicas.append((placed + r) % Brokers + 1);
            partition.isr = partition.replicas;
            partition.leader = partition.replicas.first();
            partition.lowWatermark = qint64(placed) * 10;
            partition.highWatermark = partition.lowWatermark + 100'000 + placed;
            topic.partitions.append(partition);
        }
        return topic;
    };
    int placed = 0;
    const int selected = partitions / 10;
    snapshot.topics.append(makeTopic(SelectedTopic, selected, placed));
    for (int t = 0; placed < partitions; ++t) {
        const QString name = QStringLiteral("topic-%1").arg(t, 5, 10, QLatin1Char('0'));
        snapshot.topics.append(makeTopic(name, std::min(PartitionsPerTopic, partitions - placed), placed));
    }
    std::sort(snapshot.topics.begin(), snapshot.topics.end(),
              [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    return snapshot;
}

// The next poll: nine partitions in ten received messages, and one partition's leadership moved.
ClusterSnapshot nextPoll(const ClusterSnapshot &previous, int poll) {
    ClusterSnapshot next = previous;
    next.generation = poll;
    int counter = 0;
    for (TopicInfo &topic : next.topics) {
        for (PartitionInfo &partition : topic.partitions) {
            if (++counter % 10 != 0)
                partition.highWatermark += 1 + counter % 7;
        }
    }
    PartitionInfo &moved = next.topics[poll % next.topics.size()].partitions.first();
    const int at = int(moved.replicas.indexOf(moved.leader));
    moved.leader = moved.replicas.at((at + 1) % moved.replicas.size());
    return next;
}

// CPU time of the calling thread: what the GUI thread spends, whatever else runs on the machine.
qint64 threadCpuNs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void readVisibleRows(const QAbstractItemModel &model) {
    const int rows = std::min(VisibleRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        model.headerData(row, Qt::Vertical);
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            index.data(Qt::DisplayRole);
            index.data(Qt::ToolTipRole);
            index.data(Qt::TextAlignmentRole);
        }
    }
}

void sortByFirstColumn(QSortFilterProxyModel &proxy, QAbstractItemModel &model, int sortRole) {
    proxy.setSourceModel(&model);
    proxy.setSortRole(sortRole);
    proxy.sort(0);
}

// Applies a snapshot to `model` and reads back what a view of `shown` would paint.
template <typename Model> auto refreshOf(Model &model, const QAbstractItemModel &shown) {
    return [&model, &shown](const ClusterSnapshotPtr &snapshot) {
        model.setSnapshot(snapshot);
        readVisibleRows(shown);
    };
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

enum Measured { Brokers_, Topics_, Partitions_, Topology_, MeasuredCount };
const std::array<const char *, MeasuredCount> measuredNames{"brokers", "topics", "partitions", "topology"};

struct Costs {
    std::array<double, MeasuredCount> firstMs{};
    std::array<double, MeasuredCount> medianMs{};
    double firstTotalMs = 0;
    double medianTotalMs = 0;
    bool right = false;
};

Costs run(int partitionCount) {
    // The worker thread's part, not timed.
    std::vector<ClusterSnapshotPtr> snapshots;
    ClusterSnapshot snapshot = syntheticCluster(partitionCount);
    snapshots.push_back(std::make_shared<const ClusterSnapshot>(snapshot));
    for (int poll = 1; poll <= Refreshes; ++poll) {
        snapshot = nextPoll(snapshot, poll);
        snapshots.push_back(std::make_shared<const ClusterSnapshot>(snapshot));
    }

    BrokerModel brokers;
    TopicModel topics;
    PartitionModel partitions;
    TopologyModel topology;
    // As the pages show them: topics and partitions sorted by their first column.
    QSortFilterProxyModel topicProxy;
    QSortFilterProxyModel partitionProxy;
    sortByFirstColumn(topicProxy, topics, TopicModel::SortRole);
    sortByFirstColumn(partitionProxy, partitions, PartitionModel::SortRole);
    partitions.setTopic(SelectedTopic);

    const std::array<std::function<void(const ClusterSnapshotPtr &)>, MeasuredCount> apply{
        refreshOf(brokers, brokers),
        refreshOf(topics, topicProxy),
        refreshOf(partitions, partitionProxy),
        refreshOf(topology, topology),
    };

    Costs costs;
    std::array<std::vector<double>, MeasuredCount> refreshMs;
    std::vector<double> totalMs;
    for (size_t i = 0; i < snapshots.size(); ++i) {
        double total = 0;
        for (int m = 0; m < MeasuredCount; ++m) {
            const qint64 startNs = threadCpuNs();
            apply[m](snapshots[i]);
            const double ms = (threadCpuNs() - startNs) / 1e6;
            total += ms;
            if (i == 0)
                costs.firstMs[m] = ms;
            else
                refreshMs[m].push_back(ms);
        }
        if (i == 0)
            costs.firstTotalMs = total;
        else
            totalMs.push_back(total);
    }
    for (int m = 0; m < MeasuredCount; ++m)
        costs.medianMs[m] = median(refreshMs[m]);
    costs.medianTotalMs = median(totalMs);

    const ClusterSnapshot &last = *snapshots.back();
    costs.right = brokers.rowCount() == Brokers && topics.rowCount() == last.topics.size() &&
                  partitions.rowCount() == partitionCount / 10 &&
                  topology.partitionCount() == partitionCount &&
                  topology.rowCount() == partitionCount + last.topics.size() && // a header row per topic

                  topology.columnCount() == Brokers &&
                  topicProxy.index(0, 0).data().toString() == last.topics.first().name;
    return costs;
}

QString ms(double value) {
    return QString::number(value, 'f', value < 10 ? 2 : 1).rightJustified(7) + QStringLiteral(" ms");
}

QString ratio(double value, double reference) {
    return QString::number(value / std::max(reference, 1e-3), 'f', 1).rightJustified(6) + QLatin1Char('x');
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const std::array<int, 3> sizes{1'000, 10'000, 50'000};
    out << "GUI-thread CPU time of applying one cluster snapshot to each cluster model, " << VisibleRows
        << " visible rows read back.\n"
        << Brokers << " brokers, replication " << ReplicationFactor << ", topics of " << PartitionsPerTopic
        << " partitions plus the selected topic holding a tenth of all partitions (sorted proxies on\n"
        << "topics and partitions). Each refresh: 90 % of the high watermarks advance, one leader "
           "moves.\nMedian of "
        << Refreshes << " refreshes after the first load.\n\n";
    out.flush();

    std::vector<Costs> results;
    bool right = true;
    for (int size : sizes) {
        const Costs costs = run(size);
        results.push_back(costs);
        right = right && costs.right;
        out << size << " partitions\n";
        for (int m = 0; m < MeasuredCount; ++m) {
            out << "  " << QString::fromLatin1(measuredNames[m]).leftJustified(11) << "first load "
                << ms(costs.firstMs[m]) << "   refresh " << ms(costs.medianMs[m]) << '\n';
        }
        out << "  " << QStringLiteral("all").leftJustified(11) << "first load " << ms(costs.firstTotalMs)
            << "   refresh " << ms(costs.medianTotalMs) << "\n\n";
        out.flush();
    }

    const Costs &small = results.front();
    const Costs &large = results.back();
    out << "Growth from " << sizes.front() << " to " << sizes.back() << " partitions ("
        << sizes.back() / sizes.front() << "x; linear would be " << sizes.back() / sizes.front() << "x):\n";
    for (int m = 0; m < MeasuredCount; ++m) {
        out << "  " << QString::fromLatin1(measuredNames[m]).leftJustified(11) << "first load "
            << ratio(large.firstMs[m], small.firstMs[m]) << "   refresh "
            << ratio(large.medianMs[m], small.medianMs[m]) << '\n';
    }
    out << "  " << QStringLiteral("all").leftJustified(11) << "first load "
        << ratio(large.firstTotalMs, small.firstTotalMs) << "   refresh "
        << ratio(large.medianTotalMs, small.medianTotalMs) << '\n';

    if (!right) {
        out << "the models did not show the synthetic cluster as expected\n";
        return 1;
    }
    return 0;
}
