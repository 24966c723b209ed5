#include "clusteradmin.h"

#include "adminoptions.h"
#include "connectionerrors.h"
#include "durationtext.h"
#include "kafkaconfig.h"
#include "leaderoffsets.h"

#include <QRegularExpression>

#include <algorithm>

namespace partita {

namespace {

// Kafka's limit (Topic.MAX_NAME_LENGTH): a partition's folder adds "-<partition>" to the name, and
// file systems take 255 characters.
constexpr int MaxTopicNameLength = 249;

// Slices of the metadata request that finds the brokers and leaders; see
// ConnectionErrors::requestMetadata.
constexpr std::chrono::milliseconds MetadataSlice(3000);

constexpr auto NoAuthorizer = QT_TRANSLATE_NOOP(
    "ClusterAdmin", "This cluster has no authorizer (authorizer.class.name is not set), so it has no ACLs");

// The broker's own words for an error, or librdkafka's name for the code when it gave none.
QString brokerText(rd_kafka_resp_err_t err, const char *text) {
    if (err == RD_KAFKA_RESP_ERR_SECURITY_DISABLED)
        return ClusterAdmin::tr(NoAuthorizer);
    return text && *text ? QString::fromUtf8(text) : QString::fromUtf8(rd_kafka_err2str(err));
}

QString errorText(const rd_kafka_error_t *error) {
    return error ? brokerText(rd_kafka_error_code(error), rd_kafka_error_string(error)) : QString();
}

// The first error among the topics a CreateTopics, DeleteTopics or CreatePartitions answered for.
QString topicResultError(const rd_kafka_topic_result_t **results, size_t count) {
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]))
            return brokerText(err, rd_kafka_topic_result_error_string(results[i]));
    }
    return {};
}

ConfigSource configSourceOf(rd_kafka_ConfigSource_t source) {
    switch (source) {
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG:
        return ConfigSource::DynamicTopic;
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG:
        return ConfigSource::DynamicBroker;
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG:
        return ConfigSource::DynamicDefaultBroker;
    case RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG:
        return ConfigSource::StaticBroker;
    case RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG:
        return ConfigSource::Default;
    default:
        return ConfigSource::Unknown;
    }
}

// The ACL enums list librdkafka's values in librdkafka's order, so they convert by number.
static_assert(int(AclResourceType::Cluster) == RD_KAFKA_RESOURCE_BROKER &&
              int(AclResourceType::Cluster) + 1 == RD_KAFKA_RESOURCE__CNT);
static_assert(int(AclPatternType::Prefixed) == RD_KAFKA_RESOURCE_PATTERN_PREFIXED &&
              int(AclPatternType::Prefixed) + 1 == RD_KAFKA_RESOURCE_PATTERN_TYPE__CNT);
static_assert(int(AclOperation::IdempotentWrite) == RD_KAFKA_ACL_OPERATION_IDEMPOTENT_WRITE &&
              int(AclOperation::IdempotentWrite) + 1 == RD_KAFKA_ACL_OPERATION__CNT);
static_assert(int(AclPermission::Allow) == RD_KAFKA_ACL_PERMISSION_TYPE_ALLOW &&
              int(AclPermission::Allow) + 1 == RD_KAFKA_ACL_PERMISSION_TYPE__CNT);

// A value of a newer Kafka than librdkafka knows is Unknown.
template <typename Enum> Enum fromRdk(int value, int count) {
    return value >= 0 && value < count ? Enum(value) : Enum(0);
}

AclBinding bindingOf(const rd_kafka_AclBinding_t *acl) {
    AclBinding binding;
    binding.resourceType = fromRdk<AclResourceType>(rd_kafka_AclBinding_restype(acl), RD_KAFKA_RESOURCE__CNT);
    binding.resourceName = QString::fromUtf8(rd_kafka_AclBinding_name(acl));
    binding.patternType = fromRdk<AclPatternType>(rd_kafka_AclBinding_resource_pattern_type(acl),
                                                  RD_KAFKA_RESOURCE_PATTERN_TYPE__CNT);
    binding.principal = QString::fromUtf8(rd_kafka_AclBinding_principal(acl));
    binding.host = QString::fromUtf8(rd_kafka_AclBinding_host(acl));
    binding.operation =
        fromRdk<AclOperation>(rd_kafka_AclBinding_operation(acl), RD_KAFKA_ACL_OPERATION__CNT);
    binding.permission =
        fromRdk<AclPermission>(rd_kafka_AclBinding_permission_type(acl), RD_KAFKA_ACL_PERMISSION_TYPE__CNT);
    return binding;
}

