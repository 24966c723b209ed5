#include "messagereplayer.h"

#include "adminoptions.h"
#include "kafkaconfig.h"
#include "messagereader.h"
#include "rdkafkaptr.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <thread>

namespace partita {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr milliseconds ProgressInterval(100);
// Messages asked of the source reader at a time, and how long each read waits for them.
constexpr int ReadChunk = 4096;
constexpr milliseconds ReadWait(500);
// How often a producer whose queue is full is polled for the delivery reports that make room.
constexpr milliseconds QueueFullPoll(100);
constexpr milliseconds UnknownTopicRecheck(500);
// librdkafka's default batch.size: a topic that allows larger messages needs no smaller batches.
constexpr qint64 DefaultBatchSize = 1000000;

QString errorText(rd_kafka_resp_err_t err) {
    return QString::fromUtf8(rd_kafka_err2str(err));
}

// A null view is a null key or value; an empty one keeps a non-null pointer, which librdkafka sends
// as empty rather than null.
const char *dataOf(const std::optional<QByteArrayView> &bytes) {
    return bytes ? (bytes->data() ? bytes->data() : "") : nullptr;
}

size_t sizeOf(const std::optional<QByteArrayView> &bytes) {
    return bytes ? size_t(bytes->size()) : 0;
}

// The last header of that name, as Kafka's Headers.lastHeader() picks it.
std::optional<QByteArray> headerValue(const QList<MessageHeader> &headers, const QByteArray &name) {
    for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
        if (it->name == name)
            return it->value.value_or(QByteArray());
    }
    return std::nullopt;
}

bool isPurged(rd_kafka_resp_err_t err) {
    return err == RD_KAFKA_RESP_ERR__PURGE_QUEUE || err == RD_KAFKA_RESP_ERR__PURGE_INFLIGHT ||
           err == RD_KAFKA_RESP_ERR__MSG_TIMED_OUT;
}

} // namespace

class MessageReplayer::Private {
public:
    Q_DECLARE_TR_FUNCTIONS(MessageReplayer)

public:
    // A topic messages go to, looked up once per replay.
    struct Target {
        QByteArray name;
        rdk::HandlePtr producer; // null when no message can go there
        int partitions = 0;
        qint64 maxMessageBytes = -1; // -1: not known
        QString problem;             // why no message can go there
    };
    // A message sent and not yet acknowledged; its delivery report names it by its key in `pending`.
    struct Pending {
        int partition = -1;
        qint64 offset = -1;
        QString targetTopic;
    };

    ConnectionSettings settings;
    rdk::HandlePtr probe; // reads the targets' metadata and configurations

    // The current replay.
    ReplayRequest request;
    ProgressCallback progress;
    Clock::time_point progressAt;
    std::map<QString, Target> targets;
    std::map<quint64, Pending> pending; // by sending order
    quint64 nextId = 0;
    QString fatal; // a producer's fatal error: nothing more can be sent
    ReplayReport report;

    bool begin(const ReplayRequest &wanted, const ProgressCallback &callback);
    ReplayReport end(ReplayReport::Outcome outcome, const QString &error);
    Target &target(const QString &topic);
    QString open(const QString &topic, Target &target);
    QString lookUp(Target &target, bool *unknown) const;
    qint64 maxMessageBytes(const QByteArray &topic, int32_t broker, bool *unknown) const;
    bool sendAll(const MessageBatch &batch, const std::atomic_bool &cancel);
    void send(const MessageBatch &batch, int index);
    rd_kafka_resp_err_t produce(const Target &target, const MessageBatch &batch, int index,
                                const QList<MessageHeader> &headers, quint64 id);
    void fail(int partition, qint64 offset, const QString &targetTopic, const QString &error);
    void delivered(const rd_kafka_message_t &message);
    void flushAll();
    void pollAll();
    QString notAcknowledged() const;
    void reportProgress(bool force);
    static void onDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque);
};

void MessageReplayer::Private::onDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque) {
    static_cast<Private *>(opaque)->delivered(*message);
}

