#pragma once

#include "clustersnapshot.h"
#include "decoderchoice.h"
#include "messagebrowser.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace partita {

class ClusterSession;
class JobPanel;
class MessageDetail;

// The Messages view: picks a topic, its partitions, where to start and where to stop, reads through
// the session's MessageBrowser into a table, filters it live, and shows the chosen message in full.
// While following a topic the table keeps the newest row in sight until the user scrolls up. Keys and
// values are shown through the decoders chosen for the topic, remembered per topic; the selected
// messages copy as JSON Lines, and export to a file or replay to a topic.
class MessagesPage : public QWidget {
    Q_OBJECT
public:
    explicit MessagesPage(QWidget *parent = nullptr);

    // The session whose browser this page drives; nullptr when disconnected.
    void setSession(ClusterSession *session);
    // Offers the snapshot's topics to choose from.
    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    // Reads the newest messages of a topic (or of one of its partitions) at once.
    void openTopic(const QString &topic, std::optional<int> partition = std::nullopt);

private:
    // Which messages an export or a replay takes, and which of the two it is.
    enum class Source { Selection, Shown, Range };
    enum class Job { Export, Replay };
    struct Chosen {
        std::optional<BrowseRequest> range; // for Source::Range
        QList<int> rows;                    // table rows for Source::Selection; empty: every row shown
    };

    void buildControls();
    QToolButton *buildJobButton(Job job);
    // The messages `source` names, or nullopt after saying in the status line why there are none.
    std::optional<Chosen> choose(Source source, Job job);
    void exportMessages(Source source);
    void replayMessages(Source source);
    QString rangeSummary(const BrowseRequest &range) const;
    void showReadOnly();
    void browse();
    void applyFilter();
    void showState();
    void showDetail();
    void followNewRows();
    QComboBox *decoderBox(const QString &name, const QString &toolTip);
    void useDecodersOf(const QString &topic);
    void chooseDecoders();
    DecoderChoice chosenDecoders() const;
    void applyDecoders(const DecoderChoice &choice);
    void copySelection();
    void updateStartValue();
    void updateStopValue();
    std::optional<BrowseRequest> requestFromControls(QString *problem) const;

    QPointer<ClusterSession> m_session;
    QPointer<MessageBrowser> m_browser;
    QComboBox *m_topic;
    QLineEdit *m_partitions;
    QLineEdit *m_key;
    QComboBox *m_keyPartitioner;
    QComboBox *m_start;
    QLineEdit *m_startValue;
    QComboBox *m_stop;
    QLineEdit *m_stopValue;
    QSpinBox *m_limit;
    QComboBox *m_isolation;
    QPushButton *m_read;
    QPushButton *m_pause;
    QPushButton *m_stopButton;
    QLineEdit *m_filter;
    QComboBox *m_filterField;
    QLineEdit *m_headerName;
    QCheckBox *m_regex;
    QComboBox *m_keyDecoder;
    QComboBox *m_valueDecoder;
    QString m_decoderTopic; // whose decoders are chosen: the topic read last
    QLabel *m_status;
    QToolButton *m_showProgress;
    QTableView *m_progressTable; // how far reading has come per partition, shown on demand
    QLabel *m_notes;
    QToolButton *m_replay;
    JobPanel *m_exportPanel;
    JobPanel *m_replayPanel;
    QTableView *m_table;
    MessageDetail *m_detail;
    QTimer m_followTimer; // scrolls to the newest row at most a few times a second
    bool m_following = true;
};

} // namespace partita
