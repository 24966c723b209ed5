#include "groupclient.h"

#include "adminoptions.h"
#include "kafkaconfig.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>

namespace partita {

namespace {

GroupState groupStateOf(rd_kafka_consumer_group_state_t state) {
    switch (state) {
    case RD_KAFKA_CONSUMER_GROUP_STATE_PREPARING_REBALANCE:
        return GroupState::PreparingRebalance;
    case RD_KAFKA_CONSUMER_GROUP_STATE_COMPLETING_REBALANCE:
        return GroupState::CompletingRebalance;
    case RD_KAFKA_CONSUMER_GROUP_STATE_STABLE:
        return GroupState::Stable;
    case RD_KAFKA_CONSUMER_GROUP_STATE_DEAD:
        return GroupState::Dead;
    case RD_KAFKA_CONSUMER_GROUP_STATE_EMPTY:
        return GroupState::Empty;
    default:
        return GroupState::Unknown;
    }
}

QString errorString(const rd_kafka_error_t *error) {
    return error ? QString::fromUtf8(rd_kafka_error_string(error)) : QString();
}

QString timedOut(const char *request, std::chrono::milliseconds timeout) {
    return GroupClient::tr("%1 got no answer within %2 s")
        .arg(QLatin1String(request))
        .arg(timeout.count() / 1000.0);
}

// Adds the group's committed offsets from an OffsetFetch answer. `askedFor`: the request named the
// partitions, so those without a commit (and no error) are not the group's and are left out.
void appendOffsets(ConsumerGroupInfo &group, const rd_kafka_topic_partition_list_t *offsets, bool askedFor) {
    for (int p = 0; offsets && p < offsets->cnt; ++p) {
        const auto &element = offsets->elems[p];
        if (askedFor && element.offset < 0 && !element.err)
            continue;
        GroupPartitionOffsets entry;
        entry.partition = {QString::fromUtf8(element.topic), element.partition};
        entry.committed = element.offset >= 0 ? element.offset : -1;
        if (element.err)
            entry.error = QString::fromUtf8(rd_kafka_err2str(element.err));
        group.partitions.append(entry);
    }
}

using ReaderPtr = rdk::NonMemberConsumerPtr; // a reader never joins its group

QList<TopicPartition> toTopicPartitions(const rd_kafka_topic_partition_list_t *list) {
    QList<TopicPartition> partitions;
    for (int i = 0; list && i < list->cnt; ++i)
        partitions.append({QString::fromUtf8(list->elems[i].topic), list->elems[i].partition});
    std::sort(partitions.begin(), partitions.end());
    return partitions;
}

// librdkafka 2.0.2 speaks only the classic group protocol. Kafka 4.x lists groups of the new consumer
// protocol (KIP-848) but answers DescribeGroups for them as if they did not exist.
// The notes are translated where they are used, after the translations are installed.
constexpr auto NewProtocolNote = QT_TRANSLATE_NOOP(
    "GroupClient", "described as dead although it has committed offsets: it probably uses "
                   "the new consumer protocol (KIP-848), which this client cannot describe");

// librdkafka's mock cluster answers neither ListGroups nor DescribeGroups (and a DescribeConsumerGroups
// sent to it wedges the handle), so those requests are not sent at all.
constexpr auto CannotListNote =
    QT_TRANSLATE_NOOP("GroupClient", "this cluster cannot list groups (librdkafka's mock cluster); only the "
                                     "groups watched by hand are polled");
constexpr auto CannotDescribeNote =
    QT_TRANSLATE_NOOP("GroupClient", "this cluster cannot describe groups (librdkafka's mock cluster), so "
                                     "the state and members are unknown; lag comes from committed offsets");

} // namespace

class GroupClient::Private {
public:
    rdk::HandlePtr handle;
    ConnectionSettings settings;
    bool readOnly = false;
    bool describesGroups = true;
    std::map<QString, ReaderPtr> readers; // by group id, for clusters that cannot describe groups
    qint64 generation = 0;
    // librdkafka 2.0.2 keeps asking a group's old coordinator after it moved (a broker restarted) and
    // gets "not coordinator" until its cache expires; a fresh handle asks anew.
    bool coordinatorMoved = false;

