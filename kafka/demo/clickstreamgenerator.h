#pragma once

#include <QByteArray>

#include <random>

namespace partita {

// Realistic-looking web click events for the demo cluster: a fixed population of users browsing in
// sessions, each event a JSON object keyed by user id (so a user's clicks stay in one partition).
class ClickStreamGenerator {
public:
    struct Event {
        QByteArray key;
        QByteArray json;
    };

    explicit ClickStreamGenerator(unsigned seed = std::random_device{}());
    Event next(qint64 timestampMs);

private:
    std::mt19937 m_random;
};

} // namespace partita
