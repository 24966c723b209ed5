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
class QCPItemText;
class QCPItemTracer;
class QCPTextElement;
class QCustomPlot;

namespace partita {

// Charts one consumer group's lag over the hour a LagTracker keeps: the total on top, one line per
// partition below. Lines can be picked out by clicking them or their legend entries, the view zoomed and
// panned with the mouse, and exact values read off a hover tooltip. Redraws at most four times a second,
// and not at all while hidden.
class LagChart : public QWidget {
    Q_OBJECT
public:
    // Tells `tracker` which group it charts, so the tracker prepares that group's series.
    explicit LagChart(LagTracker *tracker, QWidget *parent = nullptr);

    // Charts another tracker's history from now on, e.g. that of a new connection.
    void setTracker(LagTracker *tracker);
    void setGroup(const QString &id);
    QString group() const { return m_group; }
    // Partitions whose lines stand out while the others fade; empty shows all alike.
    void setHighlightedPartitions(const QList<LagKey> &keys);
    // Saves the chart at twice its size on screen, for sharp images in reports.
    bool exportPng(const QString &fileName);

signals:
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
    void rebuildPartitionGraphs(const std::vector<LagKey> &keys);
    void fitToData();
    void applyHighlight();
    void takeSelectionFromPlot();
    void showHover(const QPointF &pos, const QPoint &globalPos);
    void hideHover();
    std::optional<HoverPoint> pointNear(const QPointF &pos) const;
    void followData();
    void exportWithDialog();

    LagTracker *m_tracker;
    QString m_group;
    QCustomPlot *m_plot;
    QCPAxisRect *m_totalRect;
    QCPAxisRect *m_partitionRect;
    QCPGraph *m_totalGraph;
    std::vector<std::pair<LagKey, QCPGraph *>> m_partitionGraphs; // sorted by key
    QList<LagKey> m_highlighted;
    QCPItemTracer *m_tracer;
    QCPItemText *m_emptyText;
    QCPTextElement *m_legendOverflow;
    QTimer m_redrawTimer;
    bool m_stale = false;    // data changed while hidden
    bool m_following = true; // ranges track the data until the user zooms or pans
    bool m_fitting = false;  // fitToData() is moving the ranges, not the user
};

} // namespace partita
