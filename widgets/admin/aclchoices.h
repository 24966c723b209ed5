#pragma once

#include <QComboBox>
#include <QList>

namespace partita {

// Adds one item per ACL enum value, shown by its text and carrying the value as int item data.
template <typename Value, typename Text>
void addAclChoices(QComboBox *combo, const QList<Value> &values, Text text) {
    for (Value value : values)
        combo->addItem(text(value), int(value));
}

} // namespace partita
