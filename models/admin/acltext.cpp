#include "acltext.h"

#include <QCoreApplication>

namespace partita {

namespace {

struct AclText {
    Q_DECLARE_TR_FUNCTIONS(AclText)
};

} // namespace

QString aclResourceTypeText(AclResourceType type) {
    switch (type) {
    case AclResourceType::Any:
        return AclText::tr("Any");
    case AclResourceType::Topic:
        return AclText::tr("Topic");
    case AclResourceType::Group:
        return AclText::tr("Group");
    case AclResourceType::Cluster:
        return AclText::tr("Cluster");
    case AclResourceType::Unknown:
        break;
    }
    return AclText::tr("Unknown");
}

QString aclPatternTypeText(AclPatternType type) {
    switch (type) {
    case AclPatternType::Any:
        return AclText::tr("Any");
    case AclPatternType::Match:
        return AclText::tr("Match");
    case AclPatternType::Literal:
        return AclText::tr("Literal");
    case AclPatternType::Prefixed:
        return AclText::tr("Prefixed");
    case AclPatternType::Unknown:
        break;
    }
    return AclText::tr("Unknown");
}

QString aclOperationText(AclOperation operation) {
    switch (operation) {
    case AclOperation::Any:
        return AclText::tr("Any");
    case AclOperation::All:
        return AclText::tr("All");
    case AclOperation::Read:
        return AclText::tr("Read");
    case AclOperation::Write:
        return AclText::tr("Write");
    case AclOperation::Create:
        return AclText::tr("Create");
    case AclOperation::Delete:
        return AclText::tr("Delete");
    case AclOperation::Alter:
        return AclText::tr("Alter");
    case AclOperation::Describe:
        return AclText::tr("Describe");
    case AclOperation::ClusterAction:
        return AclText::tr("ClusterAction");
    case AclOperation::DescribeConfigs:
        return AclText::tr("DescribeConfigs");
    case AclOperation::AlterConfigs:
        return AclText::tr("AlterConfigs");
    case AclOperation::IdempotentWrite:
        return AclText::tr("IdempotentWrite");
    case AclOperation::Unknown:
        break;
    }
    return AclText::tr("Unknown");
}

QString aclPermissionText(AclPermission permission) {
    switch (permission) {
    case AclPermission::Any:
        return AclText::tr("Any");
    case AclPermission::Allow:
        return AclText::tr("Allow");
    case AclPermission::Deny:
        return AclText::tr("Deny");
    case AclPermission::Unknown:
        break;
    }
    return AclText::tr("Unknown");
}

QList<AclResourceType> creatableResourceTypes() {
    return {AclResourceType::Topic, AclResourceType::Group, AclResourceType::Cluster};
}

QList<AclOperation> creatableOperations() {
    return {AclOperation::All,          AclOperation::Read,           AclOperation::Write,
            AclOperation::Create,       AclOperation::Delete,         AclOperation::Alter,
            AclOperation::Describe,     AclOperation::ClusterAction,  AclOperation::DescribeConfigs,
            AclOperation::AlterConfigs, AclOperation::IdempotentWrite};
}

QString aclSentence(const AclBinding &acl) {
    const QString host =
        acl.host == QLatin1String("*") ? AclText::tr("any host") : AclText::tr("host %1").arg(acl.host);
    const QString verb = acl.permission == AclPermission::Deny
                             ? AclText::tr("%1 is denied %2 on %3 %4 (%5) from %6")
                             : AclText::tr("%1 may %2 on %3 %4 (%5) from %6");
    return verb.arg(acl.principal, aclOperationText(acl.operation),
                    aclResourceTypeText(acl.resourceType).toLower(), acl.resourceName,
                    aclPatternTypeText(acl.patternType).toLower(), host);
}

} // namespace partita
