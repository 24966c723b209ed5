#pragma once

#include "messagebatch.h"

#include <memory>
#include <vector>

namespace partita {

// The messages the browser holds, copied out of the batches the reader hands over into chunks of a few
// MB each; rows are numbered over the chunks in arrival order. Capped in messages and in message bytes:
// the oldest chunks go whole, so memory is bounded without a per-message cost. A store holds one
// topic's messages.
class MessageStore {
public:
    // Chunk size caps: positions inside a chunk are quint32, and a chunk is the unit of eviction.
    static constexpr qsizetype MaxChunkBytes = qsizetype(2) << 20;
    static constexpr int MaxChunkMessages = 16 * 1024;
    // Chunks are at most about this fraction of a limit (twice that for a shared batch), so eviction
    // takes at most that share at once.
    static constexpr int ChunksPerLimit = 16;

    explicit MessageStore(qint64 maxMessages = 1'000'000, qint64 maxBytes = qint64(1) << 30);

    // Takes effect at the next rowsToEvict(); chunks opened from now on follow the new caps.
    void setLimits(qint64 maxMessages, qint64 maxBytes);
    qint64 maxMessages() const { return m_maxMessages; }
    qint64 maxBytes() const { return m_maxBytes; }

    // Copies every message of `batch` after the rows held: rows rowCount() before the call onwards.
    void append(const MessageBatch &batch);
    // The same, but a batch of about a chunk's size (a quarter to twice the caps) becomes a chunk
    // itself, shared and not copied: a loading reader's batches are, a tailing reader's are not. Give
    // it squeezed (MessageBatch::squeeze()): its reserved room would stay with it.
    void append(const std::shared_ptr<const MessageBatch> &batch);
    // How many of the oldest rows evict() removes to get back within the limits: whole chunks, and
    // never the newest chunk, so a single message above the byte limit stays visible.
    int rowsToEvict() const;
    void evict();
    // Removes every row; row numbers start again at 0, evictedRows() goes on counting.
    void clear();

    int rowCount() const { return int(m_endSerial - m_firstSerial); }
    // Rows removed from the front so far (evicted or cleared): row r is the message appended
    // (evictedRows() + r)-th.
    qint64 evictedRows() const { return m_firstSerial; }
    // Keys, values and headers held, as maxBytes counts them.
    qint64 byteSize() const { return m_bytes; }
    // Heap the store holds for its messages, records and bookkeeping included (the open chunk's
    // reservation too).
    qint64 memoryUsage() const;
    int chunkCount() const { return int(m_chunks.size()) + (m_open.isEmpty() ? 0 : 1); }

    const MessageRecord &record(int row) const;
    std::optional<QByteArrayView> key(int row) const;
    std::optional<QByteArrayView> value(int row) const;
    QList<MessageHeader> headers(int row) const;
    // The rows' messages, copied in the order given, e.g. to write them out as a batch's messages are.
    MessageBatch copy(const QList<int> &rows) const;

    // A row's chunk and its index there, for what takes a batch (the export formats).
    struct Place {
        const MessageBatch *chunk;
        int index;
    };
    Place place(int row) const;

    // A read-only copy that shares every chunk (after closing the one being filled), for reading on
    // another thread while this store goes on.
    MessageStore snapshot();

private:
    using ChunkPtr = std::shared_ptr<const MessageBatch>;
    struct Chunk {
        ChunkPtr messages;
        qint64 firstSerial = 0;
    };
    void appendMessage(const MessageBatch &batch, int index);
    // Seals the chunk being filled and adds `chunk`, whole, after it.
    void appendChunk(ChunkPtr chunk);
    void openChunk(const QString &topic);
    void sealChunk();
    int chunksToEvict() const;
    int rowsOfOldest(int chunks) const;

    qint64 m_maxMessages;
    qint64 m_maxBytes;
    int m_chunkMessages = 0;      // caps of the chunks opened from now on
    qsizetype m_chunkBytes = 0;   // likewise
    std::vector<Chunk> m_chunks;  // sealed, oldest first
    MessageBatch m_open;          // filled by append(), after the sealed chunks
    qsizetype m_openReserved = 0; // bytes reserved for m_open
    qint64 m_openFirstSerial = 0; // serial of m_open's first message
    qint64 m_firstSerial = 0;     // serial of row 0: serials count every message ever appended
    qint64 m_endSerial = 0;       // serial the next message gets
    qint64 m_bytes = 0;
};

} // namespace partita
