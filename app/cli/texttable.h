#pragma once

#include <QStringList>
#include <QTextStream>

namespace partita {

// Prints rows (the first one the header) as columns padded to their widest cell.
void printTable(QTextStream &out, const QList<QStringList> &rows);
// "1 topic", "3 topics".
QString plural(qsizetype count, const char *noun);

} // namespace partita
