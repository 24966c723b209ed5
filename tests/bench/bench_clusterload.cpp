// What one refresh costs the cluster: the ListOffsets requests the brokers themselves count (JMX,
// RequestsPerSec of ListOffsets, summed over the three nodes) while a real ClusterSession polls every
// second with two watched groups, against a reference run of the earlier design, in which a cluster
// poller and a group poller each fetched metadata and every partition's watermarks per interval (the
// group poller then read the groups). Runs against the fixture cluster, started with JMX; prints the
// requests per interval and the ratio. Exits non-zero only when the measurement itself fails.

#include "clustersession.h"
#include "groupclient.h"
#include "snapshotclient.h"
#include "testkafka.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <array>
#include <optional>

using namespace partita;

namespace {

constexpr int Intervals = 10;
constexpr std::chrono::milliseconds Interval(1000);
constexpr auto SessionRunLimit = 10 * Intervals * Interval;
// Kafka keeps one meter per request version, so the pattern sums them all.
const QString ListOffsetsRequests =
    QStringLiteral("kafka.network:type=RequestMetrics,name=RequestsPerSec,request=ListOffsets,*");

QTextStream out(stdout);

// ListOffsets requests each broker has counted since it started, read from all three at once
// (cluster.sh jmx-count); nothing when one cannot be read.
std::optional<std::array<qint64, 3>> listOffsetsCounts() {
    std::array<QProcess, 3> readers;
    for (int node = 1; node <= 3; ++node) {
        QProcess &reader = readers.at(node - 1);
        reader.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        reader.start(qEnvironmentVariable("PARTITA_CLUSTER_SCRIPT"),
                     {QStringLiteral("jmx-count"), QString::number(node), ListOffsetsRequests});
    }
    std::array<qint64, 3> counts{};
    for (std::size_t i = 0; i < readers.size(); ++i) {
        QProcess &reader = readers.at(i);
        const bool finished = reader.waitForFinished(120000) && reader.exitStatus() == QProcess::NormalExit &&
                              reader.exitCode() == 0;
        bool number = false;
        counts.at(i) = reader.readAllStandardOutput().trimmed().toLongLong(&number);
        if (!finished || !number) {
            out << "cannot read broker " << i + 1 << "'s ListOffsets count over JMX\n";
            return std::nullopt;
        }
    }
    return counts;
}

// The ListOffsets requests the brokers count while `run` runs, per broker; nothing when `run` fails
// or a count cannot be read.
template <typename Run> std::optional<std::array<qint64, 3>> countListOffsets(Run run) {
    const auto before = listOffsetsCounts();
    if (!before || !run())
        return std::nullopt;
    const auto after = listOffsetsCounts();
    if (!after)
        return std::nullopt;
    std::array<qint64, 3> delta{};
    for (std::size_t i = 0; i < delta.size(); ++i)
        delta.at(i) = after->at(i) - before->at(i);
    return delta;
}

// Brokers that lead at least one partition with readable watermarks: each gets two ListOffsets
// requests per fetch, one per watermark side.
int leaderBrokers(const ClusterSnapshot &snapshot) {
    QSet<int> leaders;
    for (const TopicInfo &topic : snapshot.topics) {
        for (const PartitionInfo &partition : topic.partitions) {
            if (partition.error.isEmpty())
                leaders.insert(partition.leader);
        }
    }
    return int(leaders.size());
}

// The earlier design, in one thread: per interval the cluster poller's fetch, the group poller's own
// fetch (its own client, as it had) and its group poll with those watermarks.
bool runReference(const ConnectionSettings &settings, const QStringList &groups, int *leaders) {
    QString error;
    const auto clusterPoller = SnapshotClient::create(settings, &error);
    const auto groupPollerSnapshots = SnapshotClient::create(settings, &error);
    const auto groupPoller = GroupClient::create(settings, &error);
    if (!clusterPoller || !groupPollerSnapshots || !groupPoller) {
        out << "cannot create the reference clients: " << error << '\n';
        return false;
    }
    for (int interval = 0; interval < Intervals; ++interval) {
        const SnapshotResult topology = clusterPoller->fetch();
        const SnapshotResult forGroups = groupPollerSnapshots->fetch();
        if (!topology.snapshot || !forGroups.snapshot) {
            out << "reference snapshot failed: " << topology.message << " / " << forGroups.message << '\n';
            return false;
        }
        if (!groupPoller->fetch(groups, *forGroups.snapshot)) {
            out << "reference group poll failed\n";
            return false;
        }
        *leaders = leaderBrokers(*topology.snapshot);
        QThread::msleep(Interval.count());
    }
    return true;
}

// Whether the poll read both groups' committed offsets and compared them with the snapshot's
// watermarks, which is what the session's group poll is there for.
bool hasLag(const GroupsSnapshot &polled, const QStringList &groups) {
    for (const QString &id : groups) {
        const auto found =
            std::find_if(polled.groups.cbegin(), polled.groups.cend(),
                         [&id](const ConsumerGroupInfo &group) { return group.groupId == id; });
        if (found == polled.groups.cend() || found->partitions.isEmpty())
            return false;
        for (const GroupPartitionOffsets &partition : found->partitions) {
            if (partition.committed < 0 || partition.highWatermark < 0)
                return false;
        }
    }
    return true;
}

// A ClusterSession for `Intervals` refreshes, counted by its pollStarted and snapshotReady signals; it
// is dropped right after the last snapshot, before its timer asks for another.
bool runSession(const ConnectionSettings &settings, const QStringList &groups, int *leaders,
                int *groupPolls) {
    ClusterSession session(settings, Interval);
    for (const QString &group : groups)
        session.watchGroup(group);
    QEventLoop loop;
    int started = 0;
    int snapshots = 0;
    bool lagSeen = false;
    QString failure;
    QObject::connect(&session, &ClusterSession::pollStarted, &loop, [&started] { ++started; });
    QObject::connect(&session, &ClusterSession::snapshotReady, &loop,
                     [&](const ClusterSnapshotPtr &snapshot) {
                         *leaders = leaderBrokers(*snapshot);
                         if (++snapshots == Intervals)
                             loop.quit();
                     });
    QObject::connect(&session, &ClusterSession::pollFinished, &loop, [&] {
        if (started != snapshots) {
            failure = QStringLiteral("a refresh brought no snapshot: %1").arg(session.stateMessage());
            loop.quit();
        }
    });
    QObject::connect(&session, &ClusterSession::groupsReady, &loop, [&](const GroupsSnapshotPtr &polled) {
        ++*groupPolls;
        lagSeen = lagSeen || hasLag(*polled, groups);
    });
    QTimer::singleShot(SessionRunLimit, &loop, [&] {
        failure = QStringLiteral("%1 of %2 refreshes after %3 s")
                      .arg(snapshots)
                      .arg(Intervals)
                      .arg(std::chrono::duration_cast<std::chrono::seconds>(SessionRunLimit).count());
        loop.quit();
    });
    session.start();
    loop.exec();
    if (failure.isEmpty() && !lagSeen)
        failure = QStringLiteral("no group poll brought both groups' lag (%1)").arg(session.groupPollError());
    if (!failure.isEmpty()) {
        out << "session run failed: " << failure << '\n';
        return false;
    }
    return true;
}

qint64 sum(const std::array<qint64, 3> &counts) {
    return counts.at(0) + counts.at(1) + counts.at(2);
}

QString perInterval(qint64 requests) {
    return QString::number(double(requests) / Intervals, 'f', 1);
}

QString perBroker(const std::array<qint64, 3> &counts) {
    return QStringLiteral("%1 / %2 / %3").arg(counts.at(0)).arg(counts.at(1)).arg(counts.at(2));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the watched groups stay out of the user's settings

    // Two groups that committed on a topic of several partitions, with messages left to read.
    const QList<int> messages{40, 30, 20, 40, 30, 20}; // per partition
    const QString topic = test::uniqueTopicName(QStringLiteral("bench-load"));
    const QStringList groups{test::uniqueTopicName(QStringLiteral("bench-load-a")),
                             test::uniqueTopicName(QStringLiteral("bench-load-b"))};
    if (QString error = test::createFilledTopic(topic, messages); !error.isEmpty()) {
        out << "cannot create the topic: " << error << '\n';
        return 1;
    }
    for (int g = 0; g < groups.size(); ++g) {
        QMap<int, qint64> offsets;
        for (int partition = 0; partition < messages.size(); ++partition)
            offsets.insert(partition, qint64(5) * (g + 1));
        if (QString error = test::commitOffsets(groups.at(g), topic, offsets); !error.isEmpty()) {
            out << "cannot commit offsets of " << groups.at(g) << ": " << error << '\n';
            return 1;
        }
    }
    // Leaders that move during a run would cost retries that neither design asks for.
    if (test::clusterScript({QStringLiteral("wait-isr")}) != 0) {
        out << "the cluster has under-replicated partitions\n";
        return 1;
    }

    ConnectionSettings settings;
    settings.bootstrapServers = test::bootstrapServers();
    int referenceLeaders = 0;
    const auto reference =
        countListOffsets([&] { return runReference(settings, groups, &referenceLeaders); });
    if (!reference)
        return 1;
    int sessionLeaders = 0;
    int groupPolls = 0;
    const auto session =
        countListOffsets([&] { return runSession(settings, groups, &sessionLeaders, &groupPolls); });
    if (!session)
        return 1;
    if (sum(*reference) == 0) {
        out << "the brokers counted no ListOffsets requests at all: is " << ListOffsetsRequests
            << " their metric?\n";
        return 1;
    }

    out << "ListOffsets requests counted by the 3 brokers (JMX), " << Intervals << " intervals of "
        << Interval.count() / 1000 << " s, " << groups.size() << " watched groups on a " << messages.size()
        << "-partition topic\n"
        << "  reference, a cluster and a group poller fetching each:  " << sum(*reference) << " ("
        << perBroker(*reference) << "), " << perInterval(sum(*reference)) << " per interval\n"
        << "  ClusterSession, one fetch for topology and groups:    " << sum(*session) << " ("
        << perBroker(*session) << "), " << perInterval(sum(*session)) << " per interval, " << groupPolls
        << " group polls\n"
        << "  one fetch asks each leader broker twice: " << sessionLeaders << " leader brokers ("
        << referenceLeaders << " in the reference), " << 2 * sessionLeaders << " per fetch\n"
        << "  ratio session/reference: " << QString::number(double(sum(*session)) / sum(*reference), 'f', 2)
        << '\n';
    return 0;
}
