#pragma once

#include "displayformat.h"
#include "mergingtablemodel.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <utility>
#include <vector>

namespace partita {

// One column of a TableModel, declared once. For each row it gives the cell's raw value, which answers
// the model's sort role and, unless the column declares text(), is also what the cell shows; so the
// shown text and the sort order cannot drift apart. Every setter returns the column for chaining.
template <typename Row> class TableColumn {
public:
    using Value = std::function<QVariant(const Row &)>;
    using Text = std::function<QString(const Row &)>;

    explicit TableColumn(int sortRole = -1)
        : m_sortRole(sortRole) {}

    TableColumn &header(const QString &text, const QString &toolTip = QString()) {
        setHeader(Qt::DisplayRole, text);
        if (!toolTip.isEmpty())
            setHeader(Qt::ToolTipRole, toolTip);
        return *this;
    }
    // Answers `role` with `value` on the header and on every cell of the column.
    TableColumn &columnRole(int role, const QVariant &value) {
        setHeader(role, value);
        setCell(role, [value](const Row &) { return value; });
        return *this;
    }
    TableColumn &value(Value value, ValueText shown = ValueText::Count) {
        if (m_sortRole >= 0)
            setCell(m_sortRole, value);
        if (!m_hasText)
            setCell(Qt::DisplayRole,
                    [value, shown](const Row &row) { return formatValue(value(row), shown); });
        return *this;
    }
    // What the cell shows when that is not simply its value, e.g. a list whose value is its length.
    TableColumn &text(Text text) {
        m_hasText = true;
        setCell(Qt::DisplayRole, [text](const Row &row) { return QVariant(text(row)); });
        return *this;
    }
    // An empty text gives the cell no tool tip.
    TableColumn &toolTip(Text toolTip) {
        setCell(Qt::ToolTipRole, [toolTip](const Row &row) {
            const QString text = toolTip(row);
            return text.isEmpty() ? QVariant() : QVariant(text);
        });
        return *this;
    }
    TableColumn &align(Qt::Alignment alignment) {
        QVariant value = int(alignment);
        setCell(Qt::TextAlignmentRole, [value](const Row &) { return value; });
        return *this;
    }
    // Aligned as numbers are, to the right.
    TableColumn &numeric() { return align(Qt::AlignRight | Qt::AlignVCenter); }
    // Any other role of the cells, e.g. Qt::ForegroundRole or a status role for a delegate.
    TableColumn &role(int role, Value value) {
        setCell(role, std::move(value));
        return *this;
    }

    QVariant headerData(int role) const {
        for (const auto &[declared, value] : m_header) {
            if (declared == role)
                return value;
        }
        return {};
    }
    // The declaration answering `role` on a cell, or nullptr when the column declares none.
    const Value *cell(int role) const {
        for (const auto &[declared, value] : m_cells) {
            if (declared == role)
                return &value;
        }
        return nullptr;
    }

private:
    void setHeader(int role, const QVariant &value) {
        for (auto &entry : m_header) {
            if (entry.first == role) {
                entry.second = value;
                return;
            }
        }
        m_header.emplace_back(role, value);
    }
    void setCell(int role, Value value) {
        for (auto &entry : m_cells) {
            if (entry.first == role) {
                entry.second = std::move(value);
                return;
            }
        }
        m_cells.emplace_back(role, std::move(value));
    }

    int m_sortRole;
    bool m_hasText = false;
    // A handful of roles each, so a linear search beats any map.
    std::vector<std::pair<int, QVariant>> m_header;
    std::vector<std::pair<int, Value>> m_cells;
};

// Base of the table models: rows are a sorted std::vector<Row> merged with mergeSorted(), so a refresh
// is a row-level diff and views keep their selection; columns are TableColumn declarations, either a
// fixed list made in the constructor or one column per element of a sorted list (see mergeColumns()).
// The item-model functions are written here once, and final.
template <typename Row> class TableModel : public MergingTableModel {
public:
    using Column = TableColumn<Row>;
    using Value = typename Column::Value;
    using Text = typename Column::Text;

    int rowCount(const QModelIndex &parent = {}) const final {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const final {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final {
        if (!hasIndex(index.row(), index.column(), index.parent()))
            return {};
        const Row &row = m_rows[size_t(index.row())];
        if (const Value *cell = m_columns[size_t(index.column())].cell(role))
            return (*cell)(row);
        return rowData(row, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final {
        if (orientation == Qt::Horizontal)
            return section >= 0 && section < columnCount() ? m_columns[size_t(section)].headerData(role)
                                                           : QVariant();
        if (!m_rowHeader || section < 0 || section >= rowCount())
            return {};
        const Row &row = m_rows[size_t(section)];
        return role == Qt::DisplayRole ? QVariant(m_rowHeader(row)) : rowData(row, role);
    }

protected:
    // `columns` fixed columns, declared with column(); `sortRole` answers each cell's raw value, -1 for none.
    TableModel(int columns, int sortRole, QObject *parent)
        : MergingTableModel(parent)
        , m_sortRole(sortRole)
        , m_columns(size_t(columns), Column(sortRole)) {}

    Column &column(int column) { return m_columns.at(size_t(column)); }
    // Answers `role` on every cell of a row (unless its column declares the role) and on its row header.
    void rowRole(int role, Value value) { m_rowRoles.emplace_back(role, std::move(value)); }
    // Gives rows a vertical header with this text; without one the vertical header answers nothing.
    void setRowHeader(Text text) { m_rowHeader = std::move(text); }

    const std::vector<Row> &rows() const { return m_rows; }
    // See mergeSorted(): `next` sorted by keyOf() like the rows.
    template <typename Next, typename KeyOf> void mergeRows(const Next &next, KeyOf keyOf) {
        mergeSorted(m_rows, next, keyOf, rowObserver());
    }
    // Replaces every row in one model reset, for a switch of what the table is about (another topic or
    // group) where no row should survive. `change` runs inside the reset and returns the new rows.
    template <typename Change> void resetRows(Change change) {
        beginResetModel();
        m_rows = change();
        endResetModel();
    }

    // Columns that follow a list, e.g. one per broker: merges `next` into `sources` like rows (sorted by
    // keyOf(), unique keys) and keeps one column per element, declared by declare(Column &, const Source &)
    // when it appears or changes. Fixed columns must not be mixed with these.
    template <typename Source, typename Next, typename KeyOf, typename Declare>
    void mergeColumns(std::vector<Source> &sources, const Next &next, KeyOf keyOf, Declare declare) {
        const MergeObserver signal = columnObserver();
        const auto redeclare = [&](int first, int last) {
            for (int c = first; c <= last; ++c) {
                Column fresh(m_sortRole);
                declare(fresh, sources[size_t(c)]);
                m_columns[size_t(c)] = std::move(fresh);
            }
        };
        int first = 0;
        int last = -1;
        MergeObserver observer;
        observer.beginInsert = [&](int f, int l) {
            first = f;
            last = l;
            signal.beginInsert(f, l);
        };
        observer.endInsert = [&]() {
            m_columns.insert(m_columns.begin() + first, size_t(last - first) + 1, Column(m_sortRole));
            redeclare(first, last);
            signal.endInsert();
        };
        observer.beginRemove = [&](int f, int l) {
            first = f;
            last = l;
            signal.beginRemove(f, l);
        };
        observer.endRemove = [&]() {
            m_columns.erase(m_columns.begin() + first, m_columns.begin() + last + 1);
            signal.endRemove();
        };
        observer.changed = [&](int f, int l) {
            redeclare(f, l);
            signal.changed(f, l);
        };
        mergeSorted(sources, next, keyOf, observer);
    }

private:
    QVariant rowData(const Row &row, int role) const {
        for (const auto &[declared, value] : m_rowRoles) {
            if (declared == role)
                return value(row);
        }
        return {};
    }

    const int m_sortRole;
    std::vector<Column> m_columns;
    std::vector<std::pair<int, Value>> m_rowRoles;
    Text m_rowHeader;
    std::vector<Row> m_rows;
};

} // namespace partita
