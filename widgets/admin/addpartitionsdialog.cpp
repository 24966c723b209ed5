#include "addpartitionsdialog.h"

#include "requeststatus.h"
#include "statuscolors.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace partita {

AddPartitionsDialog::AddPartitionsDialog(AdminService *admin, const QString &topic, int currentPartitions,
                                         QWidget *parent)
    : AdminRequestDialog(admin, tr("Add Partitions"), tr("Add Partitions"), parent)
    , m_topic(topic)
    , m_total(new QSpinBox(this)) {
    m_total->setObjectName(QStringLiteral("partitionTotal"));
    m_total->setRange(currentPartitions + 1, 100000);
    m_total->setValue(currentPartitions + 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Topic:"), new QLabel(topic, this));
    form->addRow(tr("Partitions now:"), new QLabel(QString::number(currentPartitions), this));
    form->addRow(tr("&Partitions after:"), m_total);
    auto *warning = new QLabel(
        tr("Producers that partition by key will send most keys to another partition than before: the order "
           "of one key's messages holds no longer across the change, and consumers that keep state per key "
           "may see it split. Kafka cannot remove partitions again."),
        this);
    warning->setObjectName(QStringLiteral("orderingWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(StatusColors::bannerStyleSheet(StatusColors::Banner::Warning));
    body()->addLayout(form);
    body()->addWidget(warning);
    resize(480, sizeHint().height());
}

void AddPartitionsDialog::act() {
    const int total = m_total->value();
    submit<QString>(
        tr("Adding partitions to %1…").arg(m_topic),
        [topic = m_topic, total](ClusterAdmin &admin) { return admin.addPartitions(topic, total); },
        [this, total](const QString &error) {
            if (!error.isEmpty()) {
                status()->showError(error);
                return;
            }
            emit partitionsAdded(m_topic, total);
            accept();
        });
}

} // namespace partita
