#pragma once

// Reading topics back through the browser's own reader, for tests that check what a topic holds.

#include "messagereader.h"

#include <chrono>
#include <memory>
#include <utility>
#include <vector>

namespace partita::test {

struct Read {
    std::vector<std::pair<int, qint64>> offsets; // (partition, offset) in reading order
    std::vector<MessageBatch::Message> messages;
    std::vector<std::shared_ptr<const MessageBatch>> batches; // keep the messages' bytes alive
    QList<PartitionProgress> progress;
    QString error;
    bool finished = false;
};

// Reads until the reader says it has finished, or `limit` passed.
Read readAll(MessageReader &reader, std::chrono::milliseconds limit = std::chrono::seconds(30));
// Every message of `topic`, from the beginning to the end it has now; only `error` when the read
// cannot start.
Read readWholeTopic(MessageReader &reader, const QString &topic, std::chrono::milliseconds timeout,
                    std::chrono::milliseconds limit = std::chrono::seconds(30));

} // namespace partita::test
