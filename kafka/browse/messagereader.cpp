#include "messagereader.h"

#include "leaderoffsets.h"

#include "connectionerrors.h"
#include "kafkaconfig.h"
#include "rdkafkaptr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <algorithm>
#include <functional>

namespace partita {

namespace {

using Clock = std::chrono::steady_clock;

// Never joined, never committed to: the id only gives librdkafka's assign() the group it requires.
constexpr auto BrowserGroupId = "partita-browser";
// Messages asked of librdkafka per batch call; a read() makes as many calls as its budget allows.
constexpr int ConsumeChunk = 4096;
// How often the end beyond open transactions is read again while a partition waits at its end.
constexpr std::chrono::seconds UncommittedEndInterval(5);
constexpr std::chrono::seconds UncommittedEndTimeout(2);
// How often a read of all partitions looks for partitions added since it started, and finds out
// that the topic was deleted.
constexpr std::chrono::seconds PartitionCheckInterval(5);
constexpr std::chrono::seconds PartitionCheckTimeout(2);

QString errorText(rd_kafka_resp_err_t err) {
    return QString::fromUtf8(rd_kafka_err2str(err));
}

bool isTopicGone(rd_kafka_resp_err_t err) {
    return err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART || err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC;
}

TimestampType timestampType(rd_kafka_timestamp_type_t type) {
    switch (type) {
    case RD_KAFKA_TIMESTAMP_CREATE_TIME:
        return TimestampType::CreateTime;
    case RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME:
        return TimestampType::LogAppendTime;
    case RD_KAFKA_TIMESTAMP_NOT_AVAILABLE:
        break;
    }
    return TimestampType::NotAvailable;
}

std::optional<QByteArrayView> bytes(const void *data, size_t size) {
    if (!data)
        return std::nullopt;
    return QByteArrayView(static_cast<const char *>(data), qsizetype(size));
}

MessageBatch::Message toMessage(const rd_kafka_message_t &source) {
    MessageBatch::Message message;
    message.partition = source.partition;
    message.offset = source.offset;
    rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    message.timestamp = rd_kafka_message_timestamp(&source, &type);
    message.timestampType = timestampType(type);
    message.key = bytes(source.key, source.key_len);
    message.value = bytes(source.payload, source.len);
    rd_kafka_headers_t *headers = nullptr;
    if (rd_kafka_message_headers(&source, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        const char *name = nullptr;
        const void *value = nullptr;
        size_t size = 0;
        for (size_t i = 0;
             rd_kafka_header_get_all(headers, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR; ++i) {
            const auto view = bytes(value, size);
            message.headers.append(
                {QByteArray(name), view ? std::optional(view->toByteArray()) : std::nullopt});
        }
    }
    return message;
}

} // namespace

double PartitionProgress::readFraction() const {
    if (start < 0 || end < 0 || position < 0)
        return -1;
    if (end <= start)
        return 1; // an empty range is read as soon as it is known
    return std::clamp(double(position - start) / double(end - start), 0.0, 1.0);
}

bool PartitionProgress::operator==(const PartitionProgress &other) const {
    return partition == other.partition && leader == other.leader && start == other.start &&
           end == other.end && position == other.position && delivered == other.delivered &&
           atEnd == other.atEnd && done == other.done && problem == other.problem &&
           uncommittedEnd == other.uncommittedEnd;
}

class MessageReader::Private {
public:
    Q_DECLARE_TR_FUNCTIONS(MessageReader)

public:
    struct Partition {
        PartitionProgress progress;
        Clock::time_point lastHeard; // a message or the partition's end
        bool stalled = false;        // progress.problem says that it is silent
    };

    ConnectionSettings settings;
    // What the client said about its connections since metadata last answered: why it did not.
    ConnectionErrors connectionErrors;
    bool everConnected = false;
    rdk::NonMemberConsumerPtr consumer;
    rdk::QueuePtr queue; // the consumer's queue: messages of the assigned partitions
    // Reads ends under ReadUncommitted, beyond open transactions; made when first needed.
    rdk::HandlePtr uncommittedProbe;
    Clock::time_point probedAt;
    Clock::time_point partitionsCheckedAt;
    // What pause() paused, of this request or an earlier one: assign() keeps a partition paused.
    rdk::PartitionListPtr paused;
    IsolationLevel isolation = IsolationLevel::ReadCommitted;
    BrowseRequest request;
    QMap<int, Partition> partitions; // those of the current request
    qint64 delivered = 0;            // by the current request, over all partitions
    // The last batch's size, reserved for the next one up front: growing a batch message by message
    // copies its bytes again and again into new memory.
    int lastBatchMessages = 0;
    qsizetype lastBatchBytes = 0;
    bool finished = true;
    QString error;

    static void onError(rd_kafka_t *, int err, const char *reason, void *opaque) {
        static_cast<Private *>(opaque)->connectionErrors.add(rd_kafka_resp_err_t(err),
                                                             QString::fromUtf8(reason));
    }
    // Runs the error callback; the consumer's queue carries only its partitions' messages and errors.
    // NOLINTNEXTLINE(readability-make-member-function-const): the callback fills connectionErrors.
    void serveCallbacks() { rd_kafka_poll(consumer.get(), 0); }
    QString ensureConsumer(IsolationLevel wanted);
    QString readLeaders(std::chrono::milliseconds timeout, QMap<int, int> *leaders, bool *gone);
    QString resolvePartitions(std::chrono::milliseconds timeout);
    void addNewPartitionsIfDue();
    void topicGone();
    using Failures = QMap<int, QString>; // why, by partition
    Failures readEnds(rd_kafka_t *handle, int64_t side, std::chrono::milliseconds timeout,
                      const std::function<void(PartitionProgress &, qint64)> &store);
    void giveUp(const Failures &failures);
    void readWatermarks(std::chrono::milliseconds timeout);
    QString nothingReadable() const;
    void readUncommittedEnds(std::chrono::milliseconds timeout);
    void readUncommittedEndsIfWaiting();
    QString resolveStarts(std::chrono::milliseconds timeout);
    QString assignUnfinished();
    // `now`: when the batch call that returned `message` returned.
    void take(const rd_kafka_message_t &message, Clock::time_point now, MessageBatch &batch,
              QList<int> &ended);
    bool wanted(const rd_kafka_message_t &message) const;
    void takeError(const rd_kafka_message_t &message, QList<int> &ended);
    void reachedEnd(Partition &partition, qint64 offset, QList<int> &ended);
    void finishPartition(Partition &partition, QList<int> &ended);
    void pause(const QList<int> &ended);
    void resumePaused();
    void dropQueued();
    void noteStalls();
    static void heardFrom(Partition &partition, Clock::time_point now);
    bool allDone() const;
    ReadResult result(std::shared_ptr<const MessageBatch> batch) const;
};

QString MessageReader::Private::ensureConsumer(IsolationLevel wanted) {
    if (consumer && wanted == isolation)
        return QString();
    queue.reset();
    consumer.reset();
    QMap<QString, QString> reading = fetchProperties();
    reading.insert(QMap<QString, QString>{
        {QStringLiteral("group.id"), QLatin1String(BrowserGroupId)},
        {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
        {QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")},
        // The end of a partition as a message of its own: the last message may sit below the high
        // watermark (transaction markers take offsets), so only this tells that nothing more is there.
        {QStringLiteral("enable.partition.eof"), QStringLiteral("true")},
        // An offset that retention removed after the start was resolved is reported, not skipped.
        {QStringLiteral("auto.offset.reset"), QStringLiteral("error")},
        {QStringLiteral("isolation.level"), wanted == IsolationLevel::ReadCommitted
                                                ? QStringLiteral("read_committed")
                                                : QStringLiteral("read_uncommitted")},
    });
    QString problem;
    rdk::ConfPtr conf = KafkaConfig::build(settings, &problem);
    if (!conf || !KafkaConfig::apply(conf.get(), reading, &problem))
        return problem;
    // Its own error callback, served by rd_kafka_poll() (so no rd_kafka_poll_set_consumer(), which
    // forbids that), keeps what the client says about its connections: it tells why metadata failed.
    rd_kafka_conf_set_opaque(conf.get(), this);
    rd_kafka_conf_set_error_cb(conf.get(), &Private::onError);
    rdk::HandlePtr handle = KafkaConfig::createHandle(RD_KAFKA_CONSUMER, std::move(conf), &problem);
    if (!handle)
        return problem;
    consumer.reset(handle.release());
    paused.reset(); // of the consumer before
    queue.reset(rd_kafka_queue_get_consumer(consumer.get()));
    isolation = wanted;
    return QString();
}

QString MessageReader::Private::readLeaders(std::chrono::milliseconds timeout, QMap<int, int> *leaders,
                                            bool *gone) {
    *gone = false;
    const rdk::TopicPtr topic(
        rd_kafka_topic_new(consumer.get(), request.topic.toUtf8().constData(), nullptr));
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
    const rdk::MetadataPtr metadata =
        connectionErrors.requestMetadata(consumer.get(), topic.get(), timeout, timeout, &err);
    if (!metadata) {
        if (QString why = connectionErrors.describe(settings.bootstrapServers, everConnected); !why.isEmpty())
            return why;
        if (err == RD_KAFKA_RESP_ERR__TIMED_OUT || err == RD_KAFKA_RESP_ERR__TRANSPORT)
            return tr("No answer from %1 within %2 s: cannot read the partitions of %3")
                .arg(settings.bootstrapServers.trimmed())
                .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())
                .arg(request.topic);
        return tr("Cannot read the partitions of %1: %2").arg(request.topic, errorText(err));
    }
    everConnected = true;
    connectionErrors.clear();
    if (metadata->topic_cnt != 1 || isTopicGone(metadata->topics[0].err)) {
        *gone = true;
        return tr("Topic %1 does not exist").arg(request.topic);
    }
    const rd_kafka_metadata_topic_t &described = metadata->topics[0];
    if (described.err)
        return tr("Cannot read the partitions of %1: %2").arg(request.topic, errorText(described.err));
    for (int i = 0; i < described.partition_cnt; ++i)
        leaders->insert(described.partitions[i].id, described.partitions[i].leader);
    return QString();
}

QString MessageReader::Private::resolvePartitions(std::chrono::milliseconds timeout) {
    QMap<int, int> leaders;
    bool gone = false;
    if (QString problem = readLeaders(timeout, &leaders, &gone); !problem.isEmpty())
        return problem;
    const QList<int> wanted =
        request.keySearch              ? QList<int>{KeyPartitioning::partitionFor(
                                             request.keySearch->key, int(leaders.size()), request.keySearch->partitioner)}
        : request.partitions.isEmpty() ? leaders.keys()
                                       : request.partitions;
    for (int id : wanted) {
        if (!leaders.contains(id))
            return tr("Topic %1 has no partition %2: it has %n partition(s)", nullptr, int(leaders.size()))
                .arg(request.topic)
                .arg(id);
        Partition &partition = partitions[id];
        partition.progress.partition = id;
        partition.progress.leader = leaders.value(id);
    }
    return QString();
}

// One side (BEGINNING or END, or a timestamp) of every partition not given up on, one request per
// leader (offsetsAtLeaders). The end depends on the handle's isolation level: under ReadCommitted it is
// the last stable offset. Returns why, for each partition whose offset is not known.
MessageReader::Private::Failures
MessageReader::Private::readEnds(rd_kafka_t *handle, int64_t side, std::chrono::milliseconds timeout,
                                 const std::function<void(PartitionProgress &, qint64)> &store) {
    const QByteArray topic = request.topic.toUtf8();
    Failures failures;
    std::vector<LeaderOffsetQuery> queries;
    for (const Partition &partition : std::as_const(partitions)) {
        const PartitionProgress &progress = partition.progress;
        if (!progress.problem.isEmpty())
            continue;
        if (progress.leader < 0)
            failures.insert(progress.partition, tr("partition %1 has no leader").arg(progress.partition));
        else
            queries.push_back({topic, progress.partition, progress.leader, side});
    }
    const std::vector<LeaderOffsetAnswer> answers = offsetsAtLeaders(handle, queries, timeout);
    for (size_t i = 0; i < queries.size(); ++i) {
        const int id = queries[i].partition;
        const LeaderOffsetAnswer &answer = answers[i];
        if (!answer.error)
            store(partitions[id].progress, answer.offset);
        else if (!answer.leaderFailed)
            failures.insert(
                id, tr("cannot read the offsets of partition %1: %2").arg(id).arg(errorText(answer.error)));
        else if (answer.error == RD_KAFKA_RESP_ERR__TIMED_OUT)
            failures.insert(
                id, tr("broker %1 did not answer within %2 s: where to read partition %3 is not known")
                        .arg(queries[i].leader)
                        .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())
                        .arg(id));
        else
            failures.insert(id, tr("cannot read the offsets of partition %1 from broker %2: %3")
                                    .arg(id)
                                    .arg(queries[i].leader)
                                    .arg(errorText(answer.error)));
    }
    return failures;
}

// A partition whose offsets are not known is not read; the others are.
void MessageReader::Private::giveUp(const Failures &failures) {
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        PartitionProgress &progress = partitions[it.key()].progress;
        progress.problem = it.value();
        progress.done = true;
    }
}

void MessageReader::Private::readWatermarks(std::chrono::milliseconds timeout) {
    giveUp(readEnds(consumer.get(), RD_KAFKA_OFFSET_BEGINNING, timeout,
                    [](PartitionProgress &progress, qint64 offset) { progress.start = offset; }));
    giveUp(readEnds(consumer.get(), RD_KAFKA_OFFSET_END, timeout,
                    [](PartitionProgress &progress, qint64 offset) { progress.end = offset; }));
}

// What makes the whole request fail: every partition was given up on.
QString MessageReader::Private::nothingReadable() const {
    const bool none = std::all_of(partitions.cbegin(), partitions.cend(), [](const Partition &partition) {
        return !partition.progress.problem.isEmpty();
    });
    if (!none || partitions.isEmpty())
        return QString();
    const QString first = partitions.first().progress.problem;
    return partitions.size() == 1
               ? tr("Cannot read %1: %2").arg(request.topic, first)
               : tr("Cannot read any partition of %1; for example %2").arg(request.topic, first);
}

// Not reading them only costs the hint that a transaction holds reading back, so failures are quiet.
void MessageReader::Private::readUncommittedEnds(std::chrono::milliseconds timeout) {
    probedAt = Clock::now();
    if (isolation != IsolationLevel::ReadCommitted)
        return;
    if (!uncommittedProbe) {
        QString problem;
        uncommittedProbe = KafkaConfig::createClient(
            RD_KAFKA_CONSUMER, settings,
            {{QStringLiteral("isolation.level"), QStringLiteral("read_uncommitted")}}, &problem);
        if (!uncommittedProbe)
            return;
    }
    readEnds(uncommittedProbe.get(), RD_KAFKA_OFFSET_END, timeout,
             [](PartitionProgress &progress, qint64 offset) { progress.uncommittedEnd = offset; });
}

void MessageReader::Private::readUncommittedEndsIfWaiting() {
    if (isolation != IsolationLevel::ReadCommitted || Clock::now() - probedAt < UncommittedEndInterval)
        return;
    const bool waiting = std::any_of(partitions.cbegin(), partitions.cend(), [](const Partition &partition) {
        return partition.progress.atEnd && !partition.progress.done;
    });
    if (waiting)
        readUncommittedEnds(UncommittedEndTimeout);
}

// On entry each partition's start holds its low watermark and its end the end.
QString MessageReader::Private::resolveStarts(std::chrono::milliseconds timeout) {
    const StartPosition &start = request.start;
    if (start.kind == StartPosition::Kind::Timestamp) {
        giveUp(readEnds(consumer.get(), start.value, timeout, [](PartitionProgress &progress, qint64 offset) {
            // -1: every message is older, so reading starts at the end.
            progress.start = offset >= 0 ? offset : progress.end;
        }));
    }
    int outOfRange = 0;
    QString rangeProblem;
    for (Partition &partition : partitions) {
        PartitionProgress &progress = partition.progress;
        if (!progress.problem.isEmpty())
            continue; // given up on
        const qint64 low = progress.start;
        switch (start.kind) {
        case StartPosition::Kind::Beginning:
        case StartPosition::Kind::Timestamp:
            break;
        case StartPosition::Kind::End:
            progress.start = progress.end;
            break;
        case StartPosition::Kind::LastN:
            progress.start = std::max(low, progress.end - std::max<qint64>(start.value, 0));
            break;
        case StartPosition::Kind::Offset:
            if (start.value < low || start.value > progress.end) {
                ++outOfRange;
                progress.problem = tr("offset %1 is out of range: partition %2 holds offsets %3 to %4")
                                       .arg(start.value)
                                       .arg(progress.partition)
                                       .arg(low)
                                       .arg(progress.end - 1);
                rangeProblem = progress.problem;
                progress.done = true;
            } else {
                progress.start = start.value;
            }
            break;
        }
        progress.position = progress.start;
        if (request.stop.kind == StopCondition::Kind::EndAtStart && progress.start >= progress.end)
            progress.done = progress.atEnd = true;
    }
    if (outOfRange == partitions.size())
        return partitions.size() == 1
                   ? tr("Offset %1 is out of range for %2-%3: it holds offsets %4 to %5")
                         .arg(start.value)
                         .arg(request.topic)
                         .arg(partitions.firstKey())
                         .arg(partitions.first().progress.start)
                         .arg(partitions.first().progress.end - 1)
                   : tr("Offset %1 is out of range in every partition of %2; for example %3")
                         .arg(start.value)
                         .arg(request.topic, rangeProblem);
    return QString();
}

void MessageReader::Private::topicGone() {
    error = tr("Topic %1 no longer exists").arg(request.topic);
    finished = true;
    rd_kafka_assign(consumer.get(), nullptr); // fetchers of a deleted topic only hold the handle up
}

// A read of all partitions that goes on past the end takes in partitions added meanwhile, from their
// beginning: everything in them is newer than the start.
void MessageReader::Private::addNewPartitionsIfDue() {
    if (finished || Clock::now() - partitionsCheckedAt < PartitionCheckInterval)
        return;
    partitionsCheckedAt = Clock::now();
    QMap<int, int> leaders;
    bool gone = false;
    readLeaders(PartitionCheckTimeout, &leaders, &gone);
    if (gone) {
        topicGone();
        return;
    }
    if (!request.partitions.isEmpty() || request.stop.kind == StopCondition::Kind::EndAtStart)
        return;
    bool added = false;
    for (auto it = leaders.cbegin(); it != leaders.cend(); ++it) {
        if (partitions.contains(it.key()))
            continue;
        Partition &partition = partitions[it.key()];
        partition.progress.partition = it.key();
        partition.progress.leader = it.value();
        partition.progress.start = partition.progress.position = 0;
        partition.lastHeard = Clock::now();
        added = true;
    }
    if (added) {
        if (const QString problem = assignUnfinished(); !problem.isEmpty())
            error = problem;
    }
}

// Each partition is assigned from where it stands (its start, before any read), so a reassignment
// reads nothing twice. Start offsets go to assign() itself: a seek right after assign fails with ERR__STATE,
// and rd_kafka_seek_partitions applies a timeout 1000 times too short in librdkafka 2.0.2 (#4230).
QString MessageReader::Private::assignUnfinished() {
    const QByteArray topic = request.topic.toUtf8();
    rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(int(partitions.size())));
    for (const Partition &partition : std::as_const(partitions)) {
        if (!partition.progress.done)
            rd_kafka_topic_partition_list_add(list.get(), topic.constData(), partition.progress.partition)
                ->offset = partition.progress.position;
    }
    if (const rd_kafka_resp_err_t err = rd_kafka_assign(consumer.get(), list->cnt > 0 ? list.get() : nullptr))
        return tr("Cannot start reading %1: %2").arg(request.topic, errorText(err));
    return QString();
}

void MessageReader::Private::finishPartition(Partition &partition, QList<int> &ended) {
    if (partition.progress.done)
        return;
    partition.progress.done = true;
    ended.append(partition.progress.partition);
}

void MessageReader::Private::reachedEnd(Partition &partition, qint64 offset, QList<int> &ended) {
    PartitionProgress &progress = partition.progress;
    progress.atEnd = true;
    progress.position = std::max(progress.position, offset);
    const StopCondition &stop = request.stop;
    if ((stop.kind == StopCondition::Kind::EndAtStart && progress.position >= progress.end) ||
        (stop.kind == StopCondition::Kind::Timestamp && QDateTime::currentMSecsSinceEpoch() > stop.value))
        finishPartition(partition, ended);
}

void MessageReader::Private::takeError(const rd_kafka_message_t &message, QList<int> &ended) {
    const QString why = QString::fromUtf8(rd_kafka_message_errstr(&message));
    if (isTopicGone(message.err)) {
        topicGone();
        return;
    }
    const auto found = partitions.find(message.partition);
    if (found == partitions.end()) {
        error = why;
        return;
    }
    if (message.err == RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET ||
        message.err == RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE) {
        found->progress.problem = tr("offset %1 is no longer in the partition (removed by retention?): %2")
                                      .arg(found->progress.position)
                                      .arg(why);
        finishPartition(*found, ended);
        return;
    }
    found->progress.problem = why;
}

void MessageReader::Private::take(const rd_kafka_message_t &message, Clock::time_point now,
                                  MessageBatch &batch, QList<int> &ended) {
    if (message.err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        const auto found = partitions.find(message.partition);
        if (found != partitions.end()) {
            heardFrom(*found, now);
            reachedEnd(*found, message.offset, ended);
        }
        return;
    }
    if (message.err) {
        takeError(message, ended);
        return;
    }
    const auto found = partitions.find(message.partition);
    if (found == partitions.end() || found->progress.done || finished)
        return;
    Partition &partition = *found;
    PartitionProgress &progress = partition.progress;
    heardFrom(partition, now);
    const StopCondition &stop = request.stop;
    if (stop.kind == StopCondition::Kind::EndAtStart && message.offset >= progress.end) {
        progress.atEnd = true;
        finishPartition(partition, ended);
        return;
    }
    if (stop.kind == StopCondition::Kind::Timestamp &&
        rd_kafka_message_timestamp(&message, nullptr) > stop.value) {
        finishPartition(partition, ended);
        return;
    }
    progress.position = message.offset + 1;
    progress.atEnd = false;
    if (wanted(message)) {
        batch.append(toMessage(message));
        ++progress.delivered;
        ++delivered;
    }
    if (stop.kind == StopCondition::Kind::EndAtStart && progress.position >= progress.end) {
        progress.atEnd = true;
        finishPartition(partition, ended);
    }
    if (stop.maxMessages >= 0 && delivered >= stop.maxMessages)
        finished = true;
}

bool MessageReader::Private::wanted(const rd_kafka_message_t &message) const {
    if (!request.keySearch)
        return true;
    return message.key && bytes(message.key, message.key_len) == QByteArrayView(request.keySearch->key);
}

// Unassigning outdates the messages read ahead, but librdkafka 2.0.2 drops them only as the queue is
// read, and counts them until then: a partition assigned again while they fill queued.min.messages is
// not fetched before its broker thread next wakes up, up to a second later (bench_browseseek: every
// seek after the first took 1.1 s to its first message). Reading them out first lets the new fetch
// start at once.
// NOLINTNEXTLINE(readability-make-member-function-const): it empties the consumer's queue.
void MessageReader::Private::dropQueued() {
    std::vector<rd_kafka_message_t *> messages(ConsumeChunk);
    // Outdated messages never come out of the call; what does (errors, ends) is of no request now.
    // Bounded: after the unassignment nothing new arrives.
    for (int round = 0; round < 1000; ++round) {
        const ssize_t got = rd_kafka_consume_batch_queue(queue.get(), 0, messages.data(), messages.size());
        for (ssize_t i = 0; i < got; ++i)
            rd_kafka_message_destroy(messages[size_t(i)]);
        if (got <= 0)
            break;
    }
}

// NOLINTNEXTLINE(readability-make-member-function-const): pausing changes what the consumer fetches.
void MessageReader::Private::pause(const QList<int> &ended) {
    if (ended.isEmpty())
        return;
    const QByteArray topic = request.topic.toUtf8();
    rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(int(ended.size())));
    if (!paused)
        paused.reset(rd_kafka_topic_partition_list_new(int(ended.size())));
    for (int id : ended) {
        rd_kafka_topic_partition_list_add(list.get(), topic.constData(), id);
        rd_kafka_topic_partition_list_add(paused.get(), topic.constData(), id);
    }
    rd_kafka_pause_partitions(consumer.get(), list.get());
}

