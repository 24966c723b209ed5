#include "offsetresetdialog.h"

#include "groupservice.h"
#include "statuscolors.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace partita {

namespace {

enum Column { TopicColumn, PartitionColumn, CommittedColumn, NewOffsetColumn, DifferenceColumn, ColumnCount };

QString partitionCount(qsizetype count) {
    return count == 1 ? QObject::tr("1 partition") : QObject::tr("%1 partitions").arg(count);
}

QTableWidgetItem *newCell(const QString &text, bool number) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QRadioButton *newRadio(const QString &text, const QString &objectName, QWidget *parent) {
    auto *radio = new QRadioButton(text, parent);
    radio->setObjectName(objectName);
    return radio;
}

} // namespace

OffsetResetDialog::OffsetResetDialog(GroupService *service, const QString &groupId,
                                     const QList<TopicPartition> &selected, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_groupId(groupId)
    , m_selected(selected)
    , m_readOnly(service->isReadOnly()) {
    setWindowTitle(tr("Reset Offsets of %1").arg(groupId));

    auto *intro = new QLabel(tr("Choose where consumer group <b>%1</b> should continue reading, preview the "
                                "change, then apply it. Nothing changes before you apply.")
                                 .arg(groupId.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_readOnlyNote = new QLabel(tr("<b>Read-only connection.</b> You can preview a reset, but Partita will "
                                   "not apply it. Connect with a profile that is not read-only to reset "
                                   "offsets."),
                                this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(StatusColors::bannerStyleSheet(StatusColors::Banner::Warning));
    m_readOnlyNote->setVisible(m_readOnly);

    auto *targetBox = new QGroupBox(tr("Reset to"), this);
    m_targetGroup = new QButtonGroup(this);
    auto *earliest = newRadio(tr("&Earliest"), QStringLiteral("earliestRadio"), targetBox);
    auto *latest = newRadio(tr("&Latest"), QStringLiteral("latestRadio"), targetBox);
    auto *offset = newRadio(tr("&Offset"), QStringLiteral("offsetRadio"), targetBox);
    auto *timestamp = newRadio(tr("&Time"), QStringLiteral("timestampRadio"), targetBox);
    m_targetGroup->addButton(earliest, int(ResetTarget::Earliest));
    m_targetGroup->addButton(latest, int(ResetTarget::Latest));
    m_targetGroup->addButton(offset, int(ResetTarget::Offset));
    m_targetGroup->addButton(timestamp, int(ResetTarget::Timestamp));
    earliest->setChecked(true);
    m_offsetEdit = new QLineEdit(targetBox);
    m_offsetEdit->setObjectName(QStringLiteral("offsetEdit"));
    m_offsetEdit->setPlaceholderText(tr("e.g. 1200"));
    m_offsetEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,18}")), m_offsetEdit));
    m_timestampEdit = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), targetBox);
    m_timestampEdit->setObjectName(QStringLiteral("timestampEdit"));
    m_timestampEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_timestampEdit->setCalendarPopup(true);
    const auto hint = [targetBox](const QString &text) {
        auto *label = new QLabel(text, targetBox);
        label->setForegroundRole(QPalette::PlaceholderText);
        return label;
    };
    auto *targetGrid = new QGridLayout(targetBox);
    targetGrid->addWidget(earliest, 0, 0);
    targetGrid->addWidget(hint(tr("the oldest message each partition still keeps")), 0, 1);
    targetGrid->addWidget(latest, 1, 0);
    targetGrid->addWidget(hint(tr("the end: skip everything not consumed yet")), 1, 1);
    targetGrid->addWidget(offset, 2, 0);
    targetGrid->addWidget(m_offsetEdit, 2, 1);
    targetGrid->addWidget(timestamp, 3, 0);
    targetGrid->addWidget(m_timestampEdit, 3, 1);
    targetGrid->setColumnStretch(1, 1);

    auto *scopeBox = new QGroupBox(tr("Partitions"), this);
    m_allRadio = newRadio(tr("&All partitions the group has offsets for"),
                          QStringLiteral("allPartitionsRadio"), scopeBox);
    m_selectedRadio =
        newRadio(m_selected.isEmpty() ? tr("Only the &selected partitions (none selected on the Groups page)")
                                      : tr("Only the &selected %1").arg(partitionCount(m_selected.size())),
                 QStringLiteral("selectedPartitionsRadio"), scopeBox);
    QStringList selectedLabels;
    for (const TopicPartition &partition : std::as_const(m_selected))
        selectedLabels << partition.label();
    m_selectedRadio->setToolTip(selectedLabels.join(QStringLiteral(", ")));
    m_selectedRadio->setEnabled(!m_selected.isEmpty());
    // Picking partitions before asking for a reset means those are the ones meant.
    (m_selected.isEmpty() ? m_allRadio : m_selectedRadio)->setChecked(true);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_allRadio);
    scopeLayout->addWidget(m_selectedRadio);
    scopeLayout->addStretch();

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("Ask the cluster what the reset would change, without changing it"));
    auto *previewRow = new QHBoxLayout;
    previewRow->addStretch();
    previewRow->addWidget(m_previewButton);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Topic"), tr("Partition"), tr("Committed"), tr("New offset"), tr("Difference")});
    m_table->horizontalHeaderItem(DifferenceColumn)
        ->setToolTip(tr("New offset minus committed: negative re-reads messages, positive skips them"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(TopicColumn, QHeaderView::Stretch);
    for (int column = PartitionColumn; column < ColumnCount; ++column) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_table->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0); // no known length: a moving bar
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(140);
    // Keeps its place in the row while hidden, so the buttons do not jump.
    QSizePolicy keepSpace = m_busyIndicator->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busyIndicator->setSizePolicy(keepSpace);
    m_busyIndicator->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = buttons->addButton(tr("&Apply Reset…"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setAutoDefault(false);
    m_previewButton->setDefault(true);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_busyIndicator);
    bottomRow->addStretch();
    bottomRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_readOnlyNote);
    auto *inputs = new QHBoxLayout;
    inputs->addWidget(targetBox, 3);
    inputs->addWidget(scopeBox, 2);
    layout->addLayout(inputs);
    layout->addLayout(previewRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);
    layout->addLayout(bottomRow);
    resize(720, 560);

    connect(m_previewButton, &QPushButton::clicked, this, &OffsetResetDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &OffsetResetDialog::confirmApply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(service, &QObject::destroyed, this, &OffsetResetDialog::serviceGone);
    connect(m_targetGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            inputsChanged();
    });
    connect(m_allRadio, &QRadioButton::toggled, this, &OffsetResetDialog::inputsChanged);
    connect(m_offsetEdit, &QLineEdit::textChanged, this, &OffsetResetDialog::inputsChanged);
    connect(m_timestampEdit, &QDateTimeEdit::dateTimeChanged, this, &OffsetResetDialog::inputsChanged);
    showStatus(tr("Press Preview to see the offsets the group would get."), Tone::Neutral);
    updateState();
}

