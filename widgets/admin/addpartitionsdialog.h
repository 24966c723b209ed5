#pragma once

#include "adminrequestdialog.h"

class QSpinBox;

namespace partita {

// Grows a topic's partitions, warning first that keys then map to other partitions.
class AddPartitionsDialog : public AdminRequestDialog {
    Q_OBJECT
public:
    AddPartitionsDialog(AdminService *admin, const QString &topic, int currentPartitions,
                        QWidget *parent = nullptr);

signals:
    void partitionsAdded(const QString &topic, int total);

private:
    void act() override;

    QString m_topic;
    QSpinBox *m_total;
};

} // namespace partita
