#pragma once

#include <QWidget>

namespace partita {

// Explains the replica cells of the topology grid: one sample cell and its meaning per state.
class ReplicaLegend : public QWidget {
    Q_OBJECT
public:
    explicit ReplicaLegend(QWidget *parent = nullptr);
};

} // namespace partita
