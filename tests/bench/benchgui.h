#pragma once

// What the GUI benchmarks share: a heartbeat that measures how long the GUI event loop stalls, and the
// Messages view on the fixture cluster, driven through its controls as a user would.

#include "clustersession.h"
#include "messagespage.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace partita::bench {

// For a GUI benchmark: keeps the view's remembered choices out of the user's settings, and has the
// browsing benchmarks' topic ready (BrowseTopic). Its message count, nullopt when it cannot be had.
std::optional<qint64> prepareBrowseTopic();

// The distribution of the gaps between heartbeat ticks, in milliseconds.
struct GapStats {
    qint64 ticks = 0;
    double median = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    qint64 over16 = 0; // gaps longer than one frame at 60 Hz
    qint64 over50 = 0;
};

// A timer on the GUI thread that ticks every `interval`, recording the gap since the previous tick: a
// gap well beyond the interval is a stall of the event loop.
class Heartbeat {
public:
    explicit Heartbeat(std::chrono::milliseconds interval = std::chrono::milliseconds(1));

    void start();
    void stop();
    GapStats stats() const;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

// "median 1.0, p90 1.1, p99 3.2, max 12.0 ms; 2 over 16 ms, 0 over 50 ms (12345 ticks)".
QString describe(const GapStats &stats);
// Runs the event loop for `ms`, with the heartbeat on: the idle reference.
GapStats idleGaps(Heartbeat &heartbeat, int ms);

// The Messages view of a session on the fixture cluster (not polling: only the browser works), shown
// on the offscreen platform.
class MessagesView {
public:
    MessagesView();
    ~MessagesView();

    MessageBrowser *browser() { return m_session->browser(); }
    MessageTableModel *model() { return browser()->model(); }
    // Types the filter into the filter bar, as a regular expression or a substring.
    void setFilter(const QString &pattern, bool regularExpression);
    // Clicks Read for the whole topic from its beginning to its end.
    void readWhole(const QString &topic);
    // Runs the event loop until the browser is Finished (true) or Failed or `timeoutMs` passed (false,
    // said on out()).
    bool waitUntilFinished(int timeoutMs);
    // The status line, e.g. "Done: 2,000,000 messages read, 1234 matches".
    QString status() const;

private:
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<MessagesPage> m_page;
};

} // namespace partita::bench
