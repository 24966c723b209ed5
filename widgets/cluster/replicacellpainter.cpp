#include "replicacellpainter.h"

#include "statuscolors.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace partita {

namespace {

const QColor LeaderFill(0x1d, 0x4e, 0xd8);
const QColor InSyncFill(0xbf, 0xdb, 0xfe);
const QColor InSyncBorder(0x60, 0xa5, 0xfa);
const QColor OutOfSyncFill(0xff, 0xed, 0xd5);
const QColor OutOfSyncAccent = StatusColors::warning();
const QColor OfflineFill(0xe5, 0xe7, 0xeb);
const QColor OfflineAccent = StatusColors::critical();

// A small three-pointed crown; it marks the leader even for readers who cannot tell the colours apart.
void paintCrown(QPainter *painter, const QRectF &box) {
    QPainterPath crown;
    crown.moveTo(box.left(), box.bottom());
    crown.lineTo(box.left(), box.top() + box.height() * 0.3);
    crown.lineTo(box.left() + box.width() * 0.3, box.top() + box.height() * 0.6);
    crown.lineTo(box.center().x(), box.top());
    crown.lineTo(box.right() - box.width() * 0.3, box.top() + box.height() * 0.6);
    crown.lineTo(box.right(), box.top() + box.height() * 0.3);
    crown.lineTo(box.right(), box.bottom());
    crown.closeSubpath();
    painter->fillPath(crown, Qt::white);
}

void paintLabel(QPainter *painter, const QRectF &rect, const QString &text, const QColor &color) {
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(rect, Qt::AlignCenter, text);
}

void paintLeader(QPainter *painter, const QRectF &cell) {
    painter->setPen(Qt::NoPen);
    painter->setBrush(LeaderFill);
    painter->drawRoundedRect(cell, 3, 3);

    const qreal crownHeight = std::min(cell.height() * 0.45, 8.0);
    const QRectF crownBox(0, 0, crownHeight * 1.4, crownHeight);
    const QString label = QStringLiteral("L");
    const qreal labelWidth = painter->fontMetrics().horizontalAdvance(label) + 2;
    const qreal gap = 3;
    const qreal totalWidth = crownBox.width() + gap + labelWidth;
    if (cell.width() < totalWidth + 4) {
        paintLabel(painter, cell, label, Qt::white);
        return;
    }
    const qreal left = cell.center().x() - totalWidth / 2;
    paintCrown(painter, crownBox.translated(left, cell.center().y() - crownHeight / 2 - 0.5));
    paintLabel(painter, QRectF(left + crownBox.width() + gap, cell.top(), labelWidth, cell.height()), label,
               Qt::white);
}

void paintInSync(QPainter *painter, const QRectF &cell) {
    painter->setPen(QPen(InSyncBorder, 1));
    painter->setBrush(InSyncFill);
    painter->drawRoundedRect(cell, 3, 3);
    paintLabel(painter, cell, QStringLiteral("F"), LeaderFill);
}

void paintOutOfSync(QPainter *painter, const QRectF &cell) {
    painter->setPen(QPen(OutOfSyncAccent, 1.5));
    painter->setBrush(OutOfSyncFill);
    painter->drawRoundedRect(cell, 3, 3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QBrush(OutOfSyncAccent, Qt::BDiagPattern));
    painter->drawRoundedRect(cell, 3, 3);
    paintLabel(painter, cell, QStringLiteral("F"), OutOfSyncAccent.darker(130));
}

void paintOffline(QPainter *painter, const QRectF &cell) {
    painter->setPen(QPen(OfflineAccent, 1));
    painter->setBrush(OfflineFill);
    painter->drawRoundedRect(cell, 3, 3);

    const qreal arm = std::min(cell.height(), cell.width()) * 0.22;
    const QPointF c = cell.center();
    painter->setPen(QPen(OfflineAccent, 2, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(c + QPointF(-arm, -arm), c + QPointF(arm, arm));
    painter->drawLine(c + QPointF(-arm, arm), c + QPointF(arm, -arm));
}

} // namespace

void ReplicaCellPainter::paint(QPainter *painter, const QRectF &rect, ReplicaState state) {
    if (state == ReplicaState::NotAReplica)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF cell = rect.adjusted(2.5, 2.5, -2.5, -2.5);
    switch (state) {
    case ReplicaState::Leader:
        paintLeader(painter, cell);
        break;
    case ReplicaState::InSyncFollower:
        paintInSync(painter, cell);
        break;
    case ReplicaState::OutOfSyncFollower:
        paintOutOfSync(painter, cell);
        break;
    case ReplicaState::Offline:
        paintOffline(painter, cell);
        break;
    case ReplicaState::NotAReplica:
        break;
    }
    painter->restore();
}

QString ReplicaCellPainter::description(ReplicaState state) {
    switch (state) {
    case ReplicaState::NotAReplica:
        return QCoreApplication::translate("ReplicaCellPainter", "Not a replica");
    case ReplicaState::Leader:
        return QCoreApplication::translate("ReplicaCellPainter", "Leader");
    case ReplicaState::InSyncFollower:
        return QCoreApplication::translate("ReplicaCellPainter", "In-sync follower");
    case ReplicaState::OutOfSyncFollower:
        return QCoreApplication::translate("ReplicaCellPainter", "Out-of-sync follower");
    case ReplicaState::Offline:
        return QCoreApplication::translate("ReplicaCellPainter", "Offline replica");
    }
    return {};
}

} // namespace partita
