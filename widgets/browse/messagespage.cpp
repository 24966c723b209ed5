#include "messagespage.h"

#include "clustersession.h"
#include "datatableview.h"
#include "displayformat.h"
#include "jobpanel.h"
#include "messagedetail.h"
#include "messageexport.h"
#include "messagereplay.h"
#include "progressbardelegate.h"
#include "replaydialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace partita {

namespace {

// How many of a topic's newest messages openTopic() shows per partition.
constexpr int NewestPerPartition = 100;

// "0, 2, 5" or empty for all partitions; nullopt when the text is not such a list.
std::optional<QList<int>> parsePartitions(const QString &text) {
    QList<int> partitions;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok || id < 0)
            return std::nullopt;
        partitions.append(id);
    }
    return partitions;
}

// Milliseconds since the epoch, or an ISO 8601 date and time (local time unless it says otherwise).
std::optional<qint64> parseTime(const QString &text) {
    bool ok = false;
    const qint64 ms = text.trimmed().toLongLong(&ok);
    if (ok && ms >= 0)
        return ms;
    const QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (time.isValid())
        return time.toMSecsSinceEpoch();
    return std::nullopt;
}

} // namespace

MessagesPage::MessagesPage(QWidget *parent)
    : QWidget(parent) {
    buildControls();
    m_followTimer.setInterval(250);
    m_followTimer.setSingleShot(true);
    connect(&m_followTimer, &QTimer::timeout, this, [this] {
        if (m_following)
            m_table->scrollToBottom();
    });
    setSession(nullptr);
}