    void noteError(rd_kafka_resp_err_t code) {
        if (code == RD_KAFKA_RESP_ERR_NOT_COORDINATOR || code == RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE)
            coordinatorMoved = true;
    }
    void renewHandleIfCoordinatorMoved();

    rdk::AdminOptionsPtr options(rd_kafka_admin_op_t op, std::chrono::milliseconds timeout,
                                 void *opaque = nullptr) const {
        rdk::AdminOptionsPtr opts = adminOptions(handle.get(), op, timeout);
        rd_kafka_AdminOptions_set_opaque(opts.get(), opaque);
        return opts;
    }

    // The next admin result on the queue, or null when none came in time. Requests time out on their
    // own after `timeout`; the extra second only lets their timeout result arrive.
    static rdk::EventPtr nextResult(rd_kafka_queue_t *queue, std::chrono::milliseconds timeout) {
        return rdk::EventPtr(rd_kafka_queue_poll(queue, int(timeout.count()) + 1000));
    }

    void listGroups(QMap<QString, ConsumerGroupInfo> &groups, QString *listError,
                    std::chrono::milliseconds timeout) const;
    void describeGroups(QMap<QString, ConsumerGroupInfo> &groups, std::chrono::milliseconds timeout);
    void fetchOffsets(QMap<QString, ConsumerGroupInfo> &groups, std::chrono::milliseconds timeout);
    void readCommitted(QMap<QString, ConsumerGroupInfo> &groups, const ClusterSnapshot &cluster,
                       std::chrono::milliseconds timeout);
    rd_kafka_t *reader(const QString &groupId, QString *error);
};

void GroupClient::Private::listGroups(QMap<QString, ConsumerGroupInfo> &groups, QString *listError,
                                      std::chrono::milliseconds timeout) const {
    rdk::QueuePtr queue(rd_kafka_queue_new(handle.get()));
    rd_kafka_ListConsumerGroups(handle.get(), options(RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS, timeout).get(),
                                queue.get());
    const rdk::EventPtr event = nextResult(queue.get(), timeout);
    if (!event) {
        *listError = timedOut("ListConsumerGroups", timeout);
        return;
    }
    if (rd_kafka_event_error(event.get())) {
        *listError = QString::fromUtf8(rd_kafka_event_error_string(event.get()));
        return;
    }
    const auto *result = rd_kafka_event_ListConsumerGroups_result(event.get());
    size_t count = 0;
    const auto **listings = rd_kafka_ListConsumerGroups_result_valid(result, &count);
    for (size_t i = 0; i < count; ++i) {
        ConsumerGroupInfo &group =
            groups[QString::fromUtf8(rd_kafka_ConsumerGroupListing_group_id(listings[i]))];
        group.listedByBroker = true;
        group.simple = rd_kafka_ConsumerGroupListing_is_simple_consumer_group(listings[i]);
        group.state = groupStateOf(rd_kafka_ConsumerGroupListing_state(listings[i]));
    }
    // Some brokers answered with errors: the list may be incomplete, so say why.
    const auto **errors = rd_kafka_ListConsumerGroups_result_errors(result, &count);
    QStringList messages;
    for (size_t i = 0; i < count; ++i)
        messages << errorString(errors[i]);
    *listError = messages.join(QStringLiteral("; "));
}

void GroupClient::Private::describeGroups(QMap<QString, ConsumerGroupInfo> &groups,
                                          std::chrono::milliseconds timeout) {
    if (groups.isEmpty())
        return;
    QList<QByteArray> names;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        names.append(it.key().toUtf8());
    std::vector<const char *> ids;
    for (const QByteArray &name : std::as_const(names))
        ids.push_back(name.constData());
    rdk::QueuePtr queue(rd_kafka_queue_new(handle.get()));
    rd_kafka_DescribeConsumerGroups(handle.get(), ids.data(), ids.size(),
                                    options(RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS, timeout).get(),
                                    queue.get());
    const rdk::EventPtr event = nextResult(queue.get(), timeout);
    if (!event || rd_kafka_event_error(event.get())) {
        const QString why = event ? QString::fromUtf8(rd_kafka_event_error_string(event.get()))
                                  : timedOut("DescribeConsumerGroups", timeout);
        for (auto &group : groups)
            group.error = why;
        return;
    }
    size_t count = 0;
    const auto **descriptions = rd_kafka_DescribeConsumerGroups_result_groups(
        rd_kafka_event_DescribeConsumerGroups_result(event.get()), &count);
    for (size_t i = 0; i < count; ++i) {
        const auto *description = descriptions[i];
        ConsumerGroupInfo &group =
            groups[QString::fromUtf8(rd_kafka_ConsumerGroupDescription_group_id(description))];
        if (const rd_kafka_error_t *error = rd_kafka_ConsumerGroupDescription_error(description)) {
            group.error = errorString(error);
            noteError(rd_kafka_error_code(error));
            continue;
        }
        group.state = groupStateOf(rd_kafka_ConsumerGroupDescription_state(description));
        group.simple = rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(description);
        group.assignor = QString::fromUtf8(rd_kafka_ConsumerGroupDescription_partition_assignor(description));
        if (const rd_kafka_Node_t *coordinator = rd_kafka_ConsumerGroupDescription_coordinator(description))
            group.coordinatorId = rd_kafka_Node_id(coordinator);
        const size_t memberCount = rd_kafka_ConsumerGroupDescription_member_count(description);
        for (size_t m = 0; m < memberCount; ++m) {
            const auto *member = rd_kafka_ConsumerGroupDescription_member(description, m);
            GroupMember info;
            info.memberId = QString::fromUtf8(rd_kafka_MemberDescription_consumer_id(member));
            info.clientId = QString::fromUtf8(rd_kafka_MemberDescription_client_id(member));
            info.host = QString::fromUtf8(rd_kafka_MemberDescription_host(member));
            // Kafka gives the address as Java's InetAddress prints it, "/127.0.0.1".
            if (info.host.startsWith(QLatin1Char('/')))
                info.host.remove(0, 1);
            if (const char *instance = rd_kafka_MemberDescription_group_instance_id(member))
                info.groupInstanceId = QString::fromUtf8(instance);
            info.assignment = toTopicPartitions(
                rd_kafka_MemberAssignment_partitions(rd_kafka_MemberDescription_assignment(member)));
            group.members.append(info);
        }
    }
}

// One ListConsumerGroupOffsets request per group (librdkafka 2.0.2 takes one group per call), all in
// flight at once on one queue, so many groups cost one round trip, not one each.
void GroupClient::Private::fetchOffsets(QMap<QString, ConsumerGroupInfo> &groups,
                                        std::chrono::milliseconds timeout) {
    rdk::QueuePtr queue(rd_kafka_queue_new(handle.get()));
    QList<ConsumerGroupInfo *> byRequest;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        byRequest.append(&it.value());
        const QByteArray id = it.key().toUtf8();
        rd_kafka_ListConsumerGroupOffsets_t *request =
            rd_kafka_ListConsumerGroupOffsets_new(id.constData(), nullptr);
        rd_kafka_ListConsumerGroupOffsets(
            handle.get(), &request, 1,
            options(RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS, timeout, byRequest.constLast()).get(),
            queue.get());
        rd_kafka_ListConsumerGroupOffsets_destroy(request);
    }
    for (qsizetype answered = 0; answered < byRequest.size(); ++answered) {
        const rdk::EventPtr event = nextResult(queue.get(), timeout);
        if (!event) {
            for (ConsumerGroupInfo *group : std::as_const(byRequest)) {
                if (group->error.isEmpty() && group->partitions.isEmpty())
                    group->error = timedOut("ListConsumerGroupOffsets", timeout);
            }
            return;
        }
        auto *group = static_cast<ConsumerGroupInfo *>(rd_kafka_event_opaque(event.get()));
        if (rd_kafka_event_error(event.get())) {
            group->error = QString::fromUtf8(rd_kafka_event_error_string(event.get()));
            noteError(rd_kafka_event_error(event.get()));
            continue;
        }
        size_t count = 0;
        const auto **results = rd_kafka_ListConsumerGroupOffsets_result_groups(
            rd_kafka_event_ListConsumerGroupOffsets_result(event.get()), &count);
        for (size_t i = 0; i < count; ++i) {
            if (const rd_kafka_error_t *error = rd_kafka_group_result_error(results[i])) {
                group->error = errorString(error);
                noteError(rd_kafka_error_code(error));
                continue;
            }
            appendOffsets(*group, rd_kafka_group_result_partitions(results[i]), false);
        }
    }
}

