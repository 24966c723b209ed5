#pragma once

#include "messagedecoder.h"

#include <QByteArray>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace partita {

class JsonHighlighter;

// A message's key or value as its decoder shows it, read-only: a line that names the decoder and the
// size (or why the bytes cannot be decoded), and the text, of the first ShownBytes only, with "Show
// all" for the rest. JSON is coloured while it is short enough to colour at once.
class PayloadView : public QWidget {
    Q_OBJECT
public:
    static constexpr qsizetype ShownBytes = 64 * 1024;

    explicit PayloadView(QWidget *parent = nullptr);

    // A key (`isKey`) or a value with its message's key; nullopt bytes: null, shown as `nullText`.
    void setPayload(const std::optional<QByteArray> &bytes, bool isKey, const std::optional<QByteArray> &key,
                    const QString &nullText);
    void setDecoder(Decoder decoder);
    void clear();
    // The rest of the text is still being added after "Show all".
    bool isLoading() const { return m_loading.isActive(); }

private:
    Payload payload() const;
    void render();
    void showAll();
    void setText(const QString &text, bool json);
    void appendNextPiece();

    QLabel *m_info;
    QPushButton *m_showAll;
    QPlainTextEdit *m_text;
    JsonHighlighter *m_highlighter;
    QTimer m_loading; // adds the text of "Show all" piece by piece
    std::optional<QByteArray> m_bytes;
    std::optional<QByteArray> m_key;
    bool m_isKey = false;
    Decoder m_decoder = Decoder::Auto;
    Decoder m_shownDecoder = Decoder::Text; // m_decoder with Auto resolved, for "Show all"
    QString m_pending;                      // the text still to add
    qsizetype m_added = 0;
};

} // namespace partita
