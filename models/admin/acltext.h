#pragma once

#include "adminvalues.h"

#include <QList>
#include <QString>

namespace partita {

// The names Kafka's tools give ACL values ("Read", "Topic", "Prefixed"), for tables and choosers.
QString aclResourceTypeText(AclResourceType type);
QString aclPatternTypeText(AclPatternType type);
QString aclOperationText(AclOperation operation);
QString aclPermissionText(AclPermission permission);

// The values one can create an ACL with (no Any, Match or Unknown), in Kafka's order.
QList<AclResourceType> creatableResourceTypes();
QList<AclOperation> creatableOperations();

// "User:alice may Read topic orders (literal) from any host", for a confirmation.
QString aclSentence(const AclBinding &acl);

} // namespace partita
