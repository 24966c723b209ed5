#include "demomenu.h"

#include "democluster.h"

namespace partita {

DemoMenu::DemoMenu(DemoCluster *demo, QWidget *parent)
    : QMenu(tr("&Demo"), parent) {
    setObjectName(QStringLiteral("demoMenu"));
    setToolTipsVisible(true);
    for (int broker = 1; broker <= DemoCluster::BrokerCount; ++broker) {
        QAction *action = addAction(tr("Broker %1 running").arg(broker));
        action->setObjectName(QStringLiteral("demoBroker%1Action").arg(broker));
        action->setCheckable(true);
        action->setChecked(true);
        action->setToolTip(tr("Untick to stop mock broker %1; its partitions get new leaders on the next "
                              "refresh.")
                               .arg(broker));
        connect(action, &QAction::toggled, demo,
                [demo, broker](bool running) { demo->setBrokerRunning(broker, running); });
    }
}

} // namespace partita
