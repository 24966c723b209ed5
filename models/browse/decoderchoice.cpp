#include "decoderchoice.h"

#include <QSettings>

namespace partita {

namespace {

// Kafka's topic names have no '/', so a name cannot reach into another topic's group.
QString groupOf(const QString &topic) {
    return QStringLiteral("messages/decoders/") + topic;
}

Decoder stored(const QSettings &settings, const QString &key, Decoder fallback) {
    return decoderFromId(settings.value(key).toString()).value_or(fallback);
}

} // namespace

DecoderChoice DecoderChoice::load(const QString &topic) {
    QSettings settings;
    settings.beginGroup(groupOf(topic));
    const Decoder fallback = defaultDecoder(topic);
    return {stored(settings, QStringLiteral("key"), fallback),
            stored(settings, QStringLiteral("value"), fallback)};
}

void DecoderChoice::save(const QString &topic) const {
    QSettings settings;
    settings.beginGroup(groupOf(topic));
    settings.setValue(QStringLiteral("key"), decoderId(key));
    settings.setValue(QStringLiteral("value"), decoderId(value));
}

} // namespace partita
