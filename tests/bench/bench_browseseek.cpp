// How fast the message browser shows the first message after a seek into a long partition: a topic of
// one partition of PARTITA_BENCH_SEEK_MESSAGES messages (10,000,000 by default) of 30-byte values
// (reused when an earlier run filled it) is read from offsets and timestamps in its middle, by the
// browser (MessageBrowser::browse() to the first row in its table model) and, as the reference in the
// same run, by a bare librdkafka consumer (assign at the offset, or rd_kafka_offsets_for_times then
// assign, to the first message). One warm-up seek of each kind, then PARTITA_BENCH_SEEKS (5) of each,
// alternating browser and bare. Prints the median and max of each against the target (within 200 ms)
// and the ratios browser / bare. Exits non-zero only when a measurement itself fails.

#include "benchkafka.h"
#include "messagebrowser.h"
#include "testkafka.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using namespace partita;
using namespace partita::bench;

namespace {

const QString Topic = QStringLiteral("partita-bench-seek");
const FillSpec SeekSpec{1,
                        30,
                        false,
                        {{QStringLiteral("compression.codec"), QStringLiteral("lz4")},
                         {QStringLiteral("linger.ms"), QStringLiteral("50")},
                         {QStringLiteral("batch.num.messages"), QStringLiteral("100000")},
                         {QStringLiteral("queue.buffering.max.messages"), QStringLiteral("2000000")}}};
constexpr int SeekTimeoutMs = 10'000;
constexpr int PauseMs = 300; // between seeks, so that none waits behind the read the previous one began

struct Landing {
    double ms = 0;
    qint64 offset = -1;
    qint64 timestamp = -1;
};

// The bare reference: one consumer for every seek, as the browser keeps one reader.
class BareConsumer {
public:
    BareConsumer()
        : m_handle(newClient(RD_KAFKA_CONSUMER,
                             {{QStringLiteral("group.id"), QStringLiteral("partita-bench-seek-bare")},
                              {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
                              {QStringLiteral("isolation.level"), QStringLiteral("read_committed")}})) {
        if (m_handle) {
            rd_kafka_poll_set_consumer(m_handle.get());
            m_queue.reset(rd_kafka_queue_get_consumer(m_handle.get()));
        }
    }
    bool isValid() const { return bool(m_handle); }

    std::optional<Landing> seekOffset(qint64 offset) { return seek(offset, false); }
    std::optional<Landing> seekTimestamp(qint64 timestamp) { return seek(timestamp, true); }

private:
    std::optional<Landing> seek(qint64 value, bool byTimestamp) {
        QElapsedTimer timer;
        timer.start();
        rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(1));
        rd_kafka_topic_partition_list_add(list.get(), qPrintable(Topic), 0)->offset = value;
        if (byTimestamp) {
            if (const rd_kafka_resp_err_t err =
                    rd_kafka_offsets_for_times(m_handle.get(), list.get(), SeekTimeoutMs)) {
                out() << "offsets_for_times failed: " << rd_kafka_err2str(err) << '\n';
                return std::nullopt;
            }
        }
        rd_kafka_assign(m_handle.get(), list.get());
        std::optional<Landing> landing;
        while (!landing && timer.elapsed() < SeekTimeoutMs) {
            rd_kafka_message_t *message = rd_kafka_consume_queue(m_queue.get(), 100);
            if (!message)
                continue;
            if (!message->err)
                landing = Landing{double(timer.nsecsElapsed()) / 1e6, message->offset,
                                  rd_kafka_message_timestamp(message, nullptr)};
            rd_kafka_message_destroy(message);
        }
        rd_kafka_assign(m_handle.get(), nullptr);
        // What was read ahead is outdated now; librdkafka 2.0.2 would count it against the next
        // assignment until read (see MessageReader::start()), so each seek starts as a new consumer's.
        dropQueued();
        if (!landing)
            out() << "the bare consumer got no message within " << SeekTimeoutMs / 1000 << " s\n";
        return landing;
    }

    void dropQueued() {
        for (int round = 0; round < 1000; ++round) {
            rd_kafka_message_t *message = rd_kafka_consume_queue(m_queue.get(), 0);
            if (!message)
                break;
            rd_kafka_message_destroy(message);
        }
    }

