#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace partita {

// Where the passwords of connection profiles are kept: never in the profile file. Answers arrive
// later, on the GUI thread, and only while `context` still exists.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(const QString &secret)>; // empty: nothing stored
    using WriteDone = std::function<void(const QString &error)>; // empty: stored

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent) {}

    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteDone done) = 0;
    virtual void remove(const QString &key) = 0;
    // False while secrets are kept only until Partita quits, as when there is no desktop keychain.
    virtual bool lasts() const = 0;
    // Why secrets do not last, in words; empty when they do.
    virtual QString whyNotLasting() const = 0;

signals:
    // lasts() turned false: the keychain failed and secrets are now kept for this session only.
    void lastingChanged();

protected:
    // Runs `call` on the GUI thread's next turn, unless `context` is gone by then.
    static void later(QObject *context, std::function<void()> call);
};

// Secrets in memory, for this session only: "remember for this session" without a keychain.
class SessionSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit SessionSecretStore(QObject *parent = nullptr)
        : SecretStore(parent) {}

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override;
    void remove(const QString &key) override;
    bool lasts() const override { return false; }
    QString whyNotLasting() const override;

    QString value(const QString &key) const { return m_secrets.value(key); }
    void insert(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace partita
