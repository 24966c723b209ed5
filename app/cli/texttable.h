#pragma once

#include <QStringList>
#include <QTextStream>

namespace partita {

// Prints rows (the first one the header) as columns padded to their widest cell.
void printTable(QTextStream &out, const QList<QStringList> &rows);

} // namespace partita
