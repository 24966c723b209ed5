#include "displayformat.h"

#include "timelagestimator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace partita {

namespace {

const QLocale &displayLocale() {
    static const QLocale locale;
    return locale;
}

// The translation context of the texts below.
struct DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};

} // namespace

QString formatCount(qint64 count) {
    return count < 0 ? QStringLiteral("\u2014") : displayLocale().toString(count);
}

QString formatIdList(const QList<int> &ids) {
    QStringList parts;
    parts.reserve(ids.size());
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QStringLiteral(", "));
}

QString formatRate(const std::optional<double> &perSecond) {
    if (!perSecond)
        return formatCount(-1);
    if (*perSecond < 10)
        return displayLocale().toString(*perSecond, 'f', 1);
    return formatCount(qRound64(*perSecond));
}

QString formatTimestamp(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString brokerToolTip(const BrokerInfo &broker) {
    if (!broker.online) {
        return DisplayFormat::tr(
                   "Broker %1 is down: partitions name it as a replica, but it is missing from the "
                   "cluster metadata")
            .arg(broker.id);
    }
    return DisplayFormat::tr("Broker %1 at %2").arg(broker.id).arg(broker.address());
}

QString formatTimeLag(const std::optional<TimeLag> &behind) {
    if (!behind)
        return DisplayFormat::tr("unknown");
    if (behind->atLeast)
        return DisplayFormat::tr("≥ %1").arg(formatDuration(behind->ms));
    return behind->exact ? formatDuration(behind->ms)
                         : DisplayFormat::tr("≈ %1").arg(formatDuration(behind->ms));
}

QString timeLagToolTip(const std::optional<TimeLag> &behind) {
    if (!behind)
        return DisplayFormat::tr("The end offsets' history cannot tell yet, and the oldest unread message "
                                 "was not read");
    if (!behind->exact)
        return behind->atLeast
                   ? DisplayFormat::tr("At least this long: estimated from the end offsets' history, which "
                                       "does not reach back far enough (or a lagging partition's time lag "
                                       "is unknown)")
                   : DisplayFormat::tr("Estimated from the end offsets' history: how long ago the end was "
                                       "where the group is now");
    switch (behind->timestampType) {
    case TimestampType::CreateTime:
        return DisplayFormat::tr("Exact: the age of the oldest unread message, by the timestamp its "
                                 "producer set (CreateTime), so as right as the producer's clock");
    case TimestampType::LogAppendTime:
        return DisplayFormat::tr("Exact: the age of the oldest unread message, by the timestamp the broker "
                                 "set when it appended it (LogAppendTime)");
    case TimestampType::NotAvailable:
        break;
    }
    return DisplayFormat::tr("Exact: no message is waiting to be read");
}

int pluralOf(qint64 count) {
    return int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
}

QVariant numberAlignment() {
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

QString formatValue(const QVariant &value, ValueText shown) {
    if (shown == ValueText::Count) {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            return formatCount(value.toLongLong());
        default:
            break;
        }
    }
    return value.toString();
}

} // namespace partita
