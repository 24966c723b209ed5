#include "democluster.h"
#include "mainwindow.h"
#include "quitsignals.h"
#include "screenshotjob.h"
#include "workerthread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdlib>
#include <optional>

using partita::MainWindow;

namespace {

// How long quitting waits for worker threads blocked in librdkafka (a broker that accepts connections
// and never answers) before the process ends without them.
constexpr std::chrono::milliseconds QuitDeadline(2000);

// How long --screenshot waits for the first refresh before giving up; later ones get twice the interval.
constexpr std::chrono::seconds ScreenshotTimeout(30);

struct Options {
    bool demo = false;
    QString bootstrap;
    std::chrono::milliseconds interval{5000};
    QString screenshotFile;
    int screenshotRefreshes = 1;
    MainWindow::View view = MainWindow::View::Overview;
    QSize size; // invalid: the window's own default
};

const QList<QPair<QString, MainWindow::View>> &viewNames() {
    static const QList<QPair<QString, MainWindow::View>> names = {
        {QStringLiteral("overview"), MainWindow::View::Overview},
        {QStringLiteral("topics"), MainWindow::View::Topics},
        {QStringLiteral("topology"), MainWindow::View::Topology},
        {QStringLiteral("groups"), MainWindow::View::Groups},
        {QStringLiteral("messages"), MainWindow::View::Messages},
        {QStringLiteral("events"), MainWindow::View::Events},
    };
    return names;
}

std::optional<MainWindow::View> viewNamed(const QString &name) {
    for (const auto &[viewName, view] : viewNames()) {
        if (viewName == name)
            return view;
    }
    return std::nullopt;
}

// Exits with a usage error when the arguments do not make sense together.
Options parseArguments(const QApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("partita", "Desktop monitor for Apache Kafka clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    // Value names are part of the help text; the option names and the view names are not translated.
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("partita",
                                    "Start the built-in demo cluster (librdkafka mock) and watch it."));
    const QCommandLineOption bootstrap(
        QStringLiteral("bootstrap"),
        QCoreApplication::translate("partita", "Watch the plaintext cluster at <host:port[,...]>."),
        QStringLiteral("host:port"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QCoreApplication::translate("partita", "Refresh every <seconds> (default 5)."),
        QCoreApplication::translate("partita", "seconds"), QStringLiteral("5"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("partita",
                                    "Save the window to <file> (PNG) after the first refresh, then exit."),
        QCoreApplication::translate("partita", "file"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate(
            "partita", "Show <view> first: overview, topics, topology, groups, messages or events."),
        QCoreApplication::translate("partita", "view"), QStringLiteral("overview"));
    const QCommandLineOption refreshes(
        QStringLiteral("refreshes"),
        QCoreApplication::translate("partita",
                                    "With --screenshot: wait for <count> refreshes first, e.g. for "
                                    "some lag history (default 1)."),
        QCoreApplication::translate("partita", "count"), QStringLiteral("1"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("partita", "Open the window at <width>x<height> pixels, e.g. 1024x640."),
        QCoreApplication::translate("partita", "size"));
    parser.addOptions({demo, bootstrap, interval, screenshot, refreshes, view, size});
    parser.process(app);

    const auto usageError = [&parser](const QString &message) {
        QTextStream(stderr) << "partita: " << message << "\n\n" << parser.helpText();
        std::exit(2);
    };
    Options options;
    options.demo = parser.isSet(demo);
    options.bootstrap = parser.value(bootstrap);
    options.screenshotFile = parser.value(screenshot);
    if (options.demo && parser.isSet(bootstrap))
        usageError(QCoreApplication::translate("partita", "--demo and --bootstrap exclude each other"));
    if (parser.isSet(screenshot) && !options.demo && !parser.isSet(bootstrap))
        usageError(QCoreApplication::translate("partita",
                                               "--screenshot needs a cluster: add --demo or --bootstrap"));
    bool ok = false;
    const double seconds = parser.value(interval).toDouble(&ok);
    if (!ok || seconds <= 0)
        usageError(QCoreApplication::translate("partita",
                                               "--interval wants a positive number of seconds, not \"%1\"")
                       .arg(parser.value(interval)));
    options.interval = std::chrono::milliseconds(qRound64(seconds * 1000));
    options.screenshotRefreshes = parser.value(refreshes).toInt(&ok);
    if (!ok || options.screenshotRefreshes < 1)
        usageError(
            QCoreApplication::translate("partita", "--refreshes wants a positive whole number, not \"%1\"")
                .arg(parser.value(refreshes)));
    const std::optional<MainWindow::View> initialView = viewNamed(parser.value(view));
    if (!initialView)
        usageError(QCoreApplication::translate("partita", "unknown view \"%1\"").arg(parser.value(view)));
    options.view = *initialView;
    if (parser.isSet(size)) {
        const QStringList sides = parser.value(size).split(QLatin1Char('x'));
        bool widthOk = false;
        bool heightOk = false;
        if (sides.size() == 2)
            options.size = QSize(sides[0].toInt(&widthOk), sides[1].toInt(&heightOk));
        if (!widthOk || !heightOk || options.size.isEmpty())
            usageError(QCoreApplication::translate("partita", "--size wants <width>x<height>, not \"%1\"")
                           .arg(parser.value(size)));
    }
    return options;
}

// Worker threads normally end within moments of the window; one stuck in a librdkafka call cannot be
// interrupted, so after QuitDeadline the process exits without running the destructors that would
// wait for it. Settings are written out first.
void waitForWorkersOrExit(int exitCode) {
    if (partita::WorkerThread::waitForRetired(QDeadlineTimer(QuitDeadline)))
        return;
    QSettings().sync();
    std::_Exit(exitCode);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Partita"));
    QApplication::setApplicationName(QStringLiteral("partita"));
    QApplication::setApplicationVersion(QStringLiteral(PARTITA_VERSION));
    const Options options = parseArguments(app);

    // Declared before the window so it outlives the window's monitor, which polls it until destroyed.
    partita::DemoCluster demo;
    MainWindow window(options.interval);
    window.showView(options.view);
    if (options.size.isValid())
        window.resize(options.size);

    if (options.demo) {
        if (!demo.start()) {
            QTextStream(stderr) << "partita: "
                                << QCoreApplication::translate("partita", "cannot start the demo cluster: %1")
                                       .arg(demo.errorString())
                                << '\n';
            return 1;
        }
        window.connectToDemo(&demo);
    } else if (!options.bootstrap.isEmpty()) {
        partita::ConnectionSettings settings;
        settings.bootstrapServers = options.bootstrap;
        const QStringList problems = settings.validate();
        if (problems.isEmpty()) {
            window.connectToCluster(settings, options.bootstrap);
        } else if (options.screenshotFile.isEmpty()) {
            // Launched from a desktop, nobody reads stderr: the dialog shows what is wrong, ready to fix.
            QTimer::singleShot(0, &window, [&window, settings] { window.showConnectionDialogFor(settings); });
        } else {
            QTextStream(stderr) << "partita: " << problems.join(QStringLiteral("\npartita: ")) << '\n';
            return 2;
        }
    } else {
        QTimer::singleShot(0, &window, &MainWindow::showConnectionDialog);
    }

    partita::QuitSignals quitSignals;
    QObject::connect(&quitSignals, &partita::QuitSignals::quitRequested, &window, &QWidget::close);

    window.show();
    if (!options.screenshotFile.isEmpty()) {
        const auto timeout = ScreenshotTimeout + 2 * (options.screenshotRefreshes - 1) * options.interval;
        auto *job = new partita::ScreenshotJob(&window, options.screenshotFile, options.view,
                                               options.screenshotRefreshes, timeout, &window);
        job->start();
    }
    const int exitCode = QApplication::exec();
    window.disconnectFromCluster(); // the session lets go of its workers without waiting for them
    waitForWorkersOrExit(exitCode);
    return exitCode;
}
