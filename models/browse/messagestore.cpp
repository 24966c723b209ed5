#include "messagestore.h"

#include <algorithm>
#include <limits>

namespace partita {

namespace {

// make_shared's control block, the buffers' allocation headers and allocator rounding, about.
constexpr qint64 ChunkBookkeeping = qint64(sizeof(MessageBatch)) + 64;

// A chunk's heap, reserved room included.
qint64 chunkMemory(const MessageBatch &chunk) {
    return ChunkBookkeeping + qint64(chunk.records().capacity()) * qint64(sizeof(MessageRecord)) +
           chunk.byteCapacity();
}

// A message's bytes in a batch: key, value and headers as the batch encodes them.
qsizetype bytesOf(const MessageRecord &record) {
    return qsizetype(std::max(record.keySize, 0)) + std::max(record.valueSize, 0) +
           qsizetype(record.headersSize);
}

} // namespace

MessageStore::MessageStore(qint64 maxMessages, qint64 maxBytes) {
    setLimits(maxMessages, maxBytes);
}

void MessageStore::setLimits(qint64 maxMessages, qint64 maxBytes) {
    m_maxMessages = std::clamp<qint64>(maxMessages, 1, std::numeric_limits<int>::max());
    m_maxBytes = std::max<qint64>(maxBytes, 1);
    m_chunkMessages = int(std::clamp<qint64>(m_maxMessages / ChunksPerLimit, 1, MaxChunkMessages));
    m_chunkBytes = qsizetype(std::clamp<qint64>(m_maxBytes / ChunksPerLimit, 1, MaxChunkBytes));
    // The chunk being filled was sized for the old caps.
    sealChunk();
}

void MessageStore::append(const MessageBatch &batch) {
    for (int i = 0; i < batch.size(); ++i)
        appendMessage(batch, i);
}

void MessageStore::append(const std::shared_ptr<const MessageBatch> &batch) {
    // At least a quarter of a chunk's caps, so that shared batches never make chunks much smaller
    // than copied ones would be; at most twice them, so that eviction stays about as fine.
    const bool chunkSized = (batch->size() >= m_chunkMessages / 4 || batch->byteSize() >= m_chunkBytes / 4) &&
                            batch->size() <= 2 * m_chunkMessages && batch->byteSize() <= 2 * m_chunkBytes;
    if (!chunkSized || batch->isEmpty()) {
        append(*batch);
        return;
    }
    appendChunk(batch);
}

void MessageStore::appendChunk(ChunkPtr chunk) {
    sealChunk();
    const qint64 firstSerial = m_endSerial;
    m_endSerial += chunk->size();
    m_openFirstSerial = m_endSerial;
    m_bytes += chunk->byteSize();
    m_chunks.push_back({std::move(chunk), firstSerial});
}

void MessageStore::appendMessage(const MessageBatch &batch, int index) {
    const qsizetype size = bytesOf(batch.record(index));
    if (size > m_chunkBytes) {
        // Too large to share a chunk: it gets one of its own, of its exact size.
        MessageBatch single(batch.topic());
        single.reserve(1, size);
        single.append(batch, index);
        appendChunk(std::make_shared<const MessageBatch>(std::move(single)));
        return;
    }
    if (!m_open.isEmpty() && (m_open.size() >= m_chunkMessages || m_open.byteSize() + size > m_openReserved))
        sealChunk();
    if (m_openReserved == 0)
        openChunk(batch.topic());
    m_open.append(batch, index);
    ++m_endSerial;
    m_bytes += size;
}

void MessageStore::openChunk(const QString &topic) {
    m_open = MessageBatch(topic);
    // Reserved whole, so filling it never moves it; sealing gives back what was not used.
    m_open.reserve(m_chunkMessages, m_chunkBytes);
    m_openReserved = m_chunkBytes;
    m_openFirstSerial = m_endSerial;
}

void MessageStore::sealChunk() {
    if (!m_open.isEmpty()) {
        m_open.squeeze();
        m_chunks.push_back({std::make_shared<const MessageBatch>(std::move(m_open)), m_openFirstSerial});
    }
    m_open = MessageBatch();
    m_openReserved = 0;
    m_openFirstSerial = m_endSerial;
}

int MessageStore::chunksToEvict() const {
    // The newest chunk holding rows stays.
    const int evictable = int(m_chunks.size()) - (m_open.isEmpty() ? 1 : 0);
    qint64 rows = rowCount();
    qint64 bytes = m_bytes;
    int chunks = 0;
    for (; chunks < evictable && (rows > m_maxMessages || bytes > m_maxBytes); ++chunks) {
        rows -= m_chunks[size_t(chunks)].messages->size();
        bytes -= m_chunks[size_t(chunks)].messages->byteSize();
    }
    return chunks;
}

int MessageStore::rowsOfOldest(int chunks) const {
    const qint64 keptFrom =
        size_t(chunks) < m_chunks.size() ? m_chunks[size_t(chunks)].firstSerial : m_openFirstSerial;
    return int(keptFrom - m_firstSerial);
}

int MessageStore::rowsToEvict() const {
    return rowsOfOldest(chunksToEvict());
}

void MessageStore::evict() {
    const int chunks = chunksToEvict();
    m_firstSerial += rowsOfOldest(chunks);
    const auto evicted = m_chunks.begin() + chunks;
    for (auto chunk = m_chunks.begin(); chunk != evicted; ++chunk)
        m_bytes -= chunk->messages->byteSize();
    m_chunks.erase(m_chunks.begin(), evicted);
}

void MessageStore::clear() {
    m_chunks.clear();
    m_open = MessageBatch();
    m_openReserved = 0;
    m_firstSerial = m_endSerial;
    m_openFirstSerial = m_endSerial;
    m_bytes = 0;
}

qint64 MessageStore::memoryUsage() const {
    qint64 usage = qint64(m_chunks.capacity()) * qint64(sizeof(Chunk));
    for (const Chunk &chunk : m_chunks)
        usage += chunkMemory(*chunk.messages);
    if (m_openReserved > 0)
        usage += chunkMemory(m_open);
    return usage;
}

MessageStore::Place MessageStore::place(int row) const {
    const qint64 serial = m_firstSerial + row;
    if (!m_open.isEmpty() && serial >= m_openFirstSerial)
        return {&m_open, int(serial - m_openFirstSerial)};
    const auto after = std::upper_bound(m_chunks.begin(), m_chunks.end(), serial,
                                        [](qint64 s, const Chunk &chunk) { return s < chunk.firstSerial; });
    const Chunk &chunk = *(after - 1);
    return {chunk.messages.get(), int(serial - chunk.firstSerial)};
}

const MessageRecord &MessageStore::record(int row) const {
    const Place p = place(row);
    return p.chunk->record(p.index);
}

std::optional<QByteArrayView> MessageStore::key(int row) const {
    const Place p = place(row);
    return p.chunk->key(p.index);
}

std::optional<QByteArrayView> MessageStore::value(int row) const {
    const Place p = place(row);
    return p.chunk->value(p.index);
}

QList<MessageHeader> MessageStore::headers(int row) const {
    const Place p = place(row);
    return p.chunk->headers(p.index);
}

MessageBatch MessageStore::copy(const QList<int> &rows) const {
    MessageBatch batch(rows.isEmpty() ? QString() : place(rows.front()).chunk->topic());
    for (const int row : rows) {
        const Place p = place(row);
        batch.append(*p.chunk, p.index);
    }
    return batch;
}

MessageStore MessageStore::snapshot() {
    sealChunk();
    return *this;
}

} // namespace partita
