#include "snapshotprinter.h"

#include "displayformat.h"
#include "texttable.h"

#include <QJsonArray>

namespace partita {

namespace {

QJsonArray toJsonArray(const QList<int> &ids) {
    QJsonArray array;
    for (int id : ids)
        array.append(id);
    return array;
}

QString joinIds(const QList<int> &ids) {
    QStringList parts;
    for (int id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QString orUnknown(qint64 value) {
    return value < 0 ? QStringLiteral("?") : QString::number(value);
}

QString modeName(MetadataMode mode) {
    switch (mode) {
    case MetadataMode::KRaft:
        return QStringLiteral("kraft");
    case MetadataMode::ZooKeeper:
        return QStringLiteral("zookeeper");
    case MetadataMode::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// KRaft brokers name a random live broker as controller: only ZooKeeper mode has one to show.
QString controllerSummary(const ClusterSnapshot &snapshot) {
    const QString controller =
        snapshot.controllerId < 0 ? SnapshotPrinter::tr("unknown") : QString::number(snapshot.controllerId);
    switch (snapshot.metadataMode) {
    case MetadataMode::KRaft: {
        QStringList voters;
        for (const auto &voter : snapshot.controllerVoters)
            voters << (voter.id < 0 ? voter.address() : QString::number(voter.id));
        return SnapshotPrinter::tr("KRaft quorum (%1; active controller not visible to clients)")
            .arg(voters.isEmpty() ? SnapshotPrinter::tr("voters not named")
                                  : SnapshotPrinter::tr("voters %1").arg(voters.join(QStringLiteral(", "))));
    }
    case MetadataMode::ZooKeeper:
        return SnapshotPrinter::tr("ZooKeeper mode, controller %1").arg(controller);
    case MetadataMode::Unknown:
        break;
    }
    return SnapshotPrinter::tr("metadata mode unknown, controller unknown");
}

} // namespace

QJsonObject SnapshotPrinter::toJson(const ClusterSnapshot &snapshot) {
    QJsonArray brokers;
    for (const auto &b : snapshot.brokers) {
        brokers.append(QJsonObject{{QStringLiteral("id"), b.id},
                                   {QStringLiteral("host"), b.host},
                                   {QStringLiteral("port"), b.port},
                                   {QStringLiteral("online"), b.online}});
    }
    QJsonArray voters;
    for (const auto &v : snapshot.controllerVoters) {
        voters.append(QJsonObject{{QStringLiteral("id"), v.id < 0 ? QJsonValue() : QJsonValue(v.id)},
                                  {QStringLiteral("host"), v.host},
                                  {QStringLiteral("port"), v.port}});
    }
    QJsonArray topics;
    for (const auto &t : snapshot.topics) {
        QJsonArray partitions;
        for (const auto &p : t.partitions) {
            QJsonObject partition{{QStringLiteral("partition"), p.id},
                                  {QStringLiteral("leader"), p.leader},
                                  {QStringLiteral("replicas"), toJsonArray(p.replicas)},
                                  {QStringLiteral("isr"), toJsonArray(p.isr)},
                                  {QStringLiteral("low_watermark"), p.lowWatermark},
                                  {QStringLiteral("high_watermark"), p.highWatermark},
                                  {QStringLiteral("messages"), p.messageCount()}};
            if (!p.error.isEmpty())
                partition.insert(QStringLiteral("error"), p.error);
            partitions.append(partition);
        }
        QJsonObject topic{{QStringLiteral("name"), t.name},
                          {QStringLiteral("internal"), t.internal},
                          {QStringLiteral("partitions"), partitions}};
        if (!t.error.isEmpty())
            topic.insert(QStringLiteral("error"), t.error);
        topics.append(topic);
    }
    return {{QStringLiteral("cluster_id"), snapshot.clusterId},
            {QStringLiteral("metadata_mode"), modeName(snapshot.metadataMode)},
            {QStringLiteral("controller_id"),
             snapshot.controllerId < 0 ? QJsonValue() : QJsonValue(snapshot.controllerId)},
            {QStringLiteral("controller_voters"), voters},
            {QStringLiteral("taken_at"), snapshot.takenAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("brokers"), brokers},
            {QStringLiteral("topics"), topics}};
}

void SnapshotPrinter::printText(const ClusterSnapshot &snapshot, QTextStream &out) {
    out << tr("Cluster %1").arg(snapshot.clusterId.isEmpty() ? tr("(no id)") : snapshot.clusterId) << ", "
        << controllerSummary(snapshot) << ", "
        << tr("%1/%n broker(s) online", nullptr, pluralOf(snapshot.brokers.size()))
               .arg(snapshot.onlineBrokerCount())
        << ", " << tr("%n topic(s)", nullptr, pluralOf(snapshot.topics.size())) << ", "
        << tr("%n partition(s)", nullptr, snapshot.partitionCount()) << " "
        << tr("(%1 under-replicated, %2 offline)")
               .arg(snapshot.underReplicatedCount())
               .arg(snapshot.offlineCount())
        << "\n\n";

    // The column names are what scripts look for: they are not translated, the cells are.
    QList<QStringList> brokerRows{
        {QStringLiteral("BROKER"), QStringLiteral("ADDRESS"), QStringLiteral("STATUS")}};
    for (const auto &b : snapshot.brokers)
        brokerRows.append({QString::number(b.id), b.address(), b.online ? tr("online") : tr("offline")});
    printTable(out, brokerRows);
    out << '\n';

    if (!snapshot.controllerVoters.isEmpty()) {
        QList<QStringList> voterRows{{QStringLiteral("VOTER"), QStringLiteral("ADDRESS")}};
        for (const auto &v : snapshot.controllerVoters)
            voterRows.append({v.id < 0 ? QStringLiteral("?") : QString::number(v.id), v.address()});
        printTable(out, voterRows);
        out << '\n';
    }

    QList<QStringList> partitionRows{{QStringLiteral("TOPIC"), QStringLiteral("PARTITION"),
                                      QStringLiteral("LEADER"), QStringLiteral("REPLICAS"),
                                      QStringLiteral("ISR"), QStringLiteral("LOW"), QStringLiteral("HIGH"),
                                      QStringLiteral("MESSAGES"), QStringLiteral("NOTE")}};
    for (const auto &t : snapshot.topics) {
        for (const auto &p : t.partitions) {
            partitionRows.append({t.name, QString::number(p.id),
                                  p.isOffline() ? tr("none") : QString::number(p.leader), joinIds(p.replicas),
                                  joinIds(p.isr), orUnknown(p.lowWatermark), orUnknown(p.highWatermark),
                                  orUnknown(p.messageCount()), p.error});
        }
    }
    printTable(out, partitionRows);
}

} // namespace partita