QList<AclBinding> bindingsOf(const rd_kafka_AclBinding_t **acls, size_t count) {
    QList<AclBinding> bindings;
    for (size_t i = 0; i < count; ++i)
        bindings.append(bindingOf(acls[i]));
    return bindings;
}

// An empty filter field matches anything, which librdkafka takes as a null pointer.
const char *orAny(const QByteArray &text) {
    return text.isEmpty() ? nullptr : text.constData();
}

} // namespace

class ClusterAdmin::Private {
public:
    ConnectionSettings settings;
    rdk::HandlePtr handle;
    // Why brokers could not be reached, from the error callback, served after every request.
    ConnectionErrors connectionErrors;
    bool everAnswered = false;

    static void onError(rd_kafka_t *, int err, const char *reason, void *opaque) {
        static_cast<Private *>(opaque)->connectionErrors.add(rd_kafka_resp_err_t(err),
                                                             QString::fromUtf8(reason));
    }

    // The one read-only check, which every change makes before anything else.
    bool refuses(QString *error) const {
        if (settings.readOnly)
            *error = readOnlyRefusal();
        return settings.readOnly;
    }

    rdk::AdminOptionsPtr options(rd_kafka_admin_op_t op, std::chrono::milliseconds timeout) const;
    rdk::EventPtr await(rd_kafka_queue_t *queue, const char *request, std::chrono::milliseconds timeout,
                        QString *error);
    QString noAnswer(const char *request, std::chrono::milliseconds timeout) const;
    rdk::MetadataPtr metadata(std::chrono::milliseconds timeout, QString *error);
    QString watermarks(const QString &topic, const QList<int> &partitions, QMap<int, qint64> *lows,
                       QMap<int, qint64> *highs, std::chrono::milliseconds timeout);
    ConfigDescription describe(rd_kafka_ResourceType_t type, const QByteArray &name,
                               std::chrono::milliseconds timeout);
    bool hasAuthorizer(std::chrono::milliseconds timeout);
    AclListing aclRequest(const AclFilter &filter, bool deleting, std::chrono::milliseconds timeout);
};

// Requests that change topics or records also tell the broker how long it may wait for the change to
// take effect (librdkafka's default is 60 s): half the time, leaving the rest for the round trip.
rdk::AdminOptionsPtr ClusterAdmin::Private::options(rd_kafka_admin_op_t op,
                                                    std::chrono::milliseconds timeout) const {
    rdk::AdminOptionsPtr options = adminOptions(handle.get(), op, timeout);
    if (op == RD_KAFKA_ADMIN_OP_CREATETOPICS || op == RD_KAFKA_ADMIN_OP_DELETETOPICS ||
        op == RD_KAFKA_ADMIN_OP_CREATEPARTITIONS || op == RD_KAFKA_ADMIN_OP_DELETERECORDS) {
        char errstr[256];
        rd_kafka_AdminOptions_set_operation_timeout(options.get(), int(timeout.count() / 2), errstr,
                                                    sizeof errstr);
    }
    return options;
}

QString ClusterAdmin::Private::noAnswer(const char *request, std::chrono::milliseconds timeout) const {
    const QString why = connectionErrors.describe(settings.bootstrapServers, everAnswered);
    const QString text =
        ClusterAdmin::tr("%1 got no answer within %2").arg(QLatin1String(request), secondsText(timeout));
    return why.isEmpty() ? text : ClusterAdmin::tr("%1: %2").arg(text, why);
}