void MessagesPage::buildControls() {
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setEditable(true);
    m_topic->setMinimumContentsLength(16);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_partitions = new QLineEdit(this);
    m_partitions->setObjectName(QStringLiteral("partitions"));
    m_partitions->setPlaceholderText(tr("all"));
    m_partitions->setMinimumWidth(7 * m_partitions->fontMetrics().averageCharWidth());
    m_partitions->setMaximumWidth(90);
    m_partitions->setToolTip(tr("Partitions to read, e.g. \"0, 2\"; empty for all"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("findKey"));
    m_key->setPlaceholderText(tr("any key"));
    m_key->setMinimumWidth(16 * m_key->fontMetrics().averageCharWidth());
    m_key->setMaximumWidth(200);
    m_key->setClearButtonEnabled(true);
    m_key->setToolTip(tr("Find the messages with this key: reads only the partition the key maps to, as "
                         "long as the topic has the partition count it had when they were produced"));
    m_keyPartitioner = new QComboBox(this);
    m_keyPartitioner->setObjectName(QStringLiteral("findKeyPartitioner"));
    m_keyPartitioner->addItem(tr("Java partitioner"), int(KeyPartitioner::Murmur2));
    m_keyPartitioner->addItem(tr("librdkafka partitioner"), int(KeyPartitioner::Crc32));
    for (int i = 0; i < m_keyPartitioner->count(); ++i)
        m_keyPartitioner->setItemData(
            i, KeyPartitioning::describe(KeyPartitioner(m_keyPartitioner->itemData(i).toInt())),
            Qt::ToolTipRole);
    m_keyPartitioner->setToolTip(tr("The partitioner of the producer that wrote the key"));
    m_keyPartitioner->hide();
    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->addItem(tr("Newest per partition"), int(StartPosition::Kind::LastN));
    m_start->addItem(tr("Beginning"), int(StartPosition::Kind::Beginning));
    m_start->addItem(tr("Offset"), int(StartPosition::Kind::Offset));
    m_start->addItem(tr("Timestamp"), int(StartPosition::Kind::Timestamp));
    m_start->addItem(tr("End (new messages only)"), int(StartPosition::Kind::End));
    m_startValue = new QLineEdit(this);
    m_startValue->setObjectName(QStringLiteral("startValue"));
    m_startValue->setMaximumWidth(190);
    m_stop = new QComboBox(this);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->addItem(tr("Stop at the end"), int(StopCondition::Kind::EndAtStart));
    m_stop->addItem(tr("Keep following"), int(StopCondition::Kind::Never));
    m_stop->addItem(tr("Stop at a timestamp"), int(StopCondition::Kind::Timestamp));
    m_stopValue = new QLineEdit(this);
    m_stopValue->setObjectName(QStringLiteral("stopValue"));
    m_stopValue->setMaximumWidth(190);
    m_stopValue->setPlaceholderText(tr("ms or 2026-12-02T10:00"));
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setRange(0, 100'000'000);
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setPrefix(tr("at most "));
    m_limit->setGroupSeparatorShown(true);
    m_isolation = new QComboBox(this);
    m_isolation->setObjectName(QStringLiteral("isolation"));
    m_isolation->addItem(tr("read_committed"), int(IsolationLevel::ReadCommitted));
    m_isolation->addItem(tr("read_uncommitted"), int(IsolationLevel::ReadUncommitted));
    m_isolation->setToolTip(tr("read_committed hides aborted transactions and stops at open ones"));
    m_read = new QPushButton(tr("Read"), this);
    m_read->setObjectName(QStringLiteral("read"));
    m_read->setDefault(true);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("stopReading"));

    m_keyDecoder =
        decoderBox(QStringLiteral("keyDecoder"), tr("How the key column and the detail show keys"));
    m_valueDecoder =
        decoderBox(QStringLiteral("valueDecoder"), tr("How the value column and the detail show values"));
    for (QComboBox *decoder : {m_keyDecoder, m_valueDecoder})
        decoder->setMaximumWidth(20 * decoder->fontMetrics().averageCharWidth());

    // What to read; then which range, and the commands.
    auto *topicRow = new QHBoxLayout;
    topicRow->addWidget(new QLabel(tr("Topic"), this));
    topicRow->addWidget(m_topic, 2);
    topicRow->addWidget(new QLabel(tr("Partitions"), this));
    topicRow->addWidget(m_partitions);
    topicRow->addWidget(new QLabel(tr("Key"), this));
    topicRow->addWidget(m_key);
    topicRow->addWidget(m_keyPartitioner);
    topicRow->addWidget(m_isolation);
    topicRow->addStretch();
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_start);
    rangeRow->addWidget(m_startValue);
    rangeRow->addWidget(m_stop);
    rangeRow->addWidget(m_stopValue);
    rangeRow->addWidget(m_limit);
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_read);
    rangeRow->addWidget(m_pause);
    rangeRow->addWidget(m_stopButton);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter the messages read"));
    m_filter->setClearButtonEnabled(true);
    m_filterField = new QComboBox(this);
    m_filterField->setObjectName(QStringLiteral("filterField"));
    m_filterField->addItem(tr("in values"), int(MessageFilter::Field::Value));
    m_filterField->addItem(tr("in keys"), int(MessageFilter::Field::Key));
    m_filterField->addItem(tr("in a header"), int(MessageFilter::Field::Header));
    m_headerName = new QLineEdit(this);
    m_headerName->setObjectName(QStringLiteral("headerName"));
    m_headerName->setPlaceholderText(tr("header name"));
    m_headerName->setMaximumWidth(140);
    m_headerName->hide();
    m_regex = new QCheckBox(tr("Regular expression"), this);
    m_regex->setObjectName(QStringLiteral("regex"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_filterField);
    filterRow->addWidget(m_headerName);
    filterRow->addWidget(m_regex);
    // How the rows read: beside the filter, which reads them too; the topic row stays narrow.
    filterRow->addSpacing(16);
    filterRow->addWidget(new QLabel(tr("Key as"), this));
    filterRow->addWidget(m_keyDecoder);
    filterRow->addWidget(new QLabel(tr("value as"), this));
    filterRow->addWidget(m_valueDecoder);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true); // a long status must not widen the window
    m_showProgress = new QToolButton(this);
    m_showProgress->setObjectName(QStringLiteral("showPartitionProgress"));
    m_showProgress->setText(tr("Partitions"));
    m_showProgress->setCheckable(true);
    m_showProgress->setToolTip(tr("Show how far reading has come in each partition"));
    // Export and replay act on what was read, so they sit with the status of the reading; the rows above
    // stay narrow enough for a 1024 px window.
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_showProgress);
    statusRow->addWidget(buildJobButton(Job::Export));
    m_replay = buildJobButton(Job::Replay);
    statusRow->addWidget(m_replay);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    m_exportPanel = new JobPanel(tr("Cancel export"), this);
    m_exportPanel->setObjectName(QStringLiteral("exportPanel"));
    m_replayPanel = new JobPanel(tr("Cancel replay"), this);
    m_replayPanel->setObjectName(QStringLiteral("replayPanel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("messages"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Millions of rows: every row as high as the first, and columns sized once, not to their contents.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *copy = new QAction(tr("Copy as JSON"), m_table);
    copy->setObjectName(QStringLiteral("copyAsJson"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &MessagesPage::copySelection);

    m_detail = new MessageDetail(this);
    m_detail->setObjectName(QStringLiteral("detail"));

    m_progressTable = new DataTableView(this);
    m_progressTable->setObjectName(QStringLiteral("partitionProgress"));
    m_progressTable->setItemDelegateForColumn(
        ReadProgressModel::ProgressColumn,
        new ProgressBarDelegate(ReadProgressModel::FractionRole, m_progressTable));
    m_progressTable->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_progressTable);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    connect(m_showProgress, &QToolButton::toggled, this, [this, splitter](bool shown) {
        m_progressTable->setVisible(shown);
        // Shown for the first time, it would get no height at all: give it room for a few partitions.
        QList<int> sizes = splitter->sizes();
        if (shown && sizes.first() == 0) {
            const int wanted =
                std::min(m_progressTable->verticalHeader()->defaultSectionSize() * 7, sizes.at(1) / 2);
            sizes[0] = wanted;
            sizes[1] -= wanted;
            splitter->setSizes(sizes);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(topicRow);
    layout->addLayout(rangeRow);
    layout->addLayout(filterRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_notes);
    layout->addWidget(m_exportPanel);
    layout->addWidget(m_replayPanel);
    layout->addWidget(splitter, 1);

    connect(m_read, &QPushButton::clicked, this, &MessagesPage::browse);
    connect(m_topic->lineEdit(), &QLineEdit::returnPressed, this, &MessagesPage::browse);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_browser)
            return;
        if (m_browser->state() == MessageBrowser::State::Paused)
            m_browser->resume();
        else
            m_browser->pause();
    });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_browser)
            m_browser->stop();
    });
    connect(m_key, &QLineEdit::returnPressed, this, &MessagesPage::browse);
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &key) {
        // A key lives in one partition: the key's, not the ones typed.
        m_keyPartitioner->setVisible(!key.isEmpty());
        m_partitions->setEnabled(key.isEmpty());
    });
    connect(m_start, &QComboBox::currentIndexChanged, this, &MessagesPage::updateStartValue);
    connect(m_stop, &QComboBox::currentIndexChanged, this, &MessagesPage::updateStopValue);
    connect(m_filter, &QLineEdit::textChanged, this, &MessagesPage::applyFilter);
    connect(m_headerName, &QLineEdit::textChanged, this, &MessagesPage::applyFilter);
    connect(m_regex, &QCheckBox::toggled, this, &MessagesPage::applyFilter);
    connect(m_keyDecoder, &QComboBox::currentIndexChanged, this, &MessagesPage::chooseDecoders);
    connect(m_valueDecoder, &QComboBox::currentIndexChanged, this, &MessagesPage::chooseDecoders);
    connect(m_filterField, &QComboBox::currentIndexChanged, this, [this] {
        m_headerName->setVisible(m_filterField->currentData().toInt() == int(MessageFilter::Field::Header));
        applyFilter();
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // Scrolling up stops following; scrolling back to the bottom resumes it.
        m_following = value >= m_table->verticalScrollBar()->maximum();
    });
    updateStartValue();
    updateStopValue();
}

