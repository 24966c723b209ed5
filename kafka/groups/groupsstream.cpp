#include "groupsstream.h"

namespace partita {

namespace {

// Reads a list as Qt's operator<< writes it (a quint32 count, then the elements). Qt's own operator>>
// reserves room for whatever count the bytes claim, so a corrupt count could make the GUI allocate
// gigabytes; here a count beyond the bytes left is refused and nothing is reserved.
template <typename T> QDataStream &readList(QDataStream &in, QList<T> &list) {
    list.clear();
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok)
        return in;
    if (!in.device() || count > quint64(in.device()->bytesAvailable())) {
        in.setStatus(QDataStream::ReadCorruptData);
        return in;
    }
    for (quint32 i = 0; i < count; ++i) {
        T value;
        in >> value;
        if (in.status() != QDataStream::Ok) {
            list.clear();
            break;
        }
        list.append(std::move(value));
    }
    return in;
}

// A list field for the reading operators below: `in >> list(x)` reads x with readList.
template <typename T> struct ListField { QList<T> &list; };
template <typename T> ListField<T> list(QList<T> &field) {
    return {field};
}
template <typename T> QDataStream &operator>>(QDataStream &in, ListField<T> field) {
    return readList(in, field.list);
}

} // namespace

QDataStream::Version groupsStreamVersion() {
    return QDataStream::Qt_6_4;
}

QDataStream &operator<<(QDataStream &out, const ConnectionSettings &settings) {
    return out << settings.bootstrapServers << settings.securityProtocol << settings.saslMechanism
               << settings.saslUsername << settings.saslPassword << settings.sslCaFile
               << settings.sslCertificateFile << settings.sslKeyFile << settings.sslKeyPassword
               << settings.sslVerifyHostname << settings.extraProperties << settings.readOnly
               << settings.describesGroups;
}

QDataStream &operator>>(QDataStream &in, ConnectionSettings &settings) {
    return in >> settings.bootstrapServers >> settings.securityProtocol >> settings.saslMechanism >>
           settings.saslUsername >> settings.saslPassword >> settings.sslCaFile >>
           settings.sslCertificateFile >> settings.sslKeyFile >> settings.sslKeyPassword >>
           settings.sslVerifyHostname >> settings.extraProperties >> settings.readOnly >>
           settings.describesGroups;
}

QDataStream &operator<<(QDataStream &out, const BrokerInfo &broker) {
    return out << qint32(broker.id) << broker.host << qint32(broker.port) << broker.online;
}

QDataStream &operator>>(QDataStream &in, BrokerInfo &broker) {
    qint32 id = 0, port = 0;
    in >> id >> broker.host >> port >> broker.online;
    broker.id = id;
    broker.port = port;
    return in;
}

QDataStream &operator<<(QDataStream &out, const PartitionInfo &partition) {
    return out << qint32(partition.id) << qint32(partition.leader) << partition.replicas << partition.isr
               << partition.offlineReplicas << partition.lowWatermark << partition.highWatermark
               << partition.error;
}

QDataStream &operator>>(QDataStream &in, PartitionInfo &partition) {
    qint32 id = 0, leader = 0;
    in >> id >> leader >> list(partition.replicas) >> list(partition.isr) >>
        list(partition.offlineReplicas) >> partition.lowWatermark >> partition.highWatermark >>
        partition.error;
    partition.id = id;
    partition.leader = leader;
    return in;
}

QDataStream &operator<<(QDataStream &out, const TopicInfo &topic) {
    return out << topic.name << topic.internal << topic.error << topic.partitions;
}

QDataStream &operator>>(QDataStream &in, TopicInfo &topic) {
    return in >> topic.name >> topic.internal >> topic.error >> list(topic.partitions);
}

QDataStream &operator<<(QDataStream &out, const ClusterSnapshot &snapshot) {
    return out << snapshot.clusterId << qint32(snapshot.controllerId) << snapshot.brokers << snapshot.topics
               << snapshot.takenAt << snapshot.generation;
}

QDataStream &operator>>(QDataStream &in, ClusterSnapshot &snapshot) {
    qint32 controller = 0;
    in >> snapshot.clusterId >> controller >> list(snapshot.brokers) >> list(snapshot.topics) >>
        snapshot.takenAt >> snapshot.generation;
    snapshot.controllerId = controller;
    return in;
}

QDataStream &operator<<(QDataStream &out, const TopicPartition &partition) {
    return out << partition.topic << qint32(partition.partition);
}

