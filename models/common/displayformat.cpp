#include "displayformat.h"

#include "timelagestimator.h"

#include <QLocale>
#include <QStringList>

namespace partita {

QString formatCount(qint64 count) {
    return count < 0 ? QStringLiteral("\u2014") : QLocale().toString(count);
}

QString formatIdList(const QList<int> &ids) {
    QStringList parts;
    parts.reserve(ids.size());
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QStringLiteral(", "));
}

QString topicPartitionLabel(const QString &topic, int partition) {
    return QStringLiteral("%1-%2").arg(topic).arg(partition);
}

QString brokerToolTip(const BrokerInfo &broker) {
    if (!broker.online) {
        return QStringLiteral("Broker %1 is down: partitions name it as a replica, but it is missing from "
                              "the cluster metadata")
            .arg(broker.id);
    }
    return QStringLiteral("Broker %1 at %2").arg(broker.id).arg(broker.address());
}

QString formatTimeLag(const std::optional<TimeLag> &behind) {
    if (!behind)
        return QStringLiteral("unknown");
    return behind->atLeast ? QStringLiteral("≥ %1").arg(formatDuration(behind->ms))
                           : formatDuration(behind->ms);
}

QVariant numberAlignment() {
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace partita