QToolButton *MessagesPage::buildJobButton(Job job) {
    const bool replay = job == Job::Replay;
    const QString name = replay ? QStringLiteral("replay") : QStringLiteral("export");
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(replay ? tr("Replay") : tr("Export"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    const auto add = [this, menu, name, replay](const QString &suffix, const QString &text, Source source) {
        menu->addAction(text, this,
                        [this, source, replay] { replay ? replayMessages(source) : exportMessages(source); })
            ->setObjectName(name + suffix);
    };
    add(QStringLiteral("Selection"), tr("Selected messages…"), Source::Selection);
    add(QStringLiteral("Shown"), tr("Messages shown (as filtered)…"), Source::Shown);
    add(QStringLiteral("Range"), tr("The whole range, read again from the cluster…"), Source::Range);
    button->setMenu(menu);
    // The replay button's depends on the connection: showReadOnly().
    if (!replay)
        button->setToolTip(tr("Write messages to a JSON Lines or CSV file"));
    return button;
}

std::optional<MessagesPage::Chosen> MessagesPage::choose(Source source, Job job) {
    const bool replay = job == Job::Replay;
    if (!m_browser || !m_session)
        return std::nullopt;
    if (replay ? m_replayPanel->isRunning() : m_exportPanel->isRunning()) {
        m_status->setText(replay ? tr("A replay is running: wait for it or cancel it first")
                                 : tr("An export is running: wait for it or cancel it first"));
        return std::nullopt;
    }
    Chosen chosen;
    if (source == Source::Range) {
        QString problem;
        chosen.range = requestFromControls(&problem);
        if (chosen.range && chosen.range->stop.kind == StopCondition::Kind::Never)
            problem = replay
                          ? tr("A range to replay needs an end: choose \"Stop at the end\" or a timestamp")
                          : tr("A range to export needs an end: choose \"Stop at the end\" or a timestamp");
        if (!problem.isEmpty()) {
            m_status->setText(problem);
            return std::nullopt;
        }
    } else if (source == Source::Selection) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            chosen.rows.append(index.row());
        if (chosen.rows.isEmpty()) {
            m_status->setText(replay ? tr("Select the messages to replay first")
                                     : tr("Select the messages to export first"));
            return std::nullopt;
        }
        std::sort(chosen.rows.begin(), chosen.rows.end());
    } else if (m_browser->model()->rowCount() == 0) {
        m_status->setText(replay ? tr("No messages shown to replay") : tr("No messages shown to export"));
        return std::nullopt;
    }
    return chosen;
}

void MessagesPage::exportMessages(Source source) {
    const std::optional<Chosen> chosen = choose(source, Job::Export);
    if (!chosen)
        return;
    const QString topic = chosen->range ? chosen->range->topic : m_browser->request().topic;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QLatin1Char('/') + topic + QStringLiteral(".jsonl");
    const QString jsonLines = tr("JSON Lines (*.jsonl)");
    QString chosenFilter = jsonLines;
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export messages"), suggested,
                                     jsonLines + QStringLiteral(";;") + tr("CSV (*.csv)"), &chosenFilter);
    if (fileName.isEmpty())
        return;
    const ExportFormat format =
        chosenFilter == jsonLines ? MessageExport::formatFor(fileName) : ExportFormat::Csv;
    m_exportPanel->run(
        chosen->range
            ? MessageExport::ofRange(m_session->settings(), *chosen->range, fileName, format)
            : MessageExport::ofRows(m_browser->model()->snapshotOf(chosen->rows), fileName, format));
}

