#pragma once

#include "clustersnapshot.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace partita {

class ClusterSession;

// The window's administration actions: new, delete and grow topics, delete records, topic and broker
// configuration, ACLs. Each opens its dialog for the session and snapshot of the moment; the changing
// ones are disabled on a read-only connection (and refused by ClusterAdmin whatever the UI does).
class AdminActions : public QObject {
    Q_OBJECT
public:
    // `selectedTopic` names the topic the topic actions act on (empty: none).
    AdminActions(QWidget *window, std::function<QString()> selectedTopic);

    void setSession(ClusterSession *session);
    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    // Enables what the session, the snapshot and the selected topic allow; call when the selection
    // changes.
    void update();

    // Acting on a topic, for the Topics view's context menu and tool bar.
    QList<QAction *> topicActions() const;
    void addToMenu(QMenu *menu) const;

signals:
    // Something changed the cluster: the window refreshes and says it, e.g. "Topic orders created".
    void changed(const QString &message);

private:
    QAction *newAction(const QString &text, const QString &objectName, void (AdminActions::*open)());
    const TopicInfo *selectedTopicInfo() const;
    void newTopic();
    void deleteTopic();
    void addPartitions();
    void deleteRecords();
    void topicConfiguration();
    void brokerConfiguration();
    void acls();
    void showDialog(QWidget *dialog);

    QWidget *m_window;
    std::function<QString()> m_selectedTopic;
    QPointer<ClusterSession> m_session;
    ClusterSnapshotPtr m_snapshot;
    QAction *m_newTopic;
    QAction *m_deleteTopic;
    QAction *m_addPartitions;
    QAction *m_deleteRecords;
    QAction *m_topicConfiguration;
    QAction *m_brokerConfiguration;
    QAction *m_acls;
};

} // namespace partita
