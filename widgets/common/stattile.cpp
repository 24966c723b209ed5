#include "stattile.h"

#include "statuscolors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace partita {

namespace {

QString valueStyle(StatTile::Severity severity) {
    switch (severity) {
    case StatTile::Severity::Normal:
        return QString();
    case StatTile::Severity::Warning:
        return QStringLiteral("QLabel { color: %1; }").arg(StatusColors::warning().name());
    case StatTile::Severity::Critical:
        return QStringLiteral("QLabel { color: %1; }").arg(StatusColors::critical().name());
    }
    return {};
}

QString tileStyle(StatTile::Severity severity) {
    switch (severity) {
    case StatTile::Severity::Normal:
        return QStringLiteral("partita--StatTile { border: 1px solid palette(mid); border-radius: 6px;"
                              " background: palette(base); }");
    case StatTile::Severity::Warning:
        return QStringLiteral(
                   "partita--StatTile { border: 1px solid %1; border-radius: 6px; background: %2; }")
            .arg(StatusColors::warningBorder().name(), StatusColors::warningBackground().name());
    case StatTile::Severity::Critical:
        return QStringLiteral(
                   "partita--StatTile { border: 1px solid %1; border-radius: 6px; background: %2; }")
            .arg(StatusColors::criticalBorder().name(), StatusColors::criticalBackground().name());
    }
    return {};
}

} // namespace

StatTile::StatTile(const QString &caption, const QString &valueObjectName, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this)) {
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_value->setObjectName(valueObjectName);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.5);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    // A long value (a date and time, a cluster id) wraps rather than widening the page in a small window.
    m_value->setWordWrap(true);
    m_detail->setObjectName(valueObjectName + QStringLiteral("Detail"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(captionLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    // A tile beside a taller one (with a detail) keeps its text at the top; a stretch would make
    // every tile, and so the whole grid, claim the page's height.
    layout->setAlignment(Qt::AlignTop);
    clear();
}

void StatTile::setValue(const QString &text, Severity severity) {
    m_value->setText(text);
    // Restyling is costly and the severity rarely changes between refreshes.
    if (styleSheet() == tileStyle(severity))
        return;
    m_value->setStyleSheet(valueStyle(severity));
    setStyleSheet(tileStyle(severity));
}

void StatTile::setDetail(const QString &text) {
    m_detail->setText(text);
    m_detail->setVisible(!text.isEmpty());
}

void StatTile::clear() {
    setValue(QStringLiteral("\u2014"));
}

QString StatTile::value() const {
    return m_value->text();
}

QString StatTile::detail() const {
    return m_detail->text();
}

} // namespace partita
