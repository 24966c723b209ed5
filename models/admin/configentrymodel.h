#pragma once

#include "adminvalues.h"
#include "tablemodel.h"

namespace partita {

bool operator==(const ConfigEntry &a, const ConfigEntry &b);

// Where an entry's value comes from, in words ("set on this topic", "Kafka's default").
QString configSourceText(ConfigSource source);

// The configuration of one topic or broker as DescribeConfigs tells it: each entry's value, where the
// value comes from and its flags. Entries set anywhere but Kafka's defaults are shown in bold. Refreshes
// merge by name, so the selection survives an edit.
class ConfigEntryModel : public TableModel<ConfigEntry> {
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, SourceColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell
        ChangedRole,             // bool: the value is not Kafka's default
    };

    explicit ConfigEntryModel(QObject *parent = nullptr);

    // The entries of another topic or broker replace every row.
    void setEntries(const QList<ConfigEntry> &entries, bool sameSubject);
    // nullptr for a row out of range.
    const ConfigEntry *entryAt(int row) const;
};

} // namespace partita
