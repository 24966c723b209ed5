#pragma once

#include "clustersnapshot.h"

#include <QList>
#include <QString>
#include <QVariant>

#include "timelagestimator.h"

#include <optional>

namespace partita {

// Text the models show for snapshot values, kept in one place so every table words them alike.

// A count with the user's thousands separators, or an em dash when it is not known (negative).
QString formatCount(qint64 count);
// Broker ids as "1, 2, 3".
QString formatIdList(const QList<int> &ids);
// Kafka's usual name for a partition, e.g. "orders-3".
QString topicPartitionLabel(const QString &topic, int partition);
// Where a broker runs, or why it counts as down.
QString brokerToolTip(const BrokerInfo &broker);
// How far behind a group is in time (see TimeLagEstimator): "2 min", "≥ 5 min" for a lower bound, or
// "unknown" when that cannot be told.
QString formatTimeLag(const std::optional<TimeLag> &behind);
// Qt::TextAlignmentRole value for numeric columns.
QVariant numberAlignment();

} // namespace partita
