#include "testkafka.h"

#include "rdkafkaptr.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace partita::test {

namespace {

// What the brokers said about the messages of one produce() call.
struct Deliveries {
    int delivered = 0;
    QString firstError;
};

void onDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque) {
    auto *deliveries = static_cast<Deliveries *>(opaque);
    if (!message->err)
        ++deliveries->delivered;
    else if (deliveries->firstError.isEmpty())
        deliveries->firstError = QString::fromUtf8(rd_kafka_err2str(message->err));
}

rdk::HandlePtr newClient(rd_kafka_type_t type, const QString &group = QString(),
                         Deliveries *deliveries = nullptr, const QMap<QString, QString> &properties = {}) {
    char errstr[512];
    rdk::ConfPtr conf(rd_kafka_conf_new());
    rd_kafka_conf_set(conf.get(), "bootstrap.servers", qPrintable(bootstrapServers()), errstr, sizeof errstr);
    if (!group.isEmpty())
        rd_kafka_conf_set(conf.get(), "group.id", qPrintable(group), errstr, sizeof errstr);
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        if (rd_kafka_conf_set(conf.get(), qPrintable(it.key()), qPrintable(it.value()), errstr,
                              sizeof errstr) != RD_KAFKA_CONF_OK)
            qFatal("test client property %s: %s", qPrintable(it.key()), errstr);
    }
    if (deliveries) {
        rd_kafka_conf_set_dr_msg_cb(conf.get(), onDelivery);
        rd_kafka_conf_set_opaque(conf.get(), deliveries);
    }
    rdk::HandlePtr handle(rd_kafka_new(type, conf.get(), errstr, sizeof errstr));
    if (handle)
        static_cast<void>(conf.release()); // rd_kafka_new took ownership
    else
        qFatal("cannot create test client: %s", errstr);
    return handle;
}

} // namespace

QString bootstrapServers() {
    return qEnvironmentVariable("PARTITA_TEST_BOOTSTRAP", QStringLiteral("127.0.0.1:19092"));
}

QString nodeAddress(int node) {
    const QStringList servers = bootstrapServers().split(QLatin1Char(','));
    return node >= 1 && node <= servers.size() ? servers.at(node - 1).trimmed() : QString();
}

int controllerPort(int node) {
    return nodeAddress(node).section(QLatin1Char(':'), -1).toInt() + 1;
}

QString uniqueTopicName(const QString &prefix) {
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(QRandomGenerator::global()->bounded(1000000));
}

namespace {

// Waits for the answer of a topic admin request (create, delete, add partitions) on `queue`; returns
// the request's or the topic's error, or an empty string.
QString topicAdminResult(rd_kafka_queue_t *queue, const char *what,
                         const rd_kafka_topic_result_t **(*topics)(rd_kafka_event_t *, size_t *)) {
    const rdk::EventPtr event(rd_kafka_queue_poll(queue, 30000));
    if (!event)
        return QStringLiteral("%1 timed out").arg(QLatin1String(what));
    if (rd_kafka_event_error(event.get()))
        return QString::fromUtf8(rd_kafka_event_error_string(event.get()));
    size_t count = 0;
    const rd_kafka_topic_result_t **results = topics(event.get(), &count);
    if (count == 1 && rd_kafka_topic_result_error(results[0]))
        return QString::fromUtf8(rd_kafka_topic_result_error_string(results[0]));
    return {};
}

} // namespace