void MessagesPage::replayMessages(Source source) {
    const std::optional<Chosen> chosen = choose(source, Job::Replay);
    if (!chosen)
        return;
    const QString topic = chosen->range ? chosen->range->topic : m_browser->request().topic;
    const qint64 count = chosen->range            ? -1
                         : chosen->rows.isEmpty() ? m_browser->model()->rowCount()
                                                  : chosen->rows.size();
    QString summary;
    if (chosen->range)
        summary = rangeSummary(*chosen->range);
    else if (source == Source::Selection)
        summary = tr("%n selected message(s) of %1", nullptr, pluralOf(count)).arg(topic);
    else
        summary = tr("The %n message(s) of %1 the table shows", nullptr, pluralOf(count)).arg(topic);
    QStringList topics;
    for (int i = 0; i < m_topic->count(); ++i)
        topics.append(m_topic->itemText(i));
    ReplayDialog dialog(summary, count, topics, topic, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReplayRequest request = dialog.request();
    m_replayPanel->run(chosen->range
                           ? MessageReplay::ofRange(m_session->settings(), *chosen->range, request)
                           : MessageReplay::ofRows(m_session->settings(),
                                                   m_browser->model()->snapshotOf(chosen->rows), request));
}

QString MessagesPage::rangeSummary(const BrowseRequest &range) const {
    QStringList ids;
    for (const int partition : range.partitions)
        ids.append(QString::number(partition));
    const QString partitions = ids.isEmpty()     ? tr("all partitions")
                               : ids.size() == 1 ? tr("partition %1").arg(ids.first())
                                                 : tr("partitions %1").arg(ids.join(QStringLiteral(", ")));
    QString start = m_start->currentText();
    if (m_startValue->isVisible())
        start += QLatin1Char(' ') + m_startValue->text().trimmed();
    QString stop = m_stop->currentText();
    if (m_stopValue->isVisible())
        stop += QLatin1Char(' ') + m_stopValue->text().trimmed();
    return tr("The messages of %1 (%2), read again from the cluster: %3, %4")
        .arg(range.topic, partitions, start, stop.toLower());
}

// Refused in kafka/ too; this says so before the user chooses anything.
void MessagesPage::showReadOnly() {
    const bool readOnly = m_session && m_session->isReadOnly();
    m_replay->setEnabled(m_session && !readOnly);
    m_replay->setToolTip(readOnly ? tr("The connection is read-only: replaying would write to the cluster")
                                  : tr("Produce messages again, to the same topic or another"));
}

void MessagesPage::setSession(ClusterSession *session) {
    if (m_browser)
        disconnect(m_browser, nullptr, this, nullptr);
    m_session = session;
    m_browser = session ? session->browser() : nullptr;
    m_table->setModel(m_browser ? m_browser->model() : nullptr);
    m_progressTable->setModel(m_browser ? m_browser->progressModel() : nullptr);
    m_detail->clear();
    if (m_browser) {
        m_filter->clear(); // typed for another cluster's messages
        MessageTableModel *model = m_browser->model();
        connect(m_browser, &MessageBrowser::stateChanged, this, &MessagesPage::showState);
        connect(m_browser, &MessageBrowser::progressChanged, this, &MessagesPage::showState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MessagesPage::followNewRows);
        connect(model, &QAbstractItemModel::modelReset, m_detail, &MessageDetail::clear);
        model->setDecoders(chosenDecoders());
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MessagesPage::showDetail);
        const int character = m_table->fontMetrics().averageCharWidth();
        m_table->setColumnWidth(MessageTableModel::PartitionColumn, 11 * character);
        m_table->setColumnWidth(MessageTableModel::OffsetColumn, 12 * character);
        m_table->setColumnWidth(MessageTableModel::TimestampColumn, 30 * character);
        m_table->setColumnWidth(MessageTableModel::KeyColumn, 22 * character);
        m_table->setColumnWidth(MessageTableModel::ValueColumn, 70 * character);
        m_table->setColumnWidth(MessageTableModel::HeadersColumn, 9 * character);
    }
    applyFilter();
    showState();
    showReadOnly();
}

