#include "democonsumer.h"

#include "kafkaconfig.h"
#include "kafkalog.h"

#include <algorithm>

namespace partita {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto PollTimeout = std::chrono::milliseconds(100);

// Destroyed without a consumer close (leaving the group): the mock cluster goes away with the demo
// right after anyway. Commits still pending for a coordinator the fault drill stopped hold the destroy
// up for at most the session timeout.
struct ConsumerDeleter {
    void operator()(rd_kafka_t *consumer) const {
        rd_kafka_destroy_flags(consumer, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    }
};
struct MessageDeleter {
    void operator()(rd_kafka_message_t *message) const { rd_kafka_message_destroy(message); }
};
using ConsumerPtr = std::unique_ptr<rd_kafka_t, ConsumerDeleter>;
using MessagePtr = std::unique_ptr<rd_kafka_message_t, MessageDeleter>;

ConsumerPtr newConsumer(const QString &bootstrap, const QString &topic,
                        const DemoConsumer::Behaviour &behaviour, QString *error) {
    rdk::ConfPtr conf(rd_kafka_conf_new());
    const QMap<QString, QString> properties{
        {QStringLiteral("bootstrap.servers"), bootstrap},
        {QStringLiteral("group.id"), behaviour.groupId},
        {QStringLiteral("client.id"), behaviour.groupId + QStringLiteral("-1")},
        {QStringLiteral("auto.offset.reset"),
         behaviour.fromStart ? QStringLiteral("earliest") : QStringLiteral("latest")},
        // Only processed messages count: a message the handler hangs on must not be committed.
        {QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")},
        {QStringLiteral("auto.commit.interval.ms"), QStringLiteral("1000")},
        // The mock holds an empty fetch for the whole wait; a short one keeps a keeping-up group close.
        {QStringLiteral("fetch.wait.max.ms"), QStringLiteral("100")},
        // A slow group prefetches what it falls behind on; a little is enough.
        {QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("1024")},
        // Short, so that the demo stops within seconds even while a fault drill has stopped the group
        // coordinator, and so that the groups recover soon after a drill.
        {QStringLiteral("session.timeout.ms"), QStringLiteral("3000")},
        {QStringLiteral("heartbeat.interval.ms"), QStringLiteral("1000")},
        {QStringLiteral("reconnect.backoff.max.ms"), QStringLiteral("1000")},
    };
    if (!KafkaConfig::apply(conf.get(), properties, error))
        return nullptr;
    rdk::HandlePtr handle = KafkaConfig::createHandle(RD_KAFKA_CONSUMER, std::move(conf), error);
    if (!handle)
        return nullptr;
    ConsumerPtr consumer(handle.release());
    rd_kafka_poll_set_consumer(consumer.get());
    rdk::PartitionListPtr subscription(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(subscription.get(), qPrintable(topic), RD_KAFKA_PARTITION_UA);
    if (rd_kafka_resp_err_t err = rd_kafka_subscribe(consumer.get(), subscription.get())) {
        *error = QString::fromUtf8(rd_kafka_err2str(err));
        return nullptr;
    }
    return consumer;
}

// Marks everything before `next` as processed; auto-commit sends it to the group coordinator.
void markProcessed(rd_kafka_t *consumer, const QByteArray &topic, int partition, qint64 next) {
    rdk::PartitionListPtr offsets(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(offsets.get(), topic.constData(), partition)->offset = next;
    rd_kafka_offsets_store(consumer, offsets.get()); // fails only for a partition just revoked
}

// The hang of Behaviour::stuckPartition. While stuck, the partition's messages still arrive but are
// left unprocessed, so its committed offset stays on the message the handler hangs on.
struct Hang {
    enum State { Armed, Stuck, Healthy };
    State state = Armed;
    qint64 from = 0;         // Armed: the first message at or after this offset hangs
    qint64 stuckAt = -1;     // Stuck: the message it hangs on
    qint64 lastArrived = -1; // Stuck: the newest message that arrived meanwhile
    Clock::time_point until; // end of Stuck or Healthy
};

} // namespace

DemoConsumer::DemoConsumer(const QString &bootstrapServers, const QString &topic, const Behaviour &behaviour)
    : m_bootstrap(bootstrapServers)
    , m_topic(topic)
    , m_behaviour(behaviour) {
    m_thread = std::thread([this] { run(); });
}

DemoConsumer::~DemoConsumer() {
    stop();
}

void DemoConsumer::requestStop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
}

void DemoConsumer::stop() {
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

bool DemoConsumer::waitFor(std::chrono::milliseconds duration) {
    std::unique_lock lock(m_mutex);
    return !m_changed.wait_for(lock, duration, [this] { return m_stopping; });
}

void DemoConsumer::run() {
    QString error;
    const ConsumerPtr consumer = newConsumer(m_bootstrap, m_topic, m_behaviour, &error);
    if (!consumer) {
        qCWarning(lcKafka) << "Demo consumer group" << m_behaviour.groupId << "cannot start:" << error;
        return;
    }
    const QByteArray topic = m_topic.toUtf8();
    const auto pause = m_behaviour.messagesPerSecond > 0
                           ? std::chrono::milliseconds(1000 / m_behaviour.messagesPerSecond)
                           : std::chrono::milliseconds(0);
    Hang hang;
    hang.from = m_behaviour.stuckFromOffset;
    while (waitFor(std::chrono::milliseconds(0))) {
        if (hang.state == Hang::Stuck && Clock::now() >= hang.until) {
            // Skips the message it hung on; what arrived meanwhile counts as processed now.
            markProcessed(consumer.get(), topic, m_behaviour.stuckPartition,
                          std::max(hang.stuckAt, hang.lastArrived) + 1);
            hang.state = Hang::Healthy;
            hang.until = Clock::now() + m_behaviour.healthyFor;
        } else if (hang.state == Hang::Healthy && Clock::now() >= hang.until) {
            hang.state = Hang::Armed;
            hang.from = 0;
        }
        const MessagePtr message(rd_kafka_consumer_poll(consumer.get(), int(PollTimeout.count())));
        if (!message || message->err) // librdkafka logs errors itself and retries
            continue;
        if (message->partition == m_behaviour.stuckPartition) {
            if (hang.state == Hang::Armed && message->offset >= hang.from) {
                hang.state = Hang::Stuck;
                hang.stuckAt = message->offset;
                hang.until = Clock::now() + m_behaviour.stuckFor;
            }
            if (hang.state == Hang::Stuck) {
                hang.lastArrived = std::max(hang.lastArrived, qint64(message->offset));
                continue;
            }
        }
        markProcessed(consumer.get(), topic, message->partition, message->offset + 1);
        if (pause.count() > 0 && !waitFor(pause))
            break;
    }
}

} // namespace partita
