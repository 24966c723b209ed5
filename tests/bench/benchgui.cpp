#include "benchgui.h"

#include "benchkafka.h"
#include "testkafka.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace partita::bench {

namespace {

// The value at quantile q of sorted gaps, by nearest rank.
double quantile(const std::vector<double> &sorted, double q) {
    if (sorted.empty())
        return 0;
    const size_t rank = size_t(std::ceil(q * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

template <typename T> T *child(QWidget *page, const char *name) {
    T *widget = page->findChild<T *>(QLatin1String(name));
    Q_ASSERT(widget);
    return widget;
}

} // namespace

std::optional<qint64> prepareBrowseTopic() {
    QStandardPaths::setTestModeEnabled(true);
    return reuseOrFillTopic(BrowseTopic, BrowseSpec, envCount("PARTITA_BENCH_MESSAGES", 2'000'000));
}

Heartbeat::Heartbeat(std::chrono::milliseconds interval) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(interval);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_gaps.push_back(double(now - m_last) / 1e6);
        m_last = now;
    });
}

void Heartbeat::start() {
    m_gaps.clear();
    m_gaps.reserve(1 << 20);
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void Heartbeat::stop() {
    m_timer.stop();
}

GapStats Heartbeat::stats() const {
    std::vector<double> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end());
    GapStats stats;
    stats.ticks = qint64(sorted.size());
    stats.median = quantile(sorted, 0.5);
    stats.p90 = quantile(sorted, 0.9);
    stats.p99 = quantile(sorted, 0.99);
    stats.max = sorted.empty() ? 0 : sorted.back();
    stats.over16 = std::count_if(sorted.begin(), sorted.end(), [](double gap) { return gap > 16; });
    stats.over50 = std::count_if(sorted.begin(), sorted.end(), [](double gap) { return gap > 50; });
    return stats;
}

QString describe(const GapStats &stats) {
    return QStringLiteral("median %1, p90 %2, p99 %3, max %4 ms; %5 over 16 ms, %6 over 50 ms (%7 ticks)")
        .arg(stats.median, 0, 'f', 2)
        .arg(stats.p90, 0, 'f', 2)
        .arg(stats.p99, 0, 'f', 2)
        .arg(stats.max, 0, 'f', 1)
        .arg(stats.over16)
        .arg(stats.over50)
        .arg(stats.ticks);
}

GapStats idleGaps(Heartbeat &heartbeat, int ms) {
    heartbeat.start();
    runFor(ms);
    heartbeat.stop();
    return heartbeat.stats();
}

MessagesView::MessagesView() {
    ConnectionSettings settings;
    settings.bootstrapServers = test::bootstrapServers();
    m_session = std::make_unique<ClusterSession>(settings, std::chrono::seconds(5));
    m_page = std::make_unique<MessagesPage>();
    m_page->setSession(m_session.get());
    m_page->resize(1280, 800);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        out() << "the Messages view was not exposed\n";
}

MessagesView::~MessagesView() {
    // The page goes first: it watches the session's browser.
    m_page.reset();
}

void MessagesView::setFilter(const QString &pattern, bool regularExpression) {
    child<QCheckBox>(m_page.get(), "regex")->setChecked(regularExpression);
    child<QLineEdit>(m_page.get(), "filter")->setText(pattern);
}

void MessagesView::readWhole(const QString &topic) {
    child<QComboBox>(m_page.get(), "topic")->setCurrentText(topic);
    child<QLineEdit>(m_page.get(), "partitions")->clear();
    auto *start = child<QComboBox>(m_page.get(), "start");
    start->setCurrentIndex(start->findData(int(StartPosition::Kind::Beginning)));
    auto *stop = child<QComboBox>(m_page.get(), "stop");
    stop->setCurrentIndex(stop->findData(int(StopCondition::Kind::EndAtStart)));
    child<QPushButton>(m_page.get(), "read")->click();
}

bool MessagesView::waitUntilFinished(int timeoutMs) {
    const auto state = [this] { return browser()->state(); };
    const bool ended = runUntil(
        [&] {
            return state() == MessageBrowser::State::Finished || state() == MessageBrowser::State::Failed;
        },
        timeoutMs);
    if (!ended)
        out() << "the browser did not finish within " << timeoutMs / 1000 << " s: " << status() << '\n';
    else if (state() == MessageBrowser::State::Failed)
        out() << "the browser failed: " << browser()->stateMessage() << '\n';
    return state() == MessageBrowser::State::Finished;
}

QString MessagesView::status() const {
    return child<QLabel>(m_page.get(), "status")->text();
}

} // namespace partita::bench
