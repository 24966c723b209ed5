#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace partita {

// What it takes to reach a cluster. Passwords live here only in memory; profiles never store them.
struct ConnectionSettings {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    QString bootstrapServers; // "host:port[,host:port...]"
    // plaintext, ssl, sasl_plaintext or sasl_ssl, in any case ("SASL_SSL" as Kafka's tools write it).
    QString securityProtocol = QStringLiteral("plaintext");
    QString saslMechanism; // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER, in any case
    QString saslUsername;  // for OAUTHBEARER the principal of an unsecured token
    QString saslPassword;
    QString sslCaFile;
    QString sslCertificateFile; // client certificate (PEM), for brokers that ask for one
    QString sslKeyFile;         // its private key (PEM)
    QString sslKeyPassword;     // a secret, like saslPassword
    // Off only on explicit request: without it anyone on the path can pose as the broker.
    bool sslVerifyHostname = true;
    QMap<QString, QString> extraProperties; // free-form librdkafka properties
    // Refuse every destructive operation (offset resets, deletions) on this connection. Enforced by
    // the clients in kafka/, not only by the views.
    bool readOnly = false;
    // False for librdkafka's mock cluster (the demo), which answers neither ListGroups nor
    // DescribeGroups: group clients then only read the committed offsets of the groups watched by hand.
    bool describesGroups = true;
    // False for the demo, whose cluster is new on every start: its history would only fill the disk.
    bool keepsHistory = true;

    // Problems that make a connection attempt pointless, each naming what is wrong; empty when usable.
    QStringList validate() const;
    // False, with the problems in *error one per line, when validate() finds any.
    bool isUsable(QString *error) const;
    // Settings that work but weaken the connection's security, each saying what it risks.
    QStringList warnings() const;

    bool usesSasl() const { return protocolUsesSasl(securityProtocol); }
    bool usesSsl() const { return protocolUsesSsl(securityProtocol); }
    static bool protocolUsesSasl(const QString &protocol);
    static bool protocolUsesSsl(const QString &protocol);

    struct BootstrapAddress {
        QString host; // an IPv6 address without its brackets
        quint16 port = 0;
    };
    // The bootstrap servers validate() accepts, in order; malformed entries are left out.
    QList<BootstrapAddress> bootstrapAddresses() const;
    // The passwords these settings hold, for scrubbing them from anything shown or written.
    QStringList secrets() const;

    // Whether a librdkafka or Java client property holds a secret (a password, a JAAS line, a key).
    static bool isSecretKey(const QString &key);
    static QStringList securityProtocols();
    static QStringList saslMechanisms();
    // "SASL_PLAINTEXT", "Sasl-Plaintext" → "sasl_plaintext"; unknown names only lower-cased.
    static QString normalizedProtocol(const QString &name);
    // "scram-sha-512", "SCRAM_SHA_512" → "SCRAM-SHA-512"; unknown names only upper-cased.
    static QString normalizedMechanism(const QString &name);
    // Parses "key=value" lines (blank lines and '#' comments skipped); bad lines go to errors.
    static QMap<QString, QString> parseProperties(const QString &text, QStringList *errors);
    static QString formatProperties(const QMap<QString, QString> &properties);
};

} // namespace partita
