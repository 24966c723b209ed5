#pragma once

#include "historystore.h"

#include <QString>

namespace partita {

// Where and how much lasting history Partita keeps: one file per cluster id under the application's
// data folder, so that a reconnect or a restart finds its history again, bounded by a setting.
class HistorySettings {
public:
    static constexpr int DefaultMaxMegabytes = 512;

    // Empty for an empty cluster id: a cluster that does not say who it is gets no lasting history.
    static QString fileFor(const QString &clusterId);
    static HistoryLimits limits();
    static int maxMegabytes();
};

} // namespace partita
