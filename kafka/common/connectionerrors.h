#pragma once

#include "connectionstate.h"
#include "rdkafkaptr.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>

namespace partita {

// librdkafka's error texts name brokers the way its logs do: "127.0.0.1:9092/bootstrap" for a bootstrap
// address, "kafka-1:9092/3" for broker 3, "ipv4#127.0.0.1:9092" for the address it dialled. This says
// "bootstrap server 127.0.0.1:9092", "broker 3 (kafka-1:9092)" and "broker 127.0.0.1:9092" instead; the rest
// is kept, so the raw text can be shown beside it as detail.
QString readableKafkaText(const QString &text);

// What librdkafka's error callback said about a handle's connections since they last worked: it tells
// why a request failed (refused, unresolvable, wrong credentials), which the request's own error code
// ("timed out", "transport failure") does not. The handle's owner feeds it from the error callback,
// which runs inside rd_kafka_poll() on the handle's thread.
class ConnectionErrors {
    Q_DECLARE_TR_FUNCTIONS(ConnectionErrors)

public:
    // Kept without librdkafka's retry bookkeeping; only the latest few are.
    void add(rd_kafka_resp_err_t code, const QString &reason);
    void clear() { m_errors.clear(); }
    bool isEmpty() const { return m_errors.isEmpty(); }

    // Errors that retrying cannot cure soon: every broker refuses connections, or the credentials or
    // certificates are wrong.
    bool hasHopelessError() const;
    // Why the cluster at `bootstrap` could not be asked, from the errors kept; empty when they do not
    // tell. `everConnected`: whether it answered before, so that "unreachable" means "went down".
    QString describe(const QString &bootstrap, bool everConnected) const;
    // The failure describe() words; None when the errors do not tell.
    ConnectionFailure failure() const;

    // Asks for metadata of every topic (`topic` null) or of one, in growing slices so that a refused or
    // rejected connection is reported at once instead of after the whole timeout; see the definition.
    rdk::MetadataPtr requestMetadata(rd_kafka_t *handle, rd_kafka_topic_t *topic,
                                     std::chrono::milliseconds timeout,
                                     std::chrono::milliseconds requestTimeout, rd_kafka_resp_err_t *err);

private:
    struct Error {
        rd_kafka_resp_err_t code;
        QString reason;
    };
    const Error *latest(rd_kafka_resp_err_t code) const;

    QList<Error> m_errors;
};

} // namespace partita
