#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace partita {

// Colours JSON text line by line: object keys, strings, numbers and the literals true, false and null.
// A line is read on its own, which fits JSON indented one token per line (a string cannot hold a
// raw line break). The colours follow the palette's base, so they read on light and dark themes.
class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit JsonHighlighter(QObject *parent = nullptr);

    // Picks the colours again for a palette, e.g. after a change of theme.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace partita
