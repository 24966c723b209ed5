#pragma once

#include "clustersnapshot.h"

#include <QList>
#include <QString>
#include <QVariant>

#include "timelagestimator.h"

#include <optional>

namespace partita {

// Text the models show for snapshot values, kept in one place so every table words them alike.
//
// Numbers use the default QLocale as it is when the first one is formatted: building a QLocale for every
// cell painted or sorted is measurable on tables of 50,000 rows, so the locale is read once. Set
// QLocale::setDefault() before showing data.

// A count with the user's thousands separators, or an em dash when it is not known (negative).
QString formatCount(qint64 count);
// Broker ids as "1, 2, 3".
QString formatIdList(const QList<int> &ids);
// Where a broker runs, or why it counts as down.
QString brokerToolTip(const BrokerInfo &broker);
// How far behind a group is in time (see TimeLagEstimator): "2 min" when exact, "≈ 2 min" when
// estimated, "≥ 5 min" for a lower bound, or "unknown" when that cannot be told.
QString formatTimeLag(const std::optional<TimeLag> &behind);
// Whether that time lag is exact or estimated, and whose clock the exact one rests on.
QString timeLagToolTip(const std::optional<TimeLag> &behind);
// Messages per second: one decimal below 10, whole numbers with thousands separators above; an em
// dash when not known.
QString formatRate(const std::optional<double> &perSecond);
// A moment in local time to the second, as the timeline lists events: "2026-03-02 12:00:05".
QString formatTimestamp(qint64 msSinceEpoch);
// The n to give tr() for the plural form of a count that may not fit in an int.
int pluralOf(qint64 count);
// Qt::TextAlignmentRole value for numeric columns.
QVariant numberAlignment();

// How a table cell shows its raw value when its column declares no text of its own.
enum class ValueText {
    Count, // integers as formatCount() shows them; anything else as Plain
    Plain, // QVariant::toString(): names, ids
};
QString formatValue(const QVariant &value, ValueText shown);

} // namespace partita