// librdkafka 2.0.2 keeps the pause an application asked for across unassign and assign: a partition
// an earlier request paused at its end would be assigned again and never fetched.
void MessageReader::Private::resumePaused() {
    if (!paused)
        return;
    rd_kafka_resume_partitions(consumer.get(), paused.get());
    paused.reset();
}

void MessageReader::Private::heardFrom(Partition &partition, Clock::time_point now) {
    partition.lastHeard = now;
    if (partition.stalled) {
        partition.stalled = false;
        partition.progress.problem.clear();
    }
}

void MessageReader::Private::noteStalls() {
    const auto now = Clock::now();
    for (Partition &partition : partitions) {
        PartitionProgress &progress = partition.progress;
        if (progress.done || progress.atEnd || now - partition.lastHeard < StallTimeout ||
            !progress.problem.isEmpty())
            continue;
        partition.stalled = true;
        progress.problem =
            tr("no answer for %1 s reading partition %2 from broker %3")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(now - partition.lastHeard).count())
                .arg(progress.partition)
                .arg(progress.leader);
    }
}

bool MessageReader::Private::allDone() const {
    return std::all_of(partitions.cbegin(), partitions.cend(),
                       [](const Partition &partition) { return partition.progress.done; });
}

ReadResult MessageReader::Private::result(std::shared_ptr<const MessageBatch> batch) const {
    ReadResult result;
    result.batch = std::move(batch);
    result.finished = finished;
    result.error = error;
    result.progress.reserve(partitions.size());
    for (const Partition &partition : partitions)
        result.progress.append(partition.progress);
    return result;
}

