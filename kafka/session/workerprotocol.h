#pragma once

// The pipe protocol between WorkerProcess (parent) and a helper process (partita-worker). Both
// directions carry frames and nothing else; a frame is a 16-byte big-endian header, then the payload:
//
//   quint32 type   FrameType, or a request type of the role (>= FirstRequestType)
//   quint64 id     the request's id; in the Init frame the protocol version
//   quint32 length payload bytes that follow (at most MaxFramePayload)
//
// The parent sends one Init frame first (the role's setup, e.g. connection settings), then requests,
// one at a time. The helper answers each with a Reply or a Failure frame carrying the request's id.

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace partita {

enum FrameType : quint32 {
    InitFrame = 1,    // parent -> helper, first and once; payload: the role's setup
    ReplyFrame = 2,   // helper -> parent; payload: the role's answer
    FailureFrame = 3, // helper -> parent; payload: UTF-8 text saying why there is no answer
    FirstRequestType = 16,
};

constexpr quint64 WorkerProtocolVersion = 1;
constexpr int FrameHeaderSize = 16;
constexpr quint32 MaxFramePayload = 512u * 1024 * 1024;

struct Frame {
    quint32 type = 0;
    quint64 id = 0;
    QByteArray payload;
};

QByteArray encodeFrame(const Frame &frame);

// Splits a byte stream into frames as it arrives (the parent's non-blocking side).
class FrameReader {
public:
    void append(const QByteArray &bytes);
    // The next complete frame, or nullopt when more bytes are needed or the stream is broken; then
    // error() says why and the reader stays broken.
    std::optional<Frame> next();
    QString error() const { return m_error; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0; // bytes of m_buffer already taken
    QString m_error;
};

// Blocking, for the helper: reads one whole frame. Returns false at the end of input (`error` empty)
// or on a broken stream (`error` says why).
bool readFrame(QIODevice *in, Frame *frame, QString *error);
bool writeFrame(QIODevice *out, const Frame &frame);

// A helper's answer to one request: `error` non-empty makes it a Failure frame.
struct WorkerAnswer {
    QByteArray payload;
    QString error;
};
using WorkerHandler = std::function<WorkerAnswer(quint32 type, const QByteArray &payload)>;

// The helper's serve loop: reads the Init frame, passes its payload to `setup`, which returns the
// handler of requests, then answers requests one at a time until the input ends (the parent is gone).
// Returns the process exit code: 0 when the input ended, 3 on a broken stream or protocol mismatch.
int serveWorker(QIODevice *in, QIODevice *out, const std::function<WorkerHandler(const QByteArray &)> &setup);

} // namespace partita
