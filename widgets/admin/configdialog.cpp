#include "configdialog.h"

#include "adminservice.h"
#include "configentrymodel.h"
#include "datatableview.h"
#include "requeststatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace partita {

ConfigDialog *ConfigDialog::forTopic(AdminService *admin, const QString &topic, QWidget *parent) {
    auto *dialog = new ConfigDialog(admin, Subject::Topic, parent);
    dialog->m_topic = topic;
    dialog->setWindowTitle(tr("Configuration of Topic %1").arg(topic));
    dialog->load(false);
    return dialog;
}

ConfigDialog *ConfigDialog::forBrokers(AdminService *admin, const QList<int> &brokerIds, int shownBroker,
                                       QWidget *parent) {
    auto *dialog = new ConfigDialog(admin, Subject::Broker, parent);
    dialog->setWindowTitle(tr("Broker Configuration"));
    for (int id : brokerIds)
        dialog->m_broker->addItem(tr("Broker %1").arg(id), id);
    dialog->m_broker->setCurrentIndex(std::max(0, int(brokerIds.indexOf(shownBroker))));
    connect(dialog->m_broker, &QComboBox::currentIndexChanged, dialog, [dialog] { dialog->load(false); });
    dialog->load(false);
    return dialog;
}

ConfigDialog::ConfigDialog(AdminService *admin, Subject subject, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_subject(subject)
    , m_model(new ConfigEntryModel(this))
    , m_changedFilter(new QSortFilterProxyModel(this))
    , m_nameFilter(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_changedOnly(new QCheckBox(tr("Only values not at Kafka's default"), this))
    , m_table(new DataTableView(this))
    , m_selectedName(new QLabel(this))
    , m_value(new QLineEdit(this))
    , m_set(new QPushButton(tr("Set"), this))
    , m_reset(new QPushButton(tr("Reset to Default"), this))
    , m_status(new RequestStatus(this)) {
    m_changedFilter->setSourceModel(m_model);
    m_changedFilter->setFilterRole(ConfigEntryModel::ChangedRole);
    m_nameFilter->setSourceModel(m_changedFilter);
    m_nameFilter->setFilterKeyColumn(ConfigEntryModel::NameColumn);
    m_nameFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_nameFilter->setSortRole(ConfigEntryModel::SortRole);
    m_filter->setObjectName(QStringLiteral("configFilter"));
    m_filter->setPlaceholderText(tr("Filter entries…"));
    m_filter->setClearButtonEnabled(true);
    m_changedOnly->setObjectName(QStringLiteral("changedOnly"));
    connect(m_filter, &QLineEdit::textChanged, m_nameFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_changedOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_changedFilter->setFilterFixedString(only ? QStringLiteral("true") : QString());
    });

    m_table->setObjectName(QStringLiteral("configTable"));
    m_table->setModel(m_nameFilter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConfigEntryModel::NameColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConfigDialog::showSelectedEntry);

    auto *top = new QHBoxLayout;
    if (subject == Subject::Broker) {
        m_broker = new QComboBox(this);
        m_broker->setObjectName(QStringLiteral("broker"));
        top->addWidget(m_broker);
    }
    top->addWidget(m_filter, 1);
    top->addWidget(m_changedOnly);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    m_value->setObjectName(QStringLiteral("configValue"));
    m_set->setObjectName(QStringLiteral("setConfig"));
    m_reset->setObjectName(QStringLiteral("resetConfig"));
    m_set->setAutoDefault(false);
    m_reset->setAutoDefault(false);
    if (subject == Subject::Topic && !admin->isReadOnly()) {
        auto *edit = new QHBoxLayout;
        edit->addWidget(m_selectedName);
        edit->addWidget(m_value, 1);
        edit->addWidget(m_set);
        edit->addWidget(m_reset);
        layout->addLayout(edit);
        connect(m_set, &QPushButton::clicked, this, [this] { change(m_value->text()); });
        connect(m_value, &QLineEdit::returnPressed, this, [this] { change(m_value->text()); });
        connect(m_reset, &QPushButton::clicked, this, [this] { change(std::nullopt); });
    } else {
        m_selectedName->hide();
        m_value->hide();
        m_set->hide();
        m_reset->hide();
        auto *note =
            new QLabel(subject == Subject::Broker
                           ? tr("Broker configuration is shown only; change it with kafka-configs or "
                                "in server.properties.")
                           : tr("Read-only connection: the configuration is shown only."),
                       this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    refresh->setAutoDefault(false);
    connect(refresh, &QPushButton::clicked, this, [this] { load(true); });
    layout->addWidget(buttons);
    showSelectedEntry();
    resize(760, 560);
}

void ConfigDialog::load(bool sameSubject, const QString &doneText) {
    const quint64 request = ++m_loadRequest;
    m_status->showBusy(tr("Reading the configuration…"));
    const int broker = m_broker ? m_broker->currentData().toInt() : -1;
    std::function<ConfigDescription(ClusterAdmin &)> describe;
    if (m_subject == Subject::Topic)
        describe = [topic = m_topic](ClusterAdmin &admin) { return admin.describeTopicConfig(topic); };
    else
        describe = [broker](ClusterAdmin &admin) { return admin.describeBrokerConfig(broker); };
    m_admin->run<ConfigDescription>(
        this, describe, [this, request, sameSubject, doneText](const ConfigDescription &description) {
            if (request != m_loadRequest)
                return;
            if (description.error.isEmpty())
                m_status->showDone(doneText);
            else
                m_status->showError(description.error);
            // A failed refresh keeps what was shown, a failed first read
            // shows nothing.
            if (description.error.isEmpty() || !sameSubject)
                m_model->setEntries(description.entries, sameSubject);
            showSelectedEntry();
            emit loaded();
        });
}

const ConfigEntry *ConfigDialog::selectedEntry() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->entryAt(m_changedFilter->mapToSource(m_nameFilter->mapToSource(current)).row());
}

void ConfigDialog::showSelectedEntry() {
    const ConfigEntry *entry = selectedEntry();
    m_selectedName->setText(entry ? entry->name + QLatin1Char(':') : tr("Select an entry to change it"));
    const bool editable = entry && !entry->isReadOnly && !m_changing;
    m_value->setEnabled(editable);
    m_value->setText(entry && entry->hasValue && !entry->isSensitive ? entry->value : QString());
    m_set->setEnabled(editable);
    m_reset->setEnabled(editable && entry->source == ConfigSource::DynamicTopic);
}

void ConfigDialog::change(const std::optional<QString> &value) {
    const ConfigEntry *entry = selectedEntry();
    if (!entry || m_changing)
        return;
    const QString name = entry->name;
    ConfigChanges changes;
    changes.insert(name, value);
    m_changing = true;
    showSelectedEntry();
    m_status->showBusy(value ? tr("Setting %1…").arg(name) : tr("Resetting %1…").arg(name));
    m_admin->run<QString>(
        this,
        [topic = m_topic, changes](ClusterAdmin &admin) { return admin.alterTopicConfig(topic, changes); },
        [this, name, value](const QString &error) {
            m_changing = false;
            if (!error.isEmpty()) {
                // The broker's validation message as it gave it, e.g. an out-of-range value.
                m_status->showError(error);
                showSelectedEntry();
                return;
            }
            emit topicConfigChanged(m_topic);
            load(true,
                 value ? tr("%1 set to %2").arg(name, *value) : tr("%1 reset to the default").arg(name));
        });
}

} // namespace partita
