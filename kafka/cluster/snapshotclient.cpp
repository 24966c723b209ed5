#include "snapshotclient.h"

#include "adminoptions.h"
#include "brokerconnectionstats.h"
#include "connectionerrors.h"
#include "durationtext.h"
#include "kafkaconfig.h"
#include "leaderoffsets.h"
#include "metadatamode.h"
#include "topicconfigs.h"

#include <QMap>

#include <algorithm>

namespace partita {

namespace {

// Kafka's own internal topics (Topic.INTERNAL_TOPICS); Metadata v4 has no is_internal flag to ask.
bool isInternalTopic(const QString &name) {
    return name == QLatin1String("__consumer_offsets") || name == QLatin1String("__transaction_state");
}

QString errorText(rd_kafka_resp_err_t err) {
    return QString::fromUtf8(rd_kafka_err2str(err));
}

// How long librdkafka waits for the answer to any one request (socket.timeout.ms) unless the
// connection settings say otherwise; see SnapshotClient::create.
constexpr std::chrono::milliseconds DefaultRequestTimeout(3000);

// The broker configuration that tells the metadata mode; brokers omit names they do not know.
const char *const MetadataModeConfigs[] = {"process.roles", "controller.quorum.voters",
                                           "controller.quorum.bootstrap.servers", "zookeeper.connect",
                                           "zookeeper.metadata.migration.enable"};
// A DescribeConfigs that found no answer is tried again, on the next online broker, after this long.
constexpr std::chrono::seconds MetadataModeRetry(30);
constexpr std::chrono::seconds MetadataModeRequestTimeout(10);

// Answers that asking again would not change: a broker without DescribeConfigs (librdkafka's mock
// cluster) or a principal not allowed to describe the cluster.
bool isLastingMetadataModeError(rd_kafka_resp_err_t err) {
    return err == RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE || err == RD_KAFKA_RESP_ERR_UNSUPPORTED_VERSION ||
           err == RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED || err == RD_KAFKA_RESP_ERR_INVALID_REQUEST;
}

void markOfflineReplicas(ClusterSnapshot &snapshot) {
    for (auto &topic : snapshot.topics) {
        for (auto &partition : topic.partitions) {
            for (int replica : std::as_const(partition.replicas)) {
                if (!snapshot.isBrokerOnline(replica))
                    partition.offlineReplicas.append(replica);
            }
        }
    }
}

} // namespace

class SnapshotClient::Private {
public:
    ConnectionSettings settings;
    std::chrono::milliseconds requestTimeout = DefaultRequestTimeout;
    rdk::HandlePtr handle;
    BrokerConnectionStats brokerStats;
    // Errors since the last successful poll, served by callbacks in fetch() on this thread. Kept across
    // failed polls: librdkafka reports "all brokers down" once, not on every retry.
    ConnectionErrors errorsSinceSuccess;
    bool everConnected = false;
    QMap<int, BrokerInfo> seenBrokers; // every broker metadata listed in this session, as last listed
    qint64 generation = 0;

    // The metadata mode comes from one broker's configuration, asked for once per connection and
    // again when the online brokers change, never on every poll: it hardly ever changes, and a
    // monitor should not add a request per poll to every cluster it watches.
    MetadataModeDecision metadataMode;
    rdk::QueuePtr modeQueue; // result queue of the DescribeConfigs in flight; null when none is
    std::chrono::steady_clock::time_point modeAskedAt;
    std::chrono::steady_clock::time_point modeRetryAt;
    bool modeWanted = true;
    bool modeMayWait = true;    // the first snapshot of a connection waits a little for the answer
    int modeFailedAttempts = 0; // picks the next online broker after an unanswered request
    QList<int> modeBrokers;     // the online brokers when the mode was last asked for
    std::unique_ptr<TopicConfigs> topicConfigs;

    static void onError(rd_kafka_t *, int err, const char *reason, void *opaque) {
        static_cast<Private *>(opaque)->errorsSinceSuccess.add(rd_kafka_resp_err_t(err),
                                                               QString::fromUtf8(reason));
    }
    static int onStatistics(rd_kafka_t *, char *json, size_t length, void *opaque) {
        static_cast<Private *>(opaque)->brokerStats.update(QByteArray(json, qsizetype(length)));
        return 0; // librdkafka frees the JSON
    }

