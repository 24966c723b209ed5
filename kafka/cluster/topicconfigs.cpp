#include "topicconfigs.h"

#include "adminoptions.h"

#include <QSet>

#include <algorithm>

namespace partita {

namespace {

const char MinInSyncReplicas[] = "min.insync.replicas";
// Kafka's default when neither the topic nor the broker sets it.
constexpr int KafkaDefaultMinInSyncReplicas = 1;
// It changes rarely; a monitor should not add a request per poll to every cluster it watches.
constexpr std::chrono::seconds Refresh(60);
constexpr std::chrono::seconds RequestTimeout(10);
// Topics per DescribeConfigs: one request for most clusters, a few bounded ones for thousands of topics.
constexpr int BatchSize = 200;

} // namespace

TopicConfigs::TopicConfigs(rd_kafka_t *handle)
    : m_handle(handle) {}

void TopicConfigs::askIfDue(const QList<TopicInfo> &topics) {
    if (m_pending > 0)
        return;
    const auto now = std::chrono::steady_clock::now();
    const bool appeared = std::any_of(topics.cbegin(), topics.cend(), [this](const TopicInfo &topic) {
        return topic.error.isEmpty() && !m_minInSyncReplicas.contains(topic.name);
    });
    if (!appeared && now < m_refreshAt)
        return;
    m_refreshAt = now + Refresh;

    std::vector<rdk::ConfigResourcePtr> batch;
    const rdk::AdminOptionsPtr options =
        adminOptions(m_handle, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, RequestTimeout);
    m_queue.reset(rd_kafka_queue_new(m_handle));
    const auto send = [&] {
        std::vector<rd_kafka_ConfigResource_t *> resources;
        for (const auto &resource : batch)
            resources.push_back(resource.get());
        // Topic resources only: librdkafka sends them to any broker, which answers for all of them.
        rd_kafka_DescribeConfigs(m_handle, resources.data(), resources.size(), options.get(), m_queue.get());
        ++m_pending;
        batch.clear();
    };
    for (const TopicInfo &topic : topics) {
        if (!topic.error.isEmpty())
            continue; // a topic metadata could not describe cannot be described either
        batch.emplace_back(
            rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.name.toUtf8().constData()));
        rd_kafka_ConfigResource_set_config(batch.back().get(), MinInSyncReplicas, ""); // only this name
        // Unknown until answered, and not asked again before the next refresh when the whole request
        // fails (a broker without DescribeConfigs, such as librdkafka's mock cluster, on every poll).
        if (!m_minInSyncReplicas.contains(topic.name))
            m_minInSyncReplicas.insert(topic.name, -1);
        if (int(batch.size()) == BatchSize)
            send();
    }
    if (!batch.empty())
        send();
    if (m_pending == 0)
        m_queue.reset();
}

void TopicConfigs::collect(std::chrono::milliseconds wait) {
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (m_pending > 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        rdk::EventPtr event(rd_kafka_queue_poll(m_queue.get(), int(std::max<qint64>(left.count(), 0))));
        if (!event)
            return;
        --m_pending;
        take(event.get());
    }
    m_queue.reset();
}

void TopicConfigs::take(rd_kafka_event_t *event) {
    // A batch that failed as a whole (timed out, a broker without DescribeConfigs) keeps what an
    // earlier answer said, or unknown; the next refresh asks again.
    if (rd_kafka_event_error(event))
        return;
    size_t count = 0;
    const rd_kafka_ConfigResource_t **resources =
        rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(event), &count);
    for (size_t i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(rd_kafka_ConfigResource_name(resources[i]));
        if (rd_kafka_ConfigResource_error(resources[i])) {
            m_minInSyncReplicas.insert(name, -1);
            continue;
        }
        // Kafka answers the value in effect: the topic's own, else the broker's default, else its own
        // default. A broker that leaves the entry out leaves only the last.
        int value = KafkaDefaultMinInSyncReplicas;
        size_t entryCount = 0;
        const rd_kafka_ConfigEntry_t **entries = rd_kafka_ConfigResource_configs(resources[i], &entryCount);
        for (size_t e = 0; e < entryCount; ++e) {
            const char *text = rd_kafka_ConfigEntry_value(entries[e]);
            if (text && qstrcmp(rd_kafka_ConfigEntry_name(entries[e]), MinInSyncReplicas) == 0) {
                bool ok = false;
                const int parsed = QByteArray(text).toInt(&ok);
                value = ok ? parsed : -1;
            }
        }
        m_minInSyncReplicas.insert(name, value);
    }
}

void TopicConfigs::fill(QList<TopicInfo> &topics) {
    QHash<QString, int> present;
    for (TopicInfo &topic : topics) {
        const auto it = m_minInSyncReplicas.constFind(topic.name);
        if (it == m_minInSyncReplicas.cend())
            continue;
        topic.minInSyncReplicas = it.value();
        present.insert(it.key(), it.value());
    }
    // A topic deleted and created again may not have its old configuration.
    if (m_pending == 0)
        m_minInSyncReplicas = present;
}

void TopicConfigs::forget() {
    m_minInSyncReplicas.clear();
    m_queue.reset();
    m_pending = 0;
    m_refreshAt = {};
}

} // namespace partita
