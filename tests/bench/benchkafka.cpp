#include "benchkafka.h"

#include "testkafka.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

namespace partita::bench {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

qint64 envCount(const char *name, qint64 fallback) {
    bool ok = false;
    const qint64 count = qEnvironmentVariableIntValue(name, &ok);
    return ok && count > 0 ? count : fallback;
}

QString verdict(bool met) {
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

bool runUntil(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer waited;
    waited.start();
    QTimer wake; // so that the loop looks at the clock even when nothing else happens
    wake.start(10);
    while (!done()) {
        if (waited.elapsed() >= timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void runFor(int ms) {
    runUntil([] { return false; }, ms);
}

qint64 peakRssMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

rdk::HandlePtr newClient(rd_kafka_type_t type, const QMap<QString, QString> &properties) {
    char errstr[512];
    rdk::ConfPtr conf(rd_kafka_conf_new());
    QMap<QString, QString> all = properties;
    all.insert(QStringLiteral("bootstrap.servers"), test::bootstrapServers());
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (rd_kafka_conf_set(conf.get(), qPrintable(it.key()), qPrintable(it.value()), errstr,
                              sizeof errstr) != RD_KAFKA_CONF_OK) {
            out() << "bad property " << it.key() << ": " << errstr << '\n';
            return nullptr;
        }
    }
    rdk::HandlePtr handle(rd_kafka_new(type, conf.get(), errstr, sizeof errstr));
    if (handle)
        static_cast<void>(conf.release());
    else
        out() << "cannot create a client: " << errstr << '\n';
    return handle;
}

bool fillTopic(const QString &topic, const FillSpec &spec, qint64 count, qint64 first) {
    QMap<QString, QString> properties{{QStringLiteral("linger.ms"), QStringLiteral("20")},
                                      {QStringLiteral("batch.size"), QStringLiteral("1000000")},
                                      {QStringLiteral("acks"), QStringLiteral("1")}};
    properties.insert(spec.producer);
    const rdk::HandlePtr producer = newClient(RD_KAFKA_PRODUCER, properties);
    if (!producer)
        return false;
    const QByteArray name = topic.toUtf8();
    QByteArray value(spec.valueBytes, 'x');
    const int digits = std::min(12, spec.valueBytes);
    for (qint64 i = first; i < first + count; ++i) {
        const QByteArray key = spec.keyed ? "key-" + QByteArray::number(i % 100'000) : QByteArray();
        value.replace(0, digits, QByteArray::number(i).rightJustified(digits, '0', true));
        for (int attempt = 0;; ++attempt) {
            const rd_kafka_resp_err_t err =
                rd_kafka_producev(producer.get(), RD_KAFKA_V_TOPIC(name.constData()),
                                  RD_KAFKA_V_PARTITION(int(i % spec.partitions)),
                                  RD_KAFKA_V_KEY(spec.keyed ? key.constData() : nullptr, size_t(key.size())),
                                  RD_KAFKA_V_VALUE(value.data(), size_t(value.size())),
                                  RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (!err)
                break;
            // Right after CreateTopics the producer's metadata may not know the topic yet.
            const bool retriable = err == RD_KAFKA_RESP_ERR__QUEUE_FULL ||
                                   err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC ||
                                   err == RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION;
            if (!retriable || attempt == 1000) {
                out() << "produce failed: " << rd_kafka_err2str(err) << '\n';
                return false;
            }
            rd_kafka_poll(producer.get(), 10);
        }
    }
    if (const rd_kafka_resp_err_t err = rd_kafka_flush(producer.get(), 300'000)) {
        out() << "flushing the producer failed: " << rd_kafka_err2str(err) << '\n';
        return false;
    }
    return true;
}

std::optional<qint64> reuseOrFillTopic(const QString &topic, const FillSpec &spec, qint64 count) {
    const int partitions = test::partitionCount(topic);
    if (partitions < 0) {
        out() << "cannot read the metadata of " << topic << '\n';
        return std::nullopt;
    }
    if (partitions != 0 && partitions != spec.partitions) {
        out() << topic << " has " << partitions << " partitions, not " << spec.partitions << '\n';
        return std::nullopt;
    }
    qint64 held = 0;
    if (partitions == 0) {
        // One replica: the benchmarks measure reading, and three copies would only fill the disk.
        if (const QString error = test::createTopic(topic, spec.partitions, 1); !error.isEmpty()) {
            out() << "cannot create " << topic << ": " << error << '\n';
            return std::nullopt;
        }
    } else {
        for (int p = 0; p < partitions; ++p) {
            qint64 low = 0;
            qint64 high = 0;
            if (!test::queryWatermarks(topic, p, &low, &high)) {
                out() << "cannot read the watermarks of " << topic << '-' << p << '\n';
                return std::nullopt;
            }
            held += high - low;
        }
    }
    if (held >= count) {
        out() << "reusing " << topic << ": " << held << " messages\n";
        return held;
    }
    QElapsedTimer filling;
    filling.start();
    if (!fillTopic(topic, spec, count - held, held))
        return std::nullopt;
    out() << "produced " << count - held << " messages of " << spec.valueBytes << " bytes"
          << (spec.keyed ? " and a key of about 10" : "") << " to " << topic << " in "
          << filling.elapsed() / 1000.0 << " s\n";
    out().flush();
    return count;
}

} // namespace partita::bench
