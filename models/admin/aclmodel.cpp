#include "aclmodel.h"

#include "acltext.h"

#include <algorithm>
#include <tuple>

namespace partita {

AclModel::AclModel(QObject *parent)
    : TableModel(ColumnCount, SortRole, parent) {
    using Row = AclBinding;
    column(PrincipalColumn).header(tr("Principal")).value([](const Row &row) { return row.principal; });
    column(PermissionColumn)
        .header(tr("Permission"))
        .value([](const Row &row) { return int(row.permission); })
        .text([](const Row &row) { return aclPermissionText(row.permission); });
    column(OperationColumn)
        .header(tr("Operation"))
        .value([](const Row &row) { return int(row.operation); })
        .text([](const Row &row) { return aclOperationText(row.operation); });
    column(ResourceTypeColumn)
        .header(tr("Resource type"))
        .value([](const Row &row) { return int(row.resourceType); })
        .text([](const Row &row) { return aclResourceTypeText(row.resourceType); });
    column(ResourceNameColumn).header(tr("Resource")).value([](const Row &row) { return row.resourceName; });
    column(PatternColumn)
        .header(tr("Pattern"), tr("Literal: that name only. Prefixed: every name that starts with it."))
        .value([](const Row &row) { return int(row.patternType); })
        .text([](const Row &row) { return aclPatternTypeText(row.patternType); });
    column(HostColumn).header(tr("Host")).value([](const Row &row) { return row.host; });
}

void AclModel::setAcls(QList<AclBinding> acls) {
    const auto key = [](const AclBinding &acl) {
        return std::make_tuple(int(acl.resourceType), acl.resourceName, int(acl.patternType), acl.principal,
                               int(acl.operation), int(acl.permission), acl.host);
    };
    std::sort(acls.begin(), acls.end(),
              [&key](const AclBinding &a, const AclBinding &b) { return key(a) < key(b); });
    resetRows([&]() { return std::vector<AclBinding>(acls.cbegin(), acls.cend()); });
}

const AclBinding *AclModel::aclAt(int row) const {
    return row >= 0 && row < int(rows().size()) ? &rows()[size_t(row)] : nullptr;
}

} // namespace partita