// The committed offsets of each group on every partition of `partitions`, read with rd_kafka_committed()
// by a consumer handle of that group. Used where groups cannot be described, i.e. on librdkafka's mock
// cluster, which answers OffsetFetch only for the partitions named, and where ListConsumerGroupOffsets
// aborts the process once a broker of the demo's fault drill comes back (librdkafka 2.0.2 asserts
// `eonce->refcnt > 0` on admin requests to a group coordinator that timed out; librdkafka #4605).
void GroupClient::Private::readCommitted(QMap<QString, ConsumerGroupInfo> &groups,
                                         const ClusterSnapshot &cluster, std::chrono::milliseconds timeout) {
    for (auto it = readers.begin(); it != readers.end();)
        it = groups.contains(it->first) ? std::next(it) : readers.erase(it);
    rdk::PartitionListPtr named(rd_kafka_topic_partition_list_new(0));
    for (const TopicInfo &topic : cluster.topics) {
        for (const PartitionInfo &partition : topic.partitions)
            rd_kafka_topic_partition_list_add(named.get(), qPrintable(topic.name), partition.id);
    }
    if (named->cnt == 0)
        return; // no topics, so nothing to have committed to
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        rd_kafka_t *consumer = reader(it.key(), &it->error);
        if (!consumer)
            continue;
        rdk::PartitionListPtr offsets(rd_kafka_topic_partition_list_copy(named.get()));
        if (rd_kafka_resp_err_t err = rd_kafka_committed(consumer, offsets.get(), int(timeout.count()))) {
            it->error = err == RD_KAFKA_RESP_ERR__TIMED_OUT ? timedOut("OffsetFetch", timeout)
                                                            : QString::fromUtf8(rd_kafka_err2str(err));
            continue;
        }
        appendOffsets(*it, offsets.get(), true);
    }
}

