#include "connectiondialog.h"

#include "clientconfigimport.h"
#include "connectiontestpanel.h"
#include "statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>

namespace partita {

ConnectionDialog::ConnectionDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_store(&m_qsettings) {
    setWindowTitle(tr("Connect to Kafka Cluster"));
    buildForm();
    reloadProfiles(m_store.lastUsed());
    if (m_profileList->currentItem())
        showProfile(m_store.lastUsed());
    else
        newProfile();
    updateState();
}

void ConnectionDialog::buildForm() {
    m_profileList = new QListWidget(this);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    auto *newButton = new QPushButton(tr("New"), this);
    m_deleteButton = new QPushButton(tr("Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));

    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("Read the settings from a Java client.properties (as Kafka's tools take with "
                                "--command-config) or a kcat/librdkafka configuration file"));

    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(newButton);
    profileButtons->addWidget(m_deleteButton);
    auto *profileColumn = new QVBoxLayout;
    profileColumn->addWidget(new QLabel(tr("Saved profiles"), this));
    profileColumn->addWidget(m_profileList);
    profileColumn->addLayout(profileButtons);
    profileColumn->addWidget(importButton);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. staging"));
    m_bootstrapEdit = new QLineEdit(this);
    m_bootstrapEdit->setObjectName(QStringLiteral("bootstrapEdit"));
    m_bootstrapEdit->setPlaceholderText(tr("host1:9092,host2:9092"));
    m_protocolCombo = new QComboBox(this);
    m_protocolCombo->setObjectName(QStringLiteral("protocolCombo"));
    m_protocolCombo->addItems(ConnectionSettings::securityProtocols());
    m_mechanismCombo = new QComboBox(this);
    m_mechanismCombo->addItems(ConnectionSettings::saslMechanisms());
    m_usernameEdit = new QLineEdit(this);
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("never saved with the profile"));
    m_caFileEdit = new QLineEdit(this);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setPlaceholderText(tr("system default"));
    m_certificateEdit = new QLineEdit(this);
    m_certificateEdit->setObjectName(QStringLiteral("certificateEdit"));
    m_certificateEdit->setPlaceholderText(tr("only for brokers that require one"));
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyPasswordEdit = new QLineEdit(this);
    m_keyPasswordEdit->setObjectName(QStringLiteral("keyPasswordEdit"));
    m_keyPasswordEdit->setEchoMode(QLineEdit::Password);
    m_keyPasswordEdit->setPlaceholderText(tr("never saved; only for an encrypted key"));
    m_verifyHostnameCheck = new QCheckBox(tr("&Verify the brokers' host names"), this);
    m_verifyHostnameCheck->setObjectName(QStringLiteral("verifyHostnameCheck"));
    m_verifyHostnameCheck->setToolTip(tr("Checks that each broker's certificate names the host connected "
                                         "to. Turn off only for test clusters whose certificates do not."));
    const QString certificates = tr("Certificates (*.pem *.crt *.cer);;All files (*)");
    QWidget *caFileRow = fileRow(m_caFileEdit, tr("SSL CA Certificate"), certificates);
    QWidget *certificateRow = fileRow(m_certificateEdit, tr("SSL Client Certificate"), certificates);
    QWidget *keyRow = fileRow(m_keyEdit, tr("SSL Client Key"), tr("Keys (*.pem *.key);;All files (*)"));
    m_propertiesEdit = new QPlainTextEdit(this);
    m_propertiesEdit->setObjectName(QStringLiteral("propertiesEdit"));
    m_propertiesEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_propertiesEdit->setPlaceholderText(tr("# librdkafka properties, one key=value per line\n"
                                            "socket.timeout.ms=10000"));
    m_propertiesEdit->setTabChangesFocus(true);
    m_rememberCheck = new QCheckBox(this);
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    updateRememberText();
    connect(m_secrets, &SecretStore::lastingChanged, this, &ConnectionDialog::updateRememberText);
    m_readOnlyCheck = new QCheckBox(tr("&Read-only: refuse offset resets and deletions"), this);
    m_readOnlyCheck->setObjectName(QStringLiteral("readOnlyCheck"));
    m_readOnlyCheck->setToolTip(tr("For clusters that must not be changed by accident: Partita still shows "
                                   "everything and previews resets, but refuses to change anything"));

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_nameEdit);
    form->addRow(tr("&Bootstrap servers:"), m_bootstrapEdit);
    form->addRow(tr("&Security protocol:"), m_protocolCombo);
    form->addRow(tr("SASL &mechanism:"), m_mechanismCombo);
    form->addRow(tr("&Username:"), m_usernameEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(tr("SSL &CA file:"), caFileRow);
    form->addRow(tr("Client cer&tificate:"), certificateRow);
    form->addRow(tr("Client &key:"), keyRow);
    form->addRow(tr("Key pass&word:"), m_keyPasswordEdit);
    form->addRow(QString(), m_verifyHostnameCheck);
    form->addRow(tr("E&xtra properties:"), m_propertiesEdit);
    form->addRow(QString(), m_rememberCheck);
    form->addRow(QString(), m_readOnlyCheck);

    auto *columns = new QHBoxLayout;
    columns->addLayout(profileColumn, 1);
    columns->addSpacing(8);
    columns->addLayout(form, 3);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::RichText);

