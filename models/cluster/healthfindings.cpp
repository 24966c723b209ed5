#include "healthfindings.h"

#include "displayformat.h"
#include "laganalyzer.h"

#include <QMap>

#include <algorithm>

namespace partita {

namespace {

using Severity = HealthFinding::Severity;
using Kind = HealthFinding::Kind;

// Enough ids to act on; a cluster-wide problem would otherwise list thousands.
constexpr int ListedIds = 12;

QString someIds(QList<int> ids) {
    std::sort(ids.begin(), ids.end());
    if (ids.size() <= ListedIds)
        return formatIdList(ids);
    const int more = int(ids.size()) - ListedIds;
    return HealthCheck::tr("%1 and %n other(s)", nullptr, more).arg(formatIdList(ids.mid(0, ListedIds)));
}

HealthFinding finding(Severity severity, Kind kind, int broker, const QString &topic, const QString &summary,
                      const QString &detail) {
    HealthFinding found;
    found.severity = severity;
    found.kind = kind;
    found.broker = broker;
    found.topic = topic;
    found.summary = summary;
    found.detail = detail;
    return found;
}

void sortByKey(std::vector<HealthFinding> &findings) {
    std::sort(findings.begin(), findings.end(),
              [](const HealthFinding &a, const HealthFinding &b) { return a.key() < b.key(); });
}

void findBrokersDown(const ClusterSnapshot &snapshot, std::vector<HealthFinding> &findings) {
    for (const BrokerInfo &broker : snapshot.brokers) {
        if (broker.online)
            continue;
        int hosted = 0;
        int leaderless = 0;
        for (const TopicInfo &topic : snapshot.topics) {
            for (const PartitionInfo &partition : topic.partitions) {
                if (!partition.replicas.contains(broker.id))
                    continue;
                ++hosted;
                if (partition.isOffline())
                    ++leaderless;
            }
        }
        QString detail = HealthCheck::tr("It hosts %n partition replica(s)", nullptr, hosted);
        detail += leaderless > 0
                      ? HealthCheck::tr("; %n partition(s) of those without a leader", nullptr, leaderless)
                  : hosted > 0 ? HealthCheck::tr("; other brokers lead all of their partitions")
                               : QString();
        if (!broker.host.isEmpty())
            detail += HealthCheck::tr(". Last seen at %1").arg(broker.address());
        findings.push_back(finding(Severity::Critical, Kind::BrokerDown, broker.id, QString(),
                                   HealthCheck::tr("Broker %1 is down").arg(broker.id), detail));
    }
}

void findPartitionsWithoutLeader(const TopicInfo &topic, std::vector<HealthFinding> &findings) {
    QList<int> offline;
    QList<int> hosts;
    for (const PartitionInfo &partition : topic.partitions) {
        if (!partition.isOffline())
            continue;
        offline.append(partition.id);
        for (int replica : partition.replicas) {
            if (!hosts.contains(replica))
                hosts.append(replica);
        }
    }
    if (offline.isEmpty())
        return;
    const QString where =
        hosts.isEmpty()
            ? HealthCheck::tr("no replica is listed")
            : HealthCheck::tr("replicas on broker(s) %1", nullptr, int(hosts.size())).arg(someIds(hosts));
    findings.push_back(finding(
        Severity::Critical, Kind::OfflinePartitions, -1, topic.name,
        HealthCheck::tr("%1: %n partition(s) without a leader", nullptr, int(offline.size())).arg(topic.name),
        HealthCheck::tr("Partition(s) %1 offline: producing and reading fail until a replica is back (%2)",
                        nullptr, int(offline.size()))
            .arg(someIds(offline), where)));
}

void findUnderMinInSyncReplicas(const TopicInfo &topic, const QList<int> &under,
                                std::vector<HealthFinding> &findings) {
    if (under.isEmpty())
        return;
    findings.push_back(finding(
        Severity::Critical, Kind::UnderMinInSyncReplicas, -1, topic.name,
        HealthCheck::tr("%1: %n partition(s) under min.insync.replicas", nullptr, int(under.size()))
            .arg(topic.name),
        HealthCheck::tr("Partition(s) %1 have fewer than %2 in-sync replicas on online brokers: producers "
                        "with acks=all fail there until replicas catch up",
                        nullptr, int(under.size()))
            .arg(someIds(under))
            .arg(topic.minInSyncReplicas)));
}

// `under` are the partitions under min.insync.replicas, a finding of their own that supersedes this one.
void findUnderReplicated(const TopicInfo &topic, const QList<int> &under,
                         std::vector<HealthFinding> &findings) {
    QMap<int, QList<int>> missingByBroker; // partitions each broker is missing from the in-sync replicas of
    QList<int> lastInSync;                 // partitions with one replica left in sync
    int count = 0;
    for (const PartitionInfo &partition : topic.partitions) {
        if (partition.isOffline() || !partition.isUnderReplicated() || under.contains(partition.id))
            continue;
        ++count;
        int inSync = 0;
        for (int replica : partition.replicas) {
            if (!partition.isr.contains(replica) || partition.offlineReplicas.contains(replica))
                missingByBroker[replica].append(partition.id);
            else
                ++inSync;
        }
        if (inSync <= 1)
            lastInSync.append(partition.id);
    }
    if (count == 0)
        return;
    QStringList missing;
    for (auto it = missingByBroker.cbegin(); it != missingByBroker.cend(); ++it)
        missing.append(HealthCheck::tr("broker %1 (partition(s) %2)", nullptr, int(it.value().size()))
                           .arg(it.key())
                           .arg(someIds(it.value())));
    QString detail =
        HealthCheck::tr("Replicas out of sync or down: %1").arg(missing.join(QStringLiteral(", ")));
    if (!lastInSync.isEmpty())
        detail += HealthCheck::tr(". Partition(s) %1 down to the leader alone: losing it makes them offline",
                                  nullptr, int(lastInSync.size()))
                      .arg(someIds(lastInSync));
    findings.push_back(finding(
        Severity::Warning, Kind::UnderReplicated, -1, topic.name,
        HealthCheck::tr("%1: %n partition(s) under-replicated", nullptr, count).arg(topic.name), detail));
}

// Kafka's preferred leader is a partition's first replica. After a broker returns, leadership stays
// where it moved unless a preferred leader election (or auto.leader.rebalance.enable) moves it back.
void findLeadershipNotBack(const ClusterSnapshot &snapshot, std::vector<HealthFinding> &findings) {
    struct Share {
        int preferred = 0; // partitions it is the preferred leader of
        int leads = 0;     // of those, the ones it leads
        int movable = 0;   // of the others, the ones it is in sync for, so an election can move back
        int ledInAll = 0;  // partitions it leads, preferred or not
    };
    QMap<int, Share> shares;
    for (const TopicInfo &topic : snapshot.topics) {
        for (const PartitionInfo &partition : topic.partitions) {
            if (partition.isOffline())
                continue;
            ++shares[partition.leader].ledInAll;
            if (partition.replicas.isEmpty())
                continue;
            Share &share = shares[partition.replicas.first()];
            ++share.preferred;
            if (partition.leader == partition.replicas.first())
                ++share.leads;
            else if (partition.isr.contains(partition.replicas.first()))
                ++share.movable;
        }
    }
    int led = 0;
    for (const Share &share : std::as_const(shares))
        led += share.ledInAll;
    // A broker that leads its share of the partitions is no imbalance, whatever the replica order says
    // (librdkafka's mock cluster lists broker 1 first everywhere and spreads the leaders).
    const int fairShare = snapshot.onlineBrokerCount() > 0 ? led / snapshot.onlineBrokerCount() : 0;
    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
        const Share &share = it.value();
        if (share.movable == 0 || share.ledInAll >= fairShare || !snapshot.isBrokerOnline(it.key()))
            continue;
        findings.push_back(finding(
            share.ledInAll == 0 ? Severity::Warning : Severity::Notice, Kind::NotPreferredLeader, it.key(),
            QString(),
            HealthCheck::tr("Broker %1 leads %2 of the %n partition(s) it is the preferred leader of",
                            nullptr, share.preferred)
                .arg(it.key())
                .arg(share.leads),
            HealthCheck::tr("%n partition(s) could move back to it, as it is in their in-sync replicas: a "
                            "preferred leader election does that (kafka-leader-election --election-type "
                            "preferred), as does auto.leader.rebalance.enable at its next check",
                            nullptr, share.movable)));
    }
}

} // namespace

