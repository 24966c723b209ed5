#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace partita {

// One member of a demo consumer group: a real librdkafka consumer on its own thread that reads a topic
// of the demo cluster and commits what it has processed, at a pace that gives the groups view
// something to show.
class DemoConsumer {
public:
    struct Behaviour {
        QString groupId;
        int messagesPerSecond = 0; // 0: as fast as messages arrive
        bool fromStart = true;     // with no committed offset: read the topic's history, or only new clicks
        // A handler that hangs on one partition: at the first message of `stuckPartition` at or after
        // `stuckFromOffset` it stops processing, and so committing, that partition for `stuckFor`; then
        // it skips that message, works through what arrived meanwhile, runs normally for `healthyFor`
        // and hangs on the partition's next message. Its other partitions carry on. -1: never hangs.
        int stuckPartition = -1;
        qint64 stuckFromOffset = 0;
        std::chrono::milliseconds stuckFor{0};
        std::chrono::milliseconds healthyFor{0};
    };

    // Starts consuming `topic` at once; the consumer joins its group in the background.
    DemoConsumer(const QString &bootstrapServers, const QString &topic, const Behaviour &behaviour);
    ~DemoConsumer();

    // Stopping can take up to the session timeout (3 s) while a fault drill has stopped the group's
    // coordinator: request it of every consumer first, so that they wait together.
    void requestStop();
    void stop(); // requests a stop and waits for it

private:
    void run();
    bool waitFor(std::chrono::milliseconds duration); // false once stopping

    const QString m_bootstrap;
    const QString m_topic;
    const Behaviour m_behaviour;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace partita
