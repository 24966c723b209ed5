#include "interruptflag.h"

#include <csignal>

namespace partita {

namespace {

std::atomic_bool interrupted(false);
static_assert(std::atomic_bool::is_always_lock_free, "set from a signal handler");

struct sigaction previousInt;
struct sigaction previousTerm;

void onSignal(int signal) {
    interrupted.store(true);
    // The next one is not caught: a command stuck for another reason can still be ended.
    std::signal(signal, SIG_DFL);
}

} // namespace

InterruptFlag::InterruptFlag() {
    interrupted.store(false);
    struct sigaction action = {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previousInt);
    sigaction(SIGTERM, &action, &previousTerm);
}

InterruptFlag::~InterruptFlag() {
    sigaction(SIGINT, &previousInt, nullptr);
    sigaction(SIGTERM, &previousTerm, nullptr);
}

const std::atomic_bool &InterruptFlag::flag() const {
    return interrupted;
}

} // namespace partita
