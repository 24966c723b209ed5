#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace partita {

// What a client configuration file says about reaching a cluster, and what of it could not be used.
struct ImportedConnection {
    ConnectionSettings settings;
    // Keys that mean nothing to librdkafka and were left out, each with why.
    QStringList ignored;
    // Keys understood but unusable as they are (a JKS store, a malformed JAAS line), each saying what to
    // do; the settings then lack what they would have given.
    QStringList problems;
    // Keys passed to librdkafka as they are, in the settings' extra properties.
    QStringList passedThrough;
};

// Reads the client configuration files Kafka users already have: a Java client.properties (what
// Kafka's own tools take with --command-config: sasl.jaas.config, truststores, keystores) and a kcat or
// librdkafka configuration (librdkafka's own property names). Both are key=value files; one file may
// mix the two vocabularies, so each key is read by its own name.
class ClientConfigImport {
    Q_DECLARE_TR_FUNCTIONS(ClientConfigImport)

public:
    static ImportedConnection fromText(const QString &text);
    // fromText() of the file's contents; false with *error set when it cannot be read.
    static bool fromFile(const QString &path, ImportedConnection *imported, QString *error);

    // The Java properties format: '=', ':' or blank between key and value, '#'/'!' comments,
    // backslash escapes (\t \n \uXXXX, escaped separators) and lines continued by a trailing backslash.
    // Later keys win, as in java.util.Properties.
    static QMap<QString, QString> parseJavaProperties(const QString &text);

    // The options of a JAAS line such as
    //   org.apache.kafka.common.security.plain.PlainLoginModule required username="a" password="b\"c";
    // with the login module under the key "" . False when it is not of that form.
    static bool parseJaas(const QString &jaas, QMap<QString, QString> *options);
};

} // namespace partita