// Closing the dialog must not wait for the cluster: an answer that comes after it is dropped.
template <typename Answer>
std::function<void(const Answer &)>
OffsetResetDialog::whenAnswered(void (OffsetResetDialog::*show)(const Answer &)) {
    m_busy = true;
    return [dialog = QPointer<OffsetResetDialog>(this), show](const Answer &answer) {
        if (!dialog)
            return;
        dialog->m_busy = false;
        (dialog->*show)(answer);
    };
}

void OffsetResetDialog::serviceGone() {
    if (!m_busy)
        return;
    m_busy = false;
    const bool applying = std::exchange(m_applying, false);
    showStatus(applying ? tr("The connection was closed before the cluster answered: the offsets may or may "
                             "not have been reset. Check the group before trying again.")
                        : tr("The connection was closed before the cluster answered."),
               Tone::Error);
    m_plan = OffsetResetPlan();
    updateState();
}

OffsetResetRequest OffsetResetDialog::request() const {
    OffsetResetRequest request;
    request.groupId = m_groupId;
    request.target = ResetTarget(m_targetGroup->checkedId());
    if (request.target == ResetTarget::Offset)
        request.value = m_offsetEdit->text().toLongLong();
    else if (request.target == ResetTarget::Timestamp)
        request.value = m_timestampEdit->dateTime().toMSecsSinceEpoch();
    if (m_selectedRadio->isChecked())
        request.partitions = m_selected;
    return request;
}

