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
    QString bootstrapServers;                               // "host:port[,host:port...]"
    QString securityProtocol = QStringLiteral("plaintext"); // plaintext, ssl, sasl_plaintext, sasl_ssl
    QString saslMechanism;                                  // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
    QString saslUsername;
    QString saslPassword;
    QString sslCaFile;
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

    static QStringList securityProtocols();
    static QStringList saslMechanisms();
    // Parses "key=value" lines (blank lines and '#' comments skipped); bad lines go to errors.
    static QMap<QString, QString> parseProperties(const QString &text, QStringList *errors);
    static QString formatProperties(const QMap<QString, QString> &properties);
};

} // namespace partita
