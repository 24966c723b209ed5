#include "adminrequestdialog.h"

#include "requeststatus.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace partita {

AdminRequestDialog::AdminRequestDialog(AdminService *admin, const QString &title, const QString &actionText,
                                       QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_body(new QVBoxLayout)
    , m_status(new RequestStatus(this)) {
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_action = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("actionButton"));
    // A destructive action is never the default: Enter in a field must not trigger it.
    m_action->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && canAct())
            act();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void AdminRequestDialog::updateAction() {
    m_action->setEnabled(!m_busy && canAct());
}

void AdminRequestDialog::setBusy(const QString &text) {
    m_busy = true;
    updateAction();
    m_status->showBusy(text);
}

} // namespace partita
