#include "clustereventtext.h"

namespace partita {

namespace {

QString partitionName(const QString &topic, int partition) {
    return QStringLiteral("%1-%2").arg(topic).arg(partition);
}

// A replica list as the events keep it ("1,2,3"), as people write it ("1, 2, 3").
QString brokerList(const QString &ids) {
    return ids.isEmpty() ? QStringLiteral("—") : QString(ids).replace(QLatin1Char(','), QStringLiteral(", "));
}

} // namespace

ClusterEventText::Category ClusterEventText::categoryOf(ClusterEvent::Kind kind) {
    switch (kind) {
    case ClusterEvent::BrokerDown:
    case ClusterEvent::BrokerUp:
        return Brokers;
    case ClusterEvent::LeaderMoved:
    case ClusterEvent::IsrShrank:
    case ClusterEvent::IsrExpanded:
        return Partitions;
    case ClusterEvent::TopicCreated:
    case ClusterEvent::TopicDeleted:
    case ClusterEvent::PartitionsAdded:
        return Topics;
    case ClusterEvent::GroupStateChanged:
    case ClusterEvent::GroupMembersChanged:
    case ClusterEvent::VerdictChanged:
    case ClusterEvent::OffsetReset:
    case ClusterEvent::KindCount:
        break;
    }
    return Groups;
}

QString ClusterEventText::categoryName(Category category) {
    switch (category) {
    case Brokers:
        return tr("Brokers");
    case Partitions:
        return tr("Leaders and ISR");
    case Topics:
        return tr("Topics");
    case Groups:
    case CategoryCount:
        break;
    }
    return tr("Consumer groups");
}

QString ClusterEventText::describe(const ClusterEvent &event) {
    const QString partition = partitionName(event.subject, event.partition);
    switch (event.kind) {
    case ClusterEvent::BrokerDown:
        return tr("Broker %1 went down").arg(event.subject);
    case ClusterEvent::BrokerUp:
        return tr("Broker %1 is back").arg(event.subject);
    case ClusterEvent::LeaderMoved:
        if (event.to.toInt() < 0)
            return tr("%1 lost its leader (broker %2)").arg(partition, event.from);
        if (event.from.toInt() < 0)
            return tr("%1 has a leader again: broker %2").arg(partition, event.to);
        return tr("Leader of %1 moved from broker %2 to broker %3").arg(partition, event.from, event.to);
    case ClusterEvent::IsrShrank:
        return tr("ISR of %1 shrank from %2 to %3")
            .arg(partition, brokerList(event.from), brokerList(event.to));
    case ClusterEvent::IsrExpanded:
        return tr("ISR of %1 grew from %2 to %3")
            .arg(partition, brokerList(event.from), brokerList(event.to));
    case ClusterEvent::TopicCreated:
        return tr("Topic %1 was created with %n partition(s)", nullptr, event.to.toInt()).arg(event.subject);
    case ClusterEvent::TopicDeleted:
        return tr("Topic %1 was deleted").arg(event.subject);
    case ClusterEvent::PartitionsAdded:
        return tr("Topic %1 grew from %2 to %3 partitions").arg(event.subject, event.from, event.to);
    case ClusterEvent::GroupStateChanged:
        return tr("Group %1 went from %2 to %3").arg(event.subject, event.from, event.to);
    case ClusterEvent::GroupMembersChanged:
        return tr("Group %1 went from %2 to %3 members").arg(event.subject, event.from, event.to);
    case ClusterEvent::VerdictChanged:
        return tr("Verdict of group %1 went from %2 to %3").arg(event.subject, event.from, event.to);
    case ClusterEvent::OffsetReset:
        return tr("Group %1 moved back on %2 from offset %3 to %4")
            .arg(event.subject, partitionName(event.topic, event.partition), event.from, event.to);
    case ClusterEvent::KindCount:
        break;
    }
    return QString();
}

} // namespace partita