namespace {

// The description of one topic as the broker a client asks gives it.
struct Described {
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__TIMED_OUT;
    QString broker;     // the broker that answered, as librdkafka names it ("host:port/id")
    QList<int> leaders; // by partition; -1 where none
};

Described describeTopic(rd_kafka_t *client, const QString &name) {
    Described described;
    const rdk::TopicPtr handle(rd_kafka_topic_new(client, name.toUtf8().constData(), nullptr));
    const rd_kafka_metadata_t *raw = nullptr;
    if (const rd_kafka_resp_err_t err = rd_kafka_metadata(client, 0, handle.get(), &raw, 5000)) {
        described.err = err;
        return described;
    }
    const rdk::MetadataPtr metadata(raw);
    described.broker = QString::fromUtf8(metadata->orig_broker_name);
    described.err = metadata->topic_cnt == 1 ? metadata->topics[0].err : RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC;
    if (described.err)
        return described;
    const rd_kafka_metadata_topic_t &topic = metadata->topics[0];
    described.leaders = QList<int>(topic.partition_cnt, -1);
    for (int i = 0; i < topic.partition_cnt; ++i) {
        const rd_kafka_metadata_partition_t &partition = topic.partitions[i];
        if (partition.id >= 0 && partition.id < topic.partition_cnt)
            described.leaders[partition.id] = partition.leader;
    }
    return described;
}

// The controller answers topic requests before every broker knows the result, and a producer asks
// any broker for metadata: one that does not know the topic or its partitions yet fails the messages
// as "Local: Unknown partition". Waits until each node, asked on its own, shows `partitions`
// partitions, each with a leader.
QString waitUntilLed(const QString &name, int partitions) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    const QStringList nodes = bootstrapServers().split(QLatin1Char(','));
    for (const QString &node : nodes) {
        const QString address = node.trimmed();
        // Only this node is connected: librdkafka asks connected brokers, and learned ones stay
        // unconnected until a client needs them.
        rdk::HandlePtr probe = newClient(RD_KAFKA_PRODUCER, QString(), nullptr,
                                         {{QStringLiteral("bootstrap.servers"), address}});
        for (;;) {
            const Described described = describeTopic(probe.get(), name);
            const bool ready = !described.err && described.broker.contains(address + QLatin1Char('/')) &&
                               described.leaders.size() == partitions && !described.leaders.contains(-1);
            if (ready)
                break;
            if (std::chrono::steady_clock::now() > deadline)
                return QStringLiteral("topic %1 has no leader for each of %2 partitions at %3 after 30 s; "
                                      "last answer from %4: %5, %6 partitions")
                    .arg(name)
                    .arg(partitions)
                    .arg(address, described.broker, QString::fromUtf8(rd_kafka_err2str(described.err)))
                    .arg(described.leaders.size());
            QThread::msleep(200);
        }
    }
    return {};
}

} // namespace

QString createTopic(const QString &name, int partitions, int replicationFactor,
                    const QMap<QString, QString> &configs) {
    rdk::HandlePtr admin = newClient(RD_KAFKA_PRODUCER);
    char errstr[512];
    const QByteArray topic = name.toUtf8();
    rd_kafka_NewTopic_t *newTopic =
        rd_kafka_NewTopic_new(topic.constData(), partitions, replicationFactor, errstr, sizeof errstr);
    for (auto it = configs.cbegin(); it != configs.cend(); ++it)
        rd_kafka_NewTopic_set_config(newTopic, qPrintable(it.key()), qPrintable(it.value()));
    rdk::QueuePtr queue(rd_kafka_queue_new(admin.get()));
    rd_kafka_CreateTopics(admin.get(), &newTopic, 1, nullptr, queue.get());
    rd_kafka_NewTopic_destroy(newTopic);
    QString error = topicAdminResult(queue.get(), "CreateTopics", [](rd_kafka_event_t *event, size_t *count) {
        return rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), count);
    });
    if (!error.isEmpty())
        return error;
    return waitUntilLed(name, partitions);
}

