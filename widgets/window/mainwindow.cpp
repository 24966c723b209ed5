#include "mainwindow.h"

#include "adminactions.h"
#include "clustersession.h"
#include "connectiondialog.h"
#include "connectionstatuswidget.h"
#include "democluster.h"
#include "demomenu.h"
#include "eventspage.h"
#include "groupspage.h"
#include "kafkaversion.h"
#include "keychainsecretstore.h"
#include "lagtracker.h"
#include "messagespage.h"
#include "offsetresetdialog.h"
#include "overviewpage.h"
#include "stalebanner.h"
#include "statuscolors.h"
#include "topicspage.h"
#include "topologyview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

namespace partita {

namespace {

const QString ApplicationTitle = QStringLiteral("Partita");

} // namespace

MainWindow::MainWindow(std::chrono::milliseconds refreshInterval, QWidget *parent)
    : QMainWindow(parent)
    , m_refreshInterval(refreshInterval)
    , m_secrets(new KeychainSecretStore(this)) {
    setWindowTitle(ApplicationTitle);
    buildCentralWidget();
    m_admin = new AdminActions(this, [this] { return m_topics->selectedTopic(); });
    m_topics->setTopicActions(m_admin->topicActions());
    connect(m_topics, &TopicsPage::topicSelected, m_admin, &AdminActions::update);
    connect(m_admin, &AdminActions::changed, this, [this](const QString &message) {
        showNotice(message);
        if (m_session)
            m_session->refreshNow();
    });
    buildMenus();

    m_status = new ConnectionStatusWidget(this);
    m_status->setRefreshInterval(m_refreshInterval);
    statusBar()->addWidget(m_status, 1);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("sessionNotice"));
    statusBar()->addPermanentWidget(m_notice);

    connect(m_groups, &GroupsPage::resetOffsetsRequested, this, &MainWindow::showOffsetReset);
    connect(m_topics, &TopicsPage::messagesRequested, this, &MainWindow::openMessages);
    connect(m_topology, &TopologyView::messagesRequested, this, &MainWindow::openMessages);
    connect(m_overview, &OverviewPage::topicRequested, this, &MainWindow::showTopic);
    // The topology shows each broker's column: where its replicas and leaders are.
    connect(m_overview, &OverviewPage::brokerRequested, this, [this] { showView(View::Topology); });
    connect(m_overview, &OverviewPage::groupRequested, this, &MainWindow::showGroup);
    connect(m_events, &EventsPage::topicRequested, this, &MainWindow::showTopic);
    connect(m_events, &EventsPage::brokerRequested, this, [this] { showView(View::Topology); });
    connect(m_events, &EventsPage::groupRequested, this, &MainWindow::showGroup);
    connect(m_groups, &GroupsPage::eventsRequested, this, [this](qint64 fromMs, qint64 toMs) {
        m_events->showTimeRange(fromMs, toMs);
        showView(View::Events);
    });

    connect(m_overview, &OverviewPage::connectRequested, this, &MainWindow::showConnectionDialog);
    connect(m_overview, &OverviewPage::demoRequested, this, &MainWindow::openDemo);
    m_overview->setNeverConnected(true);

    showView(View::Overview);
    updateActions();
    resize(1200, 760);
}

// The session polls the demo cluster the window may own, so it goes first.
MainWindow::~MainWindow() {
    dropSession();
}

void MainWindow::showTopic(const QString &topic) {
    m_topics->selectTopic(topic);
    showView(View::Topics);
}

void MainWindow::showGroup(const QString &group) {
    m_groups->selectGroup(group);
    showView(View::Groups);
}

void MainWindow::openMessages(const QString &topic, int partition) {
    m_messages->openTopic(topic, partition >= 0 ? std::optional<int>(partition) : std::nullopt);
    showView(View::Messages);
}

void MainWindow::buildCentralWidget() {
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItems(
        {tr("Overview"), tr("Topics"), tr("Topology"), tr("Consumer Groups"), tr("Messages"), tr("Events")});
    m_navigation->setFixedWidth(170);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); border-right: 1px solid palette(mid); padding-top: 8px;"
        " outline: 0; }"
        "QListWidget::item { padding: 8px 14px; border-radius: 4px; margin: 1px 6px; }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));

    m_overview = new OverviewPage(this);
    m_topics = new TopicsPage(this);
    m_topology = new TopologyView(this);
    m_groups = new GroupsPage(this);
    m_messages = new MessagesPage(this);
    m_events = new EventsPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_topics);
    m_pages->addWidget(m_topology);
    m_pages->addWidget(m_groups);
    m_pages->addWidget(m_messages);
    m_pages->addWidget(m_events);

    m_demoBanner = new QLabel(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setStyleSheet(StatusColors::bannerStyleSheet(StatusColors::Banner::Info));
    m_demoBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoBanner->hide();

    m_clusterHeader = new QLabel(this);
    m_clusterHeader->setObjectName(QStringLiteral("clusterHeader"));
    m_clusterHeader->setStyleSheet(QStringLiteral("QLabel { padding: 2px 10px; }"));
    m_clusterHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clusterHeader->hide();

    m_staleBanner = new StaleBanner(this);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 0);
    contentLayout->addWidget(m_demoBanner);
    contentLayout->addWidget(m_clusterHeader);
    contentLayout->addWidget(m_staleBanner);
    contentLayout->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showView(View(row));
    });
}

