#pragma once

#include <atomic>

namespace partita {

// Ctrl+C (SIGINT) or SIGTERM while a command runs sets a flag the command's work looks at, so that it
// ends its own way: a replay reports what it sent and what the brokers acknowledged, an export ends on
// a whole line. A second signal ends the process as usual. One at a time; the previous handlers are
// back once it is destroyed.
class InterruptFlag {
public:
    InterruptFlag();
    ~InterruptFlag();
    InterruptFlag(const InterruptFlag &) = delete;
    InterruptFlag &operator=(const InterruptFlag &) = delete;

    // What a command that ended early because of it exits with, as a shell reports a process that
    // Ctrl+C ended.
    static constexpr int ExitCode = 130;

    const std::atomic_bool &flag() const;
    bool isSet() const { return flag().load(); }
};

} // namespace partita
