#include "readback.h"

namespace partita::test {

Read readAll(MessageReader &reader, std::chrono::milliseconds limit) {
    Read read;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!read.finished && std::chrono::steady_clock::now() < deadline) {
        const ReadResult result = reader.read(1000, std::chrono::milliseconds(500));
        for (int i = 0; i < result.batch->size(); ++i) {
            const MessageRecord &record = result.batch->record(i);
            read.offsets.emplace_back(record.partition, record.offset);
            MessageBatch::Message message;
            message.partition = record.partition;
            message.offset = record.offset;
            message.timestamp = record.timestamp;
            message.timestampType = record.timestampType;
            message.key = result.batch->key(i);
            message.value = result.batch->value(i);
            message.headers = result.batch->headers(i);
            read.messages.push_back(message);
        }
        read.batches.push_back(result.batch);
        read.progress = result.progress;
        read.error = result.error;
        read.finished = result.finished;
    }
    return read;
}

Read readWholeTopic(MessageReader &reader, const QString &topic, std::chrono::milliseconds timeout,
                    std::chrono::milliseconds limit) {
    BrowseRequest request;
    request.topic = topic;
    const QString problem = reader.start(request, timeout);
    if (!problem.isEmpty()) {
        Read failed;
        failed.error = problem;
        return failed;
    }
    return readAll(reader, limit);
}

} // namespace partita::test
