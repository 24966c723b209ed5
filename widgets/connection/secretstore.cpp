#include "secretstore.h"

#include <QMetaObject>

namespace partita {

void SecretStore::later(QObject *context, std::function<void()> call) {
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

void SessionSecretStore::read(const QString &key, QObject *context, ReadDone done) {
    later(context, [done = std::move(done), secret = m_secrets.value(key)] { done(secret); });
}

void SessionSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteDone done) {
    insert(key, secret);
    later(context, [done = std::move(done)] { done(QString()); });
}

void SessionSecretStore::remove(const QString &key) {
    m_secrets.remove(key);
}

QString SessionSecretStore::whyNotLasting() const {
    return tr("Passwords are kept until Partita quits.");
}

} // namespace partita
