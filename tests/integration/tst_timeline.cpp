// The event timeline's diff of real snapshots of the 3-node KRaft cluster while node 3 stops and
// returns: polled every half second and fed to the diff, the timeline tells, in order, broker 3 down,
// the leaders that moved off it, the ISRs that shrank, broker 3 back and the ISRs that expanded, with
// every event timed within one poll of the change that the next one follows.

#include "clustereventdiff.h"
#include "snapshotclient.h"
#include "testkafka.h"

#include <QTest>

#include <algorithm>

using namespace partita;

namespace {

constexpr int Partitions = 6;
constexpr int StoppedNode = 3;
constexpr int PollIntervalMs = 500;

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        m_client = test::snapshotClient(&error);
        QVERIFY2(m_client, qPrintable(error));
        error = test::createTopicOnSettledCluster(QStringLiteral("timeline"), Partitions, &m_topic);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() {
        if (m_nodeStopped)
            QCOMPARE(test::clusterScript({QStringLiteral("start-node"), QString::number(StoppedNode)}), 0);
        if (!m_topic.isEmpty())
            test::deleteTopic(m_topic);
    }

    void stoppedAndReturnedBrokerIsTold() {
        QVERIFY(pollUntil([this](const ClusterSnapshot &s) { return isWhole(s); }, 30000));
        QList<int> ledByStopped;
        for (const PartitionInfo &partition : m_previous->topic(m_topic)->partitions) {
            if (partition.leader == StoppedNode)
                ledByStopped.append(partition.id);
        }
        QVERIFY2(!ledByStopped.isEmpty(), "Kafka gives every broker some of a new topic's leaders");
        m_events.clear(); // the topic's creation is no part of what follows

        QCOMPARE(test::clusterScript({QStringLiteral("stop-node"), QString::number(StoppedNode)}), 0);
        m_nodeStopped = true;
        QVERIFY2(pollUntil(
                     [this](const ClusterSnapshot &s) {
                         const TopicInfo *topic = s.topic(m_topic);
                         return !s.isBrokerOnline(StoppedNode) && topic &&
                                std::none_of(topic->partitions.cbegin(), topic->partitions.cend(),
                                             [](const PartitionInfo &p) {
                                                 return p.leader == StoppedNode ||
                                                        p.isr.contains(StoppedNode);
                                             });
                     },
                     60000),
                 qPrintable(timeline()));
        const int downEvents = int(m_events.size());

        QCOMPARE(test::clusterScript({QStringLiteral("start-node"), QString::number(StoppedNode)}), 0);
        m_nodeStopped = false;
        QVERIFY2(pollUntil([this](const ClusterSnapshot &s) { return isWhole(s); }, 90000),
                 qPrintable(timeline()));

        // What the stop told: the broker down, each partition it led moved to another, each ISR without it.
        const std::vector<const ClusterEvent *> down = about(0, downEvents);
        QVERIFY2(down.size() == size_t(1 + ledByStopped.size() + Partitions), qPrintable(timeline()));
        const std::vector<const ClusterEvent *> brokerDown = ofKind(down, ClusterEvent::BrokerDown);
        const std::vector<const ClusterEvent *> moved = ofKind(down, ClusterEvent::LeaderMoved);
        const std::vector<const ClusterEvent *> shrank = ofKind(down, ClusterEvent::IsrShrank);
        QCOMPARE(brokerDown.size(), size_t(1));
        QCOMPARE(moved.size(), size_t(ledByStopped.size()));
        for (size_t i = 0; i < moved.size(); ++i) {
            QCOMPARE(moved[i]->partition, ledByStopped.at(int(i)));
            QCOMPARE(moved[i]->from, QString::number(StoppedNode));
            QVERIFY(moved[i]->to != QString::number(StoppedNode) && moved[i]->to != QStringLiteral("-1"));
        }
        QCOMPARE(shrank.size(), size_t(Partitions));
        for (int p = 0; p < Partitions; ++p) {
            QCOMPARE(shrank[size_t(p)]->partition, p);
            QVERIFY(shrank[size_t(p)]->from.contains(QString::number(StoppedNode)));
            QVERIFY(!shrank[size_t(p)]->to.contains(QString::number(StoppedNode)));
        }
        // What the return told: the broker back and each ISR with it again; no leader moves back, as the
        // test cluster never rebalances by itself.
        const std::vector<const ClusterEvent *> up = about(downEvents, int(m_events.size()));
        QVERIFY2(up.size() == size_t(1 + Partitions), qPrintable(timeline()));
        const std::vector<const ClusterEvent *> brokerUp = ofKind(up, ClusterEvent::BrokerUp);
        const std::vector<const ClusterEvent *> expanded = ofKind(up, ClusterEvent::IsrExpanded);
        QCOMPARE(brokerUp.size(), size_t(1));
        QCOMPARE(expanded.size(), size_t(Partitions));
        for (const ClusterEvent *e : expanded)
            QVERIFY(e->to.contains(QString::number(StoppedNode)));

        // In that order, allowing one poll: librdkafka's statistics may tell a broker down or up a poll
        // after the metadata told the leaders and ISRs (what one poll shows, the diff orders itself).
        std::vector<const ClusterEvent *> told = brokerDown;
        for (const auto *kind : {&moved, &shrank, &brokerUp, &expanded})
            told.insert(told.end(), kind->cbegin(), kind->cend());
        for (size_t i = 1; i < told.size(); ++i)
            QVERIFY2(told[i - 1]->timeMs <= told[i]->timeMs + m_longestPollMs, qPrintable(timeline()));
        // Each change is told by the first poll that sees it: what the stop did, within one poll of the
        // broker down; the return's broker up within one poll of the first ISR back (a follower then
        // catches up partition by partition, which takes longer).
        for (const ClusterEvent *e : told) {
            if (e->kind == ClusterEvent::LeaderMoved || e->kind == ClusterEvent::IsrShrank)
                QVERIFY2(qAbs(e->timeMs - brokerDown[0]->timeMs) <= m_longestPollMs, qPrintable(timeline()));
        }
        const auto firstBack = std::min_element(
            expanded.cbegin(), expanded.cend(),
            [](const ClusterEvent *a, const ClusterEvent *b) { return a->timeMs < b->timeMs; });
        QVERIFY2(qAbs((*firstBack)->timeMs - brokerUp[0]->timeMs) <= m_longestPollMs, qPrintable(timeline()));
    }

private:
    // Polls every PollIntervalMs, feeding each snapshot to the diff, until `condition` holds for one.
    template <typename Condition> bool pollUntil(Condition condition, qint64 timeoutMs) {
        const auto judge = [&](const SnapshotResult &result) {
            if (!result.snapshot)
                return false;
            const ClusterEvents events = ClusterEventDiff::ofSnapshots(m_previous.get(), *result.snapshot);
            m_events.insert(m_events.end(), events.cbegin(), events.cend());
            if (m_previous)
                m_longestPollMs = std::max(m_longestPollMs, result.snapshot->takenAt.toMSecsSinceEpoch() -
                                                                m_previous->takenAt.toMSecsSinceEpoch());
            m_previous = result.snapshot;
            return condition(*m_previous);
        };
        return test::fetchUntil(*m_client, judge, std::chrono::milliseconds(timeoutMs),
                                std::chrono::milliseconds(PollIntervalMs));
    }

