#include "payloadview.h"

#include "jsonhighlighter.h"
#include "statuscolors.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace partita {

namespace {

// Measured with Qt 6.4 on 5 MB of text: QPlainTextEdit takes 50 ms for lines of 1000 characters,
// 600 ms for lines of 50 and 20 s for a single line, so
// - lines longer than MaxLineLength are broken (a view would wrap them anyway);
// - "Show all" adds text of more than PieceLength characters one piece per event-loop turn (about
//   30 ms each), so the view stays responsive while a large value fills in;
// - JSON above IndentLimit bytes is shown as written, not indented: indenting 5 MB adds a line per
//   token, which is several times the text to lay out, all on the GUI thread;
// - only text up to HighlightLimit characters is coloured: QSyntaxHighlighter colours the whole
//   document at once.
constexpr qsizetype MaxLineLength = 1000;
constexpr qsizetype PieceLength = 64 * 1024;
constexpr qsizetype IndentLimit = 1024 * 1024;
constexpr qsizetype HighlightLimit = 256 * 1024;

QString withShortLines(const QString &text) {
    QString out;
    out.reserve(text.size() + text.size() / MaxLineLength);
    qsizetype lineLength = 0;
    for (const QChar c : text) {
        // Never between the halves of a surrogate pair.
        if (lineLength >= MaxLineLength && !c.isLowSurrogate()) {
            out += QLatin1Char('\n');
            lineLength = 0;
        }
        out += c;
        lineLength = c == QLatin1Char('\n') ? 0 : lineLength + 1;
    }
    return out;
}

QString sizeText(qsizetype bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

PayloadView::PayloadView(QWidget *parent)
    : QWidget(parent)
    , m_info(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all"), this))
    , m_text(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(this)) {
    m_info->setObjectName(QStringLiteral("payloadInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line, kept: a word-wrapped label emptied and filled again had no height left for its text.
    m_info->setMinimumHeight(m_info->fontMetrics().height());
    m_showAll->setObjectName(QStringLiteral("showAll"));
    m_showAll->hide();
    m_text->setObjectName(QStringLiteral("payloadText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setPalette(m_text->palette());
    m_loading.setInterval(0);

    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(m_info, 1);
    infoRow->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(infoRow);
    layout->addWidget(m_text, 1);

    connect(m_showAll, &QPushButton::clicked, this, &PayloadView::showAll);
    connect(&m_loading, &QTimer::timeout, this, &PayloadView::appendNextPiece);
}

void PayloadView::setPayload(const std::optional<QByteArray> &bytes, bool isKey,
                             const std::optional<QByteArray> &key, const QString &nullText) {
    m_bytes = bytes;
    m_isKey = isKey;
    m_key = key;
    m_text->setPlaceholderText(nullText);
    render();
}

void PayloadView::setDecoder(Decoder decoder) {
    if (decoder == m_decoder)
        return;
    m_decoder = decoder;
    render();
}

void PayloadView::clear() {
    m_bytes.reset();
    m_key.reset();
    m_text->setPlaceholderText(QString());
    render();
}

void PayloadView::render() {
    m_loading.stop();
    m_showAll->hide();
    m_info->setStyleSheet(QString());
    if (!m_bytes) {
        m_info->clear();
        setText(QString(), false);
        return;
    }
    const DecodedPayload decoded = decodePayload(payload(), m_decoder, ShownBytes);
    m_shownDecoder = decoded.decoder;
    if (!decoded.error.isEmpty()) {
        m_info->setText(decoded.error);
        m_info->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(StatusColors::critical().name()));
        setText(QString(), false);
        return;
    }
    QString info = tr("%1, %2").arg(decoderName(decoded.decoder), sizeText(m_bytes->size()));
    if (decoded.shownBytes < m_bytes->size()) {
        info += tr(": the first %1 shown").arg(sizeText(decoded.shownBytes));
        m_showAll->show();
    }
    m_info->setText(info);
    setText(decoded.text, decoded.isJson());
}

void PayloadView::showAll() {
    m_showAll->hide();
    const bool asWritten = m_shownDecoder == Decoder::Json && m_bytes->size() > IndentLimit;
    const DecodedPayload decoded =
        decodePayload(payload(), asWritten ? Decoder::Text : m_shownDecoder, m_bytes->size());
    QString info = tr("%1, %2").arg(decoderName(m_shownDecoder), sizeText(m_bytes->size()));
    if (asWritten)
        info += tr(": as written, since JSON this large is not indented");
    m_info->setText(info);
    setText(decoded.text, decoded.isJson());
}

Payload PayloadView::payload() const {
    return {*m_bytes, m_isKey, m_key ? std::optional<QByteArrayView>(*m_key) : std::nullopt};
}

void PayloadView::setText(const QString &text, bool json) {
    m_loading.stop();
    const QString shown = withShortLines(text);
    // Coloured as it is added: detached, the highlighter does not colour the whole text at once.
    m_highlighter->setDocument(json && shown.size() <= HighlightLimit ? m_text->document() : nullptr);
    if (shown.size() <= PieceLength) {
        m_text->setPlainText(shown);
        return;
    }
    m_text->clear();
    m_pending = shown;
    m_added = 0;
    appendNextPiece();
    m_loading.start();
}

void PayloadView::appendNextPiece() {
    qsizetype size = std::min(PieceLength, m_pending.size() - m_added);
    if (m_pending.at(m_added + size - 1).isHighSurrogate())
        --size;
    QTextCursor end(m_text->document());
    end.movePosition(QTextCursor::End);
    end.insertText(QStringView(m_pending).sliced(m_added, size).toString());
    m_added += size;
    if (m_added >= m_pending.size()) {
        m_loading.stop();
        m_pending.clear();
    }
}

} // namespace partita