    // Not const: polling runs onStatistics, which updates brokerStats through the opaque pointer.
    // NOLINTNEXTLINE(readability-make-member-function-const)
    void serveCallbacks() { rd_kafka_poll(handle.get(), 0); }
    void awaitFirstStatistics(); // not const either: polls until onStatistics has filled brokerStats
    rdk::MetadataPtr requestMetadata(std::chrono::milliseconds timeout, rd_kafka_resp_err_t *err);
    SnapshotResult failure(rd_kafka_resp_err_t err, std::chrono::milliseconds timeout) const;
    QList<BrokerInfo> brokers(const rd_kafka_metadata_t &metadata);
    QList<TopicInfo> topics(const rd_kafka_metadata_t &metadata) const;
    void fillWatermarks(ClusterSnapshot &snapshot, std::chrono::milliseconds timeout) const;
    void forgetMetadataMode();
    void askMetadataModeIfDue(const ClusterSnapshot &snapshot);
    void collectMetadataMode(std::chrono::milliseconds wait);
};

SnapshotResult SnapshotClient::Private::failure(rd_kafka_resp_err_t err,
                                                std::chrono::milliseconds timeout) const {
    SnapshotResult result;
    result.message = errorsSinceSuccess.describe(settings.bootstrapServers, everConnected);
    result.failure = errorsSinceSuccess.failure();
    if (!result.message.isEmpty())
        return result;
    result.failure = ConnectionFailure::NoAnswer;
    if (err == RD_KAFKA_RESP_ERR__TIMED_OUT || err == RD_KAFKA_RESP_ERR__TRANSPORT)
        result.message = SnapshotClient::tr("Request timed out: no metadata from %1 within %2")
                             .arg(settings.bootstrapServers.trimmed(), secondsText(timeout));
    else
        result.message = SnapshotClient::tr("Metadata request failed: %1").arg(errorText(err));
    return result;
}

// Broker reachability comes from statistics, first emitted one interval after the client starts. A
// first snapshot taken before them would call every listed broker online, so wait for them once.
// NOLINTNEXTLINE(readability-make-member-function-const): librdkafka's callbacks update brokerStats.
void SnapshotClient::Private::awaitFirstStatistics() {
    constexpr auto Limit = std::chrono::milliseconds(2500);
    const auto deadline = std::chrono::steady_clock::now() + Limit;
    while (!brokerStats.hasData() && std::chrono::steady_clock::now() < deadline)
        rd_kafka_poll(handle.get(), 100);
}

rdk::MetadataPtr SnapshotClient::Private::requestMetadata(std::chrono::milliseconds timeout,
                                                          rd_kafka_resp_err_t *err) {
    // The poll between slices also runs the statistics callback.
    return errorsSinceSuccess.requestMetadata(handle.get(), nullptr, timeout, requestTimeout, err);
}

QList<BrokerInfo> SnapshotClient::Private::brokers(const rd_kafka_metadata_t &metadata) {
    QMap<int, BrokerInfo> byId;
    for (int i = 0; i < metadata.broker_cnt; ++i) {
        const auto &b = metadata.brokers[i];
        BrokerInfo info;
        info.id = b.id;
        info.host = QString::fromUtf8(b.host);
        info.port = b.port;
        info.online = !brokerStats.isUnreachable(b.id);
        byId.insert(info.id, info);
        seenBrokers.insert(info.id, info);
    }
    // Kafka drops a stopped broker from metadata. One that this session saw before, or that replicas
    // still name, is shown as down rather than silently vanishing.
    const auto addMissing = [&byId, this](int id) {
        if (byId.contains(id))
            return;
        BrokerInfo info = seenBrokers.value(id);
        info.id = id;
        info.online = false;
        byId.insert(id, info);
    };
    for (auto it = seenBrokers.cbegin(); it != seenBrokers.cend(); ++it)
        addMissing(it.key());
    for (int t = 0; t < metadata.topic_cnt; ++t) {
        const auto &topic = metadata.topics[t];
        for (int p = 0; p < topic.partition_cnt; ++p) {
            const auto &partition = topic.partitions[p];
            for (int r = 0; r < partition.replica_cnt; ++r)
                addMissing(partition.replicas[r]);
        }
    }
    return byId.values();
}

QList<TopicInfo> SnapshotClient::Private::topics(const rd_kafka_metadata_t &metadata) const {
    QList<TopicInfo> topics;
    topics.reserve(metadata.topic_cnt);
    for (int t = 0; t < metadata.topic_cnt; ++t) {
        const auto &source = metadata.topics[t];
        TopicInfo topic;
        topic.name = QString::fromUtf8(source.topic);
        topic.internal = isInternalTopic(topic.name);
        if (source.err)
            topic.error = errorText(source.err);
        topic.partitions.reserve(source.partition_cnt);
        for (int p = 0; p < source.partition_cnt; ++p) {
            const auto &sp = source.partitions[p];
            PartitionInfo partition;
            partition.id = sp.id;
            partition.leader = sp.leader;
            partition.replicas = QList<int>(sp.replicas, sp.replicas + sp.replica_cnt);
            partition.isr = QList<int>(sp.isrs, sp.isrs + sp.isr_cnt);
            if (sp.err)
                partition.error = errorText(sp.err);
            topic.partitions.append(partition);
        }
        std::sort(topic.partitions.begin(), topic.partitions.end(),
                  [](const PartitionInfo &a, const PartitionInfo &b) { return a.id < b.id; });
        topics.append(topic);
    }
    std::sort(topics.begin(), topics.end(),
              [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    return topics;
}

// Watermarks come from one ListOffsets round per leader broker and side (offsetsAtLeaders), so that a
// dead broker costs only the partitions it leads.
void SnapshotClient::Private::fillWatermarks(ClusterSnapshot &snapshot,
                                             std::chrono::milliseconds timeout) const {
    std::vector<PartitionInfo *> targets;
    std::vector<LeaderOffsetQuery> queries;
    for (auto &topic : snapshot.topics) {
        const QByteArray name = topic.name.toUtf8();
        for (auto &partition : topic.partitions) {
            if (partition.isOffline()) {
                if (partition.error.isEmpty())
                    partition.error = SnapshotClient::tr("no leader");
            } else if (!snapshot.isBrokerOnline(partition.leader)) {
                partition.error = SnapshotClient::tr("leader broker %1 is down").arg(partition.leader);
            } else {
                targets.push_back(&partition);
                queries.push_back({name, partition.id, partition.leader, RD_KAFKA_OFFSET_BEGINNING});
            }
        }
    }
    // True when the request to the partition's leader failed as a whole.
    const auto failed = [&](PartitionInfo &partition, const LeaderOffsetAnswer &answer) {
        if (!answer.leaderFailed)
            return false;
        partition.lowWatermark = partition.highWatermark = -1;
        partition.error = answer.error == RD_KAFKA_RESP_ERR__TIMED_OUT
                              ? SnapshotClient::tr("broker %1 did not answer ListOffsets within %2")
                                    .arg(partition.leader)
                                    .arg(secondsText(timeout))
                              : SnapshotClient::tr("ListOffsets to broker %1 failed: %2")
                                    .arg(partition.leader)
                                    .arg(errorText(answer.error));
        return true;
    };
    const std::vector<LeaderOffsetAnswer> lows = offsetsAtLeaders(handle.get(), queries, timeout);
    std::vector<PartitionInfo *> endTargets;
    std::vector<LeaderOffsetQuery> endQueries;
    for (size_t i = 0; i < targets.size(); ++i) {
        if (failed(*targets[i], lows[i]))
            continue; // asking for the end would only wait as long again
        if (lows[i].error)
            targets[i]->error = SnapshotClient::tr("watermarks: %1").arg(errorText(lows[i].error));
        else
            targets[i]->lowWatermark = lows[i].offset;
        endTargets.push_back(targets[i]);
        endQueries.push_back(queries[i]);
        endQueries.back().what = RD_KAFKA_OFFSET_END;
    }
    const std::vector<LeaderOffsetAnswer> highs = offsetsAtLeaders(handle.get(), endQueries, timeout);
    for (size_t i = 0; i < endTargets.size(); ++i) {
        if (failed(*endTargets[i], highs[i]))
            continue;
        if (highs[i].error)
            endTargets[i]->error = SnapshotClient::tr("watermarks: %1").arg(errorText(highs[i].error));
        else
            endTargets[i]->highWatermark = highs[i].offset;
    }
}

// After a failed poll the client may reach another cluster, or the same one upgraded: nothing said
// about the old connection's controllers holds until a broker answers again.
void SnapshotClient::Private::forgetMetadataMode() {
    metadataMode = {};
    modeQueue.reset();
    modeWanted = true;
    modeMayWait = true;
    modeRetryAt = {};
    modeBrokers.clear();
    topicConfigs->forget();
}

void SnapshotClient::Private::askMetadataModeIfDue(const ClusterSnapshot &snapshot) {
    QList<int> online;
    for (const auto &broker : snapshot.brokers) {
        if (broker.online)
            online << broker.id;
    }
    const auto now = std::chrono::steady_clock::now();
    // Not `online != modeBrokers`: Qt 6.4 compares int lists with memcmp, which is then handed a null
    // pointer when one list is empty and never allocated and the other was emptied by clear()
    // (undefined behaviour, which UBSan reports; seen when every broker was unreachable).
    if (!std::equal(online.cbegin(), online.cend(), modeBrokers.cbegin(), modeBrokers.cend())) {
        // A rolling restart may bring brokers back in another mode; an answer in flight is outdated.
        modeBrokers = online;
        modeQueue.reset();
        modeWanted = true;
        modeRetryAt = now;
    }
    if (!modeWanted || modeQueue || online.isEmpty() || now < modeRetryAt)
        return;

    const QByteArray brokerName = QByteArray::number(online.at(modeFailedAttempts % online.size()));
    rdk::ConfigResourcePtr resource(
        rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_BROKER, brokerName.constData()));
    for (const char *name : MetadataModeConfigs)
        rd_kafka_ConfigResource_set_config(resource.get(), name, ""); // a Describe sends only the name
    const rdk::AdminOptionsPtr options =
        adminOptions(handle.get(), RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, MetadataModeRequestTimeout);
    modeQueue.reset(rd_kafka_queue_new(handle.get()));
    rd_kafka_ConfigResource_t *resources[] = {resource.get()};
    rd_kafka_DescribeConfigs(handle.get(), resources, 1, options.get(), modeQueue.get());
    modeAskedAt = now;
    modeWanted = false;
}

// Takes the DescribeConfigs answer if it has come within wait; an answer still missing is looked
// for again by the next poll.
void SnapshotClient::Private::collectMetadataMode(std::chrono::milliseconds wait) {
    if (!modeQueue)
        return;
    rdk::EventPtr event(
        rd_kafka_queue_poll(modeQueue.get(), int(std::max(wait, std::chrono::milliseconds(0)).count())));
    if (!event)
        return;
    modeQueue.reset();
    rd_kafka_resp_err_t err = rd_kafka_event_error(event.get());
    const rd_kafka_ConfigResource_t *resource = nullptr;
    if (!err) {
        size_t count = 0;
        const rd_kafka_ConfigResource_t **resources = rd_kafka_DescribeConfigs_result_resources(
            rd_kafka_event_DescribeConfigs_result(event.get()), &count);
        if (count == 1) {
            resource = resources[0];
            err = rd_kafka_ConfigResource_error(resource);
        } else {
            err = RD_KAFKA_RESP_ERR__BAD_MSG;
        }
    }
    if (!err) {
        QMap<QString, QString> configs;
        size_t count = 0;
        const rd_kafka_ConfigEntry_t **entries = rd_kafka_ConfigResource_configs(resource, &count);
        for (size_t i = 0; i < count; ++i) {
            if (const char *value = rd_kafka_ConfigEntry_value(entries[i])) // null: unset or sensitive
                configs.insert(QString::fromUtf8(rd_kafka_ConfigEntry_name(entries[i])),
                               QString::fromUtf8(value));
        }
        metadataMode = decideMetadataMode(configs);
        modeFailedAttempts = 0;
    } else if (isLastingMetadataModeError(err)) {
        metadataMode = {};
    } else {
        // Timed out or the broker went away: keep what an earlier answer said and ask again later.
        ++modeFailedAttempts;
        modeWanted = true;
        modeRetryAt = std::chrono::steady_clock::now() + MetadataModeRetry;
    }
}

SnapshotClient::SnapshotClient(std::unique_ptr<Private> d)
    : d(std::move(d)) {}

SnapshotClient::~SnapshotClient() = default;

std::unique_ptr<SnapshotClient> SnapshotClient::create(const ConnectionSettings &settings, QString *error) {
    if (!settings.isUsable(error))
        return nullptr;
    rdk::ConfPtr conf = KafkaConfig::build(settings, error);
    if (!conf)
        return nullptr;
    auto d = std::make_unique<Private>();
    d->settings = settings;
    d->requestTimeout = std::chrono::milliseconds(
        settings.extraProperties.value(QStringLiteral("socket.timeout.ms")).toInt());
    if (d->requestTimeout.count() <= 0)
        d->requestTimeout = DefaultRequestTimeout;
    QMap<QString, QString> monitoring;
    // Connect to every broker, not only those we send requests to, so each one's reachability is known.
    monitoring.insert(QStringLiteral("enable.sparse.connections"), QStringLiteral("false"));
    // Statistics every second tell which brokers librdkafka can reach; redialling a down broker at least
    // every second lets a restarted one show as back within three 1 s refreshes of its answering (a 2 s
    // backoff, a statistics interval and a refresh add up to more).
    // librdkafka 2.0.2 sends each metadata request to the broker it sent to last, answering or not, and
    // only drops a connection whose request went unanswered for socket.timeout.ms (60 s by default).
    // A broker that keeps its connection and stops answering (a paused process, a hung disk) would
    // fail every poll for that long; 3 s, within one metadata timeout, drops it so that the retry goes
    // to another broker and the silent one shows as down. Users may override all three.
    const QMap<QString, QString> monitoringDefaults{
        {QStringLiteral("statistics.interval.ms"), QStringLiteral("1000")},
        {QStringLiteral("reconnect.backoff.max.ms"), QStringLiteral("1000")},
        {QStringLiteral("socket.timeout.ms"), QString::number(DefaultRequestTimeout.count())}};
    for (auto it = monitoringDefaults.cbegin(); it != monitoringDefaults.cend(); ++it) {
        if (!settings.extraProperties.contains(it.key()))
            monitoring.insert(it.key(), it.value());
    }
    if (!KafkaConfig::apply(conf.get(), monitoring, error))
        return nullptr;
    rd_kafka_conf_set_opaque(conf.get(), d.get());
    rd_kafka_conf_set_error_cb(conf.get(), &Private::onError);
    rd_kafka_conf_set_stats_cb(conf.get(), &Private::onStatistics);
    // A consumer handle without group.id: it can send admin and ListOffsets requests, never joins a group.
    d->handle = KafkaConfig::createHandle(RD_KAFKA_CONSUMER, std::move(conf), error);
    if (!d->handle)
        return nullptr;
    d->topicConfigs = std::make_unique<TopicConfigs>(d->handle.get());
    return std::unique_ptr<SnapshotClient>(new SnapshotClient(std::move(d)));
}

SnapshotResult SnapshotClient::fetch(const Timeouts &timeouts) {
    d->serveCallbacks();

    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
    rdk::MetadataPtr metadata = d->requestMetadata(timeouts.metadata, &err);
    if (!metadata) {
        d->forgetMetadataMode();
        return d->failure(err, timeouts.metadata);
    }
    d->everConnected = true;
    d->errorsSinceSuccess.clear();

    auto snapshot = std::make_shared<ClusterSnapshot>();
    snapshot->generation = ++d->generation;
    // Both answer from the metadata cache just refreshed, so a short wait is enough.
    rdk::StringPtr clusterId(rd_kafka_clusterid(d->handle.get(), 1000));
    snapshot->clusterId = clusterId ? QString::fromUtf8(clusterId.get()) : QString();
    snapshot->brokers = d->brokers(*metadata);
    snapshot->topics = d->topics(*metadata);
    d->awaitFirstStatistics();
    markOfflineReplicas(*snapshot);
    d->askMetadataModeIfDue(*snapshot);
    d->topicConfigs->askIfDue(snapshot->topics);
    d->fillWatermarks(*snapshot, timeouts.offsets);
    // The DescribeConfigs ran alongside the watermark requests, so this rarely waits at all.
    const auto modeWait = d->modeMayWait
                              ? std::chrono::duration_cast<std::chrono::milliseconds>(
                                    d->modeAskedAt + timeouts.metadataMode - std::chrono::steady_clock::now())
                              : std::chrono::milliseconds(0);
    d->collectMetadataMode(modeWait);
    d->topicConfigs->collect(d->modeMayWait ? modeWait : std::chrono::milliseconds(0));
    d->topicConfigs->fill(snapshot->topics);
    d->modeMayWait = false;
    snapshot->metadataMode = d->metadataMode.mode;
    snapshot->controllerVoters = d->metadataMode.voters;
    if (d->metadataMode.controllerIdVisible) {
        const int controller = rd_kafka_controllerid(d->handle.get(), 1000);
        snapshot->controllerId = snapshot->broker(controller) ? controller : -1;
    }
    snapshot->takenAt = QDateTime::currentDateTimeUtc();

    SnapshotResult result;
    QStringList down;
    for (const auto &broker : snapshot->brokers) {
        if (!broker.online)
            down << QString::number(broker.id);
    }
    if (down.isEmpty()) {
        result.state = ConnectionState::Connected;
        result.message = tr("%n broker(s) online", nullptr, int(snapshot->brokers.size()));
    } else {
        result.state = ConnectionState::Degraded;
        result.message =
            tr("Broker(s) %1 is/are down", nullptr, int(down.size())).arg(down.join(QStringLiteral(", ")));
    }
    result.snapshot = std::move(snapshot);
    return result;
}

} // namespace partita
