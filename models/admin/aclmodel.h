#pragma once

#include "adminvalues.h"
#include "tablemodel.h"

namespace partita {

// The ACLs a DescribeAcls answered, one a row, sorted by resource then principal. Each answer replaces
// every row: a listing is a query's result, not a thing that changes under the user.
class AclModel : public TableModel<AclBinding> {
    Q_OBJECT
public:
    enum Column {
        PrincipalColumn,
        PermissionColumn,
        OperationColumn,
        ResourceTypeColumn,
        ResourceNameColumn,
        PatternColumn,
        HostColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole };

    explicit AclModel(QObject *parent = nullptr);

    void setAcls(QList<AclBinding> acls);
    // nullptr for a row out of range.
    const AclBinding *aclAt(int row) const;
};

} // namespace partita