bool MessageReplayer::Private::begin(const ReplayRequest &wanted, const ProgressCallback &callback) {
    request = wanted;
    progress = callback;
    progressAt = Clock::now();
    targets.clear();
    pending.clear();
    fatal.clear();
    report = ReplayReport();
    if (request.topicHeader.isEmpty()) {
        if (request.targetTopic.isEmpty()) {
            report.error = tr("No target topic: name one, or a header that names each message's topic");
            return false;
        }
        // A fixed target is checked before anything is read: every message would fail alike.
        report.error = target(request.targetTopic).problem;
        return report.error.isEmpty();
    }
    return true;
}

MessageReplayer::Private::Target &MessageReplayer::Private::target(const QString &topic) {
    const auto [found, added] = targets.try_emplace(topic);
    if (added)
        found->second.problem = open(topic, found->second);
    return found->second;
}

// The topic's partition count and message size limit into `target`, or what keeps them from being read.
QString MessageReplayer::Private::lookUp(Target &target, bool *unknown) const {
    *unknown = false;
    const rdk::TopicPtr handle(rd_kafka_topic_new(probe.get(), target.name.constData(), nullptr));
    const rd_kafka_metadata_t *raw = nullptr;
    const QString topic = QString::fromUtf8(target.name);
    if (const rd_kafka_resp_err_t err =
            rd_kafka_metadata(probe.get(), 0, handle.get(), &raw, int(request.timeout.count())))
        return tr("Cannot read the partitions of %1: %2").arg(topic, errorText(err));
    const rdk::MetadataPtr metadata(raw);
    const rd_kafka_resp_err_t topicError =
        metadata->topic_cnt == 1 ? metadata->topics[0].err : RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
    if (topicError == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART ||
        topicError == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC) {
        *unknown = true;
        return tr("Topic %1 does not exist").arg(topic);
    }
    if (topicError)
        return tr("Cannot read the partitions of %1: %2").arg(topic, errorText(topicError));
    target.partitions = metadata->topics[0].partition_cnt;
    target.maxMessageBytes = maxMessageBytes(target.name, metadata->orig_broker_id, unknown);
    return *unknown ? tr("Topic %1 does not exist").arg(topic) : QString();
}

// Checks with metadata that the topic exists (producing to a missing one would wait for
// message.timeout.ms) and makes its producer.
QString MessageReplayer::Private::open(const QString &topic, Target &target) {
    target.name = topic.toUtf8();
    if (target.name.isEmpty())
        return tr("The topic name is empty");
    bool unknown = false;
    QString problem = lookUp(target, &unknown);
    // Brokers learn of a new topic one after another: one created a moment ago may still be unknown
    // to the broker asked.
    if (unknown) {
        std::this_thread::sleep_for(UnknownTopicRecheck);
        problem = lookUp(target, &unknown);
    }
    if (!problem.isEmpty())
        return problem;

    QMap<QString, QString> producing{
        {QStringLiteral("enable.idempotence"), QStringLiteral("true")},
        {QStringLiteral("acks"), QStringLiteral("all")},
        // The default for producers is true: a topic deleted during the replay could come back.
        {QStringLiteral("allow.auto.create.topics"), QStringLiteral("false")},
        {QStringLiteral("message.timeout.ms"), QString::number(request.acknowledgeTimeout.count())},
    };
    // The broker applies the topic's max.message.bytes to whole batches, and librdkafka 2.0.2 does not
    // split a rejected batch: batches no larger than that keep a message that is too large from
    // failing the small ones it would share a batch with. A larger message is sent alone.
    if (target.maxMessageBytes > 0 && target.maxMessageBytes < DefaultBatchSize)
        producing.insert(QStringLiteral("batch.size"), QString::number(target.maxMessageBytes));
    rdk::ConfPtr conf = KafkaConfig::build(settings, &problem);
    if (!conf || !KafkaConfig::apply(conf.get(), producing, &problem))
        return problem;
    rd_kafka_conf_set_dr_msg_cb(conf.get(), &Private::onDelivery);
    rd_kafka_conf_set_opaque(conf.get(), this);
    target.producer = KafkaConfig::createHandle(RD_KAFKA_PRODUCER, std::move(conf), &problem);
    return problem;
}

