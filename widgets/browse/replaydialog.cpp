#include "replaydialog.h"

#include "displayformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace partita {

ReplayDialog::ReplayDialog(const QString &source, qint64 count, const QStringList &topics,
                           const QString &sourceTopic, QWidget *parent)
    : QDialog(parent)
    , m_count(count)
    , m_toTopic(new QRadioButton(tr("To the topic"), this))
    , m_targetTopic(new QComboBox(this))
    , m_toHeader(new QRadioButton(tr("To the topic named in the header"), this))
    , m_topicHeader(new QLineEdit(this))
    , m_keepTimestamps(new QCheckBox(tr("Keep the original timestamps"), this))
    , m_keepPartitions(new QCheckBox(tr("Keep the original partitions"), this))
    , m_confirmation(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("replayDialog"));
    setWindowTitle(tr("Replay messages"));
    auto *sourceLabel = new QLabel(source, this);
    sourceLabel->setObjectName(QStringLiteral("replaySource"));
    sourceLabel->setWordWrap(true);
    m_toTopic->setChecked(true);
    m_targetTopic->setObjectName(QStringLiteral("targetTopic"));
    m_targetTopic->setEditable(true);
    m_targetTopic->setInsertPolicy(QComboBox::NoInsert);
    m_targetTopic->setMinimumContentsLength(24);
    m_targetTopic->addItems(topics);
    m_targetTopic->setCurrentText(sourceTopic);
    m_toHeader->setObjectName(QStringLiteral("toHeader"));
    m_topicHeader->setObjectName(QStringLiteral("topicHeader"));
    m_topicHeader->setPlaceholderText(tr("header name"));
    m_topicHeader->setToolTip(tr("Each message goes to the topic its header of this name names (dead-letter "
                                 "redrive); a message without that header is a failure"));
    m_topicHeader->setEnabled(false);
    m_keepTimestamps->setObjectName(QStringLiteral("keepTimestamps"));
    m_keepTimestamps->setToolTip(tr("Otherwise each message is stamped when it is produced again"));
    m_keepPartitions->setObjectName(QStringLiteral("keepPartitions"));
    m_keepPartitions->setToolTip(tr("Otherwise the partition is chosen by key; a partition the target topic "
                                    "does not have is a failure"));
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setWordWrap(true);
    QPushButton *produce = m_buttons->button(QDialogButtonBox::Ok);
    produce->setText(tr("Produce"));
    // Writing to a cluster takes a click on Produce, not an Enter typed in a field.
    for (QAbstractButton *button : m_buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);

    auto *target = new QFormLayout;
    target->addRow(m_toTopic, m_targetTopic);
    target->addRow(m_toHeader, m_topicHeader);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sourceLabel);
    layout->addLayout(target);
    layout->addWidget(m_keepTimestamps);
    layout->addWidget(m_keepPartitions);
    layout->addSpacing(8);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toHeader, &QRadioButton::toggled, this, [this](bool byHeader) {
        m_targetTopic->setEnabled(!byHeader);
        m_topicHeader->setEnabled(byHeader);
        updateConfirmation();
    });
    connect(m_targetTopic, &QComboBox::currentTextChanged, this, &ReplayDialog::updateConfirmation);
    connect(m_topicHeader, &QLineEdit::textChanged, this, &ReplayDialog::updateConfirmation);
    updateConfirmation();
}

ReplayRequest ReplayDialog::request() const {
    ReplayRequest request;
    if (m_toHeader->isChecked())
        request.topicHeader = m_topicHeader->text().trimmed().toUtf8();
    else
        request.targetTopic = m_targetTopic->currentText().trimmed();
    request.keepTimestamps = m_keepTimestamps->isChecked();
    request.keepPartitions = m_keepPartitions->isChecked();
    return request;
}

void ReplayDialog::updateConfirmation() {
    const ReplayRequest chosen = request();
    const QString topic = chosen.targetTopic;
    const QString header = QString::fromUtf8(chosen.topicHeader);
    const bool complete = !topic.isEmpty() || !header.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    QString text;
    if (!complete)
        text = m_toHeader->isChecked() ? tr("Name the header that names each message's topic.")
                                       : tr("Name the topic to produce to.");
    else if (m_count < 0)
        text = header.isEmpty()
                   ? tr("Produce every message of the range to topic %1.").arg(topic)
                   : tr("Produce every message of the range, each to the topic its header %1 names.")
                         .arg(header);
    else
        text = header.isEmpty()
                   ? tr("Produce %n message(s) to topic %1.", nullptr, pluralOf(m_count)).arg(topic)
                   : tr("Produce %n message(s), each to the topic its header %1 names.", nullptr,
                        pluralOf(m_count))
                         .arg(header);
    if (complete)
        text += QLatin1Char(' ') + tr("They are added to what the cluster holds; nothing there is changed.");
    m_confirmation->setText(text);
}

} // namespace partita
