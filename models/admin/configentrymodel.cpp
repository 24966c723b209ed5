#include "configentrymodel.h"

#include "configdocs.h"

#include <QFont>

namespace partita {

namespace {

QString valueText(const ConfigEntry &entry) {
    if (entry.isSensitive)
        return ConfigEntryModel::tr("(sensitive, not shown)");
    if (!entry.hasValue)
        return ConfigEntryModel::tr("(not set)");
    return entry.value;
}

QString flagsText(const ConfigEntry &entry) {
    QStringList flags;
    if (entry.isReadOnly)
        flags.append(ConfigEntryModel::tr("Read-only: cannot be changed while the broker runs."));
    if (entry.isSensitive)
        flags.append(ConfigEntryModel::tr("Sensitive: the broker never shows its value."));
    return flags.join(QLatin1Char('\n'));
}

bool isChanged(const ConfigEntry &entry) {
    return entry.source != ConfigSource::Default && entry.source != ConfigSource::Unknown;
}

} // namespace

QString configSourceText(ConfigSource source) {
    switch (source) {
    case ConfigSource::DynamicTopic:
        return ConfigEntryModel::tr("this topic");
    case ConfigSource::DynamicBroker:
        return ConfigEntryModel::tr("this broker, at runtime");
    case ConfigSource::DynamicDefaultBroker:
        return ConfigEntryModel::tr("all brokers, at runtime");
    case ConfigSource::StaticBroker:
        return ConfigEntryModel::tr("broker's server.properties");
    case ConfigSource::Default:
        return ConfigEntryModel::tr("Kafka's default");
    case ConfigSource::Unknown:
        break;
    }
    return ConfigEntryModel::tr("unknown");
}

bool operator==(const ConfigEntry &a, const ConfigEntry &b) {
    return a.name == b.name && a.value == b.value && a.hasValue == b.hasValue && a.source == b.source &&
           a.isSensitive == b.isSensitive && a.isReadOnly == b.isReadOnly && a.isDefault == b.isDefault;
}

ConfigEntryModel::ConfigEntryModel(QObject *parent)
    : TableModel(ColumnCount, SortRole, parent) {
    using Row = ConfigEntry;
    column(NameColumn)
        .header(tr("Name"))
        .value([](const Row &row) { return row.name; })
        .toolTip([](const Row &row) {
            QStringList lines{configDocumentation(row.name), flagsText(row)};
            lines.removeAll(QString());
            return lines.join(QStringLiteral("\n\n"));
        });
    column(ValueColumn)
        .header(tr("Value"))
        .value([](const Row &row) { return row.value; })
        .text(valueText)
        .toolTip([](const Row &row) { return row.hasValue && !row.isSensitive ? row.value : QString(); });
    column(SourceColumn)
        .header(tr("Set by"), tr("Where the value comes from: the topic, a broker, or Kafka's default"))
        .value([](const Row &row) { return int(row.source); })
        .text([](const Row &row) { return configSourceText(row.source); });
    rowRole(ChangedRole, [](const Row &row) { return isChanged(row); });
    rowRole(Qt::FontRole, [](const Row &row) {
        if (!isChanged(row))
            return QVariant();
        QFont bold;
        bold.setBold(true);
        return QVariant(bold);
    });
}

void ConfigEntryModel::setEntries(const QList<ConfigEntry> &entries, bool sameSubject) {
    // The broker answers them sorted by name (ClusterAdmin sorts), the order merging needs.
    if (!sameSubject) {
        resetRows([&]() { return std::vector<ConfigEntry>(entries.cbegin(), entries.cend()); });
        return;
    }
    mergeRows(entries, [](const ConfigEntry &entry) -> const QString & { return entry.name; });
}

const ConfigEntry *ConfigEntryModel::entryAt(int row) const {
    return row >= 0 && row < int(rows().size()) ? &rows()[size_t(row)] : nullptr;
}

} // namespace partita
