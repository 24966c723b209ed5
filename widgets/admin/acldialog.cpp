#include "acldialog.h"

#include "aclchoices.h"
#include "acleditdialog.h"
#include "aclmodel.h"
#include "acltext.h"
#include "adminservice.h"
#include "datatableview.h"
#include "requeststatus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace partita {

namespace {

// Matches exactly the one ACL: every field as it is, the pattern type included.
AclFilter exactly(const AclBinding &acl) {
    AclFilter filter;
    filter.resourceType = acl.resourceType;
    filter.resourceName = acl.resourceName;
    filter.patternType = acl.patternType;
    filter.principal = acl.principal;
    filter.host = acl.host;
    filter.operation = acl.operation;
    filter.permission = acl.permission;
    return filter;
}

} // namespace

AclDialog::AclDialog(AdminService *admin, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_model(new AclModel(this))
    , m_principal(new QLineEdit(this))
    , m_resourceType(new QComboBox(this))
    , m_resourceName(new QLineEdit(this))
    , m_operation(new QComboBox(this))
    , m_table(new DataTableView(this))
    , m_create(new QPushButton(tr("New ACL…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_status(new RequestStatus(this)) {
    setWindowTitle(tr("Access Control Lists"));
    m_principal->setObjectName(QStringLiteral("principalFilter"));
    m_principal->setPlaceholderText(tr("Principal, e.g. User:alice"));
    m_principal->setClearButtonEnabled(true);
    m_resourceType->setObjectName(QStringLiteral("resourceTypeFilter"));
    addAclChoices(m_resourceType, QList{AclResourceType::Any} + creatableResourceTypes(),
                  aclResourceTypeText);
    m_resourceName->setObjectName(QStringLiteral("resourceNameFilter"));
    m_resourceName->setPlaceholderText(tr("Resource name (matching ACLs, wildcards and prefixes too)"));
    m_resourceName->setClearButtonEnabled(true);
    m_operation->setObjectName(QStringLiteral("operationFilter"));
    addAclChoices(m_operation, QList{AclOperation::Any} + creatableOperations(), aclOperationText);
    auto *search = new QPushButton(tr("List"), this);
    search->setObjectName(QStringLiteral("listAcls"));
    connect(search, &QPushButton::clicked, this, [this] { list(); });
    for (QLineEdit *edit : {m_principal, m_resourceName})
        connect(edit, &QLineEdit::returnPressed, this, [this] { list(); });
    for (QComboBox *combo : {m_resourceType, m_operation})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { list(); });

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(AclModel::SortRole);
    m_table->setObjectName(QStringLiteral("aclTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AclDialog::updateButtons);

    m_create->setObjectName(QStringLiteral("createAcl"));
    m_delete->setObjectName(QStringLiteral("deleteAcls"));
    connect(m_create, &QPushButton::clicked, this, &AclDialog::createAcl);
    connect(m_delete, &QPushButton::clicked, this, &AclDialog::deleteSelected);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_principal, 2);
    filters->addWidget(m_resourceType);
    filters->addWidget(m_resourceName, 2);
    filters->addWidget(m_operation);
    filters->addWidget(search);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    if (admin->isReadOnly()) {
        m_create->setToolTip(tr("Read-only connection"));
        m_delete->setToolTip(tr("Read-only connection"));
    }
    updateButtons();
    resize(860, 520);
    list();
}

AclFilter AclDialog::filter() const {
    AclFilter filter;
    filter.principal = m_principal->text().trimmed();
    filter.resourceType = AclResourceType(m_resourceType->currentData().toInt());
    filter.resourceName = m_resourceName->text().trimmed();
    // A name matches the ACLs that apply to it: literal, the wildcard and prefixes.
    filter.patternType = filter.resourceName.isEmpty() ? AclPatternType::Any : AclPatternType::Match;
    filter.operation = AclOperation(m_operation->currentData().toInt());
    return filter;
}

void AclDialog::list(const QString &doneText, const QString &failure) {
    const quint64 request = ++m_listRequest;
    m_status->showBusy(tr("Listing ACLs…"));
    m_admin->run<AclListing>(
        this, [filter = filter()](ClusterAdmin &admin) { return admin.describeAcls(filter); },
        [this, request, doneText, failure](const AclListing &listing) {
            if (request != m_listRequest)
                return;
            m_model->setAcls(listing.acls);
            if (!listing.error.isEmpty())
                m_status->showError(listing.error);
            else if (!failure.isEmpty())
                m_status->showError(failure);
            else if (!doneText.isEmpty())
                m_status->showDone(doneText);
            else
                m_status->showBusy(tr("%n ACL(s) match", nullptr, int(listing.acls.size())));
            updateButtons();
            emit listed();
        });
}

QList<AclBinding> AclDialog::selectedAcls() const {
    QList<AclBinding> acls;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_table->model());
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const AclBinding *acl = m_model->aclAt(proxy->mapToSource(index).row()))
            acls.append(*acl);
    }
    return acls;
}

void AclDialog::updateButtons() {
    m_create->setEnabled(!m_admin->isReadOnly());
    m_delete->setEnabled(!m_admin->isReadOnly() && !m_deleting && !selectedAcls().isEmpty());
}

void AclDialog::createAcl() {
    auto *dialog = new AclEditDialog(m_admin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AclEditDialog::aclCreated, this,
            [this](const AclBinding &acl) { list(tr("Created: %1").arg(aclSentence(acl))); });
    dialog->open();
}

void AclDialog::deleteSelected() {
    const QList<AclBinding> acls = selectedAcls();
    QStringList sentences;
    for (const AclBinding &acl : acls)
        sentences.append(aclSentence(acl));
    if (QMessageBox::warning(
            this, tr("Delete ACLs"),
            tr("Delete %n ACL(s)?\n\n%1", nullptr, int(acls.size())).arg(sentences.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_deleting = true;
    updateButtons();
    m_status->showBusy(tr("Deleting %n ACL(s)…", nullptr, int(acls.size())));
    m_admin->run<AclListing>(
        this,
        [acls](ClusterAdmin &admin) {
            AclListing deleted;
            for (const AclBinding &acl : acls) {
                const AclListing one = admin.deleteAcls(exactly(acl));
                deleted.acls.append(one.acls);
                if (!one.error.isEmpty())
                    deleted.error = one.error;
            }
            return deleted;
        },
        [this](const AclListing &deleted) {
            m_deleting = false;
            const QString done = tr("%n ACL(s) deleted", nullptr, int(deleted.acls.size()));
            list(done, deleted.error);
        });
}

} // namespace partita
