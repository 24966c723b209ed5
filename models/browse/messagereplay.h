#pragma once

#include "backgroundjob.h"
#include "connectionsettings.h"
#include "messagereplayer.h"
#include "messagetablemodel.h"

#include <functional>

namespace partita {

// One replay of messages on a thread of its own: rows the browser holds (the selection, or what the
// filter shows) or a whole range read again from the cluster, produced to the topic the request
// names. Its end report accounts for every message: acknowledged, or listed as failed.
class MessageReplay : public BackgroundJob {
    Q_OBJECT
public:
    static MessageReplay *ofRows(const ConnectionSettings &settings, MessageTableModel::Rows rows,
                                 const ReplayRequest &request, QObject *parent = nullptr);
    static MessageReplay *ofRange(const ConnectionSettings &settings, const BrowseRequest &source,
                                  const ReplayRequest &request, QObject *parent = nullptr);
    ~MessageReplay() override;

    QString progressText() const override;
    int progressPerMille() const override;
    QString outcomeText() const override;
    QString failureList() const override;

private:
    using Job = std::function<ReplayReport(MessageReplayer &replayer, const ReplayRequest &request,
                                           const MessageReplayer::ProgressCallback &progress,
                                           const std::atomic_bool &cancel)>;
    MessageReplay(const ConnectionSettings &settings, const ReplayRequest &request, qint64 total, Job job,
                  QObject *parent);
    void run() override;
    void complete() override;

    ConnectionSettings m_settings;
    ReplayRequest m_request;
    Job m_job;
    const qint64 m_total;  // -1 for a range, whose size is not known before it is read
    ReplayReport m_report; // written by the thread, read after it finished
    std::atomic<qint64> m_sent{0};
    std::atomic<qint64> m_acknowledged{0};
    std::atomic<qint64> m_failed{0};
};

} // namespace partita
