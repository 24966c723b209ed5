// How fast the message browser loads a topic, against the tools around it, on the fixture cluster:
// the browsing benchmarks' topic of PARTITA_BENCH_MESSAGES messages (2,000,000 by default) of about 200
// bytes (reused when an earlier benchmark filled it) is read from the beginning to its end by kcat
// (`kcat -C -o beginning -e -q`, output to /dev/null), by a bare librdkafka consume_batch loop that only
// counts (the ceiling of the stack), and by the browser's path (MessageReader into the
// MessageTableModel and its store, no cap reached), in PARTITA_BENCH_ROUNDS rounds (3 by default).
// Prints messages per second at best and the median, the ratios, the peak RSS and the store's bytes
// per message beyond the payload. Exits non-zero only when a measurement itself fails.

#include "benchkafka.h"
#include "messagebrowser.h"
#include "messagereader.h"
#include "messagetablemodel.h"
#include "testkafka.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <optional>

using namespace partita;
using namespace partita::bench;

namespace {

const char *const Isolation = "read_committed";
const int Partitions = BrowseSpec.partitions;

// The times one way of reading took, one per round.
struct Runs {
    QList<double> seconds;
    double best() const { return *std::min_element(seconds.cbegin(), seconds.cend()); }
    double median() const {
        QList<double> sorted = seconds;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(sorted.size() / 2);
    }
};

// Seconds kcat takes to read the whole topic to /dev/null; nullopt when it fails.
std::optional<double> kcatSeconds(const QString &topic) {
    QProcess kcat;
    kcat.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    kcat.start(QStringLiteral("kcat"),
               {QStringLiteral("-C"), QStringLiteral("-b"), test::bootstrapServers(), QStringLiteral("-t"),
                topic, QStringLiteral("-o"), QStringLiteral("beginning"), QStringLiteral("-e"),
                QStringLiteral("-q"), QStringLiteral("-X"),
                QStringLiteral("isolation.level=%1").arg(QLatin1String(Isolation))});
    if (!kcat.waitForFinished(600'000) || kcat.exitStatus() != QProcess::NormalExit || kcat.exitCode() != 0) {
        out() << "kcat failed: " << kcat.readAllStandardError() << '\n';
        kcat.kill();
        kcat.waitForFinished();
        return std::nullopt;
    }
    return timer.elapsed() / 1000.0;
}

// Seconds a bare consume_batch loop takes to count every message, assigned from the beginning and
// ended by each partition's EOF; nullopt when it does not see `count` messages. It fetches as the
// reader does (MessageReader::fetchProperties()), so the two differ only in what they do with a message.
std::optional<double> bareLoopSeconds(const QString &topic, qint64 count) {
    QMap<QString, QString> properties = MessageReader::fetchProperties();
    properties.insert({{QStringLiteral("group.id"), QStringLiteral("partita-bench-bare")},
                       {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
                       {QStringLiteral("enable.partition.eof"), QStringLiteral("true")},
                       {QStringLiteral("isolation.level"), QLatin1String(Isolation)}});
    const rdk::HandlePtr consumer = newClient(RD_KAFKA_CONSUMER, properties);
    if (!consumer)
        return std::nullopt;
    rd_kafka_poll_set_consumer(consumer.get());
    QElapsedTimer timer;
    timer.start();
    rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(Partitions));
    for (int p = 0; p < Partitions; ++p)
        rd_kafka_topic_partition_list_add(list.get(), qPrintable(topic), p)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(consumer.get(), list.get());
    const rdk::QueuePtr queue(rd_kafka_queue_get_consumer(consumer.get()));
    std::vector<rd_kafka_message_t *> messages(4096);
    qint64 seen = 0;
    int ended = 0;
    QElapsedTimer quiet;
    quiet.start();
    while (ended < Partitions && quiet.elapsed() < 30'000) {
        const ssize_t got = rd_kafka_consume_batch_queue(queue.get(), 500, messages.data(), messages.size());
        if (got > 0)
            quiet.restart();
        for (ssize_t i = 0; i < got; ++i) {
            if (messages[size_t(i)]->err == RD_KAFKA_RESP_ERR__PARTITION_EOF)
                ++ended;
            else if (!messages[size_t(i)]->err)
                ++seen;
            rd_kafka_message_destroy(messages[size_t(i)]);
        }
    }
    const double seconds = timer.elapsed() / 1000.0;
    rd_kafka_assign(consumer.get(), nullptr);
    if (seen != count) {
        out() << "the bare loop saw " << seen << " of " << count << " messages\n";
        return std::nullopt;
    }
    return seconds;
}

struct BrowserRun {
    double seconds = 0;
    double overheadPerMessage = 0; // store bytes beyond the payload, per message
};

// The browser's path: the reader's batches into the table model as the GUI takes them.
std::optional<BrowserRun> browserSeconds(const QString &topic, qint64 count) {
    ConnectionSettings settings;
    settings.bootstrapServers = test::bootstrapServers();
    QString error;
    const auto reader = MessageReader::create(settings, &error);
    if (!reader) {
        out() << "cannot create the reader: " << error << '\n';
        return std::nullopt;
    }
    MessageTableModel model;
    model.setLimits(count + 1, qint64(4) << 30);
    QElapsedTimer timer;
    timer.start();
    BrowseRequest request;
    request.topic = topic;
    if (const QString problem = reader->start(request, std::chrono::seconds(10)); !problem.isEmpty()) {
        out() << "the reader cannot start: " << problem << '\n';
        return std::nullopt;
    }
    for (;;) {
        const ReadResult result = reader->read(MessageBrowser::BatchMessages, MessageBrowser::BatchWait,
                                               MessageBrowser::BatchBytes);
        model.append({result.batch});
        if (!result.error.isEmpty()) {
            out() << "the reader broke off: " << result.error << '\n';
            return std::nullopt;
        }
        if (result.finished)
            break;
    }
    BrowserRun run;
    run.seconds = timer.elapsed() / 1000.0;
    const MessageStore &store = model.store();
    if (store.rowCount() != count) {
        out() << "the browser holds " << store.rowCount() << " of " << count << " messages\n";
        return std::nullopt;
    }
    run.overheadPerMessage = double(store.memoryUsage() - store.byteSize()) / double(store.rowCount());
    return run;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const auto held =
        reuseOrFillTopic(BrowseTopic, BrowseSpec, envCount("PARTITA_BENCH_MESSAGES", 2'000'000));
    if (!held)
        return 1;
    const qint64 count = *held;
    const QString topic = BrowseTopic;
    // Several rounds, each tool going first in turn: the brokers share the machine, and a single
    // run of each says as much about the cluster's moment as about the reader.
    const qint64 rounds = envCount("PARTITA_BENCH_ROUNDS", 3);
    Runs kcat;
    Runs bare;
    Runs browser;
    double overheadPerMessage = 0;
    for (qint64 round = 0; round < rounds; ++round) {
        for (int turn = 0; turn < 3; ++turn) {
            std::optional<double> seconds;
            switch ((round + turn) % 3) {
            case 0:
                if ((seconds = kcatSeconds(topic)))
                    kcat.seconds.append(*seconds);
                break;
            case 1:
                if ((seconds = bareLoopSeconds(topic, count)))
                    bare.seconds.append(*seconds);
                break;
            default:
                if (const auto run = browserSeconds(topic, count)) {
                    seconds = run->seconds;
                    browser.seconds.append(run->seconds);
                    overheadPerMessage = run->overheadPerMessage;
                }
                break;
            }
            if (!seconds)
                return 1;
        }
    }
    const auto report = [count](const char *name, const Runs &runs) {
        out() << "  " << name << qint64(double(count) / runs.best()) << " messages/s at best, "
              << qint64(double(count) / runs.median()) << " median (seconds:";
        for (double seconds : runs.seconds)
            out() << ' ' << seconds;
        out() << ")\n";
    };
    out() << "read " << count << " messages from the beginning to the end (" << Isolation << "), " << rounds
          << " rounds:\n";
    report("kcat -C -e -q > /dev/null   ", kcat);
    report("bare consume_batch loop     ", bare);
    report("browser (reader + model)    ", browser);
    out() << "  browser / kcat: " << kcat.best() / browser.best() << " at best, "
          << kcat.median() / browser.median() << " median (target at least 1.0)\n"
          << "  browser / bare loop: " << bare.best() / browser.best() << " at best, "
          << bare.median() / browser.median() << " median (target at least 0.9)\n"
          << "  store overhead: " << overheadPerMessage
          << " bytes per message beyond the payload (target at most 48)\n"
          << "  peak RSS of this process: " << peakRssMiB() << " MiB\n";
    return 0;
}
