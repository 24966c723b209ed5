#pragma once

#include "adminvalues.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace partita {

class AclModel;
class AdminService;
class DataTableView;
class RequestStatus;

// The cluster's ACLs, listed by a filter of principal, resource and operation (DescribeAcls), with
// creation and deletion, each confirmed; a cluster without an authorizer says so instead of listing
// nothing. Changes are offered only on a connection that is not read-only.
class AclDialog : public QDialog {
    Q_OBJECT
public:
    explicit AclDialog(AdminService *admin, QWidget *parent = nullptr);

    AclModel *model() const { return m_model; }
    AclFilter filter() const;

signals:
    // Each listing answered, with or without ACLs.
    void listed();

private:
    // Shows `failure` (an error of the change before) or else `doneText` once the listing is in.
    void list(const QString &doneText = QString(), const QString &failure = QString());
    void createAcl();
    void deleteSelected();
    QList<AclBinding> selectedAcls() const;
    void updateButtons();

    AdminService *m_admin;
    AclModel *m_model;
    QLineEdit *m_principal;
    QComboBox *m_resourceType;
    QLineEdit *m_resourceName;
    QComboBox *m_operation;
    DataTableView *m_table;
    QPushButton *m_create;
    QPushButton *m_delete;
    RequestStatus *m_status;
    quint64 m_listRequest = 0;
    bool m_deleting = false;
};

} // namespace partita