// The answer to the one request sent to `queue`, or null with *error set when none came in time or
// the request failed as a whole.
rdk::EventPtr ClusterAdmin::Private::await(rd_kafka_queue_t *queue, const char *request,
                                           std::chrono::milliseconds timeout, QString *error) {
    // The request's own timeout answers first; the margin only bounds the wait should it not.
    rdk::EventPtr event(rd_kafka_queue_poll(queue, int(timeout.count()) + 1000));
    rd_kafka_poll(handle.get(), 0); // runs the error callback
    const rd_kafka_resp_err_t err = event ? rd_kafka_event_error(event.get()) : RD_KAFKA_RESP_ERR__TIMED_OUT;
    if (err == RD_KAFKA_RESP_ERR__TIMED_OUT) {
        *error = noAnswer(request, timeout);
        return nullptr;
    }
    if (err) {
        *error = brokerText(err, rd_kafka_event_error_string(event.get()));
        return nullptr;
    }
    everAnswered = true;
    connectionErrors.clear();
    return event;
}

rdk::MetadataPtr ClusterAdmin::Private::metadata(std::chrono::milliseconds timeout, QString *error) {
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
    // Every topic: asking for one the cluster lacks could have the broker create it.
    rdk::MetadataPtr metadata =
        connectionErrors.requestMetadata(handle.get(), nullptr, timeout, MetadataSlice, &err);
    if (metadata) {
        everAnswered = true;
        connectionErrors.clear();
    } else if (err == RD_KAFKA_RESP_ERR__TIMED_OUT || err == RD_KAFKA_RESP_ERR__TRANSPORT) {
        *error = noAnswer("Metadata", timeout);
    } else {
        *error = ClusterAdmin::tr("Metadata request failed: %1").arg(brokerText(err, nullptr));
    }
    return metadata;
}

// The low and high watermarks of the partitions, asked of their leaders; returns an empty string
// when every one is known.
QString ClusterAdmin::Private::watermarks(const QString &topic, const QList<int> &partitions,
                                          QMap<int, qint64> *lows, QMap<int, qint64> *highs,
                                          std::chrono::milliseconds timeout) {
    QString error;
    const rdk::MetadataPtr metadata = this->metadata(timeout, &error);
    if (!metadata)
        return error;
    const QByteArray name = topic.toUtf8();
    const rd_kafka_metadata_topic_t *begin = metadata->topics;
    const rd_kafka_metadata_topic_t *end = begin + metadata->topic_cnt;
    const rd_kafka_metadata_topic_t *found = std::find_if(
        begin, end, [&name](const rd_kafka_metadata_topic_t &t) { return name == t.topic && !t.err; });
    if (found == end)
        return ClusterAdmin::tr("The cluster has no topic %1").arg(topic);
    std::vector<LeaderOffsetQuery> queries;
    for (int partition : partitions) {
        const rd_kafka_metadata_partition_t *partitionsBegin = found->partitions;
        const rd_kafka_metadata_partition_t *partitionsEnd = partitionsBegin + found->partition_cnt;
        const rd_kafka_metadata_partition_t *described =
            std::find_if(partitionsBegin, partitionsEnd,
                         [partition](const rd_kafka_metadata_partition_t &p) { return p.id == partition; });
        if (described == partitionsEnd)
            return ClusterAdmin::tr("Topic %1 has no partition %2").arg(topic).arg(partition);
        if (described->leader < 0)
            return ClusterAdmin::tr("Partition %1-%2 has no leader").arg(topic).arg(partition);
        queries.push_back({name, partition, described->leader, RD_KAFKA_OFFSET_BEGINNING});
    }
    const std::vector<LeaderOffsetAnswer> low = offsetsAtLeaders(handle.get(), queries, timeout);
    for (auto &query : queries)
        query.what = RD_KAFKA_OFFSET_END;
    const std::vector<LeaderOffsetAnswer> high = offsetsAtLeaders(handle.get(), queries, timeout);
    for (size_t i = 0; i < queries.size(); ++i) {
        for (const LeaderOffsetAnswer &answer : {low[i], high[i]}) {
            if (answer.error == RD_KAFKA_RESP_ERR__TIMED_OUT)
                return ClusterAdmin::tr(
                           "The leader of %1-%2, broker %3, did not answer ListOffsets within %4")
                    .arg(topic)
                    .arg(queries[i].partition)
                    .arg(queries[i].leader)
                    .arg(secondsText(timeout));
            if (answer.error)
                return ClusterAdmin::tr("ListOffsets for %1-%2 failed: %3")
                    .arg(topic)
                    .arg(queries[i].partition)
                    .arg(brokerText(answer.error, nullptr));
        }
        lows->insert(queries[i].partition, low[i].offset);
        highs->insert(queries[i].partition, high[i].offset);
    }
    return {};
}

