#include "connectionprofilestore.h"

#include <QSettings>

#include <algorithm>

namespace partita {

namespace {

const QString ProfilesKey = QStringLiteral("connections/profiles");
const QString LastUsedKey = QStringLiteral("connections/lastUsed");

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QSettings *settings)
    : m_settings(settings) {}

QList<ConnectionProfile> ConnectionProfileStore::profiles() const {
    QList<ConnectionProfile> result;
    const int count = m_settings->beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        ConnectionSettings &s = profile.settings;
        s.bootstrapServers = m_settings->value(QStringLiteral("bootstrapServers")).toString();
        s.securityProtocol =
            m_settings->value(QStringLiteral("securityProtocol"), s.securityProtocol).toString();
        s.saslMechanism = m_settings->value(QStringLiteral("saslMechanism")).toString();
        s.saslUsername = m_settings->value(QStringLiteral("saslUsername")).toString();
        s.sslCaFile = m_settings->value(QStringLiteral("sslCaFile")).toString();
        s.sslCertificateFile = m_settings->value(QStringLiteral("sslCertificateFile")).toString();
        s.sslKeyFile = m_settings->value(QStringLiteral("sslKeyFile")).toString();
        s.sslVerifyHostname = m_settings->value(QStringLiteral("sslVerifyHostname"), true).toBool();
        QStringList ignored; // the dialog only lets well-formed properties reach the store
        s.extraProperties = ConnectionSettings::parseProperties(
            m_settings->value(QStringLiteral("extraProperties")).toString(), &ignored);
        s.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
        profile.remembersPasswords = m_settings->value(QStringLiteral("rememberPasswords"), false).toBool();
        if (!profile.name.isEmpty())
            result << profile;
    }
    m_settings->endArray();
    std::sort(result.begin(), result.end(),
              [](const ConnectionProfile &a, const ConnectionProfile &b) { return a.name < b.name; });
    return result;
}

void ConnectionProfileStore::save(const ConnectionProfile &profile) {
    QList<ConnectionProfile> all = profiles();
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const ConnectionProfile &p) { return p.name == profile.name; });
    if (it == all.end())
        all << profile;
    else
        *it = profile;
    write(all);
}

void ConnectionProfileStore::remove(const QString &name) {
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    write(all);
    if (lastUsed() == name)
        m_settings->remove(LastUsedKey);
}

QString ConnectionProfileStore::lastUsed() const {
    return m_settings->value(LastUsedKey).toString();
}

void ConnectionProfileStore::setLastUsed(const QString &name) {
    m_settings->setValue(LastUsedKey, name);
}

void ConnectionProfileStore::write(const QList<ConnectionProfile> &profiles) {
    m_settings->remove(ProfilesKey);
    m_settings->beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const ConnectionSettings &s = profiles.at(i).settings;
        QMap<QString, QString> properties = s.extraProperties;
        properties.removeIf(
            [](QMap<QString, QString>::iterator it) { return ConnectionSettings::isSecretKey(it.key()); });
        m_settings->setValue(QStringLiteral("name"), profiles.at(i).name);
        m_settings->setValue(QStringLiteral("bootstrapServers"), s.bootstrapServers);
        m_settings->setValue(QStringLiteral("securityProtocol"), s.securityProtocol);
        m_settings->setValue(QStringLiteral("saslMechanism"), s.saslMechanism);
        m_settings->setValue(QStringLiteral("saslUsername"), s.saslUsername);
        m_settings->setValue(QStringLiteral("sslCaFile"), s.sslCaFile);
        m_settings->setValue(QStringLiteral("sslCertificateFile"), s.sslCertificateFile);
        m_settings->setValue(QStringLiteral("sslKeyFile"), s.sslKeyFile);
        m_settings->setValue(QStringLiteral("sslVerifyHostname"), s.sslVerifyHostname);
        m_settings->setValue(QStringLiteral("extraProperties"),
                             ConnectionSettings::formatProperties(properties));
        m_settings->setValue(QStringLiteral("readOnly"), s.readOnly);
        m_settings->setValue(QStringLiteral("rememberPasswords"), profiles.at(i).remembersPasswords);
    }
    m_settings->endArray();
}

} // namespace partita
