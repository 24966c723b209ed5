#include "connectionerrors.h"

#include <QRegularExpression>

#include <algorithm>

namespace partita {

namespace {

constexpr int MaxKeptErrors = 50;

// librdkafka appends retry bookkeeping, "(after 0ms in state CONNECT, 17 identical error(s)
// suppressed)", that changes on every retry and tells a user nothing.
QString withoutRetryDetails(QString reason) {
    static const QRegularExpression details(QStringLiteral(R"(\s*\(after \d+ms in state \w+.*\)$)"));
    return reason.remove(details);
}

// A broker that refuses the client's certificate (or wants one) ends the handshake with a TLS alert, which
// librdkafka 2.0.2 reports as a transport error ("Receive failed: …sslv3 alert bad certificate"), as if the
// broker were unreachable.
bool isTlsAlert(rd_kafka_resp_err_t code, const QString &reason) {
    return code == RD_KAFKA_RESP_ERR__TRANSPORT && reason.contains(QLatin1String("SSL routines"));
}

} // namespace

void ConnectionErrors::add(rd_kafka_resp_err_t code, const QString &reason) {
    if (m_errors.size() == MaxKeptErrors)
        m_errors.removeFirst();
    m_errors.append({isTlsAlert(code, reason) ? RD_KAFKA_RESP_ERR__SSL : code, withoutRetryDetails(reason)});
}

const ConnectionErrors::Error *ConnectionErrors::latest(rd_kafka_resp_err_t code) const {
    const auto it =
        std::find_if(m_errors.crbegin(), m_errors.crend(), [code](const Error &e) { return e.code == code; });
    return it == m_errors.crend() ? nullptr : &*it;
}

bool ConnectionErrors::hasHopelessError() const {
    return std::any_of(m_errors.cbegin(), m_errors.cend(), [](const Error &e) {
        return e.code == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN || e.code == RD_KAFKA_RESP_ERR__AUTHENTICATION ||
               e.code == RD_KAFKA_RESP_ERR__SSL;
    });
}

QString readableKafkaText(const QString &text) {
    static const QRegularExpression bootstrap(
        QStringLiteral("(?:sasl_)?(?:plaintext|ssl)?(?:://)?([^\\s/,()]+:\\d+)/bootstrap"));
    static const QRegularExpression broker(
        QStringLiteral("(?:sasl_)?(?:plaintext|ssl)?(?:://)?([^\\s/,()]+:\\d+)/(\\d+)"));
    static const QRegularExpression dialled(QStringLiteral("ipv[46]#([^\\s,()]+:\\d+)"));
    QString readable = text;
    readable.replace(bootstrap, ConnectionErrors::tr("bootstrap server \\1"));
    readable.replace(broker, ConnectionErrors::tr("broker \\2 (\\1)"));
    readable.replace(dialled, ConnectionErrors::tr("broker \\1"));
    return readable;
}

ConnectionFailure ConnectionErrors::failure() const {
    if (latest(RD_KAFKA_RESP_ERR__AUTHENTICATION))
        return ConnectionFailure::Authentication;
    if (latest(RD_KAFKA_RESP_ERR__SSL))
        return ConnectionFailure::Tls;
    if (latest(RD_KAFKA_RESP_ERR__RESOLVE))
        return ConnectionFailure::Resolve;
    if (latest(RD_KAFKA_RESP_ERR__TRANSPORT) || latest(RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN))
        return ConnectionFailure::Unreachable;
    return ConnectionFailure::None;
}

QString ConnectionErrors::describe(const QString &bootstrap, bool everConnected) const {
    if (const Error *e = latest(RD_KAFKA_RESP_ERR__AUTHENTICATION))
        return tr("Authentication failed: %1").arg(e->reason);
    if (const Error *e = latest(RD_KAFKA_RESP_ERR__SSL)) {
        if (e->reason.contains(QLatin1String("alert bad certificate")) ||
            e->reason.contains(QLatin1String("alert certificate required")))
            return tr("SSL handshake failed: the broker refused the client certificate, or wants one: %1")
                .arg(e->reason);
        return tr("SSL handshake failed: %1").arg(e->reason);
    }
    if (const Error *e = latest(RD_KAFKA_RESP_ERR__RESOLVE))
        return tr("Cannot resolve broker address: %1").arg(e->reason);
    // A transport error says why ("Connection refused"); all-brokers-down only counts them.
    const Error *unreachable = latest(RD_KAFKA_RESP_ERR__TRANSPORT);
    if (!unreachable)
        unreachable = latest(RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN);
    if (!unreachable)
        return QString();
    return everConnected ? tr("All brokers down: %1").arg(unreachable->reason)
                         : tr("Bootstrap unreachable (%1): %2").arg(bootstrap.trimmed(), unreachable->reason);
}

// Each slice is a request of its own that is abandoned when it ends, so they double, up to the request
// timeout (librdkafka drops a request unanswered for that long anyway): a cluster that answers slower
// than the first slice is still reached, and a silent broker that took one request is disconnected by
// then, so that the next goes to another broker.
rdk::MetadataPtr ConnectionErrors::requestMetadata(rd_kafka_t *handle, rd_kafka_topic_t *topic,
                                                   std::chrono::milliseconds timeout,
                                                   std::chrono::milliseconds requestTimeout,
                                                   rd_kafka_resp_err_t *err) {
    std::chrono::milliseconds slice(250);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;; slice = std::min(slice * 2, requestTimeout)) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        const rd_kafka_metadata_t *raw = nullptr;
        *err = rd_kafka_metadata(handle, topic ? 0 : 1, topic, &raw,
                                 int(std::clamp(left, std::chrono::milliseconds(1), slice).count()));
        rd_kafka_poll(handle, 0); // the error callback fills this log
        if (!*err)
            return rdk::MetadataPtr(raw);
        if (left <= slice || hasHopelessError())
            return nullptr;
    }
}

} // namespace partita
