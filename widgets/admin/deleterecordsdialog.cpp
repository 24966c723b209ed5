#include "deleterecordsdialog.h"

#include "requeststatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <climits>

namespace partita {

namespace {

constexpr int AllPartitions = -1;

int countForTr(qint64 count) {
    return int(std::min<qint64>(count, INT_MAX));
}

} // namespace

DeleteRecordsDialog::DeleteRecordsDialog(AdminService *admin, const TopicInfo &topic, QWidget *parent)
    : AdminRequestDialog(admin, tr("Delete Records"), tr("Delete"), parent)
    , m_topic(topic)
    , m_partition(new QComboBox(this))
    , m_everything(new QRadioButton(tr("Every message"), this))
    , m_beforeOffset(new QRadioButton(tr("Messages before offset:"), this))
    , m_offset(new QLineEdit(this)) {
    m_partition->setObjectName(QStringLiteral("partition"));
    m_partition->addItem(tr("All partitions"), AllPartitions);
    for (const PartitionInfo &partition : topic.partitions) {
        const QString range = partition.hasWatermarks() ? tr("Partition %1 (offsets %2 to %3)")
                                                              .arg(partition.id)
                                                              .arg(partition.lowWatermark)
                                                              .arg(partition.highWatermark)
                                                        : tr("Partition %1").arg(partition.id);
        m_partition->addItem(range, partition.id);
    }
    m_everything->setChecked(true);
    m_beforeOffset->setObjectName(QStringLiteral("beforeOffset"));
    m_offset->setObjectName(QStringLiteral("offset"));
    m_offset->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), this));
    m_offset->setPlaceholderText(tr("offset"));

    auto *form = new QFormLayout;
    form->addRow(tr("Topic:"), new QLabel(topic.name, this));
    form->addRow(tr("&Partition:"), m_partition);
    form->addRow(tr("Delete:"), m_everything);
    auto *offsetRow = new QHBoxLayout;
    offsetRow->addWidget(m_beforeOffset);
    offsetRow->addWidget(m_offset);
    form->addRow(QString(), offsetRow);
    body()->addLayout(form);
    auto *note = new QLabel(tr("Consumers that have not read these messages yet will never see them. The "
                               "partitions and their offsets stay; the first offset moves up."),
                            this);
    note->setWordWrap(true);
    body()->addWidget(note);

    const auto recount = [this] {
        const bool single = m_partition->currentData().toInt() != AllPartitions;
        // Before an offset is per partition: offsets of different partitions have nothing in common.
        m_beforeOffset->setEnabled(single);
        if (!single)
            m_everything->setChecked(true);
        m_offset->setEnabled(single && m_beforeOffset->isChecked());
        countMessages();
    };
    connect(m_partition, &QComboBox::currentIndexChanged, this, recount);
    connect(m_beforeOffset, &QRadioButton::toggled, this, recount);
    connect(m_offset, &QLineEdit::textChanged, this, recount);
    recount();
    resize(500, sizeHint().height());
}

QMap<int, qint64> DeleteRecordsDialog::beforeOffsets() const {
    QMap<int, qint64> offsets;
    const int partition = m_partition->currentData().toInt();
    if (partition == AllPartitions) {
        for (const PartitionInfo &info : m_topic.partitions)
            offsets.insert(info.id, -1);
        return offsets;
    }
    if (!m_beforeOffset->isChecked()) {
        offsets.insert(partition, -1);
        return offsets;
    }
    bool isNumber = false;
    const qint64 offset = m_offset->text().toLongLong(&isNumber);
    if (isNumber)
        offsets.insert(partition, offset);
    return offsets;
}

bool DeleteRecordsDialog::canAct() const {
    return m_count > 0;
}

void DeleteRecordsDialog::countMessages() {
    m_count = -1;
    const quint64 request = ++m_countRequest;
    actionButton()->setText(tr("Delete"));
    updateAction();
    const QMap<int, qint64> offsets = beforeOffsets();
    if (offsets.isEmpty()) {
        status()->clearStatus();
        return;
    }
    status()->showBusy(tr("Counting the messages…"));
    admin()->run<MessageCounts>(
        this,
        [topic = m_topic.name, offsets](ClusterAdmin &admin) {
            MessageCounts counts;
            counts.error = admin.messagesBefore(topic, offsets, &counts.partitions);
            return counts;
        },
        [this, request](const MessageCounts &counts) {
            if (request != m_countRequest) // the form changed meanwhile
                return;
            if (!counts.error.isEmpty()) {
                status()->showError(counts.error);
                return;
            }
            m_count = 0;
            for (qint64 count : counts.partitions)
                m_count += count;
            const QString count = QLocale().toString(m_count);
            if (m_count == 0) {
                status()->showDone(tr("Nothing to delete: those offsets hold no messages any more."));
            } else {
                status()->showWarning(
                    tr("%1 message(s) will be deleted.", nullptr, countForTr(m_count)).arg(count));
                actionButton()->setText(tr("Delete %1 Message(s)", nullptr, countForTr(m_count)).arg(count));
            }
            updateAction();
        });
}

void DeleteRecordsDialog::act() {
    const QString count = QLocale().toString(m_count);
    const auto answer = QMessageBox::warning(
        this, tr("Delete Records"),
        tr("Delete %1 message(s) from %2? This cannot be undone.", nullptr, countForTr(m_count))
            .arg(count, m_topic.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QMap<int, qint64> offsets = beforeOffsets();
    submit<RecordDeletionResult>(
        tr("Deleting %1 message(s)…", nullptr, countForTr(m_count)).arg(count),
        [topic = m_topic.name, offsets](ClusterAdmin &admin) { return admin.deleteRecords(topic, offsets); },
        [this](const RecordDeletionResult &result) { showDeletion(result); });
}

void DeleteRecordsDialog::showDeletion(const RecordDeletionResult &result) {
    QStringList failures;
    if (!result.error.isEmpty())
        failures.append(result.error);
    for (auto it = result.partitions.cbegin(); it != result.partitions.cend(); ++it) {
        if (!it->error.isEmpty())
            failures.append(tr("Partition %1: %2").arg(it.key()).arg(it->error));
    }
    if (!failures.isEmpty()) {
        m_count = -1;
        updateAction();
        status()->showError(failures.join(QLatin1Char('\n')));
        return;
    }
    emit recordsDeleted(m_topic.name, m_count);
    accept();
}

} // namespace partita
