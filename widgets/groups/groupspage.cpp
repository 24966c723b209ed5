#include "groupspage.h"

#include "clustersession.h"
#include "datatableview.h"
#include "displayformat.h"
#include "emptyfilterlabel.h"
#include "groupmembermodel.h"
#include "groupmodel.h"
#include "grouppartitionmodel.h"
#include "lagchart.h"
#include "lagtracker.h"
#include "sectiontitle.h"
#include "stattile.h"
#include "statuscolors.h"
#include "verdictdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace partita {

namespace {

QString noticeStyle(bool warning) {
    return StatusColors::bannerStyleSheet(warning ? StatusColors::Banner::Warning
                                                  : StatusColors::Banner::Neutral);
}

QLabel *newNotice(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QSortFilterProxyModel *newSortProxy(QAbstractItemModel *source, int sortRole, QObject *parent) {
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    return proxy;
}

QWidget *newPane(const QList<QWidget *> &widgets, const QList<int> &stretches, QWidget *parent) {
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 6, 0, 0);
    for (int i = 0; i < widgets.size(); ++i)
        layout->addWidget(widgets.at(i), stretches.at(i));
    return pane;
}

} // namespace

GroupsPage::GroupsPage(QWidget *parent)
    : QWidget(parent)
    , m_tracker(std::make_shared<LagTracker>())
    , m_groupModel(new GroupModel(m_tracker.get(), this))
    , m_groupProxy(newSortProxy(m_groupModel, GroupModel::SortRole, this))
    , m_partitionModel(new GroupPartitionModel(m_tracker.get(), this))
    , m_partitionProxy(newSortProxy(m_partitionModel, GroupPartitionModel::SortRole, this))
    , m_memberModel(new GroupMemberModel(m_tracker.get(), this))
    , m_memberProxy(newSortProxy(m_memberModel, GroupMemberModel::SortRole, this))
    , m_filterEdit(new QLineEdit(this))
    , m_unwatchButton(new QPushButton(tr("Stop Watching"), this))
    , m_resetButton(new QPushButton(tr("Reset Offsets…"), this))
    , m_notice(newNotice(QStringLiteral("groupsNotice"), this))
    , m_groupTable(new DataTableView(this))
    , m_groupTitle(new SectionTitle(QString(), this))
    , m_stateTile(new StatTile(tr("State"), QStringLiteral("groupStateValue"), this))
    , m_lagTile(new StatTile(tr("Total lag"), QStringLiteral("groupLagValue"), this))
    , m_timeLagTile(new StatTile(tr("Time lag"), QStringLiteral("groupTimeLagValue"), this))
    , m_verdictTile(new StatTile(tr("Verdict"), QStringLiteral("groupVerdictValue"), this))
    , m_groupNote(newNotice(QStringLiteral("groupNote"), this))
    , m_partitionTitle(new SectionTitle(QString(), this))
    , m_partitionTable(new DataTableView(this))
    , m_memberTitle(new SectionTitle(QString(), this))
    , m_memberTable(new DataTableView(this))
    , m_chart(new LagChart(m_tracker.get(), this)) {
    m_groupProxy->setFilterKeyColumn(GroupModel::GroupColumn);
    m_groupProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterEdit->setObjectName(QStringLiteral("groupFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter groups…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(280);
    auto *watchButton = new QPushButton(tr("Watch Group…"), this);
    watchButton->setObjectName(QStringLiteral("watchGroupButton"));
    watchButton->setToolTip(tr("Poll a group by its id, also when the broker does not list it"));
    m_unwatchButton->setObjectName(QStringLiteral("unwatchGroupButton"));
    m_unwatchButton->setToolTip(tr("Stop polling the selected group by hand"));
    m_resetButton->setObjectName(QStringLiteral("resetOffsetsButton"));
    m_notice->setStyleSheet(noticeStyle(true));
    m_groupNote->setStyleSheet(noticeStyle(true));

    m_groupTable->setObjectName(QStringLiteral("groupTable"));
    m_groupTable->setModel(m_groupProxy);
    m_groupTable->setItemDelegateForColumn(GroupModel::VerdictColumn,
                                           new VerdictDelegate(GroupModel::VerdictStatusRole, m_groupTable));
    m_groupTable->setSortingEnabled(true);
    m_groupTable->horizontalHeader()->setSectionResizeMode(GroupModel::ReasonColumn, QHeaderView::Stretch);
    m_groupTable->sortByColumn(GroupModel::GroupColumn, Qt::AscendingOrder);
    // Several groups stay visible even when notices take room above them.
    m_groupTable->setMinimumHeight(m_groupTable->horizontalHeader()->sizeHint().height() +
                                   4 * m_groupTable->verticalHeader()->defaultSectionSize() + 2);

    m_partitionTable->setObjectName(QStringLiteral("groupPartitionTable"));
    m_partitionTable->setModel(m_partitionProxy);
    m_partitionTable->setItemDelegateForColumn(
        GroupPartitionModel::VerdictColumn,
        new VerdictDelegate(GroupPartitionModel::VerdictStatusRole, m_partitionTable));
    // Several partitions can be picked out in the chart at once.
    m_partitionTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_partitionTable->setSortingEnabled(true);
    m_partitionTable->horizontalHeader()->setStretchLastSection(true);
    // What one looks for comes first, so a narrow pane still shows it: lag, verdict and owner right after
    // the partition, the offsets they come from after them.
    QHeaderView *partitionColumns = m_partitionTable->horizontalHeader();
    int visual = partitionColumns->visualIndex(GroupPartitionModel::PartitionColumn);
    for (int column : {GroupPartitionModel::LagColumn, GroupPartitionModel::VerdictColumn,
                       GroupPartitionModel::OwnerColumn})
        partitionColumns->moveSection(partitionColumns->visualIndex(column), ++visual);
    m_partitionTable->sortByColumn(GroupPartitionModel::TopicColumn, Qt::AscendingOrder);

    m_memberTable->setObjectName(QStringLiteral("groupMemberTable"));
    m_memberTable->setModel(m_memberProxy);
    m_memberTable->setSortingEnabled(true);
    m_memberTable->horizontalHeader()->setStretchLastSection(true);
    m_memberTable->sortByColumn(GroupMemberModel::ClientIdColumn, Qt::AscendingOrder);
    m_chart->setObjectName(QStringLiteral("lagChart"));

    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(m_filterEdit);
    toolRow->addWidget(watchButton);
    toolRow->addWidget(m_unwatchButton);
    auto *noMatch =
        new EmptyFilterLabel(m_filterEdit, m_groupProxy, tr("No group matches \u201C%1\u201D"), this);
    noMatch->setObjectName(QStringLiteral("groupFilterNoMatch"));
    toolRow->addWidget(noMatch);
    toolRow->addStretch();
    toolRow->addWidget(m_resetButton);
    auto *groupPane = new QWidget(this);
    auto *groupLayout = new QVBoxLayout(groupPane);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addLayout(toolRow);
    groupLayout->addWidget(m_notice);
    groupLayout->addWidget(m_groupTable);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    for (StatTile *tile : {m_stateTile, m_lagTile, m_timeLagTile, m_verdictTile})
        tiles->addWidget(tile, 1);
    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(newPane({m_partitionTitle, m_partitionTable}, {0, 1}, this));
    tables->addWidget(newPane({m_memberTitle, m_memberTable}, {0, 1}, this));
    tables->setChildrenCollapsible(false);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 1);
    auto *detailSplitter = new QSplitter(Qt::Horizontal, this);
    detailSplitter->addWidget(tables);
    detailSplitter->addWidget(newPane({new SectionTitle(tr("Lag over time"), this), m_chart}, {0, 1}, this));
    detailSplitter->setChildrenCollapsible(false);
    detailSplitter->setStretchFactor(0, 3); // the partition table has nine columns
    detailSplitter->setStretchFactor(1, 2);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    detailLayout->addWidget(m_groupTitle);
    detailLayout->addLayout(tiles);
    detailLayout->addWidget(m_groupNote);
    detailLayout->addWidget(detailSplitter, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(groupPane);
    splitter->addWidget(detailPane);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsPage::showGroup);
    connect(m_partitionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsPage::highlightSelectedPartitions);
    connect(m_chart, &LagChart::partitionsClicked, this, &GroupsPage::selectPartitions);
    connect(m_chart, &LagChart::timeRangeSelected, this, &GroupsPage::eventsRequested);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_groupProxy->setFilterFixedString(text.trimmed());
        ensureSelection();
    });
    connect(watchButton, &QPushButton::clicked, this, &GroupsPage::askForGroup);
    connect(m_unwatchButton, &QPushButton::clicked, this, [this] { unwatchGroup(selectedGroup()); });
    connect(m_resetButton, &QPushButton::clicked, this,
            [this] { emit resetOffsetsRequested(selectedGroup(), selectedPartitions()); });
    showGroup(QModelIndex());
    updateNotice();
}

