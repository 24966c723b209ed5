#include "connectionprobe.h"

#include "connectionerrors.h"
#include "durationtext.h"
#include "snapshotclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace partita {

namespace {

using Endpoint = ConnectionSettings::BootstrapAddress;

QString labelOf(const Endpoint &endpoint) {
    return QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port);
}

// The host's first address, or an empty address with *error set; bounded, unlike QHostInfo::fromName().
QHostAddress resolve(const QString &host, std::chrono::milliseconds timeout, QString *error) {
    QHostAddress literal;
    if (literal.setAddress(host))
        return literal;
    QEventLoop loop;
    QHostInfo info;
    bool answered = false;
    const int lookup = QHostInfo::lookupHost(host, &loop, [&](const QHostInfo &result) {
        info = result;
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    if (!answered)
        loop.exec();
    if (!answered) {
        QHostInfo::abortHostLookup(lookup);
        *error = ConnectionProbe::tr("no answer from the resolver within %1").arg(secondsText(timeout));
        return {};
    }
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        *error = info.errorString();
        return {};
    }
    return info.addresses().constFirst();
}

// One TLS problem in words, with what the certificate says where that is the point.
QString describeSslError(const QSslError &error, const QString &host) {
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return ConnectionProbe::tr("the broker's certificate expired on %1")
            .arg(certificate.expiryDate().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return ConnectionProbe::tr("the broker's certificate is valid only from %1")
            .arg(certificate.effectiveDate().toString(Qt::ISODate));
    case QSslError::HostNameMismatch: {
        QStringList names;
        const auto alternatives = certificate.subjectAlternativeNames();
        for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
            names << it.value();
        return ConnectionProbe::tr("host-name mismatch: the certificate names %1, not %2")
            .arg(names.isEmpty() ? certificate.subjectDisplayName() : names.join(QStringLiteral(", ")), host);
    }
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return ConnectionProbe::tr("untrusted certificate: %1 (is the CA file the one that signed it?)")
            .arg(error.errorString());
    default:
        return error.errorString();
    }
}

// The TLS configuration librdkafka is given, as Qt reads it; empty with *error set when it cannot be.
QSslConfiguration tlsConfiguration(const ConnectionSettings &settings, QString *error) {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.sslCaFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(settings.sslCaFile, QSsl::Pem);
        if (authorities.isEmpty()) {
            *error = ConnectionProbe::tr("the CA file %1 holds no PEM certificate").arg(settings.sslCaFile);
            return {};
        }
        configuration.setCaCertificates(authorities);
    }
    if (settings.sslCertificateFile.isEmpty())
        return configuration;
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(settings.sslCertificateFile, QSsl::Pem);
    QFile keyFile(settings.sslKeyFile);
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = ConnectionProbe::tr("cannot read the client certificate %1 or its key %2")
                     .arg(settings.sslCertificateFile, settings.sslKeyFile);
        return {};
    }
    const QByteArray keyData = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey, settings.sslKeyPassword.toUtf8());
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = ConnectionProbe::tr("cannot read the client key %1: wrong key password, or not a PEM key")
                     .arg(settings.sslKeyFile);
        return {};
    }
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    return configuration;
}

// The handshake with one broker; empty when it succeeded.
QString handshake(const Endpoint &endpoint, const ConnectionSettings &settings, const QSslConfiguration &tls,
                  std::chrono::milliseconds timeout) {
    QSslSocket socket;
    socket.setSslConfiguration(tls);
    QStringList problems;
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&](const QList<QSslError> &errors) {
        bool onlyHostName = true;
        for (const QSslError &error : errors) {
            problems << describeSslError(error, endpoint.host);
            onlyHostName = onlyHostName && error.error() == QSslError::HostNameMismatch;
        }
        // What librdkafka does with ssl.endpoint.identification.algorithm=none.
        if (onlyHostName && !settings.sslVerifyHostname)
            socket.ignoreSslErrors();
    });
    socket.connectToHostEncrypted(endpoint.host, endpoint.port);
    if (socket.waitForEncrypted(int(timeout.count())))
        return {};
    if (!problems.isEmpty())
        return problems.join(QStringLiteral("; "));
    return socket.error() == QAbstractSocket::SocketTimeoutError
               ? ConnectionProbe::tr("no handshake within %1").arg(secondsText(timeout))
               : socket.errorString();
}

// Runs the stages in order, each over every bootstrap server that passed the one before.
class Probe {
public:
    Probe(const ConnectionSettings &settings, std::chrono::milliseconds timeout)
        : m_settings(settings)
        , m_timeout(timeout) {
        for (const ProbeStage stage : {ProbeStage::Resolve, ProbeStage::Connect, ProbeStage::Tls,
                                       ProbeStage::Authenticate, ProbeStage::Metadata})
            m_report.steps.append({stage, ProbeStep::Outcome::Skipped, ConnectionProbe::tr("not tried"), 0});
    }

    ProbeReport run() {
        QList<Endpoint> endpoints = m_settings.bootstrapAddresses();
        if (endpoints.isEmpty()) {
            finish(ProbeStage::Resolve, false, ConnectionProbe::tr("no bootstrap server given"));
            return m_report;
        }
        if (!perEndpoint(ProbeStage::Resolve, &endpoints, [this](const Endpoint &e, QString *detail) {
                QString error;
                const QHostAddress address = resolve(e.host, m_timeout, &error);
                *detail = address.isNull() ? error : address.toString();
                return !address.isNull();
            }))
            return m_report;
        if (!perEndpoint(ProbeStage::Connect, &endpoints, [this](const Endpoint &e, QString *detail) {
                QTcpSocket socket;
                socket.connectToHost(e.host, e.port);
                const bool connected = socket.waitForConnected(int(m_timeout.count()));
                *detail = connected ? ConnectionProbe::tr("connected") : socket.errorString();
                return connected;
            }))
            return m_report;
        if (m_settings.usesSsl() && !tls(&endpoints))
            return m_report;
        if (!m_settings.usesSsl())
            skip(ProbeStage::Tls, ConnectionProbe::tr("not used by %1").arg(m_settings.securityProtocol));
        askCluster();
        return m_report;
    }

private:
    ProbeStep &step(ProbeStage stage) { return m_report.steps[int(stage)]; }

