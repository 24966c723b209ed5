#pragma once

#include "clustersnapshot.h"
#include "connectionstate.h"

#include <QDateTime>
#include <QLabel>
#include <QTimer>

namespace partita {

// Warns above the pages, while the cluster cannot be reached, that what they show is the last snapshot
// that arrived and how old it is. Hidden otherwise.
class StaleBanner : public QLabel {
    Q_OBJECT
public:
    explicit StaleBanner(QWidget *parent = nullptr);

    // `shown` is the snapshot on the pages, nullptr when they show none.
    void setConnectionState(ConnectionState state, const QString &message, const ClusterSnapshotPtr &shown);

private:
    void updateText();

    QDateTime m_failedSince; // when the current run of failed polls began; invalid while polls succeed
    QString m_reason;
    ClusterSnapshotPtr m_shown;
    QTimer m_ageTimer;
};

} // namespace partita
