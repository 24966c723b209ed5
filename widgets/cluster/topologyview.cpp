#include "topologyview.h"

#include "brokerheaderview.h"
#include "replicadelegate.h"
#include "replicalegend.h"
#include "topologymodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace partita {

TopologyView::TopologyView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TopologyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_internalToggle(new QCheckBox(tr("Show internal topics"), this))
    , m_summaryLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_delegate(new ReplicaDelegate(m_table)) {
    m_filterEdit->setObjectName(QStringLiteral("topologyFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter topics…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(180);
    m_filterEdit->setMaximumWidth(280);
    m_internalToggle->setObjectName(QStringLiteral("showInternalTopics"));
    m_internalToggle->setToolTip(tr("__consumer_offsets and the other topics Kafka keeps for itself, "
                                    "listed after all others"));
    m_summaryLabel->setObjectName(QStringLiteral("topologySummary"));
    m_summaryLabel->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("topologyTable"));
    m_table->setHorizontalHeader(new BrokerHeaderView(m_table));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    // Fixed row heights keep layout cost flat however many partitions the cluster has; columns size to
    // the header text, which is the widest thing in them, or share the width when they all fit.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        ReplicaDelegate::cellSize(m_table->fontMetrics()).height());
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filterEdit);
    toolbar->addWidget(m_internalToggle);
    toolbar->addWidget(m_summaryLabel);
    toolbar->addStretch();

    // Below the grid, so that the toolbar fits a narrow window.
    auto *legend = new QHBoxLayout;
    legend->addStretch();
    legend->addWidget(new ReplicaLegend(this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_table);
    layout->addLayout(legend);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setTopicFilter(text.trimmed());
        updateSummary();
    });
    connect(m_internalToggle, &QCheckBox::toggled, this, [this](bool show) {
        m_model->setShowInternalTopics(show);
        updateSummary();
    });
    connect(m_table, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { toggleTopic(index.row()); });
    connect(m_table->verticalHeader(), &QHeaderView::sectionClicked, this, &TopologyView::toggleTopic);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &TopologyView::requestMessages);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &TopologyView::fitColumns);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, &TopologyView::fitColumns);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &TopologyView::fitColumns);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_table->indexAt(position);
        if (!index.isValid() || index.data(TopologyModel::TopicHeaderRole).toBool())
            return;
        QMenu menu(this);
        menu.addAction(tr("Browse messages of %1-%2")
                           .arg(index.data(TopologyModel::TopicNameRole).toString())
                           .arg(index.data(TopologyModel::PartitionIdRole).toInt()),
                       this, [this, index] { requestMessages(index); });
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    updateSummary();
}

void TopologyView::requestMessages(const QModelIndex &index) {
    if (index.isValid() && !index.data(TopologyModel::TopicHeaderRole).toBool())
        emit messagesRequested(index.data(TopologyModel::TopicNameRole).toString(),
                               index.data(TopologyModel::PartitionIdRole).toInt());
}

void TopologyView::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    m_model->setSnapshot(snapshot);
    m_hasSnapshot = snapshot != nullptr;
    updateSummary();
    fitColumns(); // row labels may have widened the vertical header
}

void TopologyView::toggleTopic(int row) {
    const QModelIndex index = m_model->index(row, 0);
    if (!index.data(TopologyModel::TopicHeaderRole).toBool())
        return;
    const QString topic = index.data(TopologyModel::TopicNameRole).toString();
    m_model->setTopicCollapsed(topic, !m_model->isTopicCollapsed(topic));
}

void TopologyView::setStale(bool stale) {
    if (stale == m_delegate->isStale())
        return;
    m_delegate->setStale(stale);
    m_table->viewport()->update();
}

void TopologyView::clearFilter() {
    m_filterEdit->clear();
}

void TopologyView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitColumns();
}

// Broker columns share the width when their headers fit side by side; otherwise each keeps its header's
// width and the grid scrolls sideways.
void TopologyView::fitColumns() {
    QHeaderView *header = m_table->horizontalHeader();
    int needed = 0;
    for (int column = 0; column < header->count(); ++column)
        needed += header->sectionSizeHint(column);
    const int available = m_table->width() - m_table->verticalHeader()->width() - 2 * m_table->frameWidth() -
                          m_table->verticalScrollBar()->sizeHint().width();
    header->setSectionResizeMode(needed > 0 && needed <= available ? QHeaderView::Stretch
                                                                   : QHeaderView::ResizeToContents);
}

void TopologyView::updateSummary() {
    if (!m_hasSnapshot) {
        m_summaryLabel->setText(tr("No data yet"));
        return;
    }
    if (m_model->rowCount() == 0 && !m_model->topicFilter().isEmpty()) {
        m_summaryLabel->setText(tr("No topic matches \u201C%1\u201D").arg(m_model->topicFilter()));
        return;
    }
    const int partitions = m_model->partitionCount();
    const int brokers = m_model->columnCount();
    m_summaryLabel->setText(tr("%1 × %2").arg(tr("%Ln partition(s)", nullptr, partitions),
                                              tr("%Ln broker(s)", nullptr, brokers)));
}

} // namespace partita
