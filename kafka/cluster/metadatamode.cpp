#include "metadatamode.h"

#include <QStringList>

namespace partita {

namespace {

QStringList listValue(const QMap<QString, QString> &configs, const QString &name) {
    QStringList items;
    const QStringList parts = configs.value(name).split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

// "host:port" or "[v6-host]:port"; false when either part is missing or the port is no number.
bool parseEndpoint(const QString &text, QString *host, int *port) {
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (h.isEmpty() || !ok || p <= 0 || p > 65535)
        return false;
    *host = h;
    *port = p;
    return true;
}

QList<ControllerVoter> parseVoters(const QStringList &entries) {
    QList<ControllerVoter> voters;
    for (const QString &entry : entries) {
        const int at = entry.indexOf(QLatin1Char('@'));
        if (at <= 0)
            continue;
        ControllerVoter voter;
        bool ok = false;
        voter.id = entry.left(at).toInt(&ok);
        if (ok && voter.id >= 0 && parseEndpoint(entry.mid(at + 1), &voter.host, &voter.port))
            voters.append(voter);
    }
    return voters;
}

QList<ControllerVoter> parseBootstrapServers(const QStringList &entries) {
    QList<ControllerVoter> voters;
    for (const QString &entry : entries) {
        ControllerVoter voter;
        if (parseEndpoint(entry, &voter.host, &voter.port))
            voters.append(voter);
    }
    return voters;
}

} // namespace

MetadataModeDecision decideMetadataMode(const QMap<QString, QString> &configs) {
    MetadataModeDecision decision;
    // process.roles decides KRaft for Kafka itself; a KRaft node may still carry zookeeper.connect
    // (a migration controller), a ZooKeeper broker never has roles.
    if (!listValue(configs, QStringLiteral("process.roles")).isEmpty())
        decision.mode = MetadataMode::KRaft;
    else if (!configs.value(QStringLiteral("zookeeper.connect")).trimmed().isEmpty())
        decision.mode = MetadataMode::ZooKeeper;
    else
        return decision;
    // While a ZooKeeper cluster migrates to KRaft, the KRaft quorum already acts as its controller.
    const bool migrating = configs.value(QStringLiteral("zookeeper.metadata.migration.enable"))
                               .trimmed()
                               .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    decision.controllerIdVisible = decision.mode == MetadataMode::ZooKeeper && !migrating;

    // Named in ZooKeeper mode too while a cluster migrates.
    decision.voters = parseVoters(listValue(configs, QStringLiteral("controller.quorum.voters")));
    if (decision.voters.isEmpty()) {
        decision.voters =
            parseBootstrapServers(listValue(configs, QStringLiteral("controller.quorum.bootstrap.servers")));
    }
    return decision;
}

} // namespace partita
