#pragma once

// Plain values that ClusterAdmin takes and answers: topics to create, configuration entries, record
// deletions and ACLs.

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace partita {

struct NewTopic {
    QString name;
    int partitions = 1;
    int replicationFactor = 1;
    QMap<QString, QString> configs; // topic-level entries such as retention.ms
};

// Where the value of a configuration entry comes from, as Kafka's DescribeConfigs says.
enum class ConfigSource {
    Unknown,
    DynamicTopic,         // set on this topic
    DynamicBroker,        // set on this broker at runtime
    DynamicDefaultBroker, // set at runtime as the default of every broker
    StaticBroker,         // the broker's server.properties
    Default,              // Kafka's built-in default
};

struct ConfigEntry {
    QString name;
    QString value;
    bool hasValue = false; // false for sensitive or unset entries, whose value the broker does not show
    ConfigSource source = ConfigSource::Unknown;
    bool isSensitive = false;
    bool isReadOnly = false;
    bool isDefault = false;
};

struct ConfigDescription {
    QList<ConfigEntry> entries; // sorted by name
    QString error;              // why there are none
};

// name → new value; none removes the topic's own value, so that the broker's default applies again.
using ConfigChanges = QMap<QString, std::optional<QString>>;

// What DeleteRecords did to one partition.
struct RecordDeletion {
    qint64 lowWatermark = -1; // the partition's first offset now; -1 when it failed
    QString error;
};

// How many messages a record deletion would remove from each partition (ClusterAdmin::messagesBefore).
struct MessageCounts {
    QMap<int, qint64> partitions; // by partition id
    QString error;
};

struct RecordDeletionResult {
    QMap<int, RecordDeletion> partitions; // by partition id
    QString error;                        // the request failed as a whole
};

// librdkafka 2.0.2 knows these ACL resource types only: not transactional ids, delegation tokens or
// users, whose ACLs are described as Unknown and cannot be created or filtered for.
enum class AclResourceType { Unknown, Any, Topic, Group, Cluster };
enum class AclPatternType { Unknown, Any, Match, Literal, Prefixed };
enum class AclOperation {
    Unknown,
    Any,
    All,
    Read,
    Write,
    Create,
    Delete,
    Alter,
    Describe,
    ClusterAction,
    DescribeConfigs,
    AlterConfigs,
    IdempotentWrite,
};
enum class AclPermission { Unknown, Any, Deny, Allow };

// One ACL. In a filter, Any and an empty string match every value; Match matches literal, wildcard
// and prefixed patterns that apply to the name.
struct AclBinding {
    AclResourceType resourceType = AclResourceType::Topic;
    QString resourceName;
    AclPatternType patternType = AclPatternType::Literal;
    QString principal; // "User:alice"
    QString host = QStringLiteral("*");
    AclOperation operation = AclOperation::Read;
    AclPermission permission = AclPermission::Allow;
};

struct AclFilter {
    AclResourceType resourceType = AclResourceType::Any;
    QString resourceName; // empty: any
    AclPatternType patternType = AclPatternType::Any;
    QString principal; // empty: any
    QString host;      // empty: any
    AclOperation operation = AclOperation::Any;
    AclPermission permission = AclPermission::Any;
};

struct AclListing {
    QList<AclBinding> acls;
    QString error;
};

} // namespace partita