void MessagesPage::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    if (!snapshot)
        return;
    QStringList names;
    for (const TopicInfo &topic : snapshot->topics)
        names.append(topic.name);
    QStringList current;
    for (int i = 0; i < m_topic->count(); ++i)
        current.append(m_topic->itemText(i));
    if (names == current)
        return;
    const QString typed = m_topic->currentText();
    m_topic->clear();
    m_topic->addItems(names);
    m_topic->setCurrentText(typed);
}

void MessagesPage::openTopic(const QString &topic, std::optional<int> partition) {
    m_topic->setCurrentText(topic);
    m_partitions->setText(partition ? QString::number(*partition) : QString());
    m_key->clear();
    m_start->setCurrentIndex(m_start->findData(int(StartPosition::Kind::LastN)));
    m_startValue->setText(QString::number(NewestPerPartition));
    m_stop->setCurrentIndex(m_stop->findData(int(StopCondition::Kind::EndAtStart)));
    browse();
}

void MessagesPage::updateStartValue() {
    const auto kind = StartPosition::Kind(m_start->currentData().toInt());
    m_startValue->setVisible(kind == StartPosition::Kind::Offset || kind == StartPosition::Kind::Timestamp ||
                             kind == StartPosition::Kind::LastN);
    m_startValue->setPlaceholderText(kind == StartPosition::Kind::Timestamp ? tr("ms or 2026-12-02T10:00")
                                     : kind == StartPosition::Kind::Offset  ? tr("offset")
                                                                            : tr("messages"));
    if (kind == StartPosition::Kind::LastN && m_startValue->text().isEmpty())
        m_startValue->setText(QString::number(NewestPerPartition));
    // Only new messages: reading can only go on past the end.
    if (kind == StartPosition::Kind::End)
        m_stop->setCurrentIndex(m_stop->findData(int(StopCondition::Kind::Never)));
}

void MessagesPage::updateStopValue() {
    m_stopValue->setVisible(StopCondition::Kind(m_stop->currentData().toInt()) ==
                            StopCondition::Kind::Timestamp);
}

