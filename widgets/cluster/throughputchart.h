#pragma once

#include "throughput.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QCPGraph;
class QCustomPlot;
class QLabel;

namespace partita {

class LagTracker;

// One topic's messages per second over the lasting history (the chart span of the session's
// LagTracker), read on the tracker's thread and redrawn when the answer comes.
class ThroughputChart : public QWidget {
    Q_OBJECT
public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    // The history to chart from; nullptr, or a tracker that is gone, shows nothing.
    void setTracker(LagTracker *tracker);
    void setTopic(const QString &topic);
    // Asks for the topic's throughput again, e.g. after a new snapshot.
    void refresh();

private:
    void show(const QString &topic, const std::vector<RatePoint> &points);

    QPointer<LagTracker> m_tracker;
    QString m_topic;
    QLabel *m_title;
    QCustomPlot *m_plot;
    QCPGraph *m_graph;
};

} // namespace partita
