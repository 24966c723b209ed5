#pragma once

#include "connectionprofilestore.h"
#include "connectionsettings.h"
#include "secretstore.h"

#include <QDialog>
#include <QSettings>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace partita {

class ConnectionTestPanel;

// Asks where to connect: edits and saves connection profiles and refuses settings that cannot work.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    // Passwords of profiles that remember them are read from and written to `secrets`, which outlives it.
    explicit ConnectionDialog(SecretStore *secrets, QWidget *parent = nullptr);

    // The settings as entered, password included (it is never saved with the profile).
    ConnectionSettings settings() const;
    // Fills the form as a new, unsaved profile, e.g. with settings given on the command line.
    void setSettings(const ConnectionSettings &settings);
    // Shows the connection in use: its profile when `profileName` names one with these settings, else the
    // settings as a new profile. The form counts as untouched.
    void showConnection(const ConnectionSettings &settings, const QString &profileName);
    QString profileName() const;
    // Everything that stops these settings from working, each naming its field; empty when usable.
    QStringList problems() const;

    // Fills the form from a client configuration file as a new profile named after it; returns what did not
    // become a field (also shown in a message box).
    QStringList importFile(const QString &path);

    void accept() override;

private:
    void buildForm();
    void reloadProfiles(const QString &select);
    void showProfile(const QString &name);
    void fillForm(const ConnectionSettings &settings);
    void newProfile();
    void saveProfile();
    void deleteProfile();
    // A line edit for a file name with its Browse… button; enabled with the other SSL fields.
    QWidget *fileRow(QLineEdit *edit, const QString &title, const QString &filter);
    void updateState();
    ConnectionSettings enteredSettings(QStringList *propertyErrors) const;
    void markEdited();
    // The password fields of a profile, by the librdkafka property they hold.
    QList<std::pair<QString, QLineEdit *>> passwordFields() const;
    void loadPasswords(const QString &profile);
    void storePasswords(const QString &profile);
    void updateRememberText();

    SecretStore *m_secrets;
    QSettings m_qsettings;
    ConnectionProfileStore m_store;
    QList<ConnectionProfile> m_profiles;

    QListWidget *m_profileList = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_bootstrapEdit = nullptr;
    QComboBox *m_protocolCombo = nullptr;
    QComboBox *m_mechanismCombo = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QLineEdit *m_certificateEdit = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QLineEdit *m_keyPasswordEdit = nullptr;
    QCheckBox *m_verifyHostnameCheck = nullptr;
    QList<QWidget *> m_sslWidgets; // file rows, enabled for the SSL protocols only
    QPlainTextEdit *m_propertiesEdit = nullptr;
    QCheckBox *m_rememberCheck = nullptr;
    QCheckBox *m_readOnlyCheck = nullptr;
    QLabel *m_problemsLabel = nullptr;
    ConnectionTestPanel *m_testPanel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    // Until the user edits the form or asks to connect, what is missing is a hint, not an error.
    bool m_edited = false;
    bool m_filling = false; // the form is filled by code, not edited
};

} // namespace partita
