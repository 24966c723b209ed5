#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace partita {

namespace {

const QString Service = QStringLiteral("Partita");

// The errors that say there is no usable keychain at all, as opposed to "nothing stored under this key".
bool keychainUnusable(QKeychain::Error error) {
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied ||
           error == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent) {}

QString KeychainSecretStore::whyNotLasting() const {
    if (m_failure.isEmpty())
        return {};
    return tr("The desktop keychain cannot be used (%1): passwords are kept until Partita quits.")
        .arg(m_failure);
}

void KeychainSecretStore::fallBack(const QString &failure) {
    if (!m_failure.isEmpty())
        return;
    m_failure = failure.isEmpty() ? tr("no Secret Service") : failure;
    emit lastingChanged();
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadDone done) {
    if (!lasts()) {
        m_session.read(key, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [this, job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
            return;
        }
        if (keychainUnusable(job->error()))
            fallBack(job->errorString());
        done(m_session.value(key));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteDone done) {
    // Kept in memory too: should the keychain fail, this session still has it.
    m_session.insert(key, secret);
    if (!lasts()) {
        later(context, [done = std::move(done)] { done(QString()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(QString());
            return;
        }
        // Unusable: kept for the session, which whyNotLasting() says; otherwise the keychain's own words.
        if (keychainUnusable(job->error()))
            fallBack(job->errorString());
        done(lasts() ? job->errorString() : whyNotLasting());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key) {
    m_session.remove(key);
    if (!lasts())
        return;
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(key);
    job->start();
}

} // namespace partita
