#include "createtopicdialog.h"

#include "configdocs.h"
#include "requeststatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace partita {

CreateTopicDialog::CreateTopicDialog(AdminService *admin, const QStringList &existingTopics, int brokerCount,
                                     QWidget *parent)
    : AdminRequestDialog(admin, tr("New Topic"), tr("Create"), parent)
    , m_existingTopics(existingTopics)
    , m_name(new QLineEdit(this))
    , m_partitions(new QSpinBox(this))
    , m_replicationFactor(new QSpinBox(this))
    , m_configKey(new QComboBox(this))
    , m_configValue(new QLineEdit(this))
    , m_configTable(new QTableWidget(0, 2, this)) {
    m_name->setObjectName(QStringLiteral("topicName"));
    m_name->setPlaceholderText(tr("e.g. orders.v1"));
    m_partitions->setObjectName(QStringLiteral("partitionCount"));
    m_partitions->setRange(1, 100000);
    m_partitions->setValue(3);
    m_replicationFactor->setObjectName(QStringLiteral("replicationFactor"));
    // Kafka refuses a factor above the brokers it has; offering no more spares the round trip.
    const int brokers = std::max(brokerCount, 1);
    m_replicationFactor->setRange(1, brokers);
    m_replicationFactor->setValue(std::min(brokers, 3));
    m_replicationFactor->setToolTip(tr("At most the %n broker(s) the cluster has", nullptr, brokers));

    m_configKey->setObjectName(QStringLiteral("configKey"));
    m_configKey->setEditable(true);
    m_configKey->addItems(commonTopicConfigKeys());
    m_configKey->setCurrentText(QString());
    m_configValue->setObjectName(QStringLiteral("configValue"));
    m_configValue->setPlaceholderText(tr("value"));
    auto *addButton = new QPushButton(tr("Add"), this);
    addButton->setObjectName(QStringLiteral("addConfig"));
    addButton->setAutoDefault(false);
    connect(addButton, &QPushButton::clicked, this, &CreateTopicDialog::addConfig);
    connect(m_configValue, &QLineEdit::returnPressed, this, &CreateTopicDialog::addConfig);
    auto *configRow = new QHBoxLayout;
    configRow->addWidget(m_configKey, 2);
    configRow->addWidget(m_configValue, 2);
    configRow->addWidget(addButton);

    m_configTable->setObjectName(QStringLiteral("configTable"));
    m_configTable->setHorizontalHeaderLabels({tr("Configuration"), tr("Value")});
    m_configTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_configTable->horizontalHeader()->setStretchLastSection(true);
    m_configTable->verticalHeader()->hide();
    m_configTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *removeButton = new QPushButton(tr("Remove Entry"), this);
    removeButton->setAutoDefault(false);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_configTable->currentRow();
        if (row >= 0)
            m_configTable->removeRow(row);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Partitions:"), m_partitions);
    form->addRow(tr("&Replication factor:"), m_replicationFactor);
    form->addRow(tr("Configuration:"), configRow);
    form->addRow(QString(), m_configTable);
    form->addRow(QString(), removeButton);
    body()->addLayout(form);

    connect(m_name, &QLineEdit::textChanged, this, &CreateTopicDialog::validate);
    resize(540, 440);
    validate();
}

bool CreateTopicDialog::canAct() const {
    return !m_name->text().isEmpty() && m_nameProblem.isEmpty();
}

void CreateTopicDialog::validate() {
    const QString name = m_name->text();
    m_nameProblem = name.isEmpty() ? QString() : ClusterAdmin::topicNameProblem(name);
    if (m_nameProblem.isEmpty() && m_existingTopics.contains(name))
        m_nameProblem = tr("A topic named %1 exists already").arg(name);
    const QString collision = ClusterAdmin::collisionWarning(name, m_existingTopics);
    if (!m_nameProblem.isEmpty())
        status()->showError(m_nameProblem);
    else if (!collision.isEmpty())
        status()->showWarning(collision);
    else
        status()->clearStatus();
    updateAction();
}

void CreateTopicDialog::addConfig() {
    const QString key = m_configKey->currentText().trimmed();
    if (key.isEmpty())
        return;
    int row = 0;
    while (row < m_configTable->rowCount() && m_configTable->item(row, 0)->text() != key)
        ++row;
    if (row == m_configTable->rowCount()) {
        m_configTable->insertRow(row);
        auto *keyItem = new QTableWidgetItem(key);
        keyItem->setToolTip(configDocumentation(key));
        m_configTable->setItem(row, 0, keyItem);
    }
    m_configTable->setItem(row, 1, new QTableWidgetItem(m_configValue->text()));
    m_configKey->setCurrentText(QString());
    m_configValue->clear();
    m_configKey->setFocus();
}

QMap<QString, QString> CreateTopicDialog::configs() const {
    QMap<QString, QString> entries;
    for (int row = 0; row < m_configTable->rowCount(); ++row)
        entries.insert(m_configTable->item(row, 0)->text(), m_configTable->item(row, 1)->text());
    return entries;
}

void CreateTopicDialog::act() {
    NewTopic topic;
    topic.name = m_name->text();
    topic.partitions = m_partitions->value();
    topic.replicationFactor = m_replicationFactor->value();
    topic.configs = configs();
    submit<QString>(
        tr("Creating %1…").arg(topic.name), [topic](ClusterAdmin &admin) { return admin.createTopic(topic); },
        [this, name = topic.name](const QString &error) {
            if (!error.isEmpty()) {
                status()->showError(error);
                return;
            }
            emit topicCreated(name);
            accept();
        });
}

} // namespace partita
