// How fast a regular-expression filter narrows a large table, and whether the GUI stays responsive
// meanwhile: the browsing benchmarks' topic (PARTITA_BENCH_MESSAGES messages, 2,000,000 by default, of
// about 200 bytes) is loaded whole into the Messages view (offscreen, its cap raised to hold every
// message), then the regular expression "42\d*x" is typed into the value filter, three times (cleared
// in between). Prints the time from setting the filter to its match count being final against the
// target (within 1 s) and against a plain QRegularExpression loop over the same values in the same
// process, and the gaps of a 4 ms GUI heartbeat during each filter against an idle reference (max
// under 50 ms). Exits non-zero only when a measurement itself fails.

#include "benchgui.h"
#include "benchkafka.h"

#include <QApplication>
#include <QRegularExpression>

using namespace partita;
using namespace partita::bench;

namespace {

const QString Pattern = QStringLiteral("42\\d*x");
constexpr int Rounds = 3;
constexpr int LoadTimeoutMs = 600'000;
constexpr int FilterTimeoutMs = 120'000;
constexpr int IdleMs = 3000;

struct Plain {
    double ms = 0;
    qint64 matches = 0;
};

// The reference: every value decoded and matched by one expression, the page's options (case-insensitive).
Plain plainLoop(const MessageStore &store) {
    const QRegularExpression expression(Pattern, QRegularExpression::CaseInsensitiveOption);
    QElapsedTimer timer;
    timer.start();
    Plain plain;
    for (int row = 0; row < store.rowCount(); ++row) {
        const std::optional<QByteArrayView> value = store.value(row);
        if (value && expression.match(QString::fromUtf8(*value)).hasMatch())
            ++plain.matches;
    }
    plain.ms = double(timer.nsecsElapsed()) / 1e6;
    return plain;
}

struct Filtered {
    double ms = 0;
    qint64 matches = 0;
    GapStats gaps;
};

// Sets the filter and runs the event loop until the model's build is done; nullopt when it is not
// within FilterTimeoutMs.
std::optional<Filtered> filterOnce(MessagesView &view, Heartbeat &heartbeat) {
    MessageTableModel *model = view.model();
    QElapsedTimer timer;
    qint64 doneAt = -1;
    const QMetaObject::Connection done =
        QObject::connect(model, &MessageTableModel::buildingChanged, [&](bool building) {
            if (!building)
                doneAt = timer.nsecsElapsed();
        });
    heartbeat.start();
    timer.start();
    view.setFilter(Pattern, true);
    if (!model->isBuilding() && doneAt < 0)
        doneAt = timer.nsecsElapsed(); // filtered at once, on the GUI thread
    runUntil([&] { return doneAt >= 0; }, FilterTimeoutMs);
    // A little longer, to see the GUI take in the rows.
    runFor(200);
    heartbeat.stop();
    QObject::disconnect(done);
    if (doneAt < 0) {
        out() << "the filter was not done within " << FilterTimeoutMs / 1000 << " s\n";
        return std::nullopt;
    }
    return Filtered{double(doneAt) / 1e6, model->rowCount(), heartbeat.stats()};
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    const auto held = prepareBrowseTopic();
    if (!held)
        return 1;

    MessagesView view;
    view.model()->setLimits(*held + 1, qint64(4) << 30);
    QElapsedTimer loading;
    loading.start();
    view.readWhole(BrowseTopic);
    if (!view.waitUntilFinished(LoadTimeoutMs))
        return 1;
    const MessageStore &store = view.model()->store();
    if (store.rowCount() != *held) {
        out() << "the view holds " << store.rowCount() << " of " << *held << " messages\n";
        return 1;
    }
    out() << "loaded " << store.rowCount() << " messages into the Messages view in "
          << loading.elapsed() / 1000.0 << " s\n";
    Heartbeat heartbeat(std::chrono::milliseconds(4));
    const GapStats idle = idleGaps(heartbeat, IdleMs);
    out() << "GUI heartbeat every 4 ms, idle view (reference, " << IdleMs / 1000 << " s): " << describe(idle)
          << '\n'
          << "regular expression \"" << Pattern << "\" on the values of " << store.rowCount()
          << " messages (case-insensitive):\n";
    view.setFilter(QString(), true);
    std::vector<double> filterMs;
    std::vector<double> plainMs;
    double maxGap = 0;
    for (int round = 1; round <= Rounds; ++round) {
        const auto filtered = filterOnce(view, heartbeat);
        if (!filtered)
            return 1;
        const Plain plain = plainLoop(store);
        if (plain.matches != filtered->matches) {
            out() << "the view shows " << filtered->matches << " matches, the plain loop finds "
                  << plain.matches << '\n';
            return 1;
        }
        filterMs.push_back(filtered->ms);
        plainMs.push_back(plain.ms);
        maxGap = std::max(maxGap, filtered->gaps.max);
        out() << "  round " << round << ": the view's " << filtered->matches << " matches final after "
              << filtered->ms << " ms; plain QRegularExpression loop " << plain.ms << " ms (view / loop "
              << filtered->ms / plain.ms << "); heartbeat meanwhile: " << describe(filtered->gaps) << '\n';
        view.setFilter(QString(), true);
        runFor(200);
    }
    std::sort(filterMs.begin(), filterMs.end());
    std::sort(plainMs.begin(), plainMs.end());
    const double median = filterMs[filterMs.size() / 2];
    out() << "  median " << median << " ms, max " << filterMs.back()
          << " ms against the target within 1000 ms: " << verdict(filterMs.back() <= 1000)
          << "; median view / plain loop " << median / plainMs[plainMs.size() / 2] << '\n'
          << "  max heartbeat gap while filtering " << maxGap
          << " ms against the target under 50 ms: " << verdict(maxGap < 50) << " (" << maxGap / idle.max
          << " x idle)\n"
          << "  peak RSS of this process: " << peakRssMiB() << " MiB\n";
    return 0;
}
