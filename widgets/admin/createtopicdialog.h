#pragma once

#include "adminrequestdialog.h"

#include <QMap>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace partita {

// Creates a topic: its name checked as Kafka checks it while it is typed (and the '.'/'_' collision
// named), partitions, a replication factor no larger than the brokers, and optional configuration
// entries. Stays open with the broker's error when the creation fails.
class CreateTopicDialog : public AdminRequestDialog {
    Q_OBJECT
public:
    CreateTopicDialog(AdminService *admin, const QStringList &existingTopics, int brokerCount,
                      QWidget *parent = nullptr);

signals:
    void topicCreated(const QString &name);

private:
    void act() override;
    bool canAct() const override;
    void validate();
    void addConfig();
    QMap<QString, QString> configs() const;

    QStringList m_existingTopics;
    QLineEdit *m_name;
    QSpinBox *m_partitions;
    QSpinBox *m_replicationFactor;
    QComboBox *m_configKey;
    QLineEdit *m_configValue;
    QTableWidget *m_configTable;
    QString m_nameProblem;
};

} // namespace partita