std::optional<BrowseRequest> MessagesPage::requestFromControls(QString *problem) const {
    BrowseRequest request;
    request.topic = m_topic->currentText().trimmed();
    if (request.topic.isEmpty()) {
        *problem = tr("Choose a topic to read");
        return std::nullopt;
    }
    const auto partitions = parsePartitions(m_partitions->text());
    if (!partitions) {
        *problem = tr("Partitions are numbers separated by commas, not \"%1\"").arg(m_partitions->text());
        return std::nullopt;
    }
    request.partitions = *partitions;
    if (!m_key->text().isEmpty())
        request.keySearch =
            KeySearch{m_key->text().toUtf8(), KeyPartitioner(m_keyPartitioner->currentData().toInt())};
    request.start.kind = StartPosition::Kind(m_start->currentData().toInt());
    if (request.start.kind == StartPosition::Kind::Timestamp) {
        const auto time = parseTime(m_startValue->text());
        if (!time) {
            *problem = tr("The start time is milliseconds since 1970 or a date such as 2026-12-02T10:00, "
                          "not \"%1\"")
                           .arg(m_startValue->text());
            return std::nullopt;
        }
        request.start.value = *time;
    } else if (request.start.kind == StartPosition::Kind::Offset ||
               request.start.kind == StartPosition::Kind::LastN) {
        bool ok = false;
        request.start.value = m_startValue->text().trimmed().toLongLong(&ok);
        if (!ok || request.start.value < 0) {
            *problem =
                request.start.kind == StartPosition::Kind::Offset
                    ? tr("The start offset is a number, not \"%1\"").arg(m_startValue->text())
                    : tr("The number of newest messages is a number, not \"%1\"").arg(m_startValue->text());
            return std::nullopt;
        }
    }
    request.stop.kind = StopCondition::Kind(m_stop->currentData().toInt());
    if (request.stop.kind == StopCondition::Kind::Timestamp) {
        const auto time = parseTime(m_stopValue->text());
        if (!time) {
            *problem =
                tr("The stop time is milliseconds since 1970 or a date such as 2026-12-02T10:00, not \"%1\"")
                    .arg(m_stopValue->text());
            return std::nullopt;
        }
        request.stop.value = *time;
    }
    if (request.start.kind == StartPosition::Kind::End &&
        request.stop.kind == StopCondition::Kind::EndAtStart) {
        *problem = tr("Reading from the end to the end shows nothing: choose \"Keep following\"");
        return std::nullopt;
    }
    request.stop.maxMessages = m_limit->value() > 0 ? m_limit->value() : -1;
    request.isolation = IsolationLevel(m_isolation->currentData().toInt());
    return request;
}

void MessagesPage::browse() {
    if (!m_browser)
        return;
    QString problem;
    const auto request = requestFromControls(&problem);
    if (!request) {
        m_status->setText(problem);
        return;
    }
    m_following = true;
    useDecodersOf(request->topic);
    m_browser->browse(*request);
}

QComboBox *MessagesPage::decoderBox(const QString &name, const QString &toolTip) {
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    box->setToolTip(toolTip);
    for (const Decoder decoder : allDecoders())
        box->addItem(decoderName(decoder), int(decoder));
    return box;
}

void MessagesPage::useDecodersOf(const QString &topic) {
    m_decoderTopic = topic;
    const DecoderChoice choice = DecoderChoice::load(topic);
    {
        const QSignalBlocker keyBlocker(m_keyDecoder);
        const QSignalBlocker valueBlocker(m_valueDecoder);
        m_keyDecoder->setCurrentIndex(m_keyDecoder->findData(int(choice.key)));
        m_valueDecoder->setCurrentIndex(m_valueDecoder->findData(int(choice.value)));
    }
    applyDecoders(choice);
}

// The choice is the topic's whose messages the table shows, not that of a topic typed but not read.
void MessagesPage::chooseDecoders() {
    const DecoderChoice choice = chosenDecoders();
    if (!m_decoderTopic.isEmpty())
        choice.save(m_decoderTopic);
    applyDecoders(choice);
}

DecoderChoice MessagesPage::chosenDecoders() const {
    return {Decoder(m_keyDecoder->currentData().toInt()), Decoder(m_valueDecoder->currentData().toInt())};
}

void MessagesPage::applyDecoders(const DecoderChoice &choice) {
    m_detail->setDecoders(choice);
    if (m_browser)
        m_browser->model()->setDecoders(choice);
}

void MessagesPage::copySelection() {
    if (!m_browser)
        return;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex());
    if (!rows.isEmpty())
        QGuiApplication::clipboard()->setMimeData(m_browser->model()->mimeData(rows));
}