namespace {

// A consumer handle configured with `groupId` that never subscribes, so it never joins the group and
// never commits.
rdk::HandlePtr nonMemberHandle(const ConnectionSettings &settings, const QString &groupId, QString *error) {
    return KafkaConfig::createClient(RD_KAFKA_CONSUMER, settings,
                                     {{QStringLiteral("group.id"), groupId},
                                      {QStringLiteral("enable.auto.commit"), QStringLiteral("false")}},
                                     error);
}

// librdkafka 2.0.2 hands a NOT_COORDINATOR answer to OffsetFetch or OffsetCommit (the group's coordinator
// moved, as when a broker restarts) to the handle's own consumer group; a handle without group.id has
// none and crashes. The admin handle therefore gets a group id it never joins.
constexpr auto AdminGroupId = "partita-monitor";

} // namespace

// Asks the group's coordinator for its committed offsets through a handle of that group.
rd_kafka_t *GroupClient::Private::reader(const QString &groupId, QString *error) {
    if (const auto found = readers.find(groupId); found != readers.end())
        return found->second.get();
    rdk::HandlePtr handle = nonMemberHandle(settings, groupId, error);
    if (!handle)
        return nullptr;
    return readers.emplace(groupId, ReaderPtr(handle.release())).first->second.get();
}

