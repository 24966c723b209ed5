#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace partita {

class DemoConsumer;

// The built-in demo: librdkafka's in-process mock cluster (3 brokers) with a "web-clicks" topic
// (6 partitions, replication factor 3) fed by a steady click-stream producer on its own thread, and
// read by real consumer groups (consumerGroups()) that keep up, fall behind and hang.
class DemoCluster : public QObject {
    Q_OBJECT
public:
    explicit DemoCluster(QObject *parent = nullptr);
    ~DemoCluster() override;

    // Starts the cluster, producer and consumer groups; blocks until the mock brokers listen (a local,
    // bounded step). Returns false and sets errorString() when the mock cluster cannot be created.
    bool start();
    void stop();
    QString bootstrapServers() const;
    QString errorString() const;
    qint64 producedCount() const; // clicks the brokers acknowledged
    // Stops or restarts one mock broker (ids 1..BrokerCount) for fault demonstrations. Leadership moves
    // off a stopped broker to a running replica, as Kafka's controller would; the mock never does that
    // by itself. Applied on the demo thread; the next refresh shows it.
    void setBrokerRunning(int brokerId, bool running);

    static constexpr int BrokerCount = 3;
    static constexpr int PartitionCount = 6;
    static QString topicName() { return QStringLiteral("web-clicks"); }
    // The demo's consumer groups, all reading topicName(): "click-analytics" keeps up, "click-archiver"
    // reads 10 clicks a second of the 20 arriving so its lag keeps growing, and "click-sessionizer"
    // hangs on one message of partition 3 for 8 minutes at a time. The mock cluster cannot list or
    // describe groups, so a client must watch these ids by hand.
    static QStringList consumerGroups();

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
    std::vector<std::unique_ptr<DemoConsumer>> m_consumers;
    QString m_bootstrap;
    QString m_error;
};

} // namespace partita
