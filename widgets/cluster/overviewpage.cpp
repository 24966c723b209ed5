#include "overviewpage.h"

#include "brokermodel.h"
#include "brokerrowdelegate.h"
#include "datatableview.h"
#include "displayformat.h"
#include "findingseveritydelegate.h"
#include "healthfindingmodel.h"
#include "sectiontitle.h"
#include "stattile.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace partita {

namespace {

using Severity = StatTile::Severity;

Severity severityIfNonZero(int count, Severity severity) {
    return count > 0 ? severity : Severity::Normal;
}

} // namespace

// KRaft brokers name a random live broker as controller, so only ZooKeeper mode shows one; KRaft
// shows the quorum's voters instead.
void OverviewPage::showController(const ClusterSnapshot &snapshot) {
    const QString brokersName = tr("The controller a broker names in its Metadata answer is shown only in "
                                   "ZooKeeper mode: in KRaft mode it is a random live broker.");
    switch (snapshot.metadataMode) {
    case MetadataMode::KRaft: {
        QStringList names;
        QStringList lines;
        for (const auto &voter : snapshot.controllerVoters) {
            const QString address = voter.address();
            if (voter.id < 0) {
                names << address;
                lines << tr("Voter at %1").arg(address);
            } else {
                names << QString::number(voter.id);
                lines << (address.isEmpty() ? tr("Voter %1").arg(voter.id)
                                            : tr("Voter %1 at %2").arg(voter.id).arg(address));
            }
        }
        m_controller->setValue(tr("KRaft quorum"));
        m_controller->setDetail((names.isEmpty() ? tr("Voters not named in the broker configuration")
                                                 : tr("Voters %1").arg(names.join(QStringLiteral(", ")))) +
                                QLatin1Char('\n') + tr("Active controller not visible to clients"));
        m_controller->setToolTip(
            tr("The cluster keeps its metadata in a KRaft controller quorum. Kafka does not tell clients "
               "which voter is the active controller.") +
            QLatin1Char('\n') + brokersName +
            (lines.isEmpty() ? QString() : QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'))));
        return;
    }
    case MetadataMode::ZooKeeper:
        m_controller->setValue(snapshot.controllerId < 0 ? tr("unknown")
                                                         : tr("Broker %1").arg(snapshot.controllerId));
        m_controller->setDetail(tr("ZooKeeper mode"));
        m_controller->setToolTip(
            snapshot.controllerId < 0
                ? tr("The cluster keeps its metadata in ZooKeeper, but the controller the brokers name is "
                     "not one of them, or the cluster is migrating to KRaft.")
                : tr("The cluster keeps its metadata in ZooKeeper; the brokers name the active controller."));
        return;
    case MetadataMode::Unknown:
        break;
    }
    m_controller->setValue(tr("unknown"));
    m_controller->setDetail(tr("Metadata mode unknown"));
    m_controller->setToolTip(tr("No broker configuration could be read (DescribeConfigs not supported, as "
                                "on the demo cluster, not allowed, or not answered yet), so KRaft and "
                                "ZooKeeper mode cannot be told apart.") +
                             QLatin1Char('\n') + brokersName);
}

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_findingModel(new HealthFindingModel(this))
    , m_findingTable(new DataTableView(this))
    , m_findingsSummary(new QLabel(this))
    , m_brokerModel(new BrokerModel(this))
    , m_clusterId(new StatTile(tr("Cluster ID"), QStringLiteral("clusterIdValue"), this))
    , m_controller(new StatTile(tr("Controller"), QStringLiteral("controllerValue"), this))
    , m_brokers(new StatTile(tr("Brokers online"), QStringLiteral("brokersValue"), this))
    , m_lastRefresh(new StatTile(tr("Last refresh"), QStringLiteral("lastRefreshValue"), this))
    , m_topics(new StatTile(tr("Topics"), QStringLiteral("topicsValue"), this))
    , m_partitions(new StatTile(tr("Partitions"), QStringLiteral("partitionsValue"), this))
    , m_underReplicated(
          new StatTile(tr("Under-replicated partitions"), QStringLiteral("underReplicatedValue"), this))
    , m_offline(new StatTile(tr("Offline partitions"), QStringLiteral("offlineValue"), this))
    , m_brokerTable(new DataTableView(this)) {
    auto *tiles = new QGridLayout;
    tiles->setSpacing(10);
    const QList<StatTile *> order = {m_clusterId, m_controller, m_brokers,         m_lastRefresh,
                                     m_topics,    m_partitions, m_underReplicated, m_offline};
    for (int i = 0; i < order.size(); ++i) {
        tiles->addWidget(order.at(i), i / 4, i % 4);
        tiles->setColumnStretch(i % 4, 1);
    }

    m_findingsSummary->setObjectName(QStringLiteral("findingsSummary"));
    m_findingsSummary->setWordWrap(true);
    m_findingTable->setObjectName(QStringLiteral("findingTable"));
    m_findingTable->setModel(m_findingModel);
    m_findingTable->setItemDelegateForColumn(HealthFindingModel::SeverityColumn,
                                             new FindingSeverityDelegate(m_findingTable));
    m_findingTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingTable->horizontalHeader()->setStretchLastSection(true);
    // As tall as its rows, as wide as the page (long details are elided, whole in their tool tip): the
    // page scrolls when a broken cluster has many.
    m_findingTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findingTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findingTable->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_findingTable->setToolTip(tr("Double-click a finding to see what it is about"));
    connect(m_findingTable, &QAbstractItemView::activated, this, &OverviewPage::activateFinding);

    m_brokerTable->setObjectName(QStringLiteral("brokerTable"));
    m_brokerTable->setModel(m_brokerModel);
    m_brokerTable->setItemDelegate(new BrokerRowDelegate(m_brokerTable));
    // Exactly as large as its rows and columns, each column sized to its contents: the page neither
    // ends in a large empty table nor stretches one column over the space the others need. The page
    // scrolls instead of the table when a large cluster's brokers do not fit.
    m_brokerTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_brokerTable->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_brokerTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_brokerTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new SectionTitle(tr("Health"), this));
    layout->addWidget(m_findingsSummary);
    layout->addWidget(m_findingTable);
    layout->addSpacing(8);
    layout->addLayout(tiles);
    layout->addSpacing(8);
    layout->addWidget(new SectionTitle(tr("Brokers"), this));
    layout->addWidget(m_brokerTable);
    layout->addStretch();

    auto *scrollArea = new QScrollArea(this);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setWidgetResizable(true);
    scrollArea->setWidget(content);
    m_overview = scrollArea;

    m_welcome = new QWidget(this);
    m_welcome->setObjectName(QStringLiteral("welcomePanel"));
    auto *welcomeText =
        new QLabel(tr("<h3>Not connected</h3><p>Connect to a Kafka cluster, or look around on "
                      "the built-in demo cluster: three brokers, a topic receiving web clicks "
                      "and three consumer groups reading it.</p>"),
                   m_welcome);
    welcomeText->setWordWrap(true);
    welcomeText->setAlignment(Qt::AlignCenter);
    auto *connectButton = new QPushButton(tr("Connect…"), m_welcome);
    connectButton->setObjectName(QStringLiteral("welcomeConnectButton"));
    connectButton->setDefault(true);
    auto *demoButton = new QPushButton(tr("Open the demo cluster"), m_welcome);
    demoButton->setObjectName(QStringLiteral("welcomeDemoButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(connectButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch(2);
    connect(connectButton, &QPushButton::clicked, this, &OverviewPage::connectRequested);
    connect(demoButton, &QPushButton::clicked, this, &OverviewPage::demoRequested);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_welcome);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_stack);

    setSnapshot(nullptr);
}

void OverviewPage::setNeverConnected(bool neverConnected) {
    m_stack->setCurrentWidget(neverConnected ? m_welcome : m_overview);
}

void OverviewPage::activateFinding(const QModelIndex &index) {
    const QString group = index.data(HealthFindingModel::GroupRole).toString();
    const QString topic = index.data(HealthFindingModel::TopicRole).toString();
    if (!group.isEmpty())
        emit groupRequested(group);
    else if (!topic.isEmpty())
        emit topicRequested(topic);
    else
        emit brokerRequested(index.data(HealthFindingModel::BrokerRole).toInt());
}

void OverviewPage::setGroups(const std::vector<GroupLagState> &groups) {
    m_findingModel->setGroups(groups);
    showFindingsSummary();
}

void OverviewPage::showFindingsSummary() {
    const ClusterSnapshotPtr &snapshot = m_snapshot;
    const int count = m_findingModel->rowCount();
    m_findingTable->setVisible(count > 0);
    m_findingTable->setFixedHeight(m_findingTable->horizontalHeader()->sizeHint().height() +
                                   m_findingTable->verticalHeader()->length() +
                                   2 * m_findingTable->frameWidth());
    if (!snapshot) {
        m_findingsSummary->setText(tr("No data yet: findings appear after the first refresh."));
        return;
    }
    if (count == 0) {
        m_findingsSummary->setText(
            tr("Nothing to report: %n broker(s) up, every partition led and with all its replicas in sync, "
               "no consumer group stopped, stalled or falling behind.",
               nullptr, int(snapshot->brokers.size())));
        return;
    }
    m_findingsSummary->setText(tr("%n finding(s), the most severe first:", nullptr, count));
}

void OverviewPage::setSnapshot(const ClusterSnapshotPtr &snapshot, const ProductionRates &rates) {
    m_snapshot = snapshot;
    m_findingModel->setSnapshot(snapshot);
    showFindingsSummary();
    m_brokerModel->setSnapshot(snapshot, rates);
    if (!snapshot) {
        for (StatTile *tile :
             {m_clusterId, m_controller, m_brokers, m_topics, m_partitions, m_underReplicated, m_offline})
            tile->clear();
        m_controller->setDetail(QString());
        m_topics->setDetail(QString());
        m_controller->setToolTip(QString());
        m_lastRefresh->setValue(tr("No data yet"));
        m_lastRefresh->setToolTip(QString());
        return;
    }

    m_clusterId->setValue(snapshot->clusterId.isEmpty() ? tr("unknown") : snapshot->clusterId);
    showController(*snapshot);

    const int online = snapshot->onlineBrokerCount();
    const int total = int(snapshot->brokers.size());
    const Severity brokerSeverity =
        online == total ? Severity::Normal : (online == 0 ? Severity::Critical : Severity::Warning);
    m_brokers->setValue(QStringLiteral("%1 / %2").arg(online).arg(total), brokerSeverity);

    const QDateTime takenAt = snapshot->takenAt.toLocalTime();
    m_lastRefresh->setValue(takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")));
    m_lastRefresh->setToolTip(QLocale().toString(takenAt, QLocale::LongFormat));

    // As the Topics view counts them by default: internal topics apart.
    const auto internal = std::count_if(snapshot->topics.cbegin(), snapshot->topics.cend(),
                                        [](const TopicInfo &topic) { return topic.internal; });
    m_topics->setValue(formatCount(snapshot->topics.size() - internal));
    m_topics->setDetail(internal > 0 ? tr("and %n internal topic(s)", nullptr, int(internal)) : QString());
    m_partitions->setValue(formatCount(snapshot->partitionCount()));
    const int underReplicated = snapshot->underReplicatedCount();
    m_underReplicated->setValue(formatCount(underReplicated),
                                severityIfNonZero(underReplicated, Severity::Warning));
    const int offline = snapshot->offlineCount();
    m_offline->setValue(formatCount(offline), severityIfNonZero(offline, Severity::Critical));
}

} // namespace partita
