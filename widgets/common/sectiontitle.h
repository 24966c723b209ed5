#pragma once

#include <QLabel>

namespace partita {

// The bold heading above a table on a page, styled alike everywhere.
class SectionTitle : public QLabel {
    Q_OBJECT
public:
    explicit SectionTitle(const QString &text = QString(), QWidget *parent = nullptr);
};

} // namespace partita
