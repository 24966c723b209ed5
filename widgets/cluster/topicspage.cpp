#include "topicspage.h"

#include "datatableview.h"
#include "emptyfilterlabel.h"
#include "partitionmodel.h"
#include "sectiontitle.h"
#include "throughputchart.h"
#include "topicfilterproxymodel.h"
#include "topicmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace partita {

TopicsPage::TopicsPage(QWidget *parent)
    : QWidget(parent)
    , m_topicModel(new TopicModel(this))
    , m_topicProxy(new TopicFilterProxyModel(this))
    , m_partitionModel(new PartitionModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_internalCheck(new QCheckBox(tr("Show internal topics"), this))
    , m_topicTable(new DataTableView(this))
    , m_partitionTitle(new SectionTitle(QString(), this))
    , m_partitionTable(new DataTableView(this))
    , m_throughput(new ThroughputChart(this)) {
    m_topicProxy->setSourceModel(m_topicModel);
    m_filterEdit->setObjectName(QStringLiteral("topicFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter topics…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(280);
    m_internalCheck->setObjectName(QStringLiteral("showInternalTopics"));

    m_topicTable->setObjectName(QStringLiteral("topicTable"));
    m_topicTable->setModel(m_topicProxy);
    m_topicTable->setSortingEnabled(true);
    m_topicTable->horizontalHeader()->setSectionResizeMode(TopicModel::NameColumn, QHeaderView::Stretch);
    m_topicTable->sortByColumn(TopicModel::NameColumn, Qt::AscendingOrder);
    m_topicTable->setColumnHidden(TopicModel::InternalColumn, true);

    auto *partitionProxy = new QSortFilterProxyModel(this);
    partitionProxy->setSourceModel(m_partitionModel);
    partitionProxy->setSortRole(PartitionModel::SortRole);
    m_partitionTable->setObjectName(QStringLiteral("partitionTable"));
    m_partitionTable->setModel(partitionProxy);
    m_partitionTable->setSortingEnabled(true);
    m_partitionTable->horizontalHeader()->setStretchLastSection(true);
    m_partitionTable->sortByColumn(PartitionModel::PartitionColumn, Qt::AscendingOrder);

    m_filterRow = new QHBoxLayout;
    QHBoxLayout *filterRow = m_filterRow;
    filterRow->addWidget(m_filterEdit);
    filterRow->addWidget(m_internalCheck);
    auto *noMatch =
        new EmptyFilterLabel(m_filterEdit, m_topicProxy, tr("No topic matches \u201C%1\u201D"), this);
    noMatch->setObjectName(QStringLiteral("topicFilterNoMatch"));
    filterRow->addWidget(noMatch);
    filterRow->addStretch();
    auto *topicPane = new QWidget(this);
    auto *topicLayout = new QVBoxLayout(topicPane);
    topicLayout->setContentsMargins(0, 0, 0, 0);
    topicLayout->addLayout(filterRow);
    topicLayout->addWidget(m_topicTable);

    auto *partitionPane = new QWidget(this);
    auto *partitionLayout = new QVBoxLayout(partitionPane);
    partitionLayout->setContentsMargins(0, 6, 0, 0);
    partitionLayout->addWidget(m_partitionTitle);
    partitionLayout->addWidget(m_partitionTable, 3);
    partitionLayout->addWidget(m_throughput, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(topicPane);
    splitter->addWidget(partitionPane);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_topicTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TopicsPage::showTopic);
    connect(m_topicTable, &QAbstractItemView::doubleClicked, this,
            [this] { emit messagesRequested(selectedTopic(), -1); });
    connect(m_partitionTable, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const int partition = index.sibling(index.row(), PartitionModel::PartitionColumn).data().toInt();
        emit messagesRequested(selectedTopic(), partition);
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_topicProxy->setFilterFixedString(text.trimmed());
        ensureSelection();
    });
    connect(m_internalCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_topicProxy->setShowInternalTopics(show);
        m_topicTable->setColumnHidden(TopicModel::InternalColumn, !show);
        ensureSelection();
    });
    showTopic(QModelIndex());
}

void TopicsPage::setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates) {
    m_topicModel->setSnapshot(snapshot, rates);
    m_partitionModel->setSnapshot(snapshot, rates);
    m_hasSnapshot = snapshot != nullptr;
    if (isVisible())
        m_throughput->refresh(); // the snapshot is in the history by now: it was recorded first
    ensureSelection();
    updatePartitionTitle();
}

QString TopicsPage::selectedTopic() const {
    return m_partitionModel->topic();
}

void TopicsPage::selectTopic(const QString &name) {
    for (int row = 0; row < m_topicModel->rowCount(); ++row) {
        const QModelIndex source = m_topicModel->index(row, TopicModel::NameColumn);
        if (source.data(TopicModel::TopicNameRole).toString() != name)
            continue;
        if (source.siblingAtColumn(TopicModel::InternalColumn).data(TopicModel::SortRole).toBool())
            m_internalCheck->setChecked(true);
        if (!m_topicProxy->mapFromSource(source).isValid())
            m_filterEdit->clear();
        m_topicTable->setCurrentIndex(m_topicProxy->mapFromSource(source));
        m_topicTable->scrollTo(m_topicTable->currentIndex());
        return;
    }
}

void TopicsPage::setLagTracker(LagTracker *tracker) {
    m_throughput->setTracker(tracker);
}

void TopicsPage::setTopicActions(const QList<QAction *> &actions) {
    m_topicTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_topicTable->addActions(actions);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        m_filterRow->addWidget(button);
    }
}

void TopicsPage::showTopic(const QModelIndex &proxyIndex) {
    m_partitionModel->setTopic(proxyIndex.data(TopicModel::TopicNameRole).toString());
    m_throughput->setTopic(m_partitionModel->topic());
    updatePartitionTitle();
    emit topicSelected(m_partitionModel->topic());
}

void TopicsPage::updatePartitionTitle() {
    const QString topic = m_partitionModel->topic();
    if (!m_hasSnapshot)
        m_partitionTitle->setText(tr("Partitions: no data yet"));
    else if (topic.isEmpty())
        m_partitionTitle->setText(tr("Partitions: no topic selected"));
    else
        m_partitionTitle->setText(tr("Partitions of %1").arg(topic));
}

// The partition table is only useful with a topic selected, so one is always picked when any is shown.
void TopicsPage::clearFilter() {
    m_filterEdit->clear();
}

void TopicsPage::ensureSelection() {
    QItemSelectionModel *selection = m_topicTable->selectionModel();
    if (selection->hasSelection() || m_topicProxy->rowCount() == 0)
        return;
    const QModelIndex current = selection->currentIndex();
    m_topicTable->selectRow(current.isValid() ? current.row() : 0);
}

} // namespace partita
