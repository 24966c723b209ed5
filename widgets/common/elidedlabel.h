#pragma once

#include <QLabel>

namespace partita {

// A one-line label for text of any length: what does not fit is elided with "…", and the tooltip
// always holds the full text.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace partita
