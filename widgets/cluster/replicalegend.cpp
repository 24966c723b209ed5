#include "replicalegend.h"

#include "replicacellpainter.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace partita {

namespace {

// A sample cell drawn exactly as the grid draws it.
class ReplicaSwatch : public QWidget {
public:
    ReplicaSwatch(ReplicaState state, QWidget *parent)
        : QWidget(parent)
        , m_state(state) {
        setFixedSize(44, 22);
    }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter painter(this);
        ReplicaCellPainter::paint(&painter, rect(), m_state);
    }

private:
    ReplicaState m_state;
};

QString explanation(ReplicaState state) {
    switch (state) {
    case ReplicaState::Leader:
        return QCoreApplication::translate("ReplicaLegend", "Serves reads and writes for the partition");
    case ReplicaState::InSyncFollower:
        return QCoreApplication::translate("ReplicaLegend", "Caught up with the leader (in the ISR)");
    case ReplicaState::OutOfSyncFollower:
        return QCoreApplication::translate("ReplicaLegend", "Assigned but lagging behind (not in the ISR)");
    case ReplicaState::Offline:
        return QCoreApplication::translate("ReplicaLegend", "Assigned to a broker that is down");
    case ReplicaState::NotAReplica:
        break;
    }
    return {};
}

} // namespace

ReplicaLegend::ReplicaLegend(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (ReplicaState state : {ReplicaState::Leader, ReplicaState::InSyncFollower,
                               ReplicaState::OutOfSyncFollower, ReplicaState::Offline}) {
        auto *swatch = new ReplicaSwatch(state, this);
        auto *label = new QLabel(ReplicaCellPainter::description(state), this);
        swatch->setToolTip(explanation(state));
        label->setToolTip(explanation(state));
        layout->addWidget(swatch);
        layout->addWidget(label);
        layout->addSpacing(12);
    }
    layout->addStretch();
}

} // namespace partita
