#pragma once

#include "lagtracker.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPTextElement;
class QComboBox;
class QCustomPlot;

namespace partita {

// Charts one consumer group's lag over the hour a LagTracker keeps: the total on top, below one line per
// partition, or for groups with many partitions the ones lagging most plus one line for all others.
// Lines can be picked out by clicking them or their legend entries, the view zoomed (in time; Ctrl for
// the lag axis) and panned with the mouse, and exact values read off a hover tooltip. Redraws at most
// four times a second, and not at all while hidden.
class LagChart : public QWidget {
    Q_OBJECT
public:
    // Tells `tracker` which group it charts, so the tracker prepares that group's series.
    explicit LagChart(LagTracker *tracker, QWidget *parent = nullptr);

    // Charts another tracker's history from now on, e.g. that of a new connection.
    void setTracker(LagTracker *tracker);
    void setGroup(const QString &id);
    QString group() const { return m_group; }
    // Names the cluster in the title of exported images.
    void setClusterName(const QString &name) { m_clusterName = name; }
    // The title an exported image carries: group, cluster and the time range shown.
    QString exportTitle() const;
    // Partitions whose lines stand out while the others fade; empty shows all alike.
    void setHighlightedPartitions(const QList<LagKey> &keys);
    // Saves the chart at twice its size on screen, for sharp images in reports, with exportTitle() above.
    bool exportPng(const QString &fileName);

    // Events marked on the time axis, for tests.
    int eventMarkCount() const;

signals:
    // The user dragged out a time range with Shift held: show its events.
    void timeRangeSelected(qint64 fromMs, qint64 toMs);
    // The user picked lines in the chart or its legend; empty when they cleared the choice.
    void partitionsClicked(const QList<LagKey> &keys);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HoverPoint {
        QCPGraph *graph;
        double key;
        double value;
    };

    void scheduleRedraw();
    void redraw();
    void updateData();
    // The partitions that get a line of their own: all of them, or the MaxLines lagging most and the
    // highlighted ones.
    std::vector<LagKey> chartedKeys(const std::vector<LagKey> &keys) const;
    void rebuildPartitionGraphs(const std::vector<LagKey> &keys, int partitionCount);
    void updateOthers(int partitionCount);
    void fitAxisText();
    void fitToData();
    void updateEventMarks(const std::vector<LagKey> &keys);
    void applyHighlight();
    void takeSelectionFromPlot();
    void showHover(const QPointF &pos, const QPoint &globalPos);
    void hideHover();
    std::optional<HoverPoint> pointNear(const QPointF &pos) const;
    void followData();
    void exportWithDialog();

    LagTracker *m_tracker;
    QString m_group;
    QString m_clusterName;
    QCustomPlot *m_plot;
    QCPAxisRect *m_totalRect;
    QCPAxisRect *m_partitionRect;
    QCPGraph *m_totalGraph;
    QCPGraph *m_othersGraph; // the partitions without a line of their own, summed
    std::vector<std::pair<LagKey, QCPGraph *>> m_partitionGraphs; // sorted by key
    int m_partitionCount = 0;                                     // of the group, charted or not
    QList<LagKey> m_highlighted;
    QCPItemTracer *m_tracer;
    QCPItemText *m_emptyText;
    std::vector<QCPItemStraightLine *> m_eventMarks; // two per event, one in each panel
    QCPTextElement *m_legendOverflow;
    QComboBox *m_spanCombo;
    QTimer m_redrawTimer;
    bool m_stale = false;    // data changed while hidden
    bool m_following = true; // ranges track the data until the user zooms or pans
    bool m_fitting = false;  // fitToData() is moving the ranges, not the user
};

} // namespace partita
