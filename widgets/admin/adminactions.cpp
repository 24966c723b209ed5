#include "adminactions.h"

#include "acldialog.h"
#include "addpartitionsdialog.h"
#include "clustersession.h"
#include "configdialog.h"
#include "createtopicdialog.h"
#include "deleterecordsdialog.h"
#include "deletetopicdialog.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QWidget>

#include <algorithm>
#include <climits>

namespace partita {

AdminActions::AdminActions(QWidget *window, std::function<QString()> selectedTopic)
    : QObject(window)
    , m_window(window)
    , m_selectedTopic(std::move(selectedTopic))
    , m_newTopic(newAction(tr("&New Topic…"), QStringLiteral("newTopicAction"), &AdminActions::newTopic))
    , m_deleteTopic(
          newAction(tr("&Delete Topic…"), QStringLiteral("deleteTopicAction"), &AdminActions::deleteTopic))
    , m_addPartitions(newAction(tr("Add &Partitions…"), QStringLiteral("addPartitionsAction"),
                                &AdminActions::addPartitions))
    , m_deleteRecords(newAction(tr("Delete &Records…"), QStringLiteral("deleteRecordsAction"),
                                &AdminActions::deleteRecords))
    , m_topicConfiguration(newAction(tr("Topic &Configuration…"), QStringLiteral("topicConfigurationAction"),
                                     &AdminActions::topicConfiguration))
    , m_brokerConfiguration(newAction(tr("&Broker Configuration…"),
                                      QStringLiteral("brokerConfigurationAction"),
                                      &AdminActions::brokerConfiguration))
    , m_acls(newAction(tr("&ACLs…"), QStringLiteral("aclsAction"), &AdminActions::acls)) {
    update();
}

QAction *AdminActions::newAction(const QString &text, const QString &objectName,
                                 void (AdminActions::*open)()) {
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, open);
    return action;
}

void AdminActions::setSession(ClusterSession *session) {
    m_session = session;
    update();
}

void AdminActions::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    m_snapshot = snapshot;
    update();
}

const TopicInfo *AdminActions::selectedTopicInfo() const {
    return m_snapshot ? m_snapshot->topic(m_selectedTopic()) : nullptr;
}

void AdminActions::update() {
    const bool connected = m_session && m_snapshot;
    const bool writable = connected && !m_session->isReadOnly();
    const bool topic = connected && selectedTopicInfo();
    const QString readOnly = tr("Read-only connection");
    for (QAction *action : {m_newTopic, m_deleteTopic, m_addPartitions, m_deleteRecords})
        action->setToolTip(connected && !writable ? readOnly : QString());
    m_newTopic->setEnabled(writable);
    m_deleteTopic->setEnabled(writable && topic);
    m_addPartitions->setEnabled(writable && topic);
    m_deleteRecords->setEnabled(writable && topic);
    m_topicConfiguration->setEnabled(topic);
    m_brokerConfiguration->setEnabled(connected && !m_snapshot->brokers.isEmpty());
    m_acls->setEnabled(connected);
}

QList<QAction *> AdminActions::topicActions() const {
    return {m_newTopic, m_deleteTopic, m_addPartitions, m_deleteRecords, m_topicConfiguration};
}

void AdminActions::addToMenu(QMenu *menu) const {
    menu->addActions(topicActions());
    menu->addSeparator();
    menu->addAction(m_brokerConfiguration);
    menu->addAction(m_acls);
}

void AdminActions::showDialog(QWidget *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A dialog of a session the window left behind must not act on the next one.
    connect(m_session, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

void AdminActions::newTopic() {
    QStringList names;
    for (const TopicInfo &topic : m_snapshot->topics)
        names.append(topic.name);
    auto *dialog =
        new CreateTopicDialog(m_session->adminService(), names, int(m_snapshot->brokers.size()), m_window);
    connect(dialog, &CreateTopicDialog::topicCreated, this,
            [this](const QString &name) { emit changed(tr("Topic %1 created").arg(name)); });
    showDialog(dialog);
}

void AdminActions::deleteTopic() {
    auto *dialog = new DeleteTopicDialog(m_session->adminService(), *selectedTopicInfo(), m_window);
    connect(dialog, &DeleteTopicDialog::topicDeleted, this,
            [this](const QString &name) { emit changed(tr("Topic %1 deleted").arg(name)); });
    showDialog(dialog);
}

void AdminActions::addPartitions() {
    const TopicInfo *topic = selectedTopicInfo();
    auto *dialog = new AddPartitionsDialog(m_session->adminService(), topic->name,
                                           int(topic->partitions.size()), m_window);
    connect(dialog, &AddPartitionsDialog::partitionsAdded, this, [this](const QString &name, int total) {
        emit changed(tr("Topic %1 has %2 partitions now").arg(name).arg(total));
    });
    showDialog(dialog);
}

void AdminActions::deleteRecords() {
    auto *dialog = new DeleteRecordsDialog(m_session->adminService(), *selectedTopicInfo(), m_window);
    connect(dialog, &DeleteRecordsDialog::recordsDeleted, this, [this](const QString &name, qint64 messages) {
        emit changed(tr("%1 message(s) deleted from %2", nullptr, int(std::min<qint64>(messages, INT_MAX)))
                         .arg(QLocale().toString(messages), name));
    });
    showDialog(dialog);
}

void AdminActions::topicConfiguration() {
    auto *dialog = ConfigDialog::forTopic(m_session->adminService(), selectedTopicInfo()->name, m_window);
    connect(dialog, &ConfigDialog::topicConfigChanged, this,
            [this](const QString &name) { emit changed(tr("Configuration of %1 changed").arg(name)); });
    showDialog(dialog);
}

void AdminActions::brokerConfiguration() {
    QList<int> ids;
    for (const BrokerInfo &broker : m_snapshot->brokers)
        ids.append(broker.id);
    showDialog(ConfigDialog::forBrokers(m_session->adminService(), ids, ids.value(0), m_window));
}

void AdminActions::acls() {
    showDialog(new AclDialog(m_session->adminService(), m_window));
}

} // namespace partita