QMap<QString, QString> MessageReader::fetchProperties() {
    return {
        // Tailing shows a message within a tenth of a second (librdkafka waits 500 ms by default);
        // while loading, full fetches return long before that.
        {QStringLiteral("fetch.wait.max.ms"), QStringLiteral("100")},
        // Loading. librdkafka 2.0.2 stops fetching a partition whenever the consumer's queue holds
        // queued.min.messages (100,000 by default, counted over all partitions) or
        // queued.max.messages.kbytes (64 MB), and its broker thread only looks again at its next
        // wake-up, up to a second later (2.1 added fetch.queue.backoff.ms for that). A reader that
        // takes messages a little slower than the brokers send them, on a busy machine, fills such a
        // queue within a second and then waits at every refill: bench_browse saw its rate halved.
        // With room for a million messages or 256 MB the fetchers run ahead for seconds instead;
        // that memory is taken only while the reader lags, and the store takes the messages anyway.
        {QStringLiteral("queued.min.messages"), QStringLiteral("1000000")},
        {QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("262144")},
        // It also backs a partition off for fetch.error.backoff.ms (500 ms) after a fetch it had to
        // drop.
        {QStringLiteral("fetch.error.backoff.ms"), QStringLiteral("20")},
        // Larger fetches per partition need fewer round trips while loading, but a seek shows its
        // first message only once the whole first fetch is unpacked: 4 MB of small lz4 messages are
        // half a million, and bench_browseseek took 240 ms to the first row against 140 ms with 2 MB.
        {QStringLiteral("max.partition.fetch.bytes"), QStringLiteral("2097152")},
    };
}