int partitionCount(const QString &name) {
    rdk::HandlePtr probe = newClient(RD_KAFKA_PRODUCER);
    // All topics: a request for the one topic would have the broker create it when it is missing.
    const rd_kafka_metadata_t *raw = nullptr;
    if (rd_kafka_metadata(probe.get(), 1, nullptr, &raw, 10'000))
        return -1;
    const rdk::MetadataPtr metadata(raw);
    const QByteArray topic = name.toUtf8();
    for (int i = 0; i < metadata->topic_cnt; ++i) {
        if (topic == metadata->topics[i].topic && !metadata->topics[i].err)
            return metadata->topics[i].partition_cnt;
    }
    return 0;
}

QString deleteTopic(const QString &name) {
    rdk::HandlePtr admin = newClient(RD_KAFKA_PRODUCER);
    const QByteArray topic = name.toUtf8();
    rd_kafka_DeleteTopic_t *request = rd_kafka_DeleteTopic_new(topic.constData());
    rdk::QueuePtr queue(rd_kafka_queue_new(admin.get()));
    rd_kafka_DeleteTopics(admin.get(), &request, 1, nullptr, queue.get());
    rd_kafka_DeleteTopic_destroy(request);
    return topicAdminResult(queue.get(), "DeleteTopics", [](rd_kafka_event_t *event, size_t *count) {
        return rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(event), count);
    });
}

QString addPartitions(const QString &name, int total) {
    rdk::HandlePtr admin = newClient(RD_KAFKA_PRODUCER);
    char errstr[512];
    const QByteArray topic = name.toUtf8();
    rd_kafka_NewPartitions_t *request =
        rd_kafka_NewPartitions_new(topic.constData(), size_t(total), errstr, sizeof errstr);
    rdk::QueuePtr queue(rd_kafka_queue_new(admin.get()));
    rd_kafka_CreatePartitions(admin.get(), &request, 1, nullptr, queue.get());
    rd_kafka_NewPartitions_destroy(request);
    const QString error =
        topicAdminResult(queue.get(), "CreatePartitions", [](rd_kafka_event_t *event, size_t *count) {
            return rd_kafka_CreatePartitions_result_topics(rd_kafka_event_CreatePartitions_result(event),
                                                           count);
        });
    return error.isEmpty() ? waitUntilLed(name, total) : error;
}

namespace {

// librdkafka takes a null pointer for a null key or value.
char *bytesOrNull(std::optional<QByteArray> &bytes) {
    return bytes ? bytes->data() : nullptr;
}

Deliveries produceOnce(const QString &topic, QList<TestMessage> messages,
                       const QMap<QString, QString> &properties) {
    Deliveries deliveries;
    rdk::HandlePtr producer = newClient(RD_KAFKA_PRODUCER, QString(), &deliveries, properties);
    const QByteArray name = topic.toUtf8();
    for (TestMessage &message : messages) {
        rd_kafka_headers_t *headers = rd_kafka_headers_new(size_t(message.headers.size()));
        for (auto &[headerName, headerValue] : message.headers)
            rd_kafka_header_add(headers, headerName.constData(), headerName.size(), bytesOrNull(headerValue),
                                headerValue ? headerValue->size() : 0);
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            producer.get(), RD_KAFKA_V_TOPIC(name.constData()), RD_KAFKA_V_PARTITION(message.partition),
            RD_KAFKA_V_KEY(bytesOrNull(message.key), (message.key ? size_t(message.key->size()) : 0)),
            RD_KAFKA_V_VALUE(bytesOrNull(message.value), (message.value ? size_t(message.value->size()) : 0)),
            RD_KAFKA_V_HEADERS(headers), RD_KAFKA_V_TIMESTAMP(message.timestamp),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
        if (err) {
            rd_kafka_headers_destroy(headers); // taken over only on success
            deliveries.firstError = QString::fromUtf8(rd_kafka_err2str(err));
            break;
        }
    }
    if (rd_kafka_resp_err_t err = rd_kafka_flush(producer.get(), 30000);
        err && deliveries.firstError.isEmpty())
        deliveries.firstError = QString::fromUtf8(rd_kafka_err2str(err));
    return deliveries;
}

} // namespace

QString produceMessages(const QString &topic, const QList<TestMessage> &messages,
                        const QMap<QString, QString> &properties) {
    // Right after CreateTopics a broker may not know the topic yet and the messages fail as "unknown
    // partition"; try again while nothing was delivered, so no message is written twice.
    for (int attempt = 1;; ++attempt) {
        const Deliveries deliveries = produceOnce(topic, messages, properties);
        if (deliveries.firstError.isEmpty() && deliveries.delivered == messages.size())
            return {};
        if (deliveries.delivered > 0 || attempt == 5)
            return QStringLiteral("%1 of %2 messages delivered to %3: %4")
                .arg(deliveries.delivered)
                .arg(messages.size())
                .arg(topic, deliveries.firstError);
        QThread::msleep(500);
    }
}

QString produceWithJavaConsoleProducer(const QString &topic,
                                       const QList<QPair<QByteArray, QByteArray>> &messages) {
    QByteArray input;
    for (const auto &[key, value] : messages)
        input += key + '|' + value + '\n';
    // The tool moved from the broker's jar to the tools jar in Kafka 4.0.
    for (const char *tool : {"kafka.tools.ConsoleProducer", "org.apache.kafka.tools.ConsoleProducer"}) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("PARTITA_CLUSTER_SCRIPT"),
                      {QStringLiteral("run-class"), QLatin1String(tool), QStringLiteral("--bootstrap-server"),
                       bootstrapServers(), QStringLiteral("--topic"), topic, QStringLiteral("--property"),
                       QStringLiteral("parse.key=true"), QStringLiteral("--property"),
                       QStringLiteral("key.separator=|"), QStringLiteral("--producer-property"),
                       QStringLiteral("acks=all")});
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return QStringLiteral("%1 did not finish within 120 s").arg(QLatin1String(tool));
        }
        const QString output = QString::fromLocal8Bit(process.readAll());
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return {};
        if (!output.contains(QLatin1String("ClassNotFoundException")) &&
            !output.contains(QLatin1String("Could not find or load main class")))
            return QStringLiteral("%1 failed: %2").arg(QLatin1String(tool), output);
    }
    return QStringLiteral("no console producer in the Kafka jars");
}

