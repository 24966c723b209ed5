#include "messagewriter.h"

#include "messageformat.h"

#include <QIODevice>

namespace partita {

MessageWriter::MessageWriter(QIODevice *device, ExportFormat format)
    : m_device(device)
    , m_format(format) {}

bool MessageWriter::write(const MessageBatch &batch, int index) {
    if (!startOutput() || !put(m_format == ExportFormat::Csv ? messageformat::csvRow(batch, index)
                                                             : messageformat::jsonLine(batch, index)))
        return false;
    ++m_written;
    return true;
}

bool MessageWriter::write(const MessageBatch &batch) {
    if (!startOutput())
        return false;
    for (int i = 0; i < batch.size(); ++i) {
        if (!write(batch, i))
            return false;
    }
    return true;
}

// The CSV header goes out with the first write, so that nothing is written before there is a result.
bool MessageWriter::startOutput() {
    if (m_started)
        return m_error.isEmpty();
    m_started = true;
    return m_format != ExportFormat::Csv || put(messageformat::csvHeader());
}

bool MessageWriter::put(const QByteArray &bytes) {
    if (!m_error.isEmpty())
        return false;
    if (m_device->write(bytes) == bytes.size())
        return true;
    m_error = tr("Cannot write: %1").arg(m_device->errorString());
    return false;
}

} // namespace partita