    m_saveButton = new QPushButton(tr("Save Profile"), this);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_saveButton);
    bottomRow->addStretch();
    bottomRow->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problemsLabel);
    m_testPanel = new ConnectionTestPanel([this] { return settings(); }, this);
    layout->addWidget(m_testPanel);
    layout->addLayout(bottomRow);
    resize(760, 600);

    connect(m_profileList, &QListWidget::currentTextChanged, this, &ConnectionDialog::showProfile);
    connect(newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import Client Configuration"), QString(),
            tr("Client configurations (*.properties *.conf *.config);;All files (*)"));
        if (!file.isEmpty())
            importFile(file);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    for (QLineEdit *edit : {m_nameEdit, m_bootstrapEdit, m_usernameEdit, m_passwordEdit, m_caFileEdit,
                            m_certificateEdit, m_keyEdit, m_keyPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::markEdited);
    connect(m_verifyHostnameCheck, &QCheckBox::toggled, this, &ConnectionDialog::markEdited);
    for (QComboBox *combo : {m_protocolCombo, m_mechanismCombo})
        connect(combo, &QComboBox::currentTextChanged, this, &ConnectionDialog::markEdited);
    connect(m_propertiesEdit, &QPlainTextEdit::textChanged, this, &ConnectionDialog::markEdited);
    // A double-click on a profile connects with it, as Connect would.
    connect(m_profileList, &QListWidget::itemDoubleClicked, this, &ConnectionDialog::accept);
}

ConnectionSettings ConnectionDialog::settings() const {
    QStringList ignored; // problems() reports them; accept() refuses until there are none
    return enteredSettings(&ignored);
}

void ConnectionDialog::setSettings(const ConnectionSettings &settings) {
    newProfile();
    fillForm(settings);
    m_edited = true; // given to be checked: say what is wrong with them
    updateState();
}

void ConnectionDialog::showConnection(const ConnectionSettings &settings, const QString &profileName) {
    const auto profile =
        std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const ConnectionProfile &p) {
            return p.name == profileName && p.settings.bootstrapServers == settings.bootstrapServers;
        });
    if (profile != m_profiles.cend()) {
        reloadProfiles(profileName);
        showProfile(profileName);
    } else {
        newProfile();
    }
    const QScopedValueRollback filling(m_filling, true);
    fillForm(settings); // with the password typed for it, which the profile does not keep
    m_edited = false;
    updateState();
}

void ConnectionDialog::markEdited() {
    if (!m_filling) {
        m_edited = true;
        m_testPanel->clear(); // its report was about other settings
    }
    updateState();
}

QString ConnectionDialog::profileName() const {
    return m_nameEdit->text().trimmed();
}

QStringList ConnectionDialog::problems() const {
    QStringList problems;
    const ConnectionSettings entered = enteredSettings(&problems);
    return problems + entered.validate();
}

void ConnectionDialog::accept() {
    m_edited = true;
    updateState();
    if (!problems().isEmpty())
        return;
    const QString name = profileName();
    if (std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                    [&](const ConnectionProfile &p) { return p.name == name; })) {
        m_store.setLastUsed(name);
        storePasswords(name);
    }
    QDialog::accept();
}

ConnectionSettings ConnectionDialog::enteredSettings(QStringList *propertyErrors) const {
    ConnectionSettings s;
    s.bootstrapServers = m_bootstrapEdit->text().trimmed();
    s.securityProtocol = m_protocolCombo->currentText();
    if (s.usesSasl()) {
        s.saslMechanism = m_mechanismCombo->currentText();
        s.saslUsername = m_usernameEdit->text();
        s.saslPassword = m_passwordEdit->text();
    }
    if (s.usesSsl()) {
        s.sslCaFile = m_caFileEdit->text().trimmed();
        s.sslCertificateFile = m_certificateEdit->text().trimmed();
        s.sslKeyFile = m_keyEdit->text().trimmed();
        s.sslKeyPassword = m_keyPasswordEdit->text();
        s.sslVerifyHostname = m_verifyHostnameCheck->isChecked();
    }
    s.extraProperties = ConnectionSettings::parseProperties(m_propertiesEdit->toPlainText(), propertyErrors);
    s.readOnly = m_readOnlyCheck->isChecked();
    return s;
}