void GroupsPage::setSession(ClusterSession *session) {
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_pendingSelection.clear();
    m_pollFailure.clear();
    if (session) {
        m_filterEdit->clear(); // another cluster: its groups may not match
        followTracker(session->lagTracker());
        connect(session, &ClusterSession::groupPollFailed, this, &GroupsPage::showPollFailure);
    }
    updateGroupDetails();
    updateNotice();
}

void GroupsPage::setClusterName(const QString &name) {
    m_chart->setClusterName(name);
}

// Each session keeps its own lag history; the models and the chart follow the current one.
void GroupsPage::followTracker(std::shared_ptr<LagTracker> tracker) {
    // The old tracker outlives the models and the chart that still follow it.
    const std::shared_ptr<LagTracker> previous = std::exchange(m_tracker, std::move(tracker));
    const auto replace = [this](auto *&model, QSortFilterProxyModel *proxy) {
        auto *old = model;
        model = new std::remove_pointer_t<std::remove_reference_t<decltype(model)>>(m_tracker.get(), this);
        proxy->setSourceModel(model);
        delete old;
    };
    replace(m_groupModel, m_groupProxy);
    replace(m_partitionModel, m_partitionProxy);
    replace(m_memberModel, m_memberProxy);
    m_chart->setTracker(m_tracker.get());
    connect(m_tracker.get(), &LagTracker::lagUpdated, this, &GroupsPage::showLag);
    showGroup(QModelIndex());
}