void MessagesPage::applyFilter() {
    if (!m_browser)
        return;
    MessageFilter filter;
    filter.field = MessageFilter::Field(m_filterField->currentData().toInt());
    filter.headerName = m_headerName->text().toUtf8();
    filter.pattern = m_filter->text();
    filter.syntax =
        m_regex->isChecked() ? MessageFilter::Syntax::RegularExpression : MessageFilter::Syntax::Substring;
    const QString problem = filter.errorString();
    m_filter->setToolTip(problem);
    m_filter->setStyleSheet(
        problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { color: palette(link-visited); }"));
    if (problem.isEmpty())
        m_browser->model()->setFilter(filter);
    showState();
}

void MessagesPage::showState() {
    const bool connected = m_browser;
    m_read->setEnabled(connected);
    m_pause->setEnabled(connected);
    m_stopButton->setEnabled(connected);
    if (!m_browser) {
        m_status->setText(tr("Not connected"));
        m_notes->hide();
        return;
    }
    const MessageBrowser::State state = m_browser->state();
    m_pause->setText(state == MessageBrowser::State::Paused ? tr("Resume") : tr("Pause"));
    const bool reading = state == MessageBrowser::State::Starting ||
                         state == MessageBrowser::State::Reading ||
                         state == MessageBrowser::State::Following || state == MessageBrowser::State::Paused;
    m_pause->setEnabled(reading && state != MessageBrowser::State::Starting);
    m_stopButton->setEnabled(reading);

    qint64 remaining = 0;
    bool remainingKnown = true;
    QStringList notes;
    const BrowseRequest &request = m_browser->request();
    if (request.keySearch && m_browser->progress().size() == 1)
        notes.append(tr("Key \"%1\" maps to partition %2 under %3: only that partition is read")
                         .arg(QString::fromUtf8(request.keySearch->key))
                         .arg(m_browser->progress().first().partition)
                         .arg(KeyPartitioning::describe(request.keySearch->partitioner)));
    for (const PartitionProgress &progress : m_browser->progress()) {
        if (!progress.done && progress.remaining() >= 0)
            remaining += progress.remaining();
        else if (!progress.done)
            remainingKnown = false;
        const QString note = MessageReader::partitionNote(progress);
        if (!note.isEmpty())
            notes.append(note);
    }
    const QString read =
        tr("%n message(s) read", nullptr, int(std::min<qint64>(m_browser->messagesRead(), INT_MAX)));
    const MessageTableModel *model = m_browser->model();
    const QString shown = model->filter().keepsAll() ? QString()
                          : model->isBuilding()      ? tr(", filtering…")
                                                     : tr(", %n match(es)", nullptr, model->rowCount());
    QString text;
    switch (state) {
    case MessageBrowser::State::Idle:
        text = m_browser->messagesRead() > 0 ? tr("Stopped: %1").arg(read)
                                             : tr("Choose a topic and where to start");
        break;
    case MessageBrowser::State::Starting:
        text = tr("Finding where to start in %1…").arg(request.topic);
        break;
    case MessageBrowser::State::Reading:
        text = remainingKnown ? tr("Reading: %1, %2 to go").arg(read).arg(QLocale().toString(remaining))
                              : tr("Reading: %1").arg(read);
        break;
    case MessageBrowser::State::Following:
        text = tr("Following new messages: %1").arg(read);
        break;
    case MessageBrowser::State::Paused:
        text = tr("Paused: %1").arg(read);
        break;
    case MessageBrowser::State::Finished:
        text = m_browser->messagesRead() == 0 ? tr("No messages in this range") : tr("Done: %1").arg(read);
        break;
    case MessageBrowser::State::Failed:
        text = tr("Cannot read: %1").arg(m_browser->stateMessage());
        break;
    }
    const std::optional<double> rate = m_browser->messagesPerSecond();
    const QString speed = rate ? tr(" · %1 messages/s").arg(QLocale().toString(qRound64(*rate))) : QString();
    m_status->setText(text + shown + speed);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void MessagesPage::followNewRows() {
    if (m_following && !m_followTimer.isActive())
        m_followTimer.start();
}

void MessagesPage::showDetail() {
    const QModelIndex current = m_table->currentIndex();
    if (!m_browser || !current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showMessage(m_browser->model()->store(), m_browser->model()->storeRow(current.row()));
}

} // namespace partita
