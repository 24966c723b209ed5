#pragma once

#include "adminrequestdialog.h"

class QComboBox;
class QLineEdit;

namespace partita {

// Creates one ACL: principal, host, resource (type, name, literal or prefixed), operation and
// permission, said back as a sentence before it is sent.
class AclEditDialog : public AdminRequestDialog {
    Q_OBJECT
public:
    explicit AclEditDialog(AdminService *admin, QWidget *parent = nullptr);

    AclBinding acl() const;

signals:
    void aclCreated(const partita::AclBinding &acl);

private:
    void act() override;
    bool canAct() const override;
    void describe();

    QLineEdit *m_principal;
    QLineEdit *m_host;
    QComboBox *m_resourceType;
    QLineEdit *m_resourceName;
    QComboBox *m_pattern;
    QComboBox *m_operation;
    QComboBox *m_permission;
};

} // namespace partita
