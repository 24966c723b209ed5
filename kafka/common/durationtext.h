#pragma once

#include <QString>

#include <chrono>

namespace partita {

// A timeout or a wait as messages say it: "2.5 s", "10 s".
QString secondsText(std::chrono::milliseconds duration);

} // namespace partita
