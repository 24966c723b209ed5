#pragma once

#include <QObject>

class QSocketNotifier;

namespace partita {

// Turns SIGTERM and SIGINT (a desktop logout, Ctrl+C in a terminal) into an ordinary quit through the
// event loop, so settings are saved and the quit deadline applies, instead of dying mid-write. The
// signal handler only writes a byte to a socket pair; the event loop does the rest.
class QuitSignals : public QObject {
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

signals:
    void quitRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace partita
