#pragma once

#include "connectionsettings.h"

#include <QString>

namespace partita {

// A named, saved way to reach a cluster. Its settings never carry secrets (see ConnectionProfileStore).
struct ConnectionProfile {
    QString name;
    ConnectionSettings settings;
};

} // namespace partita