void MainWindow::buildMenus() {
    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction *connectAction =
        connectionMenu->addAction(tr("&Connect…"), this, &MainWindow::showConnectionDialog);
    connectAction->setShortcut(QKeySequence::Open);
    connectionMenu->addAction(tr("Open the &Demo Cluster"), this, &MainWindow::openDemo)
        ->setObjectName(QStringLiteral("openDemoAction"));
    m_disconnectAction =
        connectionMenu->addAction(tr("&Disconnect"), this, &MainWindow::disconnectFromCluster);
    connectionMenu->addSeparator();
    m_refreshAction = connectionMenu->addAction(tr("&Refresh Now"), this, [this] {
        if (m_session)
            m_session->refreshNow();
    });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connectionMenu->addSeparator();
    QAction *quitAction = connectionMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewActions = new QActionGroup(this);
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction *action = viewMenu->addAction(m_navigation->item(row)->text());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        m_viewActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, row] { showView(View(row)); });
    }

    m_admin->addToMenu(menuBar()->addMenu(tr("&Administration")));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Partita"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("aboutAction"));
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::connectToCluster(const ConnectionSettings &settings, const QString &label,
                                  ClusterKind kind) {
    dropSession();
    showSnapshot(nullptr);
    m_overview->setNeverConnected(false);
    // Filters typed for the cluster before would hide the new one's rows for no visible reason.
    m_topics->clearFilter();
    m_topology->clearFilter();
    const bool demo = kind == ClusterKind::Demo;
    const QString title = demo ? tr("%1 — Demo cluster").arg(ApplicationTitle)
                               : QStringLiteral("%1 — %2").arg(ApplicationTitle, label);
    // Always in sight: this window will refuse every change to the cluster.
    setWindowTitle(settings.readOnly ? tr("%1 (read-only)").arg(title) : title);
    const QString bootstrap = settings.bootstrapServers.toHtmlEscaped();
    if (demo)
        m_demoBanner->setText(
            tr("<b>Built-in demo cluster</b> (librdkafka mock) — bootstrap %1").arg(bootstrap));
    else if (label == settings.bootstrapServers)
        m_clusterHeader->setText(tr("Cluster <b>%1</b>").arg(bootstrap));
    else
        m_clusterHeader->setText(
            tr("Cluster <b>%1</b> — bootstrap %2").arg(label.toHtmlEscaped(), bootstrap));
    if (settings.readOnly)
        m_clusterHeader->setText(m_clusterHeader->text() + tr(" — <i>read-only</i>"));
    m_demoBanner->setVisible(demo);
    m_clusterHeader->setVisible(!demo);
    if (m_demoMenu)
        m_demoMenu->menuAction()->setVisible(demo);
    m_session = new ClusterSession(settings, m_refreshInterval, this);
    m_connectionName = demo ? QString() : label;
    m_session->setRemembersWatchedGroups(!demo); // the demo's ports are new each time
    connect(m_session, &ClusterSession::snapshotReady, this, &MainWindow::showSnapshot);
    connect(m_session, &ClusterSession::connectionStateChanged, this, &MainWindow::showConnectionState);
    connect(m_session, &ClusterSession::pollStarted, m_status, [this] { m_status->setBusy(true); });
    connect(m_session, &ClusterSession::pollFinished, m_status, [this] { m_status->setBusy(false); });
    connect(m_session, &ClusterSession::notice, this, &MainWindow::showNotice);
    m_groups->setSession(m_session);
    m_groups->setClusterName(demo ? tr("the built-in demo cluster") : label);
    m_messages->setSession(m_session);
    m_admin->setSession(m_session);
    LagTracker *tracker = m_session->lagTracker().get();
    connect(tracker, &LagTracker::lagUpdated, m_overview, [this, tracker] {
        m_overview->setGroups(tracker->groups());
        m_events->setEvents(tracker->events());
    });
    m_events->clearFilters();
    m_topics->setLagTracker(tracker);
    m_session->start();
    updateActions();
}

