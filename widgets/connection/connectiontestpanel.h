#pragma once

#include "connectionprobe.h"
#include "connectionsettings.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace partita {

class WorkerThread;

// "Test Connection": runs ConnectionProbe on a worker thread with the settings as entered and shows each
// stage's outcome, the failed one with its reason. A newer test, or new settings, drop an older answer.
class ConnectionTestPanel : public QWidget {
    Q_OBJECT
public:
    using SettingsSource = std::function<ConnectionSettings()>;

    explicit ConnectionTestPanel(SettingsSource settings, QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    void start();
    // Drops the shown report and any answer still to come: the settings changed.
    void clear();
    bool isRunning() const { return m_running; }

signals:
    void finished(const partita::ProbeReport &report);

private:
    void show(const ProbeReport &report);

    SettingsSource m_settings;
    QPushButton *m_button;
    QLabel *m_report;
    std::unique_ptr<WorkerThread> m_thread;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace partita
