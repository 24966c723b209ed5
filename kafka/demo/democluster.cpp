#include "democluster.h"

#include "clickstreamgenerator.h"
#include "democonsumer.h"
#include "kafkaconfig.h"
#include "rdkafkaptr.h"

#include <QDateTime>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace partita {

namespace {

constexpr auto ProduceInterval = std::chrono::milliseconds(50); // about 20 clicks a second
constexpr int BacklogClicks = 1200;
constexpr auto BacklogSpan = std::chrono::minutes(10);

std::vector<DemoConsumer::Behaviour> consumerBehaviours() {
    DemoConsumer::Behaviour analytics;
    analytics.groupId = QStringLiteral("click-analytics");
    DemoConsumer::Behaviour archiver;
    archiver.groupId = QStringLiteral("click-archiver");
    archiver.messagesPerSecond = 10; // half the click rate
    archiver.fromStart = false;      // its lag starts near zero and climbs
    DemoConsumer::Behaviour sessionizer;
    sessionizer.groupId = QStringLiteral("click-sessionizer");
    sessionizer.stuckPartition = 3;
    sessionizer.stuckFromOffset = 50; // within the backlog: it hangs within a second of the start
    // Longer than the verdict window (5 min), so each hang ends up judged STALL.
    sessionizer.stuckFor = std::chrono::minutes(8);
    sessionizer.healthyFor = std::chrono::minutes(2);
    return {analytics, archiver, sessionizer};
}

rdk::HandlePtr newProducer(const QMap<QString, QString> &properties, void *opaque,
                           void (*onDelivery)(rd_kafka_t *, const rd_kafka_message_t *, void *),
                           QString *error) {
    rdk::ConfPtr conf(rd_kafka_conf_new());
    if (!KafkaConfig::apply(conf.get(), properties, error))
        return nullptr;
    rd_kafka_conf_set_opaque(conf.get(), opaque);
    if (onDelivery)
        rd_kafka_conf_set_dr_msg_cb(conf.get(), onDelivery);
    return KafkaConfig::createHandle(RD_KAFKA_PRODUCER, std::move(conf), error);
}

} // namespace

// Owns every librdkafka object of the demo on one thread: the mock cluster's owner handle, the
// cluster itself and the click-stream producer.
class DemoCluster::Worker {
public:
    ~Worker() { stop(); }

    bool start(QString *error, QString *bootstrap) {
        m_thread = std::thread([this] { run(); });
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready || !m_error.isEmpty(); });
        *error = m_error;
        *bootstrap = m_bootstrap;
        return m_ready;
    }

    void stop() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    void setBrokerRunning(int brokerId, bool running) {
        {
            std::lock_guard lock(m_mutex);
            m_brokerChanges.push_back({brokerId, running});
        }
        m_changed.notify_all();
    }

    std::atomic<qint64> delivered{0};

