#include "deletetopicdialog.h"

#include "clustersnapshot.h"
#include "requeststatus.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace partita {

DeleteTopicDialog::DeleteTopicDialog(AdminService *admin, const TopicInfo &topic, QWidget *parent)
    : AdminRequestDialog(admin, tr("Delete Topic"), tr("Delete Topic"), parent)
    , m_topic(topic.name)
    , m_typedName(new QLineEdit(this)) {
    const qint64 messages = topic.messageCount();
    const QString what = messages >= 0 ? tr("%1 and its %n message(s) in %2 partition(s) will be deleted "
                                            "for every producer and consumer. This cannot be undone.",
                                            nullptr, int(std::min<qint64>(messages, INT_MAX)))
                                             .arg(topic.name)
                                             .arg(topic.partitions.size())
                                       : tr("%1 and every message in its %2 partition(s) will be deleted for "
                                            "every producer and consumer. This cannot be undone.")
                                             .arg(topic.name)
                                             .arg(topic.partitions.size());
    auto *explanation = new QLabel(what, this);
    explanation->setWordWrap(true);
    auto *prompt = new QLabel(tr("Type the topic's name to confirm:"), this);
    m_typedName->setObjectName(QStringLiteral("typedName"));
    m_typedName->setPlaceholderText(topic.name);
    body()->addWidget(explanation);
    body()->addWidget(prompt);
    body()->addWidget(m_typedName);
    connect(m_typedName, &QLineEdit::textChanged, this, &DeleteTopicDialog::updateAction);
    updateAction();
    resize(460, sizeHint().height());
}

bool DeleteTopicDialog::canAct() const {
    return m_typedName->text() == m_topic;
}

void DeleteTopicDialog::act() {
    submit<QString>(
        tr("Deleting %1…").arg(m_topic),
        [topic = m_topic](ClusterAdmin &admin) { return admin.deleteTopic(topic); },
        [this](const QString &error) {
            if (!error.isEmpty()) {
                status()->showError(error);
                return;
            }
            emit topicDeleted(m_topic);
            accept();
        });
}

} // namespace partita
