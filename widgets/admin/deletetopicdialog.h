#pragma once

#include "adminrequestdialog.h"

class QLineEdit;

namespace partita {

struct TopicInfo;

// Deletes a topic once its name is typed: what goes (partitions, messages) is said first, and a slip
// of the mouse cannot delete anything.
class DeleteTopicDialog : public AdminRequestDialog {
    Q_OBJECT
public:
    DeleteTopicDialog(AdminService *admin, const TopicInfo &topic, QWidget *parent = nullptr);

signals:
    void topicDeleted(const QString &name);

private:
    void act() override;
    bool canAct() const override;

    QString m_topic;
    QLineEdit *m_typedName;
};

} // namespace partita