// The topic's max.message.bytes, or -1 when the brokers do not tell (DescribeConfigs may be denied):
// then batches keep librdkafka's size. *unknown tells that the broker asked does not know the topic.
// Any broker answers for a topic; asking `broker`, the one that just answered the metadata, spares
// librdkafka's wait for the controller, which a cluster may not name (the mock cluster never does).
qint64 MessageReplayer::Private::maxMessageBytes(const QByteArray &topic, int32_t broker,
                                                 bool *unknown) const {
    constexpr auto Name = "max.message.bytes";
    rdk::ConfigResourcePtr resource(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.constData()));
    rd_kafka_ConfigResource_set_config(resource.get(), Name, ""); // a Describe sends only the name
    const rdk::AdminOptionsPtr options =
        adminOptions(probe.get(), RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, request.timeout);
    char errstr[256];
    rd_kafka_AdminOptions_set_broker(options.get(), broker, errstr, sizeof errstr);
    const rdk::QueuePtr queue(rd_kafka_queue_new(probe.get()));
    rd_kafka_ConfigResource_t *resources[] = {resource.get()};
    rd_kafka_DescribeConfigs(probe.get(), resources, 1, options.get(), queue.get());
    // The request's own timeout answers first; the margin only bounds the wait should it not.
    const rdk::EventPtr event(rd_kafka_queue_poll(queue.get(), int(request.timeout.count()) + 1000));
    if (!event || rd_kafka_event_error(event.get()))
        return -1;
    size_t count = 0;
    const rd_kafka_ConfigResource_t **described =
        rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(event.get()), &count);
    const rd_kafka_resp_err_t err =
        count == 1 ? rd_kafka_ConfigResource_error(described[0]) : RD_KAFKA_RESP_ERR__BAD_MSG;
    *unknown = err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
    if (err)
        return -1;
    const rd_kafka_ConfigEntry_t **entries = rd_kafka_ConfigResource_configs(described[0], &count);
    for (size_t i = 0; i < count; ++i) {
        const char *value = rd_kafka_ConfigEntry_value(entries[i]);
        if (value && qstrcmp(rd_kafka_ConfigEntry_name(entries[i]), Name) == 0)
            return QByteArray(value).toLongLong();
    }
    return -1;
}

void MessageReplayer::Private::fail(int partition, qint64 offset, const QString &targetTopic,
                                    const QString &error) {
    report.failures.append({partition, offset, targetTopic, error});
    ++report.counts.failed;
}

QString MessageReplayer::Private::notAcknowledged() const {
    return tr("not acknowledged within %1 s")
        .arg(std::chrono::duration_cast<std::chrono::seconds>(request.acknowledgeTimeout).count());
}

void MessageReplayer::Private::delivered(const rd_kafka_message_t &message) {
    const auto found = pending.find(quint64(reinterpret_cast<quintptr>(message._private)));
    if (found == pending.end())
        return;
    const Pending &sent = found->second;
    // A message purged after the wait, or timed out, may still have been written; it was not
    // confirmed, and that is what the report says.
    if (!message.err)
        ++report.counts.acknowledged;
    else
        fail(sent.partition, sent.offset, sent.targetTopic,
             isPurged(message.err) ? notAcknowledged() : errorText(message.err));
    pending.erase(found);
}

rd_kafka_resp_err_t MessageReplayer::Private::produce(const Target &target, const MessageBatch &batch,
                                                      int index, const QList<MessageHeader> &headers,
                                                      quint64 id) {
    const MessageRecord &record = batch.record(index);
    rd_kafka_headers_t *list = rd_kafka_headers_new(size_t(headers.size()));
    for (const MessageHeader &header : headers)
        rd_kafka_header_add(list, header.name.constData(), header.name.size(),
                            header.value ? header.value->constData() : nullptr,
                            header.value ? header.value->size() : 0);
    const auto key = batch.key(index);
    const auto value = batch.value(index);
    const auto deadline = Clock::now() + request.acknowledgeTimeout;
    for (;;) {
        // RD_KAFKA_V_HEADERS takes the list over, unless producev fails; key and value are copied.
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            target.producer.get(), RD_KAFKA_V_TOPIC(target.name.constData()),
            RD_KAFKA_V_PARTITION(request.keepPartitions ? record.partition : RD_KAFKA_PARTITION_UA),
            RD_KAFKA_V_KEY(dataOf(key), sizeOf(key)),
            RD_KAFKA_V_VALUE(const_cast<char *>(dataOf(value)), sizeOf(value)), RD_KAFKA_V_HEADERS(list),
            // 0: the producer's clock.
            RD_KAFKA_V_TIMESTAMP(request.keepTimestamps ? std::max<qint64>(record.timestamp, 0) : 0),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_OPAQUE(reinterpret_cast<void *>(quintptr(id))), RD_KAFKA_V_END);
        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL || Clock::now() >= deadline) {
            if (err)
                rd_kafka_headers_destroy(list);
            return err;
        }
        // Delivery reports make room in the queue.
        rd_kafka_poll(target.producer.get(), int(QueueFullPoll.count()));
    }
}