void GroupsPage::showLag() {
    m_pollFailure.clear();
    if (!m_pendingSelection.isEmpty() && selectGroupRow(m_pendingSelection))
        m_pendingSelection.clear();
    ensureSelection();
    updateGroupDetails();
    updateNotice();
}

void GroupsPage::showPollFailure(const QString &message) {
    m_pollFailure = message;
    updateNotice();
}

QStringList GroupsPage::watchedGroups() const {
    return m_session ? m_session->watchedGroups() : QStringList();
}

void GroupsPage::watchGroup(const QString &id) {
    const QString group = id.trimmed();
    if (group.isEmpty() || !m_session)
        return;
    m_session->watchGroup(group);
    selectGroup(group);
}

void GroupsPage::selectGroup(const QString &id) {
    if (selectGroupRow(id))
        m_pendingSelection.clear();
    else
        m_pendingSelection = id;
    updateGroupDetails();
}

void GroupsPage::unwatchGroup(const QString &id) {
    if (!m_session || !m_session->watchedGroups().contains(id))
        return;
    if (m_pendingSelection == id)
        m_pendingSelection.clear();
    m_session->unwatchGroup(id);
    updateGroupDetails();
}

QString GroupsPage::selectedGroup() const {
    return m_partitionModel->group();
}

QList<TopicPartition> GroupsPage::selectedPartitions() const {
    QList<TopicPartition> partitions;
    for (const QModelIndex &row : m_partitionTable->selectionModel()->selectedRows()) {
        partitions.append({row.data(GroupPartitionModel::TopicNameRole).toString(),
                           row.data(GroupPartitionModel::PartitionIdRole).toInt()});
    }
    std::sort(partitions.begin(), partitions.end());
    return partitions;
}

bool GroupsPage::isReadOnly() const {
    return m_session && m_session->isReadOnly();
}

