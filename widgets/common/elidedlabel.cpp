#include "elidedlabel.h"

namespace partita {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    // Takes the width it is given instead of widening the window to fit long text.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text) {
    m_fullText = text;
    setToolTip(text);
    elide();
}

// Its own resize, not its parent's: the label also narrows when a neighbour in the layout grows.
void ElidedLabel::resizeEvent(QResizeEvent *event) {
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide() {
    setText(fontMetrics().elidedText(m_fullText, Qt::ElideRight, contentsRect().width()));
}

} // namespace partita