QString MessageReader::partitionNote(const PartitionProgress &progress) {
    if (!progress.problem.isEmpty())
        return progress.problem;
    if (!progress.waitsForTransaction())
        return QString();
    return Private::tr(
               "partition %1 waits at its last stable offset %2: a transaction is open up to offset %3")
        .arg(progress.partition)
        .arg(progress.position)
        .arg(progress.uncommittedEnd);
}

MessageReader::MessageReader(std::unique_ptr<Private> d)
    : d(std::move(d)) {}

MessageReader::~MessageReader() = default;

std::unique_ptr<MessageReader> MessageReader::create(const ConnectionSettings &settings, QString *error) {
    if (!settings.isUsable(error))
        return nullptr;
    auto d = std::make_unique<Private>();
    d->settings = settings;
    *error = d->ensureConsumer(IsolationLevel::ReadCommitted);
    if (!error->isEmpty())
        return nullptr;
    return std::unique_ptr<MessageReader>(new MessageReader(std::move(d)));
}

QString MessageReader::start(const BrowseRequest &request, std::chrono::milliseconds timeout) {
    d->request = request;
    d->partitions.clear();
    d->delivered = 0;
    d->error.clear();
    d->finished = true;
    QString problem = d->ensureConsumer(request.isolation);
    if (problem.isEmpty())
        problem = [&] {
            // Nothing of the previous request is read after this point.
            rd_kafka_assign(d->consumer.get(), nullptr);
            d->resumePaused();
            d->dropQueued();
            QString step = d->resolvePartitions(timeout);
            if (step.isEmpty()) {
                d->readWatermarks(timeout);
                step = d->resolveStarts(timeout);
            }
            if (step.isEmpty())
                step = d->nothingReadable();
            if (step.isEmpty())
                d->readUncommittedEnds(timeout);
            if (step.isEmpty())
                step = d->assignUnfinished();
            return step;
        }();
    if (!problem.isEmpty()) {
        d->partitions.clear();
        d->error = problem;
        return problem;
    }
    const auto now = Clock::now();
    for (Private::Partition &partition : d->partitions)
        partition.lastHeard = now;
    d->partitionsCheckedAt = now;
    d->finished = d->allDone() || request.stop.maxMessages == 0;
    return QString();
}