QDataStream &operator>>(QDataStream &in, TopicPartition &partition) {
    qint32 id = 0;
    in >> partition.topic >> id;
    partition.partition = id;
    return in;
}

QDataStream &operator<<(QDataStream &out, const GroupMember &member) {
    return out << member.memberId << member.clientId << member.host << member.groupInstanceId
               << member.assignment;
}

QDataStream &operator>>(QDataStream &in, GroupMember &member) {
    return in >> member.memberId >> member.clientId >> member.host >> member.groupInstanceId >>
           list(member.assignment);
}

QDataStream &operator<<(QDataStream &out, const OldestUnread &oldest) {
    return out << quint8(oldest.kind) << oldest.offset << oldest.timestamp << quint8(oldest.timestampType);
}

QDataStream &operator>>(QDataStream &in, OldestUnread &oldest) {
    quint8 kind = 0, type = 0;
    in >> kind >> oldest.offset >> oldest.timestamp >> type;
    if (kind > quint8(OldestUnread::Kind::None) || type > quint8(TimestampType::LogAppendTime)) {
        in.setStatus(QDataStream::ReadCorruptData);
        return in;
    }
    oldest.kind = OldestUnread::Kind(kind);
    oldest.timestampType = TimestampType(type);
    return in;
}

QDataStream &operator<<(QDataStream &out, const GroupPartitionOffsets &offsets) {
    return out << offsets.partition << offsets.committed << offsets.lowWatermark << offsets.highWatermark
               << offsets.ownerMemberId << offsets.error << offsets.oldestUnread;
}

QDataStream &operator>>(QDataStream &in, GroupPartitionOffsets &offsets) {
    return in >> offsets.partition >> offsets.committed >> offsets.lowWatermark >> offsets.highWatermark >>
           offsets.ownerMemberId >> offsets.error >> offsets.oldestUnread;
}

QDataStream &operator<<(QDataStream &out, const ConsumerGroupInfo &group) {
    return out << group.groupId << group.state << group.simple << group.assignor
               << qint32(group.coordinatorId) << group.listedByBroker << group.members << group.partitions
               << group.error;
}

QDataStream &operator>>(QDataStream &in, ConsumerGroupInfo &group) {
    qint32 coordinator = 0;
    in >> group.groupId >> group.state >> group.simple >> group.assignor >> coordinator >>
        group.listedByBroker >> list(group.members) >> list(group.partitions) >> group.error;
    group.coordinatorId = coordinator;
    return in;
}

QDataStream &operator<<(QDataStream &out, const GroupsSnapshot &snapshot) {
    return out << snapshot.groups << snapshot.listError << snapshot.takenAt << snapshot.generation;
}

QDataStream &operator>>(QDataStream &in, GroupsSnapshot &snapshot) {
    return in >> list(snapshot.groups) >> snapshot.listError >> snapshot.takenAt >> snapshot.generation;
}

QDataStream &operator<<(QDataStream &out, const OffsetResetRequest &request) {
    return out << request.groupId << qint32(request.target) << request.value << request.partitions;
}

QDataStream &operator>>(QDataStream &in, OffsetResetRequest &request) {
    qint32 target = 0;
    in >> request.groupId >> target >> request.value >> list(request.partitions);
    switch (ResetTarget(target)) {
    case ResetTarget::Earliest:
    case ResetTarget::Latest:
    case ResetTarget::Offset:
    case ResetTarget::Timestamp:
        request.target = ResetTarget(target);
        break;
    default:
        in.setStatus(QDataStream::ReadCorruptData);
    }
    return in;
}

QDataStream &operator<<(QDataStream &out, const OffsetChange &change) {
    return out << change.partition << change.from << change.to;
}

QDataStream &operator>>(QDataStream &in, OffsetChange &change) {
    return in >> change.partition >> change.from >> change.to;
}

QDataStream &operator<<(QDataStream &out, const OffsetResetPlan &plan) {
    return out << plan.groupId << plan.changes << plan.error;
}

QDataStream &operator>>(QDataStream &in, OffsetResetPlan &plan) {
    return in >> plan.groupId >> list(plan.changes) >> plan.error;
}

namespace groupworker {

QDataStream &operator<<(QDataStream &out, const PollRequest &request) {
    return out << request.watchedGroups << request.partitions << request.timeoutMs;
}

QDataStream &operator>>(QDataStream &in, PollRequest &request) {
    return in >> list(request.watchedGroups) >> request.partitions >> request.timeoutMs;
}

} // namespace groupworker

} // namespace partita
