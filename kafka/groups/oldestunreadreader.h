#pragma once

#include "connectionsettings.h"
#include "consumergroups.h"

#include <QMap>

#include <chrono>
#include <functional>
#include <memory>

namespace partita {

// Finds the oldest record each group has not read, so that its time lag can be told exactly rather
// than estimated from the end offsets' history: one small fetch at the committed offset through the
// message browser's reader (MessageReader), which never joins a group. What it finds is cached per
// partition and offset, since a record never changes: a group that stays put costs one fetch, and
// groups at the same offset share it. (Compaction may remove a record after it was read; the group's
// next record is younger, so until the group moves its time lag reads as the older one's age.) Blocking: use
// it on one worker thread (or in the helper process).
class OldestUnreadReader {
public:
    // Reads the first data record at or after `from` in `partition`, within `timeout`.
    using Fetch = std::function<OldestUnread(const TopicPartition &partition, qint64 from,
                                             std::chrono::milliseconds timeout)>;

    // Fetches per poll: the rest of the partitions keep the estimate until a later poll.
    static constexpr int DefaultBudget = 8;
    // What one fetch may take at most; a poll's fetches share its request timeout.
    static constexpr std::chrono::seconds FetchTimeout{2};

    explicit OldestUnreadReader(Fetch fetch, int budget = DefaultBudget);
    // Fetches through a MessageReader of `settings`; nullptr and *error when they cannot make one.
    static std::unique_ptr<OldestUnreadReader> create(const ConnectionSettings &settings, QString *error);

    // Sets oldestUnread of every lagging partition of `groups` that the cache answers, then fetches
    // the others, worst lag first, at most `budget` of them and none after `timeout` has passed.
    // Partitions without lag, a commit or watermarks are left NotRead: there is nothing to fetch.
    void fill(GroupsSnapshot &groups, std::chrono::milliseconds timeout);
    // The longest fill() can take with this timeout: the last fetch may start just before it ends.
    static std::chrono::milliseconds bound(std::chrono::milliseconds timeout);

    int fetchCount() const { return m_fetches; } // fetches made so far

private:
    // Where the oldest unread record of a partition is looked for: the committed offset, or the low
    // watermark where retention deleted what lay between.
    struct Key {
        TopicPartition partition;
        qint64 from = -1;
        bool operator<(const Key &other) const {
            return partition == other.partition ? from < other.from : partition < other.partition;
        }
    };
    struct Found {
        OldestUnread oldest;
        qint64 end = -1; // the high watermark when it was read: a None holds only up to there
    };

    Fetch m_fetch;
    int m_budget;
    QMap<Key, Found> m_cache; // what the last poll used, so it never outgrows one poll's partitions
    int m_fetches = 0;
};

} // namespace partita
