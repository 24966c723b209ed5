#pragma once

#include "adminvalues.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;

namespace partita {

class AdminService;
class ConfigEntryModel;
class DataTableView;
class RequestStatus;

// The configuration of a topic or a broker as the broker describes it: every entry with its value and
// where it comes from, those not at Kafka's default in bold, the common keys explained in tool tips.
// A topic's own entries can be set or reset here (unless the connection is read-only); a broker's are
// shown only.
class ConfigDialog : public QDialog {
    Q_OBJECT
public:
    static ConfigDialog *forTopic(AdminService *admin, const QString &topic, QWidget *parent = nullptr);
    static ConfigDialog *forBrokers(AdminService *admin, const QList<int> &brokerIds, int shownBroker,
                                    QWidget *parent = nullptr);

    // The entries shown, for tests.
    ConfigEntryModel *model() const { return m_model; }

signals:
    // Each describe answered, with or without entries.
    void loaded();
    void topicConfigChanged(const QString &topic);

private:
    enum class Subject { Topic, Broker };
    ConfigDialog(AdminService *admin, Subject subject, QWidget *parent);
    // `doneText` is shown once the entries are read, e.g. what was just changed.
    void load(bool sameSubject, const QString &doneText = QString());
    void showSelectedEntry();
    void change(const std::optional<QString> &value);
    const ConfigEntry *selectedEntry() const;

    AdminService *m_admin;
    Subject m_subject;
    QString m_topic;
    QComboBox *m_broker = nullptr;
    ConfigEntryModel *m_model;
    QSortFilterProxyModel *m_changedFilter;
    QSortFilterProxyModel *m_nameFilter;
    QLineEdit *m_filter;
    QCheckBox *m_changedOnly;
    DataTableView *m_table;
    QLabel *m_selectedName;
    QLineEdit *m_value;
    QPushButton *m_set;
    QPushButton *m_reset;
    RequestStatus *m_status;
    quint64 m_loadRequest = 0;
    bool m_changing = false;
};

} // namespace partita
