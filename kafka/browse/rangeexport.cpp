#include "rangeexport.h"

namespace partita {

namespace {

// Messages per read: large enough to write in long runs, small enough for progress a few times a second.
constexpr int ReadMessages = 10'000;
constexpr std::chrono::milliseconds ReadWait(500);

} // namespace

RangeExportOutcome exportRange(MessageReader &reader, const BrowseRequest &request,
                               std::chrono::milliseconds startTimeout, MessageWriter &writer,
                               const std::function<void(const ReadResult &)> &onRead,
                               const std::atomic<bool> *cancel) {
    using Result = RangeExportOutcome::Result;
    RangeExportOutcome outcome;
    outcome.error = reader.start(request, startTimeout);
    if (!outcome.error.isEmpty()) {
        outcome.result = Result::CannotStart;
        return outcome;
    }
    for (;;) {
        if (cancel && cancel->load()) {
            outcome.result = Result::Cancelled;
            break;
        }
        const ReadResult result = reader.read(ReadMessages, ReadWait);
        const bool wrote = writer.write(*result.batch);
        outcome.written = writer.written();
        if (onRead)
            onRead(result);
        if (!wrote || !result.error.isEmpty()) {
            outcome.result = Result::BrokeOff;
            outcome.error = wrote ? result.error : writer.errorString();
            break;
        }
        if (result.finished)
            break;
    }
    return outcome;
}

} // namespace partita
