#include "messagereplay.h"

#include "displayformat.h"

#include <QLocale>

namespace partita {

namespace {

// Where the request sends messages, in words: a topic's name or the header that names one.
QString targetOf(const ReplayRequest &request) {
    return request.topicHeader.isEmpty()
               ? request.targetTopic
               : MessageReplay::tr("the topics header %1 names").arg(QString::fromUtf8(request.topicHeader));
}

QString countsText(const ReplayCounts &counts) {
    const QLocale locale;
    return MessageReplay::tr("%1 sent, %2 acknowledged, %3 failed")
        .arg(locale.toString(counts.sent), locale.toString(counts.acknowledged),
             locale.toString(counts.failed));
}

} // namespace

MessageReplay::MessageReplay(const ConnectionSettings &settings, const ReplayRequest &request, qint64 total,
                             Job job, QObject *parent)
    : BackgroundJob(QStringLiteral("replay"), parent)
    , m_settings(settings)
    , m_request(request)
    , m_job(std::move(job))
    , m_total(total) {}

MessageReplay *MessageReplay::ofRows(const ConnectionSettings &settings, MessageTableModel::Rows rows,
                                     const ReplayRequest &request, QObject *parent) {
    const auto total = qint64(rows.storeRows.size());
    return new MessageReplay(
        settings, request, total,
        [rows = std::move(rows)](MessageReplayer &replayer, const ReplayRequest &request,
                                 const MessageReplayer::ProgressCallback &progress,
                                 const std::atomic_bool &cancel) {
            // Copied here, not on the GUI thread: the selection may hold a million messages.
            const MessageBatch messages =
                rows.store.copy(QList<int>(rows.storeRows.begin(), rows.storeRows.end()));
            return replayer.replay(messages, request, progress, cancel);
        },
        parent);
}

MessageReplay *MessageReplay::ofRange(const ConnectionSettings &settings, const BrowseRequest &source,
                                      const ReplayRequest &request, QObject *parent) {
    return new MessageReplay(
        settings, request, -1,
        [source](MessageReplayer &replayer, const ReplayRequest &request,
                 const MessageReplayer::ProgressCallback &progress, const std::atomic_bool &cancel) {
            return replayer.replay(source, request, progress, cancel);
        },
        parent);
}

MessageReplay::~MessageReplay() {
    stopThread();
}

void MessageReplay::run() {
    QString error;
    const auto replayer = MessageReplayer::create(m_settings, &error);
    if (!replayer) {
        m_report.outcome = ReplayReport::Outcome::NotStarted;
        m_report.error = error;
        return;
    }
    m_report = m_job(
        *replayer, m_request,
        [this](const ReplayCounts &counts) {
            m_sent = counts.sent;
            m_acknowledged = counts.acknowledged;
            m_failed = counts.failed;
        },
        m_cancel);
}

void MessageReplay::complete() {
    m_sent = m_report.counts.sent;
    m_acknowledged = m_report.counts.acknowledged;
    m_failed = m_report.counts.failed;
}

QString MessageReplay::progressText() const {
    ReplayCounts counts;
    counts.sent = m_sent;
    counts.acknowledged = m_acknowledged;
    counts.failed = m_failed;
    return m_total >= 0 ? tr("Replaying %n message(s) to %1: %2", nullptr, pluralOf(m_total))
                              .arg(targetOf(m_request), countsText(counts))
                        : tr("Replaying to %1: %2").arg(targetOf(m_request), countsText(counts));
}

// Done when the brokers answered: acknowledged or failed.
int MessageReplay::progressPerMille() const {
    return m_total > 0 ? int(std::min<qint64>((m_acknowledged + m_failed) * 1000 / m_total, 1000)) : -1;
}

QString MessageReplay::outcomeText() const {
    const int messages = pluralOf(m_report.counts.messages);
    const QString counts = countsText(m_report.counts);
    const QString target = targetOf(m_request);
    QString text;
    switch (m_report.outcome) {
    case ReplayReport::Outcome::Completed:
        text = tr("Replayed %n message(s) to %1: %2", nullptr, messages).arg(target, counts);
        break;
    case ReplayReport::Outcome::NotStarted:
        text = tr("Replay not started: %1").arg(m_report.error);
        break;
    case ReplayReport::Outcome::BrokenOff:
        text = tr("Replay to %1 broke off after %n message(s): %2. %3", nullptr, messages)
                   .arg(target, m_report.error, counts);
        break;
    case ReplayReport::Outcome::Cancelled:
        text = tr("Replay to %1 cancelled after %n message(s): %2", nullptr, messages).arg(target, counts);
        break;
    }
    // What the read of a range could not cover would otherwise go unnoticed.
    for (const QString &note : m_report.notes)
        text += QLatin1Char('\n') + note;
    return text;
}

QString MessageReplay::failureList() const {
    QStringList lines;
    for (const ReplayFailure &failure : m_report.failures)
        lines.append(
            tr("Partition %1, offset %2, to %3: %4")
                .arg(failure.partition)
                .arg(failure.offset)
                .arg(failure.targetTopic.isEmpty() ? tr("no topic") : failure.targetTopic, failure.error));
    return lines.join(QLatin1Char('\n'));
}

} // namespace partita
