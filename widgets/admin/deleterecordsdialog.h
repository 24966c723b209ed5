#pragma once

#include "adminrequestdialog.h"
#include "clustersnapshot.h"

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace partita {

// Deletes a topic's oldest records (DeleteRecords): every message of all partitions or of one, or
// those of one partition before an offset. Counts what would go against the brokers' watermarks
// before the action is offered, names the count on its button, and asks once more.
class DeleteRecordsDialog : public AdminRequestDialog {
    Q_OBJECT
public:
    DeleteRecordsDialog(AdminService *admin, const TopicInfo &topic, QWidget *parent = nullptr);

signals:
    void recordsDeleted(const QString &topic, qint64 messages);

private:
    void act() override;
    bool canAct() const override;
    // The partition → offset map the form describes; empty while the offset is not a number.
    QMap<int, qint64> beforeOffsets() const;
    void countMessages();
    void showDeletion(const RecordDeletionResult &result);

    TopicInfo m_topic;
    QComboBox *m_partition;
    QRadioButton *m_everything;
    QRadioButton *m_beforeOffset;
    QLineEdit *m_offset;
    qint64 m_count = -1; // of the latest count, -1 while none
    quint64 m_countRequest = 0;
};

} // namespace partita