ConfigDescription ClusterAdmin::Private::describe(rd_kafka_ResourceType_t type, const QByteArray &name,
                                                  std::chrono::milliseconds timeout) {
    ConfigDescription description;
    const rdk::ConfigResourcePtr resource(rd_kafka_ConfigResource_new(type, name.constData()));
    const rdk::QueuePtr queue(rd_kafka_queue_new(handle.get()));
    rd_kafka_ConfigResource_t *resources[] = {resource.get()};
    rd_kafka_DescribeConfigs(handle.get(), resources, 1,
                             options(RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeout).get(), queue.get());
    const rdk::EventPtr event = await(queue.get(), "DescribeConfigs", timeout, &description.error);
    if (!event)
        return description;
    size_t count = 0;
    const rd_kafka_ConfigResource_t **described =
        rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(event.get()), &count);
    if (count != 1) {
        // Zero, or two and more: the plural reads right either way.
        description.error = ClusterAdmin::tr("DescribeConfigs answered for %1 resources, not one").arg(count);
        return description;
    }
    if (const rd_kafka_resp_err_t err = rd_kafka_ConfigResource_error(described[0])) {
        description.error = brokerText(err, rd_kafka_ConfigResource_error_string(described[0]));
        return description;
    }
    const rd_kafka_ConfigEntry_t **entries = rd_kafka_ConfigResource_configs(described[0], &count);
    for (size_t i = 0; i < count; ++i) {
        ConfigEntry entry;
        entry.name = QString::fromUtf8(rd_kafka_ConfigEntry_name(entries[i]));
        const char *value = rd_kafka_ConfigEntry_value(entries[i]);
        entry.hasValue = value != nullptr;
        entry.value = QString::fromUtf8(value);
        entry.source = configSourceOf(rd_kafka_ConfigEntry_source(entries[i]));
        entry.isSensitive = rd_kafka_ConfigEntry_is_sensitive(entries[i]) == 1;
        entry.isReadOnly = rd_kafka_ConfigEntry_is_read_only(entries[i]) == 1;
        entry.isDefault = rd_kafka_ConfigEntry_is_default(entries[i]) == 1;
        description.entries.append(entry);
    }
    std::sort(description.entries.begin(), description.entries.end(),
              [](const ConfigEntry &a, const ConfigEntry &b) { return a.name < b.name; });
    return description;
}

// False only when a broker's configuration says that it has no authorizer: true when it cannot be asked.
bool ClusterAdmin::Private::hasAuthorizer(std::chrono::milliseconds timeout) {
    QString error;
    const rdk::MetadataPtr metadata = this->metadata(timeout, &error);
    if (!metadata || metadata->broker_cnt == 0)
        return true;
    const ConfigDescription broker =
        describe(RD_KAFKA_RESOURCE_BROKER, QByteArray::number(metadata->brokers[0].id), timeout);
    for (const ConfigEntry &entry : broker.entries) {
        if (entry.name == QLatin1String("authorizer.class.name"))
            return !entry.hasValue || !entry.value.isEmpty();
    }
    return true;
}

