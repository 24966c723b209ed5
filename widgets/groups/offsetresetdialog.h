#pragma once

#include "connectionsettings.h"
#include "consumergroups.h"
#include "offsetreset.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace partita {

class GroupService;

// Resets one consumer group's committed offsets: the user picks a target and the partitions, previews
// old → new offsets, and applies exactly that preview after confirming. The cluster is only ever asked
// through the connection's GroupService, never on the GUI thread; read-only connections can preview
// but not apply.
class OffsetResetDialog : public QDialog {
    Q_OBJECT
public:
    // `selected`: the partitions picked on the Groups page, offered as the scope when not empty.
    OffsetResetDialog(GroupService *service, const QString &groupId, const QList<TopicPartition> &selected,
                      QWidget *parent = nullptr);

    QString groupId() const { return m_groupId; }
    // What Apply writes: the last successful preview, empty when there is none or inputs changed since.
    OffsetResetPlan plan() const { return m_plan; }
    bool isBusy() const { return m_busy; }
    // The request the inputs describe now.
    OffsetResetRequest request() const;

    // Refused while an apply is in flight: its outcome must reach the user.
    void reject() override;

signals:
    // The group's offsets were changed on the cluster.
    void offsetsReset(const QString &groupId);

private:
    enum class Tone { Neutral, Success, Warning, Error };

    void preview();
    void confirmApply();
    void apply();
    void showPlan(const OffsetResetPlan &plan);
    void showApplied(const QString &error);
    void inputsChanged();
    void showStatus(const QString &text, Tone tone);
    void updateState();

    // The answer to the request in flight, or a note that the connection closed before it came.
    template <typename Answer>
    std::function<void(const Answer &)> whenAnswered(void (OffsetResetDialog::*show)(const Answer &));
    void serviceGone();

    QPointer<GroupService> m_service; // the connection's; gone when the user switches connections
    bool m_busy = false;
    QString m_groupId;
    QList<TopicPartition> m_selected;
    bool m_readOnly;
    OffsetResetPlan m_plan;
    bool m_applying = false;

    QButtonGroup *m_targetGroup = nullptr;
    QLineEdit *m_offsetEdit = nullptr;
    QDateTimeEdit *m_timestampEdit = nullptr;
    QRadioButton *m_allRadio = nullptr;
    QRadioButton *m_selectedRadio = nullptr;
    QPushButton *m_previewButton = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QPushButton *m_applyButton = nullptr;
};

} // namespace partita
