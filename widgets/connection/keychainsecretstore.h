#pragma once

#include "secretstore.h"

namespace partita {

// Secrets in the desktop keychain (the Secret Service of GNOME Keyring or KWallet, through QtKeychain).
// Where there is none, or it fails, secrets are kept for this session only, and it says why; they are
// never written anywhere else (QtKeychain's plain-text fallback stays off).
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override;
    void remove(const QString &key) override;
    bool lasts() const override { return m_failure.isEmpty(); }
    QString whyNotLasting() const override;

private:
    // The keychain cannot be used: from now on the session store answers.
    void fallBack(const QString &failure);

    SessionSecretStore m_session;
    QString m_failure; // why the keychain is not used; empty while it is
};

} // namespace partita
