#include "historysettings.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace partita {

namespace {

const QString MaxMegabytesSetting = QStringLiteral("History/MaxMegabytes");

} // namespace

QString HistorySettings::fileFor(const QString &clusterId) {
    if (clusterId.isEmpty())
        return QString();
    // Cluster ids are base64url, but a broker could say anything: keep the name a plain file name.
    QString name = clusterId;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history/%1.sqlite").arg(name));
}

int HistorySettings::maxMegabytes() {
    return std::max(1, QSettings().value(MaxMegabytesSetting, DefaultMaxMegabytes).toInt());
}

HistoryLimits HistorySettings::limits() {
    HistoryLimits limits;
    limits.maxBytes = qint64(maxMegabytes()) * 1024 * 1024;
    return limits;
}

} // namespace partita
