#pragma once

#include "messagebatch.h"

#include <QCoreApplication>

class QIODevice;

namespace partita {

enum class ExportFormat { JsonLines, Csv };

// Writes messages to a device in one of messageformat's formats (the CSV header first), counting them
// and keeping the device's first write error. The output of `partita-cli consume` and of the Messages
// view's exports.
class MessageWriter {
    Q_DECLARE_TR_FUNCTIONS(MessageWriter)

public:
    MessageWriter(QIODevice *device, ExportFormat format);

    // False once a write failed; errorString() says why.
    bool write(const MessageBatch &batch, int index);
    bool write(const MessageBatch &batch);
    qint64 written() const { return m_written; }
    QString errorString() const { return m_error; }

private:
    bool startOutput();
    bool put(const QByteArray &bytes);

    QIODevice *m_device;
    ExportFormat m_format;
    bool m_started = false;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace partita