void OffsetResetDialog::preview() {
    if (m_busy || !m_service)
        return;
    m_service->previewReset(request(), whenAnswered(&OffsetResetDialog::showPlan));
    m_plan = OffsetResetPlan();
    m_table->setRowCount(0);
    showStatus(tr("Reading the committed offsets of %1…").arg(m_groupId), Tone::Neutral);
    updateState();
}

void OffsetResetDialog::confirmApply() {
    if (!m_plan.isApplicable() || m_readOnly || isBusy())
        return;
    // Opened, not exec()'d: the dialog keeps running, and tests can answer the box like a user.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset Offsets"),
                                tr("Reset the committed offsets of group “%1” on %2?")
                                    .arg(m_groupId, partitionCount(m_plan.changes.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmResetBox"));
    box->setInformativeText(tr("Its consumers continue from the new offsets the next time they start. "
                               "The old offsets are not kept."));
    QPushButton *reset = box->addButton(tr("Reset Offsets"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, reset] {
        if (box->clickedButton() == reset)
            apply();
    });
    box->open();
}

void OffsetResetDialog::apply() {
    if (!m_plan.isApplicable() || m_readOnly || m_busy || !m_service)
        return;
    m_service->applyReset(m_plan, whenAnswered(&OffsetResetDialog::showApplied));
    m_applying = true;
    showStatus(tr("Writing the new offsets of %1…").arg(partitionCount(m_plan.changes.size())),
               Tone::Neutral);
    updateState();
}

void OffsetResetDialog::showPlan(const OffsetResetPlan &plan) {
    m_plan = plan;
    m_table->setRowCount(0);
    if (!plan.error.isEmpty()) {
        showStatus(tr("Preview failed: %1").arg(plan.error), Tone::Error);
        m_plan = OffsetResetPlan();
        updateState();
        return;
    }
    qint64 back = 0;
    qint64 ahead = 0;
    m_table->setRowCount(int(plan.changes.size()));
    for (int row = 0; row < plan.changes.size(); ++row) {
        const OffsetChange &change = plan.changes.at(row);
        m_table->setItem(row, TopicColumn, newCell(change.partition.topic, false));
        m_table->setItem(row, PartitionColumn, newCell(QString::number(change.partition.partition), true));
        auto *committed =
            newCell(change.from < 0 ? tr("no commit") : QString::number(change.from), change.from >= 0);
        if (change.from < 0) {
            committed->setForeground(palette().brush(QPalette::PlaceholderText));
            committed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_table->setItem(row, CommittedColumn, committed);
        m_table->setItem(row, NewOffsetColumn, newCell(QString::number(change.to), true));
        QString difference = QStringLiteral("—");
        if (change.from >= 0) {
            const qint64 delta = change.to - change.from;
            difference = delta > 0 ? QStringLiteral("+%1").arg(delta) : QString::number(delta);
            (delta < 0 ? back : ahead) += delta < 0 ? -delta : delta;
        }
        m_table->setItem(row, DifferenceColumn, newCell(difference, true));
    }
    QStringList effects;
    if (back > 0)
        effects << tr("moves back %1 offsets (those messages are read again)").arg(back);
    if (ahead > 0)
        effects << tr("moves ahead %1 offsets (those messages are skipped)").arg(ahead);
    if (effects.isEmpty())
        effects << tr("keeps the committed offsets as they are");
    QString text = tr("Preview of %1: the group %2.")
                       .arg(partitionCount(plan.changes.size()), effects.join(tr(" and ")));
    if (m_readOnly)
        text += tr(" This connection is read-only, so it cannot be applied.");
    else
        text += tr(" Nothing has changed yet: press Apply Reset to write these offsets.");
    showStatus(text, Tone::Neutral);
    updateState();
}

void OffsetResetDialog::showApplied(const QString &error) {
    m_applying = false;
    if (!error.isEmpty()) {
        showStatus(tr("The offsets were not reset: %1").arg(error), Tone::Error);
    } else {
        showStatus(tr("Done: group %1 continues from the new offsets on %2.")
                       .arg(m_groupId, partitionCount(m_plan.changes.size())),
                   Tone::Success);
        // Applied once; a second reset starts from a fresh preview.
        m_plan = OffsetResetPlan();
        emit offsetsReset(m_groupId);
    }
    updateState();
}

void OffsetResetDialog::reject() {
    if (m_applying) {
        showStatus(tr("Writing the new offsets: wait for the cluster's answer before closing."),
                   Tone::Warning);
        return;
    }
    QDialog::reject();
}

void OffsetResetDialog::inputsChanged() {
    if (isBusy())
        return;
    if (m_plan.isApplicable() || m_table->rowCount() > 0) {
        // The table must always show exactly what Apply would write.
        m_plan = OffsetResetPlan();
        m_table->setRowCount(0);
        showStatus(tr("The choice changed: press Preview again before applying."), Tone::Neutral);
    }
    updateState();
}

void OffsetResetDialog::showStatus(const QString &text, Tone tone) {
    QString style = QStringLiteral("QLabel { padding: 6px 2px; }");
    if (tone == Tone::Success) {
        style = QStringLiteral("QLabel { color: %1; padding: 6px 2px; }").arg(StatusColors::healthy().name());
    } else if (tone == Tone::Warning || tone == Tone::Error) {
        style = StatusColors::bannerStyleSheet(tone == Tone::Error ? StatusColors::Banner::Critical
                                                                   : StatusColors::Banner::Warning);
    }
    m_statusLabel->setStyleSheet(style);
    m_statusLabel->setText(text);
}

void OffsetResetDialog::updateState() {
    const bool busy = isBusy();
    const auto target = ResetTarget(m_targetGroup->checkedId());
    for (QAbstractButton *button : m_targetGroup->buttons())
        button->setEnabled(!busy);
    m_offsetEdit->setEnabled(!busy && target == ResetTarget::Offset);
    m_timestampEdit->setEnabled(!busy && target == ResetTarget::Timestamp);
    m_allRadio->setEnabled(!busy);
    m_selectedRadio->setEnabled(!busy && !m_selected.isEmpty());
    const bool offsetMissing = target == ResetTarget::Offset && m_offsetEdit->text().isEmpty();
    m_previewButton->setEnabled(!busy && !offsetMissing);
    m_busyIndicator->setVisible(busy);

    m_applyButton->setEnabled(!busy && !m_readOnly && m_plan.isApplicable());
    // A greyed-out button cannot say why; its tooltip can.
    if (m_readOnly)
        m_applyButton->setToolTip(tr("This connection is read-only: offset resets are refused"));
    else if (busy)
        m_applyButton->setToolTip(tr("Waiting for the cluster"));
    else if (!m_plan.isApplicable())
        m_applyButton->setToolTip(tr("Preview first: Apply writes exactly the previewed offsets"));
    else
        m_applyButton->setToolTip(tr("Write the previewed offsets for group %1").arg(m_groupId));
}

} // namespace partita