void GroupClient::Private::renewHandleIfCoordinatorMoved() {
    if (!coordinatorMoved)
        return;
    coordinatorMoved = false;
    QString error;
    if (rdk::HandlePtr fresh = nonMemberHandle(settings, QLatin1String(AdminGroupId), &error))
        handle = std::move(fresh);
}

GroupClient::GroupClient(std::unique_ptr<Private> d)
    : d(std::move(d)) {}

GroupClient::~GroupClient() = default;

std::unique_ptr<GroupClient> GroupClient::create(const ConnectionSettings &settings, QString *error) {
    if (!settings.isUsable(error))
        return nullptr;
    auto d = std::make_unique<Private>();
    d->settings = settings;
    d->readOnly = settings.readOnly;
    d->describesGroups = settings.describesGroups;
    d->handle = nonMemberHandle(settings, QLatin1String(AdminGroupId), error);
    if (!d->handle)
        return nullptr;
    return std::unique_ptr<GroupClient>(new GroupClient(std::move(d)));
}

GroupsSnapshotPtr GroupClient::fetch(const QStringList &watchedGroups, const ClusterSnapshot &cluster,
                                     std::chrono::milliseconds timeout) {
    d->renewHandleIfCoordinatorMoved();
    auto snapshot = std::make_shared<GroupsSnapshot>();
    snapshot->generation = ++d->generation;
    QMap<QString, ConsumerGroupInfo> groups;
    if (d->describesGroups)
        d->listGroups(groups, &snapshot->listError, timeout);
    else
        snapshot->listError = tr(CannotListNote);
    for (const QString &id : watchedGroups)
        groups[id];
    for (auto it = groups.begin(); it != groups.end(); ++it)
        it->groupId = it.key();
    if (d->describesGroups) {
        d->describeGroups(groups, timeout);
        d->fetchOffsets(groups, timeout);
    } else {
        d->readCommitted(groups, cluster, timeout);
    }

    for (ConsumerGroupInfo &group : groups) {
        QMap<TopicPartition, QString> owners;
        for (const GroupMember &member : std::as_const(group.members)) {
            for (const TopicPartition &assigned : member.assignment)
                owners.insert(assigned, member.memberId);
        }
        // Partitions the group is assigned, or that belong to a topic it commits to, are part of its
        // lag even before their first commit: they are listed as "no commit", not left out.
        QSet<TopicPartition> relevant(owners.keyBegin(), owners.keyEnd());
        for (const QString &topic : group.topics()) {
            if (const TopicInfo *info = cluster.topic(topic)) {
                for (const PartitionInfo &partition : info->partitions)
                    relevant.insert({topic, partition.id});
            }
        }
        for (const GroupPartitionOffsets &entry : std::as_const(group.partitions))
            relevant.remove(entry.partition);
        for (const TopicPartition &uncommitted : std::as_const(relevant))
            group.partitions.append({uncommitted, -1, -1, -1, QString(), QString(), {}});
        std::sort(group.partitions.begin(), group.partitions.end(),
                  [](const GroupPartitionOffsets &a, const GroupPartitionOffsets &b) {
                      return a.partition < b.partition;
                  });
        for (GroupPartitionOffsets &entry : group.partitions) {
            entry.ownerMemberId = owners.value(entry.partition);
            if (const PartitionInfo *partition =
                    cluster.partition(entry.partition.topic, entry.partition.partition)) {
                entry.lowWatermark = partition->lowWatermark;
                entry.highWatermark = partition->highWatermark;
                // Why the lag is unknown: e.g. "broker 3 did not answer ListOffsets within 3 s".
                if (entry.error.isEmpty() && !partition->hasWatermarks())
                    entry.error = partition->error;
            }
        }
        if (group.state == GroupState::Dead && group.listedByBroker && !group.partitions.isEmpty())
            group.error = tr(NewProtocolNote);
        if (!d->describesGroups) {
            group.state = GroupState::Unknown;
            if (group.error.isEmpty())
                group.error = group.partitions.isEmpty()
                                  ? tr("%1, and it has no committed offsets").arg(tr(CannotDescribeNote))
                                  : tr(CannotDescribeNote);
        }
        if (!group.listedByBroker && group.error.isEmpty() && group.partitions.isEmpty() &&
            group.members.isEmpty())
            group.error = tr("not listed by the broker and has no committed offsets");
        snapshot->groups.append(group);
    }
    snapshot->takenAt = QDateTime::currentDateTimeUtc();
    return snapshot;
}