// DescribeAcls, or DeleteAcls with the same one filter: both answer the ACLs that match.
AclListing ClusterAdmin::Private::aclRequest(const AclFilter &filter, bool deleting,
                                             std::chrono::milliseconds timeout) {
    AclListing listing;
    const QByteArray name = filter.resourceName.toUtf8();
    const QByteArray principal = filter.principal.toUtf8();
    const QByteArray host = filter.host.toUtf8();
    char errstr[512];
    rdk::AclBindingPtr acl(rd_kafka_AclBindingFilter_new(
        rd_kafka_ResourceType_t(filter.resourceType), orAny(name),
        rd_kafka_ResourcePatternType_t(filter.patternType), orAny(principal), orAny(host),
        rd_kafka_AclOperation_t(filter.operation), rd_kafka_AclPermissionType_t(filter.permission), errstr,
        sizeof errstr));
    if (!acl) {
        listing.error = ClusterAdmin::tr("Invalid ACL filter: %1").arg(QString::fromUtf8(errstr));
        return listing;
    }
    const rdk::QueuePtr queue(rd_kafka_queue_new(handle.get()));
    if (!deleting) {
        rd_kafka_DescribeAcls(handle.get(), acl.get(), options(RD_KAFKA_ADMIN_OP_DESCRIBEACLS, timeout).get(),
                              queue.get());
        const rdk::EventPtr event = await(queue.get(), "DescribeAcls", timeout, &listing.error);
        if (!event)
            return listing;
        size_t count = 0;
        listing.acls = bindingsOf(
            rd_kafka_DescribeAcls_result_acls(rd_kafka_event_DescribeAcls_result(event.get()), &count),
            count);
        // librdkafka 2.0.2 drops the error code of a DescribeAcls answer (as later versions do), so a
        // cluster without an authorizer (SECURITY_DISABLED) looks like one without ACLs. Only then, the
        // brokers' own configuration tells the two apart.
        if (listing.acls.isEmpty() && !hasAuthorizer(timeout))
            listing.error = ClusterAdmin::tr(NoAuthorizer);
        return listing;
    }
    rd_kafka_AclBindingFilter_t *filters[] = {acl.get()};
    rd_kafka_DeleteAcls(handle.get(), filters, 1, options(RD_KAFKA_ADMIN_OP_DELETEACLS, timeout).get(),
                        queue.get());
    const rdk::EventPtr event = await(queue.get(), "DeleteAcls", timeout, &listing.error);
    if (!event)
        return listing;
    size_t count = 0;
    const rd_kafka_DeleteAcls_result_response_t **responses =
        rd_kafka_DeleteAcls_result_responses(rd_kafka_event_DeleteAcls_result(event.get()), &count);
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t *error = rd_kafka_DeleteAcls_result_response_error(responses[i])) {
            listing.error = errorText(error);
            continue;
        }
        size_t matching = 0;
        const rd_kafka_AclBinding_t **deleted =
            rd_kafka_DeleteAcls_result_response_matching_acls(responses[i], &matching);
        listing.acls += bindingsOf(deleted, matching);
    }
    return listing;
}

ClusterAdmin::ClusterAdmin(std::unique_ptr<Private> d)
    : d(std::move(d)) {}

ClusterAdmin::~ClusterAdmin() = default;

std::unique_ptr<ClusterAdmin> ClusterAdmin::create(const ConnectionSettings &settings, QString *error) {
    if (!settings.isUsable(error))
        return nullptr;
    rdk::ConfPtr conf = KafkaConfig::build(settings, error);
    if (!conf)
        return nullptr;
    auto d = std::make_unique<Private>();
    d->settings = settings;
    rd_kafka_conf_set_opaque(conf.get(), d.get());
    rd_kafka_conf_set_error_cb(conf.get(), &Private::onError);
    // A consumer handle without group.id sends admin and ListOffsets requests and never joins a group.
    d->handle = KafkaConfig::createHandle(RD_KAFKA_CONSUMER, std::move(conf), error);
    if (!d->handle)
        return nullptr;
    return std::unique_ptr<ClusterAdmin>(new ClusterAdmin(std::move(d)));
}

QString ClusterAdmin::readOnlyRefusal() {
    return tr("Refused: this connection is read-only");
}

QString ClusterAdmin::topicNameProblem(const QString &name) {
    static const QRegularExpression legal(QStringLiteral("^[a-zA-Z0-9._-]+$"));
    if (name.isEmpty())
        return tr("A topic name cannot be empty");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return tr("A topic name cannot be \".\" or \"..\"");
    if (name.size() > MaxTopicNameLength)
        return tr("A topic name can have at most %1 characters; this one has %2")
            .arg(MaxTopicNameLength)
            .arg(name.size());
    if (!legal.match(name).hasMatch())
        return tr("Topic name \"%1\" is illegal: it may hold only ASCII letters, digits, '.', '_' and '-'")
            .arg(name);
    return {};
}

