#pragma once

#include "connectionprofile.h"

#include <QList>

class QSettings;

namespace partita {

// Keeps connection profiles in QSettings. Passwords and other secret properties are dropped on the way
// to disk, so a profile file can never leak credentials.
class ConnectionProfileStore {
public:
    explicit ConnectionProfileStore(QSettings *settings);

    QList<ConnectionProfile> profiles() const; // sorted by name
    // Adds the profile or replaces the one with the same name.
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void write(const QList<ConnectionProfile> &profiles);

    QSettings *m_settings;
};

} // namespace partita