QString produce(const QString &topic, int partition, int count) {
    QList<TestMessage> messages;
    for (int i = 0; i < count; ++i) {
        TestMessage message;
        message.partition = partition;
        message.value = QByteArray::number(i);
        messages.append(message);
    }
    return produceMessages(topic, messages);
}

QMap<int, qint64> committedOffsets(const QString &group, const QString &topic, int partitions,
                                   QString *error) {
    rdk::HandlePtr consumer = newClient(RD_KAFKA_CONSUMER, group);
    rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(partitions));
    for (int p = 0; p < partitions; ++p)
        rd_kafka_topic_partition_list_add(list.get(), qPrintable(topic), p);
    QMap<int, qint64> offsets;
    if (const rd_kafka_resp_err_t err = rd_kafka_committed(consumer.get(), list.get(), 10000)) {
        *error = QString::fromUtf8(rd_kafka_err2str(err));
        return offsets;
    }
    for (int i = 0; i < list->cnt; ++i)
        offsets.insert(list->elems[i].partition, list->elems[i].offset >= 0 ? list->elems[i].offset : -1);
    rd_kafka_consumer_close(consumer.get());
    return offsets;
}

namespace {

QString commitSynchronously(rd_kafka_t *consumer, const QString &topic, const QMap<int, qint64> &offsets) {
    rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(int(offsets.size())));
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        rd_kafka_topic_partition_list_add(list.get(), qPrintable(topic), it.key())->offset = it.value();
    if (rd_kafka_resp_err_t err = rd_kafka_commit(consumer, list.get(), 0))
        return QString::fromUtf8(rd_kafka_err2str(err));
    for (int i = 0; i < list->cnt; ++i) {
        if (list->elems[i].err)
            return QString::fromUtf8(rd_kafka_err2str(list->elems[i].err));
    }
    return {};
}

} // namespace

QString commitOffsets(const QString &group, const QString &topic, const QMap<int, qint64> &offsets) {
    rdk::HandlePtr consumer = newClient(RD_KAFKA_CONSUMER, group);
    QString error = commitSynchronously(consumer.get(), topic, offsets);
    if (error.isEmpty())
        rd_kafka_consumer_close(consumer.get());
    return error;
}

