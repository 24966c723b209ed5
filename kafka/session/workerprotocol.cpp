#include "workerprotocol.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace partita {

namespace {

// Reads exactly `size` bytes, waiting for devices that deliver them piecemeal; false at the end.
bool readExactly(QIODevice *in, qsizetype size, QByteArray *bytes) {
    bytes->resize(size);
    qsizetype have = 0;
    while (have < size) {
        const qint64 got = in->read(bytes->data() + have, size - have);
        if (got < 0)
            return false;
        if (got == 0 && !in->waitForReadyRead(-1) && in->bytesAvailable() == 0)
            return false;
        have += got;
    }
    return true;
}

struct Header {
    quint32 type = 0;
    quint64 id = 0;
    quint32 length = 0;
};

Header parseHeader(const char *data) {
    QDataStream in(QByteArray::fromRawData(data, FrameHeaderSize));
    Header header;
    in >> header.type >> header.id >> header.length;
    return header;
}

QString tooLong(quint32 length) {
    return QCoreApplication::translate("WorkerProcess",
                                       "a frame announced %1 bytes, more than the %2 allowed")
        .arg(length)
        .arg(MaxFramePayload);
}

} // namespace

QByteArray encodeFrame(const Frame &frame) {
    QByteArray bytes;
    bytes.reserve(FrameHeaderSize + frame.payload.size());
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << frame.type << frame.id << quint32(frame.payload.size());
    bytes.append(frame.payload);
    return bytes;
}

void FrameReader::append(const QByteArray &bytes) {
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > qsizetype{64} * 1024 && m_offset > m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset); // taken frames are dropped now and then, not on every frame
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

std::optional<Frame> FrameReader::next() {
    if (!m_error.isEmpty() || m_buffer.size() - m_offset < FrameHeaderSize)
        return std::nullopt;
    const Header header = parseHeader(m_buffer.constData() + m_offset);
    if (header.length > MaxFramePayload) {
        m_error = tooLong(header.length);
        return std::nullopt;
    }
    if (m_buffer.size() - m_offset < FrameHeaderSize + qsizetype(header.length))
        return std::nullopt;
    Frame frame{header.type, header.id, m_buffer.mid(m_offset + FrameHeaderSize, header.length)};
    m_offset += FrameHeaderSize + header.length;
    return frame;
}

bool readFrame(QIODevice *in, Frame *frame, QString *error) {
    error->clear();
    QByteArray header;
    if (!readExactly(in, FrameHeaderSize, &header))
        return false; // the parent closed the pipe: the ordinary end
    const Header parsed = parseHeader(header.constData());
    if (parsed.length > MaxFramePayload) {
        *error = tooLong(parsed.length);
        return false;
    }
    frame->type = parsed.type;
    frame->id = parsed.id;
    if (!readExactly(in, parsed.length, &frame->payload)) {
        *error = QCoreApplication::translate("WorkerProcess", "the input ended inside a frame");
        return false;
    }
    return true;
}

bool writeFrame(QIODevice *out, const Frame &frame) {
    const QByteArray bytes = encodeFrame(frame);
    return out->write(bytes) == bytes.size();
}

int serveWorker(QIODevice *in, QIODevice *out,
                const std::function<WorkerHandler(const QByteArray &)> &setup) {
    Frame frame;
    QString error;
    if (!readFrame(in, &frame, &error)) {
        if (error.isEmpty())
            return 0;
        qCritical("partita-worker: %s", qPrintable(error));
        return 3;
    }
    if (frame.type != InitFrame || frame.id != WorkerProtocolVersion) {
        qCritical("partita-worker: expected an init frame of protocol version %llu, got type %u version %llu",
                  WorkerProtocolVersion, frame.type, frame.id);
        return 3;
    }
    const WorkerHandler handler = setup(frame.payload);
    frame.payload.clear(); // the setup may hold a password: keep it no longer than needed
    while (readFrame(in, &frame, &error)) {
        WorkerAnswer answer;
        if (frame.type < FirstRequestType)
            answer.error =
                QCoreApplication::translate("WorkerProcess", "Unexpected frame of type %1").arg(frame.type);
        else
            answer = handler(frame.type, frame.payload);
        const Frame reply = answer.error.isEmpty() ? Frame{ReplyFrame, frame.id, answer.payload}
                                                   : Frame{FailureFrame, frame.id, answer.error.toUtf8()};
        if (!writeFrame(out, reply))
            return 0; // the parent is gone
    }
    if (error.isEmpty())
        return 0;
    qCritical("partita-worker: %s", qPrintable(error));
    return 3;
}

} // namespace partita
