#pragma once

#include "clustersnapshot.h"
#include "connectionsettings.h"
#include "connectionstate.h"
#include "consumergroups.h"

#include <QMainWindow>

#include <chrono>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace partita {

class AdminActions;
class SecretStore;

class ClusterSession;
class ConnectionDialog;
class DemoCluster;
class DemoMenu;
class EventsPage;
class ConnectionStatusWidget;
class GroupsPage;
class MessagesPage;
class OverviewPage;
class StaleBanner;
class TopicsPage;
class TopologyView;

// The application window: watches one cluster through a ClusterSession, one per connection, and shows
// it in its views.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class View { Overview, Topics, Topology, Groups, Messages, Events };
    enum class ClusterKind { Regular, Demo };

    explicit MainWindow(std::chrono::milliseconds refreshInterval, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts watching a cluster, dropping the one watched before. `label` names it in the title bar and
    // above the pages.
    void connectToCluster(const ConnectionSettings &settings, const QString &label,
                          ClusterKind kind = ClusterKind::Regular);
    // Watches the built-in demo cluster and offers its broker fault drill in a Demo menu.
    void connectToDemo(DemoCluster *demo);
    // Watches the demo cluster given to connectToDemo() before, or else one of the window's own.
    void openDemo();
    void showView(View view);
    View currentView() const;
    // The connection watched now; nullptr when disconnected. Replaced by every connectToCluster().
    ClusterSession *session() const { return m_session; }

    void showConnectionDialog();
    // Opens the connection dialog filled in with `settings`, so it can point out what is wrong with them.
    void showConnectionDialogFor(const ConnectionSettings &settings);
    void disconnectFromCluster();

private:
    void buildMenus();
    void buildCentralWidget();
    ConnectionDialog *newConnectionDialog();
    void showSnapshot(const ClusterSnapshotPtr &snapshot);
    void showConnectionState(ConnectionState state, const QString &message);
    void showNotice(const QString &message);
    void dropSession();
    void updateActions();
    void showAbout();
    void showOffsetReset(const QString &groupId, const QList<TopicPartition> &partitions);
    void showTopic(const QString &topic);
    void showGroup(const QString &group);
    // Shows the Messages view reading a topic's newest messages, of one partition when partition >= 0.
    void openMessages(const QString &topic, int partition);

    std::chrono::milliseconds m_refreshInterval;
    SecretStore *m_secrets; // the connection dialogs' passwords, for the window's lifetime
    ClusterSession *m_session = nullptr;
    QString m_connectionName; // the profile or address the session was opened with; empty for the demo
    ClusterSnapshotPtr m_lastSnapshot; // still shown after a disconnect
    ConnectionStatusWidget *m_status = nullptr;
    QLabel *m_notice = nullptr; // the session's latest notice, e.g. a helper restart
    QLabel *m_demoBanner = nullptr;
    QLabel *m_clusterHeader = nullptr; // names any cluster but the demo, which has its banner
    StaleBanner *m_staleBanner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    TopicsPage *m_topics = nullptr;
    TopologyView *m_topology = nullptr;
    GroupsPage *m_groups = nullptr;
    MessagesPage *m_messages = nullptr;
    EventsPage *m_events = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QActionGroup *m_viewActions = nullptr;
    AdminActions *m_admin = nullptr;
    DemoMenu *m_demoMenu = nullptr;         // only once a demo was watched
    DemoCluster *m_demo = nullptr;          // the demo watched last, if any
    std::unique_ptr<DemoCluster> m_ownDemo; // started by openDemo() when none was given
};

} // namespace partita
