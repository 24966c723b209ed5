#include "sectiontitle.h"

namespace partita {

SectionTitle::SectionTitle(const QString &text, QWidget *parent)
    : QLabel(text, parent) {
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

} // namespace partita