void GroupsPage::askForGroup() {
    bool ok = false;
    const QString id =
        QInputDialog::getText(this, tr("Watch Consumer Group"),
                              tr("Group id to poll, also when the broker does not list it (for example "
                                 "when listing groups is not allowed):"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        watchGroup(id);
}

void GroupsPage::showGroup(const QModelIndex &proxyIndex) {
    if (!m_selectingGroup)
        m_pendingSelection
            .clear(); // the user picked a group: a watched one arriving later must not take over
    const QString id = proxyIndex.data(GroupModel::GroupIdRole).toString();
    m_partitionModel->setGroup(id);
    m_memberModel->setGroup(id);
    m_chart->setGroup(id);
    updateGroupDetails();
}

// The tiles and notes repeat the selected row's cells, so they word everything as the table does.
void GroupsPage::updateGroupDetails() {
    const QString id = selectedGroup();
    m_unwatchButton->setEnabled(watchedGroups().contains(id));
    const QModelIndex current = m_groupTable->selectionModel()->currentIndex();
    const auto cell = [&current](int column, int role = Qt::DisplayRole) {
        return current.siblingAtColumn(column).data(role).toString();
    };
    if (id.isEmpty()) {
        m_groupTitle->setText(m_tracker->lastPoll() ? tr("No group selected") : tr("Group: no data yet"));
        for (StatTile *tile : {m_stateTile, m_lagTile, m_timeLagTile, m_verdictTile}) {
            tile->clear();
            tile->setToolTip(QString());
        }
        m_groupNote->hide();
    } else {
        m_groupTitle->setText(tr("Group %1").arg(id));
        m_stateTile->setValue(cell(GroupModel::StateColumn));
        m_lagTile->setValue(cell(GroupModel::TotalLagColumn));
        m_lagTile->setToolTip(cell(GroupModel::TotalLagColumn, Qt::ToolTipRole));
        m_timeLagTile->setValue(cell(GroupModel::TimeLagColumn));
        m_timeLagTile->setToolTip(cell(GroupModel::TimeLagColumn, Qt::ToolTipRole));
        const auto status = LagVerdict::Status(current.data(GroupModel::VerdictStatusRole).toInt());
        m_verdictTile->setValue(cell(GroupModel::VerdictColumn), verdictSeverity(status));
        m_verdictTile->setToolTip(cell(GroupModel::ReasonColumn));
        const QString note = cell(GroupModel::StateColumn, Qt::ToolTipRole);
        m_groupNote->setText(note);
        m_groupNote->setVisible(!note.isEmpty());
    }
    m_partitionTitle->setText(id.isEmpty() ? tr("Partitions") : tr("Partitions of %1").arg(id));
    m_memberTitle->setText(id.isEmpty() ? tr("Members") : tr("Members of %1").arg(id));
    updateResetButton();
}

// Says why a reset is unavailable, which a greyed-out button cannot.
void GroupsPage::updateResetButton() {
    const QString id = selectedGroup();
    const GroupsSnapshotPtr poll = m_tracker->lastPoll();
    const ConsumerGroupInfo *group = poll && !id.isEmpty() ? poll->group(id) : nullptr;
    bool enabled = false;
    QString tip;
    if (!group) {
        tip = tr("Select a group to reset its committed offsets");
    } else if (group->isActive()) {
        tip = tr("Group %1 has %n active member(s): stop its consumers first, or they would overwrite the "
                 "new offsets",
                 nullptr, pluralOf(group->members.size()))
                  .arg(id);
    } else {
        enabled = true;
        tip = tr("Move the committed offsets of group %1 (the selected partitions, or all of them)").arg(id);
    }
    const bool readOnly = isReadOnly();
    if (readOnly)
        tip += tr("\n\nRead-only connection: resets are unavailable; a reset can only be previewed.");
    m_resetButton->setText(readOnly ? tr("Preview Offset Reset…") : tr("Reset Offsets…"));
    m_resetButton->setEnabled(enabled);
    m_resetButton->setToolTip(tip);
}

void GroupsPage::updateNotice() {
    const GroupsSnapshotPtr poll = m_tracker->lastPoll();
    QString text;
    bool warning = true;
    if (!m_pollFailure.isEmpty()) {
        text = tr("Consumer groups could not be read: %1").arg(m_pollFailure);
        if (poll)
            text += tr(" — showing the poll from %1.")
                        .arg(poll->takenAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    } else if (!poll) {
        warning = false;
        if (m_session)
            text = tr("Reading consumer groups… The first poll can take a few seconds.");
    } else if (!poll->listError.isEmpty()) {
        text = tr("The broker did not list its consumer groups: %1. Add groups by hand with "
                  "“Watch Group…”.")
                   .arg(poll->listError);
    } else if (poll->groups.isEmpty()) {
        warning = false;
        text = tr("The cluster has no consumer groups yet.");
    }
    m_notice->setStyleSheet(noticeStyle(warning));
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

// The details below are only useful with a group selected, so one is always picked when any is shown.
void GroupsPage::ensureSelection() {
    QItemSelectionModel *selection = m_groupTable->selectionModel();
    if (selection->hasSelection() || m_groupProxy->rowCount() == 0)
        return;
    const QModelIndex current = selection->currentIndex();
    const QScopedValueRollback selecting(m_selectingGroup, true);
    m_groupTable->selectRow(current.isValid() ? current.row() : 0);
}

bool GroupsPage::selectGroupRow(const QString &id) {
    const QModelIndexList found = m_groupProxy->match(m_groupProxy->index(0, GroupModel::GroupColumn),
                                                      GroupModel::GroupIdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    const QScopedValueRollback selecting(m_selectingGroup, true);
    m_groupTable->selectRow(found.constFirst().row());
    m_groupTable->scrollTo(found.constFirst());
    return true;
}

void GroupsPage::highlightSelectedPartitions() {
    QList<LagKey> keys;
    for (const QModelIndex &row : m_partitionTable->selectionModel()->selectedRows()) {
        keys.append({selectedGroup(), row.data(GroupPartitionModel::TopicNameRole).toString(),
                     row.data(GroupPartitionModel::PartitionIdRole).toInt()});
    }
    m_chart->setHighlightedPartitions(keys);
}

void GroupsPage::selectPartitions(const QList<LagKey> &keys) {
    QItemSelection rows;
    for (int row = 0; row < m_partitionProxy->rowCount(); ++row) {
        const QModelIndex index = m_partitionProxy->index(row, 0);
        const LagKey key{selectedGroup(), index.data(GroupPartitionModel::TopicNameRole).toString(),
                         index.data(GroupPartitionModel::PartitionIdRole).toInt()};
        if (keys.contains(key))
            rows.select(index, index);
    }
    m_partitionTable->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

} // namespace partita
