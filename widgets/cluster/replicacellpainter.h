#pragma once

#include "clustersnapshot.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace partita {

// Draws one replica state as a topology cell, so the grid and its legend always look the same.
class ReplicaCellPainter {
public:
    static void paint(QPainter *painter, const QRectF &rect, ReplicaState state);
    // A short phrase for legends and tooltips, e.g. "In-sync follower".
    static QString description(ReplicaState state);
};

} // namespace partita