QString ClusterAdmin::collisionWarning(const QString &name, const QStringList &existingNames) {
    if (!name.contains(QLatin1Char('.')) && !name.contains(QLatin1Char('_')))
        return {};
    QString unified = name;
    unified.replace(QLatin1Char('.'), QLatin1Char('_'));
    for (const QString &existing : existingNames) {
        QString other = existing;
        if (existing != name && other.replace(QLatin1Char('.'), QLatin1Char('_')) == unified)
            return tr("Topic \"%1\" collides with the existing topic \"%2\": metric names do not tell '.' "
                      "from '_', so Kafka refuses it")
                .arg(name, existing);
    }
    return tr("Metric names do not tell '.' from '_', so topics with either can collide: use one of them, "
              "not both");
}

QString ClusterAdmin::createTopic(const NewTopic &topic, std::chrono::milliseconds timeout) {
    QString error;
    if (d->refuses(&error))
        return error;
    error = topicNameProblem(topic.name);
    if (!error.isEmpty())
        return error;
    const rdk::MetadataPtr metadata = d->metadata(timeout, &error);
    if (!metadata)
        return error;
    // Kafka refuses it too, but in terms of "registered brokers"; this names the numbers plainly.
    if (topic.replicationFactor > metadata->broker_cnt)
        return tr("Replication factor %1 needs as many brokers, but the cluster has %2: each replica of a "
                  "partition needs a broker of its own")
            .arg(topic.replicationFactor)
            .arg(metadata->broker_cnt);
    char errstr[512];
    const QByteArray name = topic.name.toUtf8();
    const rdk::NewTopicPtr request(rd_kafka_NewTopic_new(name.constData(), topic.partitions,
                                                         topic.replicationFactor, errstr, sizeof errstr));
    if (!request)
        return QString::fromUtf8(errstr);
    for (auto it = topic.configs.cbegin(); it != topic.configs.cend(); ++it)
        rd_kafka_NewTopic_set_config(request.get(), it.key().toUtf8().constData(),
                                     it.value().toUtf8().constData());
    const rdk::QueuePtr queue(rd_kafka_queue_new(d->handle.get()));
    rd_kafka_NewTopic_t *requests[] = {request.get()};
    rd_kafka_CreateTopics(d->handle.get(), requests, 1,
                          d->options(RD_KAFKA_ADMIN_OP_CREATETOPICS, timeout).get(), queue.get());
    const rdk::EventPtr event = d->await(queue.get(), "CreateTopics", timeout, &error);
    if (!event)
        return error;
    size_t count = 0;
    const rd_kafka_topic_result_t **results =
        rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event.get()), &count);
    return topicResultError(results, count);
}

QString ClusterAdmin::deleteTopic(const QString &name, std::chrono::milliseconds timeout) {
    QString error;
    if (d->refuses(&error))
        return error;
    const rdk::DeleteTopicPtr request(rd_kafka_DeleteTopic_new(name.toUtf8().constData()));
    const rdk::QueuePtr queue(rd_kafka_queue_new(d->handle.get()));
    rd_kafka_DeleteTopic_t *requests[] = {request.get()};
    rd_kafka_DeleteTopics(d->handle.get(), requests, 1,
                          d->options(RD_KAFKA_ADMIN_OP_DELETETOPICS, timeout).get(), queue.get());
    const rdk::EventPtr event = d->await(queue.get(), "DeleteTopics", timeout, &error);
    if (!event)
        return error;
    size_t count = 0;
    const rd_kafka_topic_result_t **results =
        rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(event.get()), &count);
    return topicResultError(results, count);
}

