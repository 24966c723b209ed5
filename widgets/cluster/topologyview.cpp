#include "topologyview.h"

#include "brokerheaderview.h"
#include "replicadelegate.h"
#include "replicalegend.h"
#include "topologymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace partita {

TopologyView::TopologyView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TopologyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_summaryLabel(new QLabel(this))
    , m_table(new QTableView(this)) {
    m_filterEdit->setObjectName(QStringLiteral("topologyFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter topics…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(280);
    m_summaryLabel->setObjectName(QStringLiteral("topologySummary"));
    m_summaryLabel->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("topologyTable"));
    m_table->setHorizontalHeader(new BrokerHeaderView(m_table));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ReplicaDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    // Fixed row heights keep layout cost flat however many partitions the cluster has; columns size to
    // the header text, which is the widest thing in them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        ReplicaDelegate::cellSize(m_table->fontMetrics()).height());
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filterEdit);
    toolbar->addWidget(m_summaryLabel);
    toolbar->addStretch();
    toolbar->addWidget(new ReplicaLegend(this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_table);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setTopicFilter(text.trimmed());
        updateSummary();
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &TopologyView::requestMessages);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_table->indexAt(position);
        if (!index.isValid())
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
    if (index.isValid())
        emit messagesRequested(index.data(TopologyModel::TopicNameRole).toString(),
                               index.data(TopologyModel::PartitionIdRole).toInt());
}

void TopologyView::setSnapshot(const ClusterSnapshotPtr &snapshot) {
    m_model->setSnapshot(snapshot);
    m_hasSnapshot = snapshot != nullptr;
    updateSummary();
}

void TopologyView::updateSummary() {
    if (!m_hasSnapshot) {
        m_summaryLabel->setText(tr("No data yet"));
        return;
    }
    const int partitions = m_model->rowCount();
    const int brokers = m_model->columnCount();
    m_summaryLabel->setText(tr("%1 × %2").arg(tr("%Ln partition(s)", nullptr, partitions),
                                              tr("%Ln broker(s)", nullptr, brokers)));
}

} // namespace partita