QString GroupClient::alterOffsets(const QString &groupId, const QList<QPair<TopicPartition, qint64>> &offsets,
                                  std::chrono::milliseconds timeout) {
    if (d->readOnly)
        return tr("Refused: this connection is read-only, so offsets cannot be reset");
    // Resetting the offsets of a group with running consumers is refused because they would overwrite
    // them; without DescribeGroups nobody can tell that the group has none.
    if (!d->describesGroups)
        return tr("Refused: this cluster cannot describe groups, so it cannot be checked that the group has "
                  "no running consumers");
    rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(int(offsets.size())));
    for (const auto &[partition, offset] : offsets)
        rd_kafka_topic_partition_list_add(list.get(), qPrintable(partition.topic), partition.partition)
            ->offset = offset;
    const QByteArray id = groupId.toUtf8();
    rd_kafka_AlterConsumerGroupOffsets_t *request =
        rd_kafka_AlterConsumerGroupOffsets_new(id.constData(), list.get());
    rdk::QueuePtr queue(rd_kafka_queue_new(d->handle.get()));
    rd_kafka_AlterConsumerGroupOffsets(d->handle.get(), &request, 1,
                                       d->options(RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS, timeout).get(),
                                       queue.get());
    rd_kafka_AlterConsumerGroupOffsets_destroy(request);
    const rdk::EventPtr event = Private::nextResult(queue.get(), timeout);
    if (!event)
        return timedOut("AlterConsumerGroupOffsets", timeout);
    if (rd_kafka_event_error(event.get()))
        return QString::fromUtf8(rd_kafka_event_error_string(event.get()));
    size_t count = 0;
    const auto **results = rd_kafka_AlterConsumerGroupOffsets_result_groups(
        rd_kafka_event_AlterConsumerGroupOffsets_result(event.get()), &count);
    QStringList problems;
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t *error = rd_kafka_group_result_error(results[i]))
            problems << errorString(error);
        const rd_kafka_topic_partition_list_t *partitions = rd_kafka_group_result_partitions(results[i]);
        for (int p = 0; partitions && p < partitions->cnt; ++p) {
            if (partitions->elems[p].err) {
                const TopicPartition failed{QString::fromUtf8(partitions->elems[p].topic),
                                            partitions->elems[p].partition};
                problems << QStringLiteral("%1: %2").arg(
                    failed.label(), QString::fromUtf8(rd_kafka_err2str(partitions->elems[p].err)));
            }
        }
    }
    return problems.join(QStringLiteral("; "));
}

QString GroupClient::offsetsForTimestamp(const QList<TopicPartition> &partitions, qint64 timestampMs,
                                         QList<qint64> *offsets, std::chrono::milliseconds timeout) {
    rdk::PartitionListPtr list(rd_kafka_topic_partition_list_new(int(partitions.size())));
    for (const TopicPartition &partition : partitions)
        rd_kafka_topic_partition_list_add(list.get(), qPrintable(partition.topic), partition.partition)
            ->offset = timestampMs;
    if (rd_kafka_resp_err_t err =
            rd_kafka_offsets_for_times(d->handle.get(), list.get(), int(timeout.count())))
        return QString::fromUtf8(rd_kafka_err2str(err));
    offsets->clear();
    for (int i = 0; i < list->cnt; ++i) {
        if (list->elems[i].err)
            return QStringLiteral("%1: %2").arg(partitions.at(i).label(),
                                                QString::fromUtf8(rd_kafka_err2str(list->elems[i].err)));
        offsets->append(list->elems[i].offset);
    }
    return {};
}

} // namespace partita
