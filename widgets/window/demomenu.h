#pragma once

#include <QMenu>

namespace partita {

class DemoCluster;

// The demo cluster's fault drill: one checkable "Broker N running" action per mock broker, so a
// workshop can stop a broker and watch leadership move and replicas go offline.
class DemoMenu : public QMenu {
    Q_OBJECT
public:
    DemoMenu(DemoCluster *demo, QWidget *parent = nullptr);
};

} // namespace partita