    rdk::HandlePtr m_handle;
    rdk::QueuePtr m_queue;
};

// The browser's path: browse() to the first row of its model, then stop.
std::optional<Landing> browserSeek(MessageBrowser &browser, StartPosition start) {
    BrowseRequest request;
    request.topic = Topic;
    request.start = start;
    MessageTableModel *model = browser.model();
    QElapsedTimer timer;
    qint64 shownAt = -1;
    const QMetaObject::Connection shown = QObject::connect(model, &QAbstractItemModel::rowsInserted, [&] {
        if (shownAt < 0)
            shownAt = timer.nsecsElapsed();
    });
    timer.start();
    browser.browse(request);
    runUntil([&] { return shownAt >= 0 || browser.state() == MessageBrowser::State::Failed; }, SeekTimeoutMs);
    QObject::disconnect(shown);
    browser.stop();
    if (shownAt < 0 || model->rowCount() == 0) {
        out() << "the browser showed no row within " << SeekTimeoutMs / 1000
              << " s: " << browser.stateMessage() << '\n';
        return std::nullopt;
    }
    const MessageRecord &first = model->store().record(model->storeRow(0));
    return Landing{double(shownAt) / 1e6, first.offset, first.timestamp};
}

// The bare seek, then the browser's to the same place, each followed by a pause.
std::pair<std::optional<Landing>, std::optional<Landing>>
seekBoth(const std::function<std::optional<Landing>()> &bareSeek, MessageBrowser &browser,
         StartPosition start) {
    const std::optional<Landing> bare = bareSeek();
    runFor(PauseMs);
    const std::optional<Landing> shown = browserSeek(browser, start);
    runFor(PauseMs);
    return {bare, shown};
}

struct Series {
    std::vector<double> browser;
    std::vector<double> bare;
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double maximum(const std::vector<double> &values) {
    return *std::max_element(values.begin(), values.end());
}

void report(const char *kind, const Landing &firstBrowser, const Landing &firstBare, const Series &series) {
    const double browserMedian = median(series.browser);
    const double browserMax = maximum(series.browser);
    out() << "  seek to " << kind << ":\n"
          << "    first (warm-up, connections included): browser " << firstBrowser.ms << " ms, bare "
          << firstBare.ms << " ms\n"
          << "    browser: median " << browserMedian << " ms, max " << browserMax << " ms over "
          << series.browser.size() << " seeks; target within 200 ms: " << verdict(browserMax <= 200) << '\n'
          << "    bare librdkafka: median " << median(series.bare) << " ms, max " << maximum(series.bare)
          << " ms\n"
          << "    browser / bare: median " << browserMedian / median(series.bare) << ", max "
          << browserMax / maximum(series.bare) << '\n';
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const auto held = reuseOrFillTopic(Topic, SeekSpec, envCount("PARTITA_BENCH_SEEK_MESSAGES", 10'000'000));
    if (!held)
        return 1;
    const int seeks = int(envCount("PARTITA_BENCH_SEEKS", 5));
    BareConsumer bare;
    if (!bare.isValid())
        return 1;
    ConnectionSettings settings;
    settings.bootstrapServers = test::bootstrapServers();
    MessageBrowser browser(settings);

    Series byOffset;
    Series byTimestamp;
    Landing firstBrowser[2];
    Landing firstBare[2];
    // Targets around the middle, a thousandth of the partition apart.
    for (int i = 0; i <= seeks; ++i) {
        const qint64 offset = *held / 2 + qint64(i) * (*held / 1000);
        const auto [bareAtOffset, browserAtOffset] =
            seekBoth([&] { return bare.seekOffset(offset); }, browser, {StartPosition::Kind::Offset, offset});
        if (!bareAtOffset || !browserAtOffset)
            return 1;
        if (bareAtOffset->offset != offset || browserAtOffset->offset != offset) {
            out() << "seeking to " << offset << " showed " << browserAtOffset->offset << " (browser), "
                  << bareAtOffset->offset << " (bare)\n";
            return 1;
        }
        // The timestamp of the message at the offset: both land on the first message of its millisecond.
        const qint64 timestamp = bareAtOffset->timestamp;
        const auto [bareAtTime, browserAtTime] =
            seekBoth([&] { return bare.seekTimestamp(timestamp); }, browser,
                     {StartPosition::Kind::Timestamp, timestamp});
        if (!bareAtTime || !browserAtTime)
            return 1;
        if (bareAtTime->offset != browserAtTime->offset || browserAtTime->timestamp < timestamp) {
            out() << "seeking to the time " << timestamp << " showed " << browserAtTime->offset << " at "
                  << browserAtTime->timestamp << " (browser), " << bareAtTime->offset << " (bare)\n";
            return 1;
        }
        if (i == 0) {
            firstBrowser[0] = *browserAtOffset;
            firstBare[0] = *bareAtOffset;
            firstBrowser[1] = *browserAtTime;
            firstBare[1] = *bareAtTime;
            continue;
        }
        byOffset.browser.push_back(browserAtOffset->ms);
        byOffset.bare.push_back(bareAtOffset->ms);
        byTimestamp.browser.push_back(browserAtTime->ms);
        byTimestamp.bare.push_back(bareAtTime->ms);
    }
    out() << "time from the request to the first message, in the middle of one partition of " << *held
          << " messages:\n";
    report("an offset", firstBrowser[0], firstBare[0], byOffset);
    report("a timestamp", firstBrowser[1], firstBare[1], byTimestamp);
    return 0;
}