ReadResult MessageReader::read(int maxMessages, std::chrono::milliseconds wait, qsizetype maxBytes) {
    d->serveCallbacks();
    auto batch = std::make_shared<MessageBatch>(d->request.topic);
    if (d->finished)
        return d->result(std::move(batch));
    const auto deadline = Clock::now() + wait;
    batch->reserve(std::min(maxMessages, d->lastBatchMessages), d->lastBatchBytes + d->lastBatchBytes / 8);
    std::vector<rd_kafka_message_t *> messages(size_t(std::min(maxMessages, ConsumeChunk)));
    QList<int> ended;
    while (batch->size() < maxMessages && batch->byteSize() < maxBytes && !d->finished) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        // Once something is in hand, only what is already queued is taken.
        const int timeoutMs = batch->isEmpty() ? int(std::max<qint64>(left.count(), 0)) : 0;
        // As many as fit in the bytes left, at the size of the messages read so far; at least one.
        const qsizetype typical = batch->isEmpty() ? d->lastBatchBytes / std::max(d->lastBatchMessages, 1)
                                                   : batch->byteSize() / batch->size();
        const qsizetype fitting = (maxBytes - batch->byteSize()) / std::max<qsizetype>(typical, 1);
        const size_t asked = size_t(std::clamp<qsizetype>(
            fitting, 1, std::min<qsizetype>(maxMessages - batch->size(), qsizetype(messages.size()))));
        const ssize_t got = rd_kafka_consume_batch_queue(d->queue.get(), timeoutMs, messages.data(), asked);
        const auto now = Clock::now(); // once per call: reading the clock per message costs measurably
        for (ssize_t i = 0; i < got; ++i) {
            d->take(*messages[size_t(i)], now, *batch, ended);
            rd_kafka_message_destroy(messages[size_t(i)]);
        }
        if (d->allDone())
            d->finished = true;
        if (got < ssize_t(asked) && (!batch->isEmpty() || left.count() <= 0))
            break;
    }
    batch->squeeze();
    d->lastBatchMessages = batch->size();
    d->lastBatchBytes = batch->byteSize();
    if (!d->finished)
        d->pause(ended);
    d->noteStalls();
    d->readUncommittedEndsIfWaiting();
    d->addNewPartitionsIfDue();
    return d->result(std::move(batch));
}

} // namespace partita
