#include "hexdumpmodel.h"

#include "messagetext.h"

namespace partita {

HexDumpModel::HexDumpModel(QObject *parent)
    : QAbstractListModel(parent) {}

void HexDumpModel::setBytes(const QByteArray &bytes) {
    beginResetModel();
    m_bytes = bytes;
    endResetModel();
}

int HexDumpModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int((m_bytes.size() + BytesPerRow - 1) / BytesPerRow);
}

QVariant HexDumpModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    return rowText(m_bytes, index.row());
}

QString HexDumpModel::rowText(const QByteArray &bytes, int row) {
    const qsizetype first = qsizetype(row) * BytesPerRow;
    const qsizetype count = std::min<qsizetype>(BytesPerRow, bytes.size() - first);
    QString text = QStringLiteral("%1  ").arg(first, 8, 16, QLatin1Char('0'));
    QString ascii;
    for (int i = 0; i < BytesPerRow; ++i) {
        if (i == BytesPerRow / 2)
            text += QLatin1Char(' ');
        if (i >= count) {
            text += QLatin1String("   ");
            continue;
        }
        const auto byte = quint8(bytes.at(first + i));
        appendHex(text, byte);
        text += QLatin1Char(' ');
        ascii += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
    }
    return text + QLatin1String(" |") + ascii + QLatin1Char('|');
}

} // namespace partita