QString ClusterAdmin::addPartitions(const QString &topic, int totalPartitions,
                                    std::chrono::milliseconds timeout) {
    QString error;
    if (d->refuses(&error))
        return error;
    char errstr[512];
    const rdk::NewPartitionsPtr request(rd_kafka_NewPartitions_new(
        topic.toUtf8().constData(), size_t(std::max(totalPartitions, 0)), errstr, sizeof errstr));
    if (!request)
        return QString::fromUtf8(errstr);
    const rdk::QueuePtr queue(rd_kafka_queue_new(d->handle.get()));
    rd_kafka_NewPartitions_t *requests[] = {request.get()};
    rd_kafka_CreatePartitions(d->handle.get(), requests, 1,
                              d->options(RD_KAFKA_ADMIN_OP_CREATEPARTITIONS, timeout).get(), queue.get());
    const rdk::EventPtr event = d->await(queue.get(), "CreatePartitions", timeout, &error);
    if (!event)
        return error;
    size_t count = 0;
    const rd_kafka_topic_result_t **results =
        rd_kafka_CreatePartitions_result_topics(rd_kafka_event_CreatePartitions_result(event.get()), &count);
    return topicResultError(results, count);
}

QString ClusterAdmin::messagesBefore(const QString &topic, const QMap<int, qint64> &beforeOffsets,
                                     QMap<int, qint64> *counts, std::chrono::milliseconds timeout) {
    QMap<int, qint64> lows;
    QMap<int, qint64> highs;
    const QString error = d->watermarks(topic, beforeOffsets.keys(), &lows, &highs, timeout);
    if (!error.isEmpty())
        return error;
    counts->clear();
    for (auto it = beforeOffsets.cbegin(); it != beforeOffsets.cend(); ++it) {
        const qint64 low = lows.value(it.key());
        const qint64 high = highs.value(it.key());
        const qint64 before = it.value() < 0 ? high : it.value();
        // Kafka refuses an offset past the end (OFFSET_OUT_OF_RANGE); say so before anyone confirms.
        if (before > high)
            return tr("Offset %1 is beyond the end of %2-%3, which holds offsets %4 to %5")
                .arg(before)
                .arg(topic)
                .arg(it.key())
                .arg(low)
                .arg(high);
        counts->insert(it.key(), std::max<qint64>(before - low, 0));
    }
    return {};
}

RecordDeletionResult ClusterAdmin::deleteRecords(const QString &topic, const QMap<int, qint64> &beforeOffsets,
                                                 std::chrono::milliseconds timeout) {
    RecordDeletionResult result;
    if (d->refuses(&result.error))
        return result;
    const QByteArray name = topic.toUtf8();
    const rdk::PartitionListPtr offsets(rd_kafka_topic_partition_list_new(int(beforeOffsets.size())));
    for (auto it = beforeOffsets.cbegin(); it != beforeOffsets.cend(); ++it)
        rd_kafka_topic_partition_list_add(offsets.get(), name.constData(), it.key())->offset =
            it.value() < 0 ? RD_KAFKA_OFFSET_END : it.value();
    const rdk::DeleteRecordsPtr request(rd_kafka_DeleteRecords_new(offsets.get()));
    const rdk::QueuePtr queue(rd_kafka_queue_new(d->handle.get()));
    rd_kafka_DeleteRecords_t *requests[] = {request.get()};
    rd_kafka_DeleteRecords(d->handle.get(), requests, 1,
                           d->options(RD_KAFKA_ADMIN_OP_DELETERECORDS, timeout).get(), queue.get());
    const rdk::EventPtr event = d->await(queue.get(), "DeleteRecords", timeout, &result.error);
    if (!event)
        return result;
    const rd_kafka_topic_partition_list_t *deleted =
        rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(event.get()));
    for (int i = 0; deleted && i < deleted->cnt; ++i) {
        const rd_kafka_topic_partition_t &partition = deleted->elems[i];
        RecordDeletion &deletion = result.partitions[partition.partition];
        if (partition.err)
            deletion.error = brokerText(partition.err, nullptr);
        else
            deletion.lowWatermark = partition.offset;
    }
    return result;
}

ConfigDescription ClusterAdmin::describeTopicConfig(const QString &topic, std::chrono::milliseconds timeout) {
    return d->describe(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8(), timeout);
}

ConfigDescription ClusterAdmin::describeBrokerConfig(int brokerId, std::chrono::milliseconds timeout) {
    return d->describe(RD_KAFKA_RESOURCE_BROKER, QByteArray::number(brokerId), timeout);
}