private:
    static void onDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque) {
        if (!message->err)
            ++static_cast<Worker *>(opaque)->delivered;
    }

    void fail(const QString &error) {
        std::lock_guard lock(m_mutex);
        m_error = error;
        m_changed.notify_all();
    }

    void run() {
        QString error;
        rdk::HandlePtr owner = newProducer({}, nullptr, nullptr, &error);
        if (!owner)
            return fail(DemoCluster::tr("Cannot create the mock cluster's client: %1").arg(error));
        rdk::MockClusterPtr cluster(rd_kafka_mock_cluster_new(owner.get(), BrokerCount));
        if (!cluster)
            return fail(DemoCluster::tr("Cannot start librdkafka's mock cluster"));
        const QByteArray topic = topicName().toUtf8();
        if (rd_kafka_resp_err_t err =
                rd_kafka_mock_topic_create(cluster.get(), topic.constData(), PartitionCount, BrokerCount)) {
            return fail(DemoCluster::tr("Cannot create the demo topic: %1").arg(rd_kafka_err2str(err)));
        }
        const QString bootstrap = QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(cluster.get()));
        rdk::HandlePtr producer = newProducer({{QStringLiteral("bootstrap.servers"), bootstrap},
                                               {QStringLiteral("linger.ms"), QStringLiteral("20")}},
                                              this, &Worker::onDelivery, &error);
        if (!producer)
            return fail(DemoCluster::tr("Cannot create the demo producer: %1").arg(error));
        if (!readPlacements(producer.get(), topic))
            return fail(DemoCluster::tr("The mock cluster did not describe the demo topic"));
        spreadLeaders(cluster.get(), topic);
        ClickStreamGenerator generator;
        produceBacklog(producer.get(), topic, generator);
        {
            std::lock_guard lock(m_mutex);
            m_bootstrap = bootstrap;
            m_ready = true;
        }
        m_changed.notify_all();
        produceUntilStopped(cluster.get(), producer.get(), topic, generator);
        rd_kafka_flush(producer.get(), 2000);
        producer.reset();
        cluster.reset(); // before its owner handle
    }

    struct Placement {
        int id;
        int leader;
        std::vector<int> replicas;
    };

    struct BrokerChange {
        int brokerId;
        bool running;
    };

    // A full local queue (all brokers stopped in a fault drill) just drops the click: it is a demo feed.
    static void produceClick(rd_kafka_t *producer, const QByteArray &topic, ClickStreamGenerator &generator,
                             qint64 timestampMs) {
        const auto event = generator.next(timestampMs);
        rd_kafka_producev(
            producer, RD_KAFKA_V_TOPIC(topic.constData()),
            RD_KAFKA_V_KEY(event.key.constData(), size_t(event.key.size())),
            RD_KAFKA_V_VALUE(const_cast<char *>(event.json.constData()), size_t(event.json.size())),
            RD_KAFKA_V_TIMESTAMP(timestampMs), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
    }

    // The last ten minutes of clicks, so the demo opens on a topic with history rather than an empty one.
    static void produceBacklog(rd_kafka_t *producer, const QByteArray &topic,
                               ClickStreamGenerator &generator) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 span = std::chrono::milliseconds(BacklogSpan).count();
        for (int i = 0; i < BacklogClicks; ++i)
            produceClick(producer, topic, generator, now - span + span * i / BacklogClicks);
        rd_kafka_flush(producer, 5000);
    }

    void produceUntilStopped(rd_kafka_mock_cluster_t *cluster, rd_kafka_t *producer, const QByteArray &topic,
                             ClickStreamGenerator &generator) {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            std::vector<BrokerChange> changes;
            changes.swap(m_brokerChanges);
            lock.unlock();
            for (const BrokerChange &change : changes)
                applyBrokerChange(cluster, topic, change);
            produceClick(producer, topic, generator, QDateTime::currentMSecsSinceEpoch());
            rd_kafka_poll(producer, 0);
            lock.lock();
            m_changed.wait_for(lock, ProduceInterval,
                               [this] { return m_stopping || !m_brokerChanges.empty(); });
        }
    }

    // Plays Kafka's controller: a partition led by a stopped broker gets a running replica as leader
    // (or none: offline); a broker coming back leads the partitions that had no leader.
    void applyBrokerChange(rd_kafka_mock_cluster_t *cluster, const QByteArray &topic,
                           const BrokerChange &change) {
        if (change.running) {
            rd_kafka_mock_broker_set_up(cluster, change.brokerId);
            m_stoppedBrokers.erase(change.brokerId);
        } else {
            rd_kafka_mock_broker_set_down(cluster, change.brokerId);
            m_stoppedBrokers.insert(change.brokerId);
        }
        for (Placement &partition : m_placements) {
            if (partition.leader >= 0 && !m_stoppedBrokers.count(partition.leader))
                continue;
            const auto running =
                std::find_if(partition.replicas.cbegin(), partition.replicas.cend(),
                             [this](int replica) { return !m_stoppedBrokers.count(replica); });
            partition.leader = running == partition.replicas.cend() ? -1 : *running;
            rd_kafka_mock_partition_set_leader(cluster, topic.constData(), partition.id, partition.leader);
        }
    }

    // As Kafka places them, each broker leads its share: the mock lists the brokers in the same order
    // for every partition and picks leaders at random, which would read as an imbalance from the start.
    void spreadLeaders(rd_kafka_mock_cluster_t *cluster, const QByteArray &topic) {
        for (size_t i = 0; i < m_placements.size(); ++i) {
            Placement &partition = m_placements[i];
            if (partition.replicas.empty())
                continue;
            partition.leader = partition.replicas[i % partition.replicas.size()];
            rd_kafka_mock_partition_set_leader(cluster, topic.constData(), partition.id, partition.leader);
        }
    }

    // The topic's placement as the mock chose it. Read once while every broker runs: during a drill
    // metadata may have to wait for a stopped broker, and only this worker moves leaders afterwards.
    bool readPlacements(rd_kafka_t *producer, const QByteArray &topic) {
        const rd_kafka_metadata_t *raw = nullptr;
        if (rd_kafka_metadata(producer, 1, nullptr, &raw, 5000))
            return false;
        rdk::MetadataPtr metadata(raw);
        for (int t = 0; t < metadata->topic_cnt; ++t) {
            const auto &info = metadata->topics[t];
            if (topic != info.topic)
                continue;
            for (int p = 0; p < info.partition_cnt; ++p) {
                const auto &partition = info.partitions[p];
                m_placements.push_back(
                    {partition.id, partition.leader,
                     std::vector<int>(partition.replicas, partition.replicas + partition.replica_cnt)});
            }
        }
        return int(m_placements.size()) == PartitionCount;
    }

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_ready = false;
    bool m_stopping = false;
    std::vector<BrokerChange> m_brokerChanges; // requested by the GUI, applied on the demo thread
    std::set<int> m_stoppedBrokers;            // demo thread only
    std::vector<Placement> m_placements;       // demo thread only
    QString m_error;
    QString m_bootstrap;
};

DemoCluster::DemoCluster(QObject *parent)
    : QObject(parent) {}

DemoCluster::~DemoCluster() {
    stop();
}

bool DemoCluster::start() {
    stop();
    m_worker = std::make_unique<Worker>();
    if (!m_worker->start(&m_error, &m_bootstrap)) {
        m_worker.reset();
        return false;
    }
    for (const DemoConsumer::Behaviour &behaviour : consumerBehaviours())
        m_consumers.push_back(std::make_unique<DemoConsumer>(m_bootstrap, topicName(), behaviour));
    return true;
}

QStringList DemoCluster::consumerGroups() {
    QStringList ids;
    for (const DemoConsumer::Behaviour &behaviour : consumerBehaviours())
        ids << behaviour.groupId;
    return ids;
}

void DemoCluster::setBrokerRunning(int brokerId, bool running) {
    if (m_worker)
        m_worker->setBrokerRunning(brokerId, running);
}

void DemoCluster::stop() {
    for (const auto &consumer : m_consumers)
        consumer->requestStop();
    m_consumers.clear(); // before the cluster they read from
    m_worker.reset();
}

QString DemoCluster::bootstrapServers() const {
    return m_bootstrap;
}

QString DemoCluster::errorString() const {
    return m_error;
}

qint64 DemoCluster::producedCount() const {
    return m_worker ? m_worker->delivered.load() : 0;
}

} // namespace partita
