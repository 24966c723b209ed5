#pragma once

#include "adminvalues.h"
#include "connectionsettings.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <memory>

namespace partita {

// Creates, changes and deletes topics, their configuration, records and ACLs over one librdkafka
// handle. Every change is refused at once on a read-only connection. Blocking: every call is bounded
// by its timeout (a few requests' worth for those that read before they write); use it on a worker
// thread or in a command-line tool. Calls that change something return an empty string on success,
// else why nothing (or not everything) changed, in the broker's words where it gave any.
class ClusterAdmin {
    Q_DECLARE_TR_FUNCTIONS(ClusterAdmin)

public:
    ~ClusterAdmin();
    // Returns nullptr and sets *error when the settings cannot make a client.
    static std::unique_ptr<ClusterAdmin> create(const ConnectionSettings &settings, QString *error);

    // What every change on a read-only connection answers.
    static QString readOnlyRefusal();
    // Why Kafka would refuse `name` as a topic name (the rules of its Topic.validate); empty when it
    // would not.
    static QString topicNameProblem(const QString &name);
    // Kafka's metric names turn '.' into '_': a warning when `name` has either, naming the topic of
    // `existingNames` it would collide with (Kafka refuses it then), if any; empty otherwise.
    static QString collisionWarning(const QString &name, const QStringList &existingNames);

    QString createTopic(const NewTopic &topic, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    QString deleteTopic(const QString &name, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Grows the topic to `totalPartitions`; Kafka cannot remove partitions.
    QString addPartitions(const QString &topic, int totalPartitions,
                          std::chrono::milliseconds timeout = std::chrono::seconds(10));

    // How many messages deleteRecords() would remove from each partition: the offset before which
    // to delete less the partition's low watermark. `beforeOffsets`: partition → offset, -1 for the
    // partition's high watermark (all of it). Returns an empty string on success.
    QString messagesBefore(const QString &topic, const QMap<int, qint64> &beforeOffsets,
                           QMap<int, qint64> *counts,
                           std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Deletes each partition's records before its offset (DeleteRecords), as messagesBefore() takes them.
    RecordDeletionResult deleteRecords(const QString &topic, const QMap<int, qint64> &beforeOffsets,
                                       std::chrono::milliseconds timeout = std::chrono::seconds(10));

    ConfigDescription describeTopicConfig(const QString &topic,
                                          std::chrono::milliseconds timeout = std::chrono::seconds(10));
    ConfigDescription describeBrokerConfig(int brokerId,
                                           std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Sets or removes the topic's own configuration entries; the others are kept as they are.
    QString alterTopicConfig(const QString &topic, const ConfigChanges &changes,
                             std::chrono::milliseconds timeout = std::chrono::seconds(10));

    AclListing describeAcls(const AclFilter &filter,
                            std::chrono::milliseconds timeout = std::chrono::seconds(10));
    QString createAcl(const AclBinding &acl, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Deletes every ACL that matches; answers those deleted.
    AclListing deleteAcls(const AclFilter &filter,
                          std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    class Private;
    explicit ClusterAdmin(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace partita
