#include "eventspage.h"

#include "clustereventtext.h"
#include "datatableview.h"
#include "displayformat.h"
#include "eventmodel.h"
#include "sectiontitle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace partita {

EventsPage::EventsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventModel(this))
    , m_filter(new EventFilterModel(this))
    , m_categoryCombo(new QComboBox(this))
    , m_textEdit(new QLineEdit(this))
    , m_rangeLabel(new QLabel(this))
    , m_clearRangeButton(new QPushButton(tr("All times"), this))
    , m_table(new DataTableView(this))
    , m_emptyNote(new QLabel(this)) {
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(EventModel::SortRole);
    m_categoryCombo->setObjectName(QStringLiteral("eventCategory"));
    m_categoryCombo->addItem(tr("All events"), -1);
    for (int category = 0; category < ClusterEventText::CategoryCount; ++category)
        m_categoryCombo->addItem(ClusterEventText::categoryName(ClusterEventText::Category(category)),
                                 category);
    m_textEdit->setObjectName(QStringLiteral("eventFilter"));
    m_textEdit->setPlaceholderText(tr("Filter events…"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setMaximumWidth(280);
    m_rangeLabel->setObjectName(QStringLiteral("eventRange"));
    m_clearRangeButton->setObjectName(QStringLiteral("clearEventRange"));
    m_emptyNote->setObjectName(QStringLiteral("eventsEmptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventModel::TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(EventModel::EventColumn, QHeaderView::Stretch);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_categoryCombo);
    filterRow->addWidget(m_textEdit);
    filterRow->addWidget(m_rangeLabel);
    filterRow->addWidget(m_clearRangeButton);
    filterRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new SectionTitle(tr("What happened"), this));
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyNote);

    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCategory(m_categoryCombo->currentData().toInt());
        updateEmptyNote();
    });
    connect(m_textEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text.trimmed());
        updateEmptyNote();
    });
    connect(m_clearRangeButton, &QPushButton::clicked, this, [this] {
        m_filter->clearTimeRange();
        updateRangeLabel();
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &EventsPage::openEvent);
    updateRangeLabel();
}

void EventsPage::setEvents(const ClusterEvents &events) {
    m_model->setEvents(events);
    updateEmptyNote();
}

void EventsPage::showTimeRange(qint64 fromMs, qint64 toMs) {
    m_filter->setTimeRange(fromMs, toMs);
    updateRangeLabel();
}

void EventsPage::clearFilters() {
    m_categoryCombo->setCurrentIndex(0);
    m_textEdit->clear();
    m_filter->clearTimeRange();
    updateRangeLabel();
}

int EventsPage::shownEventCount() const {
    return m_filter->rowCount();
}

void EventsPage::openEvent(const QModelIndex &index) {
    const QString group = index.data(EventModel::GroupRole).toString();
    const QString topic = index.data(EventModel::TopicRole).toString();
    const int broker = index.data(EventModel::BrokerRole).toInt();
    if (!group.isEmpty())
        emit groupRequested(group);
    else if (!topic.isEmpty())
        emit topicRequested(topic);
    else if (broker >= 0)
        emit brokerRequested(broker);
}

void EventsPage::updateRangeLabel() {
    const bool ranged = m_filter->hasTimeRange();
    m_clearRangeButton->setVisible(ranged);
    m_rangeLabel->setVisible(ranged);
    if (ranged)
        m_rangeLabel->setText(
            tr("From %1 to %2").arg(formatTimestamp(m_filter->fromMs()), formatTimestamp(m_filter->toMs())));
    updateEmptyNote();
}

void EventsPage::updateEmptyNote() {
    const bool none = m_filter->rowCount() == 0;
    m_emptyNote->setVisible(none);
    if (!none)
        return;
    m_emptyNote->setText(m_model->rowCount() == 0
                             ? tr("Nothing has happened yet: events appear here as the polls see brokers, "
                                  "leaders, ISR, topics and groups change, and stay across restarts.")
                             : tr("No event matches the filters."));
}

} // namespace partita