bool HealthFinding::operator==(const HealthFinding &other) const {
    return severity == other.severity && kind == other.kind && broker == other.broker &&
           topic == other.topic && group == other.group && summary == other.summary && detail == other.detail;
}

std::vector<HealthFinding> HealthCheck::of(const ClusterSnapshot &snapshot) {
    std::vector<HealthFinding> findings;
    findBrokersDown(snapshot, findings);
    for (const TopicInfo &topic : snapshot.topics) {
        findPartitionsWithoutLeader(topic, findings);
        const QList<int> under = topic.underMinInSyncReplicas();
        findUnderMinInSyncReplicas(topic, under, findings);
        findUnderReplicated(topic, under, findings);
    }
    findLeadershipNotBack(snapshot, findings);
    sortByKey(findings);
    return findings;
}

std::vector<HealthFinding> HealthCheck::of(const std::vector<GroupLagState> &groups) {
    std::vector<HealthFinding> findings;
    for (const GroupLagState &group : groups) {
        const std::optional<Severity> severity = severityOf(group.verdict.status);
        if (!severity)
            continue;
        HealthFinding found = finding(
            *severity, Kind::GroupVerdict, -1, QString(),
            tr("Group %1 is %2").arg(group.info.groupId, LagVerdict::statusName(group.verdict.status)),
            group.verdict.reason);
        found.group = group.info.groupId;
        findings.push_back(found);
    }
    sortByKey(findings);
    return findings;
}

std::optional<HealthFinding::Severity> HealthCheck::severityOf(LagVerdict::Status status) {
    switch (status) {
    case LagVerdict::Unknown:
    case LagVerdict::Ok:
        break;
    case LagVerdict::Warn:
    case LagVerdict::Rewind:
        return Severity::Warning;
    case LagVerdict::Stop:
    case LagVerdict::Stall:
        return Severity::Critical;
    }
    return std::nullopt;
}

QString HealthCheck::severityName(HealthFinding::Severity severity) {
    switch (severity) {
    case Severity::Critical:
        return tr("critical");
    case Severity::Warning:
        return tr("warning");
    case Severity::Notice:
        break;
    }
    return tr("notice");
}

} // namespace partita