QString deleteRecords(const QString &topic, int partition, qint64 offset) {
    rdk::HandlePtr admin = newClient(RD_KAFKA_PRODUCER);
    rdk::PartitionListPtr before(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(before.get(), qPrintable(topic), partition)->offset = offset;
    rd_kafka_DeleteRecords_t *request = rd_kafka_DeleteRecords_new(before.get());
    rdk::QueuePtr queue(rd_kafka_queue_new(admin.get()));
    rd_kafka_DeleteRecords(admin.get(), &request, 1, nullptr, queue.get());
    rd_kafka_DeleteRecords_destroy(request);
    rdk::EventPtr event(rd_kafka_queue_poll(queue.get(), 30000));
    if (!event)
        return QStringLiteral("DeleteRecords timed out");
    if (rd_kafka_event_error(event.get()))
        return QString::fromUtf8(rd_kafka_event_error_string(event.get()));
    const rd_kafka_topic_partition_list_t *result =
        rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(event.get()));
    if (result && result->cnt == 1 && result->elems[0].err)
        return QString::fromUtf8(rd_kafka_err2str(result->elems[0].err));
    return {};
}

namespace {

QString takeError(rd_kafka_error_t *error) {
    if (!error)
        return QString();
    QString text = QString::fromUtf8(rd_kafka_error_string(error));
    rd_kafka_error_destroy(error);
    return text;
}

} // namespace

struct TransactionalProducer::Handle {
    QByteArray topic;
    rdk::HandlePtr producer;
    bool initialized = false;
};

TransactionalProducer::TransactionalProducer(const QString &topic)
    : m_handle(new Handle{topic.toUtf8(), nullptr, false}) {
    char errstr[512];
    rdk::ConfPtr conf(rd_kafka_conf_new());
    rd_kafka_conf_set(conf.get(), "bootstrap.servers", qPrintable(bootstrapServers()), errstr, sizeof errstr);
    rd_kafka_conf_set(conf.get(), "transactional.id", m_handle->topic.constData(), errstr, sizeof errstr);
    m_handle->producer.reset(rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr));
    if (m_handle->producer)
        static_cast<void>(conf.release());
}

TransactionalProducer::~TransactionalProducer() {
    delete m_handle;
}

QString TransactionalProducer::begin() {
    if (!m_handle->initialized) {
        if (QString error = takeError(rd_kafka_init_transactions(m_handle->producer.get(), 30000));
            !error.isEmpty())
            return error;
        m_handle->initialized = true;
    }
    return takeError(rd_kafka_begin_transaction(m_handle->producer.get()));
}

QString TransactionalProducer::produce(const QList<QByteArray> &values) {
    for (const QByteArray &value : values) {
        if (const rd_kafka_resp_err_t err = rd_kafka_producev(
                m_handle->producer.get(), RD_KAFKA_V_TOPIC(m_handle->topic.constData()),
                RD_KAFKA_V_PARTITION(0),
                RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
                RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END))
            return QString::fromUtf8(rd_kafka_err2str(err));
    }
    const rd_kafka_resp_err_t err = rd_kafka_flush(m_handle->producer.get(), 30000);
    return err ? QString::fromUtf8(rd_kafka_err2str(err)) : QString();
}

QString TransactionalProducer::commit() {
    return takeError(rd_kafka_commit_transaction(m_handle->producer.get(), 30000));
}

QString TransactionalProducer::abort() {
    return takeError(rd_kafka_abort_transaction(m_handle->producer.get(), 30000));
}

struct ActiveMember::Handle {
    rdk::HandlePtr consumer;
};

ActiveMember::ActiveMember(const QString &group, const QString &topic)
    : m_handle(new Handle{newClient(RD_KAFKA_CONSUMER, group)}) {
    rd_kafka_poll_set_consumer(m_handle->consumer.get());
    rdk::PartitionListPtr subscription(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(subscription.get(), qPrintable(topic), RD_KAFKA_PARTITION_UA);
    rd_kafka_subscribe(m_handle->consumer.get(), subscription.get());
}

ActiveMember::~ActiveMember() {
    rd_kafka_consumer_close(m_handle->consumer.get());
    delete m_handle;
}

bool ActiveMember::waitForAssignment(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (rd_kafka_message_t *message = rd_kafka_consumer_poll(m_handle->consumer.get(), 200))
            rd_kafka_message_destroy(message);
        rd_kafka_topic_partition_list_t *assignment = nullptr;
        if (!rd_kafka_assignment(m_handle->consumer.get(), &assignment)) {
            const bool assigned = assignment->cnt > 0;
            rd_kafka_topic_partition_list_destroy(assignment);
            if (assigned)
                return true;
        }
    }
    return false;
}