// librdkafka 2.0.2 has only the original AlterConfigs, not IncrementalAlterConfigs: it replaces the
// topic's whole set of own entries with those sent, and drops the ones left out. So the entries the
// topic sets now are read, the changes applied to them, and all of them written back. A change
// someone else makes between the read and the write is lost, and so is one the broker that answers
// the read has not applied yet (brokers learn changes from the controller, within moments as a rule);
// this API offers no way to prevent either.
QString ClusterAdmin::alterTopicConfig(const QString &topic, const ConfigChanges &changes,
                                       std::chrono::milliseconds timeout) {
    QString error;
    if (d->refuses(&error))
        return error;
    const ConfigDescription current = describeTopicConfig(topic, timeout);
    if (!current.error.isEmpty())
        return current.error;
    QMap<QString, QString> own;
    for (const ConfigEntry &entry : current.entries) {
        if (entry.source != ConfigSource::DynamicTopic || changes.contains(entry.name))
            continue;
        if (!entry.hasValue)
            return tr("Cannot change the configuration of %1: the broker does not show the value of %2, "
                      "which writing the other entries would remove")
                .arg(topic, entry.name);
        own.insert(entry.name, entry.value);
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value())
            own.insert(it.key(), *it.value());
    }
    const rdk::ConfigResourcePtr resource(
        rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData()));
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        rd_kafka_ConfigResource_set_config(resource.get(), it.key().toUtf8().constData(),
                                           it.value().toUtf8().constData());
    const rdk::QueuePtr queue(rd_kafka_queue_new(d->handle.get()));
    rd_kafka_ConfigResource_t *resources[] = {resource.get()};
    rd_kafka_AlterConfigs(d->handle.get(), resources, 1,
                          d->options(RD_KAFKA_ADMIN_OP_ALTERCONFIGS, timeout).get(), queue.get());
    const rdk::EventPtr event = d->await(queue.get(), "AlterConfigs", timeout, &error);
    if (!event)
        return error;
    size_t count = 0;
    const rd_kafka_ConfigResource_t **altered =
        rd_kafka_AlterConfigs_result_resources(rd_kafka_event_AlterConfigs_result(event.get()), &count);
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_resp_err_t err = rd_kafka_ConfigResource_error(altered[i]))
            return brokerText(err, rd_kafka_ConfigResource_error_string(altered[i]));
    }
    return {};
}

AclListing ClusterAdmin::describeAcls(const AclFilter &filter, std::chrono::milliseconds timeout) {
    return d->aclRequest(filter, false, timeout);
}

QString ClusterAdmin::createAcl(const AclBinding &acl, std::chrono::milliseconds timeout) {
    QString error;
    if (d->refuses(&error))
        return error;
    char errstr[512];
    const rdk::AclBindingPtr binding(rd_kafka_AclBinding_new(
        rd_kafka_ResourceType_t(acl.resourceType), acl.resourceName.toUtf8().constData(),
        rd_kafka_ResourcePatternType_t(acl.patternType), acl.principal.toUtf8().constData(),
        acl.host.toUtf8().constData(), rd_kafka_AclOperation_t(acl.operation),
        rd_kafka_AclPermissionType_t(acl.permission), errstr, sizeof errstr));
    if (!binding)
        return tr("Invalid ACL: %1").arg(QString::fromUtf8(errstr));
    const rdk::QueuePtr queue(rd_kafka_queue_new(d->handle.get()));
    rd_kafka_AclBinding_t *bindings[] = {binding.get()};
    rd_kafka_CreateAcls(d->handle.get(), bindings, 1, d->options(RD_KAFKA_ADMIN_OP_CREATEACLS, timeout).get(),
                        queue.get());
    const rdk::EventPtr event = d->await(queue.get(), "CreateAcls", timeout, &error);
    if (!event)
        return error;
    size_t count = 0;
    const rd_kafka_acl_result_t **results =
        rd_kafka_CreateAcls_result_acls(rd_kafka_event_CreateAcls_result(event.get()), &count);
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t *failed = rd_kafka_acl_result_error(results[i]))
            return errorText(failed);
    }
    return {};
}

AclListing ClusterAdmin::deleteAcls(const AclFilter &filter, std::chrono::milliseconds timeout) {
    AclListing listing;
    if (d->refuses(&listing.error))
        return listing;
    return d->aclRequest(filter, true, timeout);
}

} // namespace partita
