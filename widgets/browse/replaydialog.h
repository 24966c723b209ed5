#pragma once

#include "messagereplayer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace partita {

// Asks where messages of the Messages view are to be replayed to and what they keep, and says what
// will be produced before the user confirms: replaying changes nothing that is there but writes to
// the cluster.
class ReplayDialog : public QDialog {
    Q_OBJECT
public:
    // `source` says which messages, in words; `count` is how many (-1 for a range not yet read);
    // `topics` are offered as targets, `sourceTopic` first.
    ReplayDialog(const QString &source, qint64 count, const QStringList &topics, const QString &sourceTopic,
                 QWidget *parent = nullptr);

    ReplayRequest request() const;

private:
    void updateConfirmation();

    qint64 m_count;
    QRadioButton *m_toTopic;
    QComboBox *m_targetTopic;
    QRadioButton *m_toHeader;
    QLineEdit *m_topicHeader;
    QCheckBox *m_keepTimestamps;
    QCheckBox *m_keepPartitions;
    QLabel *m_confirmation;
    QDialogButtonBox *m_buttons;
};

} // namespace partita