void ConnectionDialog::reloadProfiles(const QString &select) {
    m_profiles = m_store.profiles();
    // Only the list changes: the form keeps what was typed, the password included.
    const QSignalBlocker blocker(m_profileList);
    m_profileList->clear();
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        m_profileList->addItem(profile.name);
        if (profile.name == select)
            m_profileList->setCurrentRow(m_profileList->count() - 1);
    }
    updateState();
}

void ConnectionDialog::showProfile(const QString &name) {
    auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                           [&](const ConnectionProfile &p) { return p.name == name; });
    if (it == m_profiles.cend())
        return;
    const QScopedValueRollback filling(m_filling, true);
    m_nameEdit->setText(it->name);
    fillForm(it->settings);
    m_rememberCheck->setChecked(it->remembersPasswords);
    if (it->remembersPasswords)
        loadPasswords(it->name);
    if (it->settings.usesSasl())
        m_passwordEdit->setFocus();
    else
        m_buttons->button(QDialogButtonBox::Ok)->setFocus();
}

void ConnectionDialog::fillForm(const ConnectionSettings &s) {
    m_testPanel->clear();
    m_bootstrapEdit->setText(s.bootstrapServers);
    m_protocolCombo->setCurrentText(ConnectionSettings::normalizedProtocol(s.securityProtocol));
    if (!s.saslMechanism.isEmpty())
        m_mechanismCombo->setCurrentText(ConnectionSettings::normalizedMechanism(s.saslMechanism));
    m_usernameEdit->setText(s.saslUsername);
    m_passwordEdit->setText(s.saslPassword); // never part of a saved profile
    m_caFileEdit->setText(s.sslCaFile);
    m_certificateEdit->setText(s.sslCertificateFile);
    m_keyEdit->setText(s.sslKeyFile);
    m_keyPasswordEdit->setText(s.sslKeyPassword); // never part of a saved profile either
    m_verifyHostnameCheck->setChecked(s.sslVerifyHostname);
    m_propertiesEdit->setPlainText(ConnectionSettings::formatProperties(s.extraProperties));
    m_readOnlyCheck->setChecked(s.readOnly);
}

void ConnectionDialog::newProfile() {
    const QScopedValueRollback filling(m_filling, true);
    m_profileList->setCurrentItem(nullptr);
    m_nameEdit->clear();
    m_bootstrapEdit->clear();
    m_protocolCombo->setCurrentIndex(0);
    m_mechanismCombo->setCurrentIndex(0);
    m_usernameEdit->clear();
    m_passwordEdit->clear();
    m_caFileEdit->clear();
    m_certificateEdit->clear();
    m_keyEdit->clear();
    m_keyPasswordEdit->clear();
    m_verifyHostnameCheck->setChecked(true);
    m_propertiesEdit->clear();
    m_readOnlyCheck->setChecked(false);
    m_rememberCheck->setChecked(false);
    m_bootstrapEdit->setFocus();
}

QStringList ConnectionDialog::importFile(const QString &path) {
    ImportedConnection imported;
    QString error;
    if (!ClientConfigImport::fromFile(path, &imported, &error)) {
        QMessageBox::warning(this, tr("Import Client Configuration"), error);
        return {error};
    }
    newProfile();
    m_nameEdit->setText(QFileInfo(path).completeBaseName());
    fillForm(imported.settings);
    m_edited = true;
    updateState();
    QStringList report;
    for (const QString &problem : std::as_const(imported.problems))
        report << tr("Not usable: %1").arg(problem);
    for (const QString &ignored : std::as_const(imported.ignored))
        report << tr("Left out: %1").arg(ignored);
    for (const QString &key : std::as_const(imported.passedThrough))
        report << tr("Passed to librdkafka as an extra property: %1").arg(key);
    if (!report.isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Import Client Configuration"),
            tr("%1 was imported. Not every key became a field:").arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importReport"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(report.join(QLatin1Char('\n')));
        box->open(); // over the form it filled, which stays visible
    }
    return report;
}

void ConnectionDialog::saveProfile() {
    if (profileName().isEmpty() || !problems().isEmpty())
        return;
    m_store.save({profileName(), settings(), m_rememberCheck->isChecked()});
    storePasswords(profileName());
    reloadProfiles(profileName());
}

void ConnectionDialog::deleteProfile() {
    const QListWidgetItem *item = m_profileList->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    const auto answer = QMessageBox::question(this, tr("Delete Profile"),
                                              tr("Delete the connection profile \"%1\"?").arg(name));
    if (answer != QMessageBox::Yes)
        return;
    m_store.remove(name);
    for (const auto &[property, edit] : passwordFields())
        m_secrets->remove(ConnectionProfile::secretKey(name, property));
    reloadProfiles(QString());
    newProfile();
}

QList<std::pair<QString, QLineEdit *>> ConnectionDialog::passwordFields() const {
    return {{QStringLiteral("sasl.password"), m_passwordEdit},
            {QStringLiteral("ssl.key.password"), m_keyPasswordEdit}};
}

