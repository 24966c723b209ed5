// OldestUnreadReader without a cluster: which partitions it fetches, in which order, how many per
// poll, and what its cache answers instead, with a fetch that records its calls.

#include "oldestunreadreader.h"

#include <QTest>

using namespace partita;

namespace {

struct Call {
    TopicPartition partition;
    qint64 from = -1;
};

GroupPartitionOffsets offsets(int partition, qint64 committed, qint64 low, qint64 high) {
    GroupPartitionOffsets entry;
    entry.partition = {QStringLiteral("orders"), partition};
    entry.committed = committed;
    entry.lowWatermark = low;
    entry.highWatermark = high;
    return entry;
}

GroupsSnapshot poll(const QList<QList<GroupPartitionOffsets>> &groups) {
    GroupsSnapshot snapshot;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        ConsumerGroupInfo group;
        group.groupId = QStringLiteral("group-%1").arg(g);
        group.partitions = groups.at(g);
        snapshot.groups.append(group);
    }
    return snapshot;
}

// A record whose timestamp tells the offset it was fetched at, so each answer can be traced back.
OldestUnread recordAt(qint64 offset) {
    return {OldestUnread::Kind::Record, offset, 1'000'000 + offset, TimestampType::CreateTime};
}

} // namespace

class TestOldestUnread : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_calls.clear();
        m_answer = [](qint64 from) { return recordAt(from); };
    }

    void fetchesOnlyLaggingPartitionsWithAPosition() {
        OldestUnreadReader reader = makeReader();
        GroupsSnapshot groups = poll({{offsets(0, 40, 0, 40),    // caught up: time lag 0 without a fetch
                                       offsets(1, -1, 0, 40),    // no commit
                                       offsets(2, 10, -1, -1),   // watermarks unknown
                                       offsets(3, 45, 0, 40),    // committed read after the end
                                       offsets(4, 10, 0, 40)}}); // lagging
        reader.fill(groups, std::chrono::seconds(10));
        QCOMPARE(m_calls.size(), 1);
        QCOMPARE(m_calls.first().partition.partition, 4);
        QCOMPARE(m_calls.first().from, 10);
        const QList<GroupPartitionOffsets> &partitions = groups.groups.first().partitions;
        for (int p = 0; p < 4; ++p)
            QCOMPARE(partitions.at(p).oldestUnread.kind, OldestUnread::Kind::NotRead);
        QCOMPARE(partitions.at(4).oldestUnread, recordAt(10));
    }

    void retentionMovesTheStartToTheLowWatermark() {
        OldestUnreadReader reader = makeReader();
        GroupsSnapshot groups = poll({{offsets(0, 5, 12, 30)}});
        reader.fill(groups, std::chrono::seconds(10));
        QCOMPARE(m_calls.size(), 1);
        QCOMPARE(m_calls.first().from, 12);
        QCOMPARE(groups.groups.first().partitions.first().oldestUnread, recordAt(12));
    }

    void worstLagFirstWithinTheBudget() {
        OldestUnreadReader reader = makeReader(2);
        GroupsSnapshot groups =
            poll({{offsets(0, 90, 0, 100), offsets(1, 10, 0, 100)}, {offsets(2, 50, 0, 100)}});
        reader.fill(groups, std::chrono::seconds(10));
        QCOMPARE(m_calls.size(), 2);
        QCOMPARE(m_calls.at(0).partition.partition, 1); // lag 90
        QCOMPARE(m_calls.at(1).partition.partition, 2); // lag 50
        // Beyond the budget: left to the estimate, and fetched at the next poll.
        QCOMPARE(groups.groups.at(0).partitions.at(0).oldestUnread.kind, OldestUnread::Kind::NotRead);

        m_calls.clear();
        GroupsSnapshot next = groups;
        reader.fill(next, std::chrono::seconds(10));
        QCOMPARE(m_calls.size(), 1);
        QCOMPARE(m_calls.first().partition.partition, 0);
        QCOMPARE(next.groups.at(0).partitions.at(0).oldestUnread, recordAt(90));
        QCOMPARE(next.groups.at(0).partitions.at(1).oldestUnread, recordAt(10)); // from the cache
        QCOMPARE(next.groups.at(1).partitions.at(0).oldestUnread, recordAt(50));
        QCOMPARE(reader.fetchCount(), 3);
    }

    void cachedWhileTheCommittedOffsetStays() {
        OldestUnreadReader reader = makeReader();
        for (qint64 end : {100, 150, 400}) {
            GroupsSnapshot groups = poll({{offsets(0, 20, 0, end)}});
            reader.fill(groups, std::chrono::seconds(10));
            QCOMPARE(groups.groups.first().partitions.first().oldestUnread, recordAt(20));
        }
        QCOMPARE(m_calls.size(), 1);
        // The group moved on: the new position is fetched, and the old one is forgotten.
        GroupsSnapshot moved = poll({{offsets(0, 30, 0, 400)}});
        reader.fill(moved, std::chrono::seconds(10));
        GroupsSnapshot back = poll({{offsets(0, 20, 0, 400)}});
        reader.fill(back, std::chrono::seconds(10));
        QCOMPARE(m_calls.size(), 3);
        QCOMPARE(m_calls.at(1).from, 30);
        QCOMPARE(m_calls.at(2).from, 20);
    }

    void groupsAtTheSamePositionShareOneFetch() {
        OldestUnreadReader reader = makeReader();
        GroupsSnapshot groups = poll({{offsets(0, 20, 0, 100)}, {offsets(0, 20, 0, 100)}});
        reader.fill(groups, std::chrono::seconds(10));
        QCOMPARE(m_calls.size(), 1);
        QCOMPARE(groups.groups.at(0).partitions.first().oldestUnread, recordAt(20));
        QCOMPARE(groups.groups.at(1).partitions.first().oldestUnread, recordAt(20));
    }

    void onlyMarkersHoldUntilTheEndMoves() {
        const OldestUnread none{OldestUnread::Kind::None, 100, -1, TimestampType::NotAvailable};
        m_answer = [&none](qint64) { return none; };
        OldestUnreadReader reader = makeReader();
        GroupsSnapshot groups = poll({{offsets(0, 99, 0, 100)}});
        reader.fill(groups, std::chrono::seconds(10));
        GroupsSnapshot same = poll({{offsets(0, 99, 0, 100)}});
        reader.fill(same, std::chrono::seconds(10));
        QCOMPARE(same.groups.first().partitions.first().oldestUnread, none);
        QCOMPARE(m_calls.size(), 1);
        // A record arrived after the marker: it is the oldest unread now.
        m_answer = [](qint64) { return recordAt(100); };
        GroupsSnapshot grown = poll({{offsets(0, 99, 0, 101)}});
        reader.fill(grown, std::chrono::seconds(10));
        QCOMPARE(m_calls.size(), 2);
        QCOMPARE(grown.groups.first().partitions.first().oldestUnread, recordAt(100));
    }

    void failedFetchesAreNotCached() {
        m_answer = [](qint64) { return OldestUnread(); };
        OldestUnreadReader reader = makeReader();
        GroupsSnapshot groups = poll({{offsets(0, 20, 0, 100)}});
        reader.fill(groups, std::chrono::seconds(10));
        QCOMPARE(groups.groups.first().partitions.first().oldestUnread.kind, OldestUnread::Kind::NotRead);
        m_answer = [](qint64 from) { return recordAt(from); };
        reader.fill(groups, std::chrono::seconds(10));
        QCOMPARE(m_calls.size(), 2);
        QCOMPARE(groups.groups.first().partitions.first().oldestUnread, recordAt(20));
    }

    void noFetchAfterTheTimeout() {
        OldestUnreadReader reader = makeReader();
        GroupsSnapshot groups = poll({{offsets(0, 20, 0, 100), offsets(1, 20, 0, 100)}});
        m_delay = std::chrono::milliseconds(300);
        reader.fill(groups, std::chrono::milliseconds(200));
        m_delay = {};
        QCOMPARE(m_calls.size(), 1); // the first started in time; the second would not have
        QVERIFY(m_lastTimeout <= std::chrono::milliseconds(200));
    }

private:
    OldestUnreadReader makeReader(int budget = OldestUnreadReader::DefaultBudget) {
        return OldestUnreadReader(
            [this](const TopicPartition &partition, qint64 from, std::chrono::milliseconds timeout) {
                m_calls.append({partition, from});
                m_lastTimeout = timeout;
                if (m_delay.count() > 0)
                    QTest::qSleep(int(m_delay.count()));
                return m_answer(from);
            },
            budget);
    }

    QList<Call> m_calls;
    std::function<OldestUnread(qint64)> m_answer;
    std::chrono::milliseconds m_delay{0};
    std::chrono::milliseconds m_lastTimeout{0};
};

QTEST_GUILESS_MAIN(TestOldestUnread)
#include "tst_oldestunread.moc"