void MessageReplayer::Private::send(const MessageBatch &batch, int index) {
    const MessageRecord &record = batch.record(index);
    ++report.counts.messages;
    const QList<MessageHeader> headers = batch.headers(index);
    QString topic = request.targetTopic;
    if (!request.topicHeader.isEmpty()) {
        const std::optional<QByteArray> named = headerValue(headers, request.topicHeader);
        if (!named) {
            fail(record.partition, record.offset, QString(),
                 tr("no header %1 names a target topic").arg(QString::fromUtf8(request.topicHeader)));
            return;
        }
        topic = QString::fromUtf8(*named);
    }
    Target &target = this->target(topic);
    if (!target.problem.isEmpty()) {
        fail(record.partition, record.offset, topic, target.problem);
        return;
    }
    if (request.keepPartitions && record.partition >= target.partitions) {
        fail(record.partition, record.offset, topic,
             tr("Topic %1 has no partition %2: it has %n partition(s)", nullptr, target.partitions)
                 .arg(topic)
                 .arg(record.partition));
        return;
    }
    const quint64 id = nextId++;
    if (const rd_kafka_resp_err_t err = produce(target, batch, index, headers, id)) {
        QString why = errorText(err);
        if (err == RD_KAFKA_RESP_ERR__FATAL) {
            char reason[512];
            rd_kafka_fatal_error(target.producer.get(), reason, sizeof reason);
            fatal = why = tr("the producer for %1 failed: %2").arg(topic, QString::fromUtf8(reason));
        } else if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            why =
                tr("the producer's queue stayed full for %1 s")
                    .arg(
                        std::chrono::duration_cast<std::chrono::seconds>(request.acknowledgeTimeout).count());
        }
        fail(record.partition, record.offset, topic, tr("not sent: %1").arg(why));
        return;
    }
    pending.emplace(id, Pending{record.partition, record.offset, topic});
    ++report.counts.sent;
    rd_kafka_poll(target.producer.get(), 0);
}

// Returns false when cancelled or when no more can be sent.
bool MessageReplayer::Private::sendAll(const MessageBatch &batch, const std::atomic_bool &cancel) {
    for (int i = 0; i < batch.size(); ++i) {
        if (cancel.load(std::memory_order_relaxed) || !fatal.isEmpty())
            return false;
        send(batch, i);
        reportProgress(false);
    }
    return !cancel.load(std::memory_order_relaxed) && fatal.isEmpty();
}

