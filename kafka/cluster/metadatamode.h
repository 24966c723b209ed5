#pragma once

#include "clustersnapshot.h"

#include <QMap>
#include <QString>

namespace partita {

// What a broker's configuration says about the cluster's metadata mode and controllers.
struct MetadataModeDecision {
    MetadataMode mode = MetadataMode::Unknown;
    QList<ControllerVoter> voters;
    bool controllerIdVisible = false; // Metadata's controller id names the real active controller
};

// Decides from a broker's described configuration (name -> value; null values absent or empty):
// process.roles set means KRaft, else zookeeper.connect set means ZooKeeper, else unknown. Only a
// ZooKeeper broker not migrating to KRaft has a visible controller. Voters come from
// controller.quorum.voters ("id@host:port,..."), or as bare addresses from
// controller.quorum.bootstrap.servers; malformed entries are skipped, and none are given when the
// mode is unknown.
MetadataModeDecision decideMetadataMode(const QMap<QString, QString> &configs);

} // namespace partita