void ConnectionDialog::loadPasswords(const QString &profile) {
    for (const auto &[property, edit] : passwordFields()) {
        m_secrets->read(ConnectionProfile::secretKey(profile, property), this,
                        [this, profile, edit = edit](const QString &secret) {
                            // Not over what was typed meanwhile, nor into another profile.
                            if (secret.isEmpty() || profileName() != profile || !edit->text().isEmpty())
                                return;
                            const QScopedValueRollback filling(m_filling, true);
                            edit->setText(secret);
                        });
    }
}

void ConnectionDialog::storePasswords(const QString &profile) {
    for (const auto &[property, edit] : passwordFields()) {
        const QString key = ConnectionProfile::secretKey(profile, property);
        if (m_rememberCheck->isChecked() && edit->isEnabled() && !edit->text().isEmpty())
            m_secrets->write(key, edit->text(), m_secrets, [](const QString &) {
                // A keychain that fails keeps the password for the session; the check box then says so.
            });
        else
            m_secrets->remove(key);
    }
}

void ConnectionDialog::updateRememberText() {
    if (m_secrets->lasts()) {
        m_rememberCheck->setText(tr("Remember t&he passwords in the desktop keychain"));
        m_rememberCheck->setToolTip(tr("Kept by the desktop's Secret Service, never in Partita's settings"));
    } else {
        m_rememberCheck->setText(tr("Remember t&he passwords until Partita quits"));
        m_rememberCheck->setToolTip(m_secrets->whyNotLasting());
    }
}

QWidget *ConnectionDialog::fileRow(QLineEdit *edit, const QString &title, const QString &filter) {
    auto *browse = new QPushButton(tr("Browse…"), this);
    // A widget, not a bare layout, so the form label's mnemonic has a buddy to focus.
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    layout->addWidget(browse);
    row->setFocusProxy(edit);
    m_sslWidgets << row;
    connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
        const QString file = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    return row;
}

void ConnectionDialog::updateState() {
    const QString protocol = m_protocolCombo->currentText();
    for (QWidget *saslField :
         {static_cast<QWidget *>(m_mechanismCombo), static_cast<QWidget *>(m_usernameEdit),
          static_cast<QWidget *>(m_passwordEdit)})
        saslField->setEnabled(ConnectionSettings::protocolUsesSasl(protocol));
    for (QWidget *sslField : std::as_const(m_sslWidgets))
        sslField->setEnabled(ConnectionSettings::protocolUsesSsl(protocol));
    m_keyPasswordEdit->setEnabled(ConnectionSettings::protocolUsesSsl(protocol));
    m_verifyHostnameCheck->setEnabled(ConnectionSettings::protocolUsesSsl(protocol));
    m_deleteButton->setEnabled(m_profileList->currentItem() != nullptr);

    const QStringList found = problems();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
    if (m_testPanel)
        m_testPanel->setEnabled(found.isEmpty());
    m_saveButton->setEnabled(found.isEmpty() && !profileName().isEmpty());
    // Says why the button is disabled, which a greyed-out button cannot.
    if (profileName().isEmpty())
        m_saveButton->setToolTip(tr("Enter a profile name to save"));
    else if (!found.isEmpty())
        m_saveButton->setToolTip(tr("Fix the problems below to save"));
    else
        m_saveButton->setToolTip(
            tr("Save these settings as profile \"%1\" (without the password)").arg(profileName()));
    if (found.isEmpty()) {
        const QStringList warnings = settings().warnings();
        if (!warnings.isEmpty()) {
            m_problemsLabel->setStyleSheet(StatusColors::bannerStyleSheet(StatusColors::Banner::Warning));
            m_problemsLabel->setText(
                tr("<b>Ready to connect, but:</b> %1").arg(warnings.join(QLatin1Char(' ')).toHtmlEscaped()));
            return;
        }
        m_problemsLabel->setStyleSheet(
            QStringLiteral("QLabel { color: %1; padding: 6px; }").arg(StatusColors::healthy().name()));
        m_problemsLabel->setText(tr("Ready to connect."));
        return;
    }
    QStringList items;
    for (const QString &problem : found)
        items << QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
    if (!m_edited) {
        m_problemsLabel->setStyleSheet(QStringLiteral("QLabel { padding: 6px; }"));
        m_problemsLabel->setText(
            tr("<b>To connect:</b><ul style=\"margin: 0\">%1</ul>").arg(items.join(QString())));
        return;
    }
    m_problemsLabel->setStyleSheet(StatusColors::bannerStyleSheet(StatusColors::Banner::Critical));
    m_problemsLabel->setText(
        tr("<b>Cannot connect yet:</b><ul style=\"margin: 0\">%1</ul>").arg(items.join(QString())));
}

} // namespace partita
