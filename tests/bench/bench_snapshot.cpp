// How long one snapshot of a 1,000-partition cluster takes with watermarks batched per leader
// (SnapshotClient) against the naive reference: one query_watermark_offsets round trip per partition.
// Runs on librdkafka's mock cluster; prints the ratio. Exits non-zero only if a snapshot fails.

#include "rdkafkaptr.h"
#include "snapshotclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace partita;

namespace {

constexpr int Partitions = 1000;
constexpr int Rounds = 3;
const char *const Topic = "bench";

qint64 referenceRoundMs(rd_kafka_t *consumer) {
    QElapsedTimer timer;
    timer.start();
    for (int partition = 0; partition < Partitions; ++partition) {
        int64_t low = 0;
        int64_t high = 0;
        rd_kafka_query_watermark_offsets(consumer, Topic, partition, &low, &high, 5000);
    }
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    char errstr[512];
    rdk::HandlePtr owner(rd_kafka_new(RD_KAFKA_PRODUCER, rd_kafka_conf_new(), errstr, sizeof errstr));
    rdk::MockClusterPtr cluster(rd_kafka_mock_cluster_new(owner.get(), 3));
    rd_kafka_mock_topic_create(cluster.get(), Topic, Partitions, 3);
    ConnectionSettings settings;
    settings.bootstrapServers = QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(cluster.get()));

    QString error;
    auto client = SnapshotClient::create(settings, &error);
    rdk::ConfPtr conf(rd_kafka_conf_new());
    rd_kafka_conf_set(conf.get(), "bootstrap.servers", qPrintable(settings.bootstrapServers), errstr,
                      sizeof errstr);
    rdk::HandlePtr consumer(rd_kafka_new(RD_KAFKA_CONSUMER, conf.release(), errstr, sizeof errstr));
    if (!client || !consumer) {
        out << "cannot create clients: " << error << errstr << '\n';
        return 1;
    }
    // Warm both up: connections and metadata are not what is measured.
    if (!client->fetch().snapshot)
        return 1;
    referenceRoundMs(consumer.get());

    qint64 batched = 0;
    qint64 reference = 0;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const SnapshotResult result = client->fetch();
        batched += timer.elapsed();
        if (!result.snapshot || result.snapshot->partitionCount() < Partitions) {
            out << "snapshot failed: " << result.message << '\n';
            return 1;
        }
        reference += referenceRoundMs(consumer.get());
    }
    out << "snapshot of " << Partitions << " partitions over 3 brokers, mean of " << Rounds << " rounds\n"
        << "  batched per leader (SnapshotClient):     " << batched / Rounds << " ms\n"
        << "  reference, one query per partition:      " << reference / Rounds << " ms\n"
        << "  speed-up: " << QString::number(double(reference) / std::max<qint64>(batched, 1), 'f', 1)
        << "x\n";
    return 0;
}
