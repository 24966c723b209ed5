#include "jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace partita {

namespace {

bool isNumberChar(QChar c) {
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.') ||
           c == QLatin1Char('e') || c == QLatin1Char('E');
}

} // namespace

JsonHighlighter::JsonHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent) {
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette) {
    // Hues that stay apart for most colour vision; dark text on a light base, light text on a dark one.
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    const auto colour = [darkBase](int hue) { return QColor::fromHsl(hue, 160, darkBase ? 175 : 80); };
    m_key.setForeground(colour(210));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(colour(120));
    m_number.setForeground(colour(25));
    m_literal.setForeground(colour(285));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text) {
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < size && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, size);
            qsizetype next = end;
            while (next < size && text.at(next).isSpace())
                ++next;
            const bool key = next < size && text.at(next) == QLatin1Char(':');
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < size && isNumberChar(text.at(end)))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < size && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).sliced(i, end - i);
            if (word == QLatin1String("true") || word == QLatin1String("false") ||
                word == QLatin1String("null"))
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace partita
