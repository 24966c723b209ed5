#pragma once

#include <QAbstractListModel>
#include <QByteArray>

namespace partita {

// Bytes as a hex dump, one row per 16 bytes: the offset, the bytes in hex and as ASCII (a dot for any
// other byte), as `hexdump -C` prints them. Rows are formatted only when a view asks for them, so a
// 5 MB value costs no more to show than a short one.
class HexDumpModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int BytesPerRow = 16;

    explicit HexDumpModel(QObject *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    const QByteArray &bytes() const { return m_bytes; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // One row's text: "00000010  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a              |hello world.|".
    static QString rowText(const QByteArray &bytes, int row);

private:
    QByteArray m_bytes;
};

} // namespace partita
