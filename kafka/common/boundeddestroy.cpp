#include "boundeddestroy.h"

#include "kafkalog.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace partita {

namespace {

struct Destruction {
    std::mutex mutex;
    std::condition_variable ended;
    bool done = false;
};

} // namespace

bool destroyWithin(rd_kafka_t *handle, int flags, std::chrono::milliseconds bound) {
    if (!handle)
        return true;
    const std::string name = rd_kafka_name(handle);
    auto destruction = std::make_shared<Destruction>();
    std::thread([handle, flags, destruction] {
        rd_kafka_destroy_flags(handle, flags);
        const std::lock_guard<std::mutex> lock(destruction->mutex);
        destruction->done = true;
        destruction->ended.notify_all();
    }).detach();
    std::unique_lock<std::mutex> lock(destruction->mutex);
    if (destruction->ended.wait_for(lock, bound, [&destruction] { return destruction->done; }))
        return true;
    qCWarning(lcKafka, "%s is still closing after %lld ms; it goes on in the background", name.c_str(),
              qint64(bound.count()));
    return false;
}

} // namespace partita