// Waits for the delivery reports of everything sent, at most acknowledgeTimeout in all and telling
// progress meanwhile, then purges what is left: its reports come as purged, and a message whose report
// never came is failed below.
void MessageReplayer::Private::flushAll() {
    const auto deadline = Clock::now() + request.acknowledgeTimeout + std::chrono::seconds(1);
    for (auto &[name, target] : targets) {
        if (!target.producer)
            continue;
        rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
        do {
            const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
            err = rd_kafka_flush(target.producer.get(),
                                 int(std::clamp(left, milliseconds(0), ProgressInterval).count()));
            reportProgress(false);
        } while (err && Clock::now() < deadline);
        if (err) {
            rd_kafka_purge(target.producer.get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
            rd_kafka_poll(target.producer.get(), 0);
        }
    }
    for (const auto &[id, message] : pending)
        fail(message.partition, message.offset, message.targetTopic, notAcknowledged());
    pending.clear();
    targets.clear();
}

// Takes the delivery reports that have come.
void MessageReplayer::Private::pollAll() {
    for (auto &[name, target] : targets) {
        if (target.producer)
            rd_kafka_poll(target.producer.get(), 0);
    }
}

ReplayReport MessageReplayer::Private::end(ReplayReport::Outcome outcome, const QString &error) {
    flushAll();
    report.outcome = outcome;
    report.error = error;
    std::stable_sort(report.failures.begin(), report.failures.end(),
                     [](const ReplayFailure &a, const ReplayFailure &b) {
                         return std::make_pair(a.partition, a.offset) < std::make_pair(b.partition, b.offset);
                     });
    reportProgress(true);
    progress = nullptr;
    return std::exchange(report, ReplayReport());
}

void MessageReplayer::Private::reportProgress(bool force) {
    if (!progress)
        return;
    const auto now = Clock::now();
    if (!force && now - progressAt < ProgressInterval)
        return;
    progressAt = now;
    progress(report.counts);
}

MessageReplayer::MessageReplayer(std::unique_ptr<Private> d)
    : d(std::move(d)) {}

MessageReplayer::~MessageReplayer() = default;

std::unique_ptr<MessageReplayer> MessageReplayer::create(const ConnectionSettings &settings, QString *error) {
    if (settings.readOnly) {
        *error = Private::tr("Refused: this connection is read-only, so messages cannot be replayed");
        return nullptr;
    }
    if (!settings.isUsable(error))
        return nullptr;
    auto d = std::make_unique<Private>();
    d->settings = settings;
    d->probe = KafkaConfig::createClient(
        RD_KAFKA_PRODUCER, settings,
        // The producer default would have a broker that allows it create a missing target on lookup.
        {{QStringLiteral("allow.auto.create.topics"), QStringLiteral("false")}}, error);
    if (!d->probe)
        return nullptr;
    return std::unique_ptr<MessageReplayer>(new MessageReplayer(std::move(d)));
}

ReplayReport MessageReplayer::replay(const BrowseRequest &source, const ReplayRequest &request,
                                     const ProgressCallback &progress, const std::atomic_bool &cancel) {
    using Outcome = ReplayReport::Outcome;
    if (!d->begin(request, progress))
        return d->end(Outcome::NotStarted, d->report.error);
    QString error;
    const std::unique_ptr<MessageReader> reader = MessageReader::create(d->settings, &error);
    if (reader)
        error = reader->start(source, request.timeout);
    if (!error.isEmpty())
        return d->end(Outcome::NotStarted, error);
    for (;;) {
        const ReadResult result = reader->read(ReadChunk, ReadWait);
        if (!d->sendAll(*result.batch, cancel))
            break;
        d->pollAll();
        d->reportProgress(false);
        for (const PartitionProgress &partition : result.progress) {
            if (partition.problem.isEmpty())
                continue;
            // A partition that went silent (its leader does not answer) would hold the replay up
            // without end.
            if (!partition.done)
                return d->end(Outcome::BrokenOff,
                              Private::tr("Reading %1 stopped: %2").arg(source.topic, partition.problem));
            if (!d->report.notes.contains(partition.problem))
                d->report.notes.append(partition.problem);
        }
        if (!result.error.isEmpty())
            return d->end(Outcome::BrokenOff, result.error);
        if (result.finished)
            return d->end(Outcome::Completed, QString());
    }
    return d->end(d->fatal.isEmpty() ? Outcome::Cancelled : Outcome::BrokenOff, d->fatal);
}

ReplayReport MessageReplayer::replay(const MessageBatch &messages, const ReplayRequest &request,
                                     const ProgressCallback &progress, const std::atomic_bool &cancel) {
    using Outcome = ReplayReport::Outcome;
    if (!d->begin(request, progress))
        return d->end(Outcome::NotStarted, d->report.error);
    if (d->sendAll(messages, cancel))
        return d->end(Outcome::Completed, QString());
    return d->end(d->fatal.isEmpty() ? Outcome::Cancelled : Outcome::BrokenOff, d->fatal);
}

} // namespace partita