QString ActiveMember::commit(const QString &topic, int partition, qint64 offset) {
    return commitSynchronously(m_handle->consumer.get(), topic, {{partition, offset}});
}

QString createFilledTopic(const QString &topic, const QList<int> &counts) {
    if (QString error = createTopic(topic, int(counts.size()), 3); !error.isEmpty())
        return error;
    for (int partition = 0; partition < counts.size(); ++partition) {
        if (QString error = produce(topic, partition, counts.at(partition)); !error.isEmpty())
            return error;
        // Right after creation (or after node restarts) a broker can briefly answer with an older end.
        qint64 low = -1;
        qint64 high = -1;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (!queryWatermarks(topic, partition, &low, &high) || high != counts.at(partition)) {
            if (std::chrono::steady_clock::now() > deadline)
                return QStringLiteral("%1-%2 ends at %3, not %4")
                    .arg(topic)
                    .arg(partition)
                    .arg(high)
                    .arg(counts.at(partition));
            QThread::msleep(200);
        }
    }
    return {};
}

int clusterScript(const QStringList &arguments, std::chrono::seconds timeout) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(qEnvironmentVariable("PARTITA_CLUSTER_SCRIPT"), arguments);
    if (!process.waitForFinished(int(std::chrono::milliseconds(timeout).count()))) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int electPreferredLeaders(std::chrono::seconds timeout) {
    // The class kafka-leader-election.sh runs (the tools jar of Kafka 3.9 and 4.1).
    return clusterScript(
        {QStringLiteral("run-class"), QStringLiteral("org.apache.kafka.tools.LeaderElectionCommand"),
         QStringLiteral("--bootstrap-server"), bootstrapServers(), QStringLiteral("--election-type"),
         QStringLiteral("preferred"), QStringLiteral("--all-topic-partitions")},
        timeout);
}

QString createTopicOnSettledCluster(const QString &prefix, int partitions, QString *name,
                                    const QMap<QString, QString> &configs) {
    if (clusterScript({QStringLiteral("wait-isr")}) != 0)
        return QStringLiteral("the cluster still has under-replicated partitions");
    *name = uniqueTopicName(prefix);
    return createTopic(*name, partitions, 3, configs);
}

std::unique_ptr<SnapshotClient> snapshotClient(QString *error) {
    ConnectionSettings settings;
    settings.bootstrapServers = bootstrapServers();
    return SnapshotClient::create(settings, error);
}

bool fetchUntil(SnapshotClient &client, const std::function<bool(const SnapshotResult &)> &judge,
                std::chrono::milliseconds timeout, std::chrono::milliseconds interval) {
    QElapsedTimer timer;
    timer.start();
    while (!judge(client.fetch())) {
        if (timer.elapsed() > timeout.count())
            return false;
        QTest::qWait(int(interval.count()));
    }
    return true;
}

bool hasFullIsr(const TopicInfo &topic) {
    return !topic.partitions.isEmpty() &&
           std::all_of(topic.partitions.cbegin(), topic.partitions.cend(),
                       [](const PartitionInfo &p) { return p.isr.size() == p.replicas.size(); });
}

bool queryWatermarks(const QString &topic, int partition, qint64 *low, qint64 *high) {
    rdk::HandlePtr consumer = newClient(RD_KAFKA_CONSUMER);
    int64_t lo = -1;
    int64_t hi = -1;
    // Safe here: every broker is up, the case where this call honours its timeout.
    const rd_kafka_resp_err_t err =
        rd_kafka_query_watermark_offsets(consumer.get(), qPrintable(topic), partition, &lo, &hi, 10000);
    *low = lo;
    *high = hi;
    return err == RD_KAFKA_RESP_ERR_NO_ERROR;
}

} // namespace partita::test
