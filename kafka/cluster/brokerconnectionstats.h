#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace partita {

// librdkafka's view of its connection to each broker, read from its statistics JSON. Kafka keeps
// listing a broker in metadata for a while after it stops answering (the mock cluster forever), so
// this is how a monitor learns that a listed broker is really down.
class BrokerConnectionStats {
public:
    // Replaces the known states with those in one statistics document; ignores unparsable input.
    void update(const QByteArray &statisticsJson);
    // True when librdkafka has tried and failed to keep a connection to the broker; unknown brokers
    // (never connected yet) count as reachable so metadata stays the authority until proven otherwise.
    bool isUnreachable(int brokerId) const;
    QString state(int brokerId) const { return m_states.value(brokerId); }
    bool hasData() const { return m_hasData; }

private:
    QHash<int, QString> m_states;
    bool m_hasData = false;
};

} // namespace partita
