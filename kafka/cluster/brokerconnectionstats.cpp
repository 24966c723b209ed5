#include "brokerconnectionstats.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace partita {

void BrokerConnectionStats::update(const QByteArray &statisticsJson) {
    const QJsonDocument document = QJsonDocument::fromJson(statisticsJson);
    if (!document.isObject())
        return;
    QHash<int, QString> states;
    const QJsonObject brokers = document.object().value(QLatin1String("brokers")).toObject();
    for (auto it = brokers.constBegin(); it != brokers.constEnd(); ++it) {
        const QJsonObject broker = it.value().toObject();
        const int nodeId = broker.value(QLatin1String("nodeid")).toInt(-1);
        // Bootstrap entries have no node id yet; "logical" ones (group coordinator) alias a real broker.
        if (nodeId < 0 || broker.value(QLatin1String("source")).toString() == QLatin1String("logical"))
            continue;
        states.insert(nodeId, broker.value(QLatin1String("state")).toString());
    }
    m_states = states;
    m_hasData = true;
}

bool BrokerConnectionStats::isUnreachable(int brokerId) const {
    const QString state = m_states.value(brokerId);
    // Between DOWN and UP lie the handshakes (TLS, ApiVersion, SASL). A broker that accepts the TCP
    // connection but does not answer (a paused process: the kernel still accepts) stays in them.
    return !state.isEmpty() && state != QLatin1String("INIT") && state != QLatin1String("UP") &&
           state != QLatin1String("UPDATE");
}

} // namespace partita
