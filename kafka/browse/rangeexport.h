#pragma once

#include "messagereader.h"
#include "messagewriter.h"

#include <atomic>
#include <functional>

namespace partita {

// How an export of a range read from the cluster ended.
struct RangeExportOutcome {
    enum class Result {
        Finished,    // the stop condition was reached: everything in range was written
        CannotStart, // `error` says why the range could not be read at all
        BrokeOff,    // reading or writing failed midway; `error` says why
        Cancelled,
    };
    Result result = Result::Finished;
    qint64 written = 0;
    QString error;
};

// Reads a range with a MessageReader and writes every message as it arrives, without holding them:
// `partita-cli consume` and the Messages view's "export a range from the cluster" are this loop.
// `onRead` sees each read's result after its messages are written (for progress and notes); reading
// stops at the next read once `cancel` is set.
RangeExportOutcome exportRange(MessageReader &reader, const BrowseRequest &request,
                               std::chrono::milliseconds startTimeout, MessageWriter &writer,
                               const std::function<void(const ReadResult &)> &onRead,
                               const std::atomic<bool> *cancel = nullptr);

} // namespace partita
