#pragma once

#include "mainwindow.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace partita {

// Saves a picture of the main window showing `view` once `refreshes` refreshes of what that view shows
// (cluster snapshots, or group polls for the groups view) are on screen, then ends the application: exit
// code 0 when saved, 1 when the cluster cannot be reached, the refreshes did not arrive in time or saving
// failed.
class ScreenshotJob : public QObject {
    Q_OBJECT
public:
    ScreenshotJob(MainWindow *window, const QString &file, MainWindow::View view, int refreshes,
                  std::chrono::milliseconds timeout, QObject *parent = nullptr);

    void start();

private:
    void countRefresh();
    void stopListening();
    void capture();
    void finish(int exitCode, const QString &message);

    MainWindow *m_window;
    QString m_file;
    MainWindow::View m_view;
    int m_refreshesLeft;
    QTimer m_timeout;
};

} // namespace partita
