#include "texttable.h"

#include <algorithm>

namespace partita {

void printTable(QTextStream &out, const QList<QStringList> &rows) {
    QList<int> widths;
    for (const auto &row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], int(row[c].size()));
        }
    }
    for (const auto &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += row[c].leftJustified(widths[c] + 2);
        out << line.trimmed() << '\n';
    }
}

} // namespace partita