    // The events of [first, last) about the topic or the stopped broker: the cluster holds other tests'.
    std::vector<const ClusterEvent *> about(int first, int last) const {
        std::vector<const ClusterEvent *> found;
        for (int i = first; i < last; ++i) {
            const ClusterEvent &e = m_events[size_t(i)];
            const bool broker = e.kind == ClusterEvent::BrokerDown || e.kind == ClusterEvent::BrokerUp;
            if (broker ? e.subject == QString::number(StoppedNode) : e.subject == m_topic)
                found.push_back(&e);
        }
        return found;
    }

    static std::vector<const ClusterEvent *> ofKind(const std::vector<const ClusterEvent *> &events,
                                                    ClusterEvent::Kind kind) {
        std::vector<const ClusterEvent *> found;
        std::copy_if(events.cbegin(), events.cend(), std::back_inserter(found),
                     [kind](const ClusterEvent *e) { return e->kind == kind; });
        return found;
    }

    QString timeline() const {
        QStringList lines;
        for (const ClusterEvent &e : m_events)
            lines.append(QStringLiteral("%1 kind %2 %3/%4 %5 -> %6")
                             .arg(e.timeMs)
                             .arg(int(e.kind))
                             .arg(e.subject)
                             .arg(e.partition)
                             .arg(e.from, e.to));
        return lines.join(QLatin1Char('\n'));
    }

    // Three brokers online and every partition of the topic in sync on all three.
    bool isWhole(const ClusterSnapshot &snapshot) const {
        const TopicInfo *topic = snapshot.topic(m_topic);
        return snapshot.onlineBrokerCount() == 3 && topic && topic->partitions.size() == Partitions &&
               test::hasFullIsr(*topic);
    }

    std::unique_ptr<SnapshotClient> m_client;
    QString m_topic;
    ClusterSnapshotPtr m_previous;
    ClusterEvents m_events;
    qint64 m_longestPollMs = PollIntervalMs;
    bool m_nodeStopped = false;
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