    void finish(ProbeStage stage, bool passed, const QString &detail) {
        ProbeStep &s = step(stage);
        s.outcome = passed ? ProbeStep::Outcome::Passed : ProbeStep::Outcome::Failed;
        s.detail = detail;
        s.elapsedMs = m_clock.restart();
    }

    void skip(ProbeStage stage, const QString &why) {
        step(stage).detail = why;
        m_clock.restart();
    }

    // Passes when some server passes; the others are named in the detail and tried no further.
    template <typename Check> bool perEndpoint(ProbeStage stage, QList<Endpoint> *endpoints, Check check) {
        m_clock.start();
        QStringList lines;
        QList<Endpoint> passed;
        for (const Endpoint &endpoint : std::as_const(*endpoints)) {
            QString detail;
            if (check(endpoint, &detail))
                passed << endpoint;
            lines << QStringLiteral("%1: %2").arg(labelOf(endpoint), detail);
        }
        finish(stage, !passed.isEmpty(), lines.join(QLatin1Char('\n')));
        *endpoints = passed;
        return !passed.isEmpty();
    }

    bool tls(QList<Endpoint> *endpoints) {
        m_clock.start();
        QString error;
        const QSslConfiguration configuration = tlsConfiguration(m_settings, &error);
        if (!error.isEmpty()) {
            finish(ProbeStage::Tls, false, error);
            return false;
        }
        return perEndpoint(ProbeStage::Tls, endpoints, [&](const Endpoint &e, QString *detail) {
            *detail = handshake(e, m_settings, configuration, m_timeout);
            const bool ok = detail->isEmpty();
            if (ok)
                *detail = m_settings.sslVerifyHostname
                              ? ConnectionProbe::tr("certificate trusted and names the host")
                              : ConnectionProbe::tr("certificate trusted; host name not checked");
            return ok;
        });
    }

    // SASL and metadata as the session does them, through librdkafka.
    void askCluster() {
        m_clock.start();
        QString error;
        const auto client = SnapshotClient::create(m_settings, &error);
        if (!client) {
            // librdkafka reads the certificate and key when the client is made.
            finish(m_settings.usesSsl() ? ProbeStage::Tls : ProbeStage::Metadata, false, error);
            return;
        }
        SnapshotClient::Timeouts timeouts;
        timeouts.metadata = 2 * m_timeout;
        timeouts.offsets = m_timeout;
        SnapshotResult result = client->fetch(timeouts);
        result.message = readableKafkaText(result.message);
        if (result.snapshot) {
            if (m_settings.usesSasl())
                finish(ProbeStage::Authenticate, true,
                       ConnectionProbe::tr("as %1 with %2")
                           .arg(m_settings.saslUsername,
                                ConnectionSettings::normalizedMechanism(m_settings.saslMechanism)));
            else
                skip(ProbeStage::Authenticate,
                     ConnectionProbe::tr("not used by %1").arg(m_settings.securityProtocol));
            finish(ProbeStage::Metadata, true,
                   ConnectionProbe::tr("%1 brokers, %2 topics, cluster %3")
                       .arg(result.snapshot->brokers.size())
                       .arg(result.snapshot->topics.size())
                       .arg(result.snapshot->clusterId));
            return;
        }
        switch (result.failure) {
        case ConnectionFailure::Authentication:
            finish(ProbeStage::Authenticate, false, result.message);
            break;
        case ConnectionFailure::Tls:
            finish(ProbeStage::Tls, false, result.message);
            break;
        case ConnectionFailure::Resolve:
        case ConnectionFailure::Unreachable:
            // Reached directly, but not by librdkafka: most likely the advertised listeners.
            finish(ProbeStage::Metadata, false,
                   ConnectionProbe::tr("%1 (the bootstrap servers answered; do the brokers advertise "
                                       "addresses this machine can reach?)")
                       .arg(result.message));
            break;
        case ConnectionFailure::None:
        case ConnectionFailure::NoAnswer:
            finish(ProbeStage::Metadata, false, result.message);
            break;
        }
    }

    const ConnectionSettings &m_settings;
    const std::chrono::milliseconds m_timeout;
    ProbeReport m_report;
    QElapsedTimer m_clock;
};

} // namespace

bool ProbeReport::passed() const {
    return !steps.isEmpty() && !failure() && steps.constLast().outcome == ProbeStep::Outcome::Passed;
}

const ProbeStep *ProbeReport::failure() const {
    for (const ProbeStep &step : steps) {
        if (step.outcome == ProbeStep::Outcome::Failed)
            return &step;
    }
    return nullptr;
}

ProbeReport ConnectionProbe::run(const ConnectionSettings &settings, std::chrono::milliseconds stageTimeout) {
    return Probe(settings, stageTimeout).run();
}

QString ConnectionProbe::stageName(ProbeStage stage) {
    switch (stage) {
    case ProbeStage::Resolve:
        return tr("Name resolution");
    case ProbeStage::Connect:
        return tr("TCP connection");
    case ProbeStage::Tls:
        return tr("TLS handshake");
    case ProbeStage::Authenticate:
        return tr("SASL authentication");
    case ProbeStage::Metadata:
        return tr("Metadata");
    }
    return {};
}

} // namespace partita
