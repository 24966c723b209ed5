#pragma once

#include "connectionsettings.h"

#include <QString>

namespace partita {

// A named, saved way to reach a cluster. Its settings never carry secrets (see ConnectionProfileStore).
struct ConnectionProfile {
    QString name;
    ConnectionSettings settings;
    // Its passwords are kept in the SecretStore (the desktop keychain), under secretKey().
    bool remembersPasswords = false;

    static QString secretKey(const QString &profile, const QString &property) {
        return profile + QLatin1Char('/') + property;
    }
};

} // namespace partita
