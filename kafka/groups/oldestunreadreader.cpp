#include "oldestunreadreader.h"

#include "messagereader.h"

#include <algorithm>
#include <vector>

namespace partita {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// The first data record at or after `from`, read as the browser reads: under read_committed, so the
// records of aborted transactions and the transactions' commit and abort markers are passed over as a
// read_committed consumer passes over them, and an offset that compaction removed gives the next one.
OldestUnread readOldest(MessageReader &reader, const TopicPartition &partition, qint64 from,
                        milliseconds timeout) {
    BrowseRequest request;
    request.topic = partition.topic;
    request.partitions = {partition.partition};
    request.start = {StartPosition::Kind::Offset, from};
    request.stop.kind = StopCondition::Kind::EndAtStart;
    request.stop.maxMessages = 1;
    const auto deadline = Clock::now() + timeout;
    // Starting asks for metadata and three sets of offsets, each bounded by the timeout given, so the
    // whole fetch stays within `timeout`.
    if (!reader.start(request, timeout / 5).isEmpty())
        return {};
    for (;;) {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        const ReadResult result = reader.read(1, std::max(left, milliseconds(0)));
        if (!result.batch->isEmpty()) {
            const MessageRecord &record = result.batch->record(0);
            return {OldestUnread::Kind::Record, record.offset, record.timestamp, record.timestampType};
        }
        if (result.finished) {
            // Reached the end without a record: only transaction markers were left, unless the end
            // is the last stable offset of an open transaction whose records are still to come.
            const PartitionProgress &progress = result.progress.constFirst();
            if (!result.error.isEmpty() || !progress.problem.isEmpty() || !progress.atEnd ||
                progress.uncommittedEnd > progress.position)
                return {};
            return {OldestUnread::Kind::None, progress.position, -1, TimestampType::NotAvailable};
        }
        if (left.count() <= 0)
            return {};
    }
}

} // namespace

OldestUnreadReader::OldestUnreadReader(Fetch fetch, int budget)
    : m_fetch(std::move(fetch))
    , m_budget(budget) {}

std::unique_ptr<OldestUnreadReader> OldestUnreadReader::create(const ConnectionSettings &settings,
                                                               QString *error) {
    std::shared_ptr<MessageReader> reader = MessageReader::create(settings, error);
    if (!reader)
        return nullptr;
    return std::make_unique<OldestUnreadReader>(
        [reader](const TopicPartition &partition, qint64 from, milliseconds timeout) {
            return readOldest(*reader, partition, from, timeout);
        });
}

milliseconds OldestUnreadReader::bound(milliseconds timeout) {
    return timeout + std::min<milliseconds>(timeout, FetchTimeout);
}

void OldestUnreadReader::fill(GroupsSnapshot &groups, milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    QMap<Key, Found> used;
    struct Missing {
        Key key;
        qint64 lag = 0;
        qint64 end = -1;
        std::vector<OldestUnread *> targets; // every group partition at this key
    };
    QMap<Key, Missing> missing;
    for (ConsumerGroupInfo &group : groups.groups) {
        for (GroupPartitionOffsets &entry : group.partitions) {
            entry.oldestUnread = {};
            const qint64 committed = entry.committed;
            if (committed < 0 || entry.lowWatermark < 0 || entry.highWatermark <= committed ||
                entry.lowWatermark >= entry.highWatermark)
                continue; // nothing unread, or nothing known
            const Key key{entry.partition, std::max(committed, entry.lowWatermark)};
            const auto cached = m_cache.constFind(key);
            // A record stays what it is; "only markers" holds only up to the end it was read to.
            if (cached != m_cache.cend() &&
                (cached->oldest.kind == OldestUnread::Kind::Record || cached->end >= entry.highWatermark)) {
                entry.oldestUnread = cached->oldest;
                used.insert(key, *cached);
                continue;
            }
            Missing &wanted = missing[key];
            wanted.key = key;
            wanted.lag = std::max(wanted.lag, entry.highWatermark - committed);
            wanted.end = std::max(wanted.end, entry.highWatermark);
            wanted.targets.push_back(&entry.oldestUnread);
        }
    }
    std::vector<Missing *> byLag;
    for (Missing &wanted : missing)
        byLag.push_back(&wanted);
    std::stable_sort(byLag.begin(), byLag.end(),
                     [](const Missing *a, const Missing *b) { return a->lag > b->lag; });
    int fetched = 0;
    for (Missing *wanted : byLag) {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        if (fetched >= m_budget || left.count() <= 0)
            break;
        ++fetched;
        ++m_fetches;
        const OldestUnread oldest =
            m_fetch(wanted->key.partition, wanted->key.from, std::min<milliseconds>(left, FetchTimeout));
        if (oldest.kind == OldestUnread::Kind::NotRead)
            continue; // failed: tried again at a later poll
        for (OldestUnread *target : wanted->targets)
            *target = oldest;
        used.insert(wanted->key, {oldest, wanted->end});
    }
    m_cache = std::move(used);
}

} // namespace partita