void MainWindow::openDemo() {
    if (!m_demo) {
        m_ownDemo = std::make_unique<DemoCluster>();
        if (!m_ownDemo->start()) {
            QMessageBox::warning(
                this, tr("Demo cluster"),
                tr("The demo cluster could not be started: %1").arg(m_ownDemo->errorString()));
            m_ownDemo.reset();
            return;
        }
        m_demo = m_ownDemo.get();
    }
    connectToDemo(m_demo);
}

void MainWindow::connectToDemo(DemoCluster *demo) {
    m_demo = demo;
    if (!m_demoMenu) {
        m_demoMenu = new DemoMenu(demo, this);
        menuBar()->insertMenu(menuBar()->actions().constLast(), m_demoMenu); // before Help
    }
    ConnectionSettings settings;
    settings.bootstrapServers = demo->bootstrapServers();
    settings.describesGroups = false; // the mock cluster answers commits but not group listings
    settings.keepsHistory = false;
    connectToCluster(settings, QString(), ClusterKind::Demo);
    // Added after connecting, which loads the groups watched on this (ever new) address.
    for (const QString &group : DemoCluster::consumerGroups())
        m_groups->watchGroup(group);
}

void MainWindow::disconnectFromCluster() {
    dropSession();
    updateActions();
}

// The pages keep the last data, and the stale banner says it is no longer refreshed.
void MainWindow::dropSession() {
    if (!m_session)
        return;
    m_groups->setSession(nullptr);
    m_messages->setSession(nullptr);
    m_admin->setSession(nullptr);
    m_overview->setGroups({});
    delete std::exchange(m_session, nullptr); // returns at once: its workers wind down on their own
    m_status->setBusy(false);
    m_notice->clear();
    showConnectionState(ConnectionState::Disconnected, QString());
}

void MainWindow::showConnectionDialog() {
    ConnectionDialog *dialog = newConnectionDialog();
    // Opened again, it shows the connection in use rather than the last profile used.
    if (m_session && !m_connectionName.isEmpty())
        dialog->showConnection(m_session->settings(), m_connectionName);
    dialog->open();
}

void MainWindow::showConnectionDialogFor(const ConnectionSettings &settings) {
    ConnectionDialog *dialog = newConnectionDialog();
    dialog->setSettings(settings);
    dialog->open();
}

ConnectionDialog *MainWindow::newConnectionDialog() {
    auto *dialog = new ConnectionDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionSettings settings = dialog->settings();
        const QString name = dialog->profileName();
        connectToCluster(settings, name.isEmpty() ? settings.bootstrapServers : name);
    });
    return dialog;
}

void MainWindow::showView(View view) {
    const int row = int(view);
    m_pages->setCurrentIndex(row);
    m_navigation->setCurrentRow(row);
    m_viewActions->actions().at(row)->setChecked(true);
}

MainWindow::View MainWindow::currentView() const {
    return View(m_pages->currentIndex());
}

void MainWindow::showSnapshot(const ClusterSnapshotPtr &snapshot) {
    // Once per snapshot, for the topic and the broker tables alike.
    const ProductionRates rates =
        snapshot ? ProductionRates::between(m_lastSnapshot.get(), *snapshot) : ProductionRates();
    m_overview->setSnapshot(snapshot, rates);
    m_topics->setSnapshot(snapshot, rates);
    m_topology->setSnapshot(snapshot);
    m_messages->setSnapshot(snapshot);
    m_admin->setSnapshot(snapshot);
    m_status->setLastRefresh(snapshot ? snapshot->takenAt : QDateTime());
    m_lastSnapshot = snapshot;
}

void MainWindow::showConnectionState(ConnectionState state, const QString &message) {
    m_status->setState(state, message);
    m_staleBanner->setConnectionState(state, message, m_lastSnapshot);
    m_topology->setStale(state == ConnectionState::Failed && m_lastSnapshot);
    updateActions();
}

void MainWindow::showNotice(const QString &message) {
    m_notice->setText(tr("%1 %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), message));
}

void MainWindow::updateActions() {
    const bool running = m_session != nullptr;
    m_disconnectAction->setEnabled(running);
    m_refreshAction->setEnabled(running);
}

void MainWindow::showOffsetReset(const QString &groupId, const QList<TopicPartition> &partitions) {
    if (!m_session)
        return;
    auto *dialog = new OffsetResetDialog(m_session->groupService(), groupId, partitions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OffsetResetDialog::offsetsReset, m_session, &ClusterSession::refreshNow);
    dialog->open();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Partita"),
        tr("<h3>Partita %1</h3>"
           "<p>A desktop monitor for Apache Kafka clusters: brokers, topics, partitions and "
           "where every replica lives.</p>"
           "<p>Qt %2<br>librdkafka %3</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), librdkafkaVersion()));
}

} // namespace partita
