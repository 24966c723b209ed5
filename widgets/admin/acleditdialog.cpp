#include "acleditdialog.h"

#include "aclchoices.h"
#include "acltext.h"
#include "requeststatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace partita {

AclEditDialog::AclEditDialog(AdminService *admin, QWidget *parent)
    : AdminRequestDialog(admin, tr("New ACL"), tr("Create ACL"), parent)
    , m_principal(new QLineEdit(this))
    , m_host(new QLineEdit(QStringLiteral("*"), this))
    , m_resourceType(new QComboBox(this))
    , m_resourceName(new QLineEdit(this))
    , m_pattern(new QComboBox(this))
    , m_operation(new QComboBox(this))
    , m_permission(new QComboBox(this)) {
    m_principal->setObjectName(QStringLiteral("principal"));
    m_principal->setPlaceholderText(tr("User:alice"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setToolTip(tr("* for any host, else the client's IP address"));
    m_resourceType->setObjectName(QStringLiteral("resourceType"));
    addAclChoices(m_resourceType, creatableResourceTypes(), aclResourceTypeText);
    m_resourceName->setObjectName(QStringLiteral("resourceName"));
    m_resourceName->setPlaceholderText(tr("orders, or * for every one"));
    m_pattern->setObjectName(QStringLiteral("pattern"));
    addAclChoices(m_pattern, QList<AclPatternType>{AclPatternType::Literal, AclPatternType::Prefixed},
                  aclPatternTypeText);
    m_operation->setObjectName(QStringLiteral("operation"));
    addAclChoices(m_operation, creatableOperations(), aclOperationText);
    m_operation->setCurrentIndex(m_operation->findData(int(AclOperation::Read)));
    m_permission->setObjectName(QStringLiteral("permission"));
    addAclChoices(m_permission, QList<AclPermission>{AclPermission::Allow, AclPermission::Deny},
                  aclPermissionText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Principal:"), m_principal);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Resource type:"), m_resourceType);
    form->addRow(tr("Resource &name:"), m_resourceName);
    form->addRow(tr("Pa&ttern:"), m_pattern);
    form->addRow(tr("&Operation:"), m_operation);
    form->addRow(tr("Per&mission:"), m_permission);
    body()->addLayout(form);

    for (QLineEdit *edit : {m_principal, m_host, m_resourceName})
        connect(edit, &QLineEdit::textChanged, this, &AclEditDialog::describe);
    for (QComboBox *combo : {m_resourceType, m_pattern, m_operation, m_permission})
        connect(combo, &QComboBox::currentIndexChanged, this, &AclEditDialog::describe);
    describe();
    resize(460, sizeHint().height());
}

AclBinding AclEditDialog::acl() const {
    AclBinding acl;
    acl.principal = m_principal->text().trimmed();
    acl.host = m_host->text().trimmed();
    acl.resourceType = AclResourceType(m_resourceType->currentData().toInt());
    // The cluster resource has one name, which Kafka's tools fill in too.
    acl.resourceName = acl.resourceType == AclResourceType::Cluster ? QStringLiteral("kafka-cluster")
                                                                    : m_resourceName->text().trimmed();
    acl.patternType = AclPatternType(m_pattern->currentData().toInt());
    acl.operation = AclOperation(m_operation->currentData().toInt());
    acl.permission = AclPermission(m_permission->currentData().toInt());
    return acl;
}

bool AclEditDialog::canAct() const {
    const AclBinding binding = acl();
    return binding.principal.contains(QLatin1Char(':')) && !binding.host.isEmpty() &&
           !binding.resourceName.isEmpty();
}

void AclEditDialog::describe() {
    m_resourceName->setEnabled(AclResourceType(m_resourceType->currentData().toInt()) !=
                               AclResourceType::Cluster);
    const AclBinding binding = acl();
    if (!binding.principal.isEmpty() && !binding.principal.contains(QLatin1Char(':')))
        status()->showError(tr("A principal has a type: User:%1").arg(binding.principal));
    else if (canAct())
        status()->showBusy(aclSentence(binding));
    else
        status()->clearStatus();
    updateAction();
}

void AclEditDialog::act() {
    const AclBinding binding = acl();
    if (QMessageBox::question(this, tr("Create ACL"), tr("Create this ACL?\n\n%1").arg(aclSentence(binding)),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    submit<QString>(
        tr("Creating the ACL…"), [binding](ClusterAdmin &admin) { return admin.createAcl(binding); },
        [this, binding](const QString &error) {
            if (!error.isEmpty()) {
                status()->showError(error);
                return;
            }
            emit aclCreated(binding);
            accept();
        });
}

} // namespace partita
