#pragma once

#include "clustersnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace partita {

// Renders a ClusterSnapshot for the terminal: aligned text tables or a JSON document.
class SnapshotPrinter {
    Q_DECLARE_TR_FUNCTIONS(SnapshotPrinter)

public:
    static QJsonObject toJson(const ClusterSnapshot &snapshot);
    static void printText(const ClusterSnapshot &snapshot, QTextStream &out);
};

} // namespace partita
