#pragma once

#include "messagefilter.h"

#include <QtGlobal>

#include <atomic>
#include <vector>

namespace partita {

class MessageStore;

// The order the browser shows messages in: as they arrived, or by partition, offset or timestamp.
// Equal keys keep the order of arrival (reversed with the rest when descending).
struct MessageOrder {
    enum class Key { Arrival, Partition, Offset, Timestamp };
    Key key = Key::Arrival;
    Qt::SortOrder direction = Qt::AscendingOrder;

    bool operator==(const MessageOrder &other) const {
        return key == other.key && direction == other.direction;
    }
    bool operator!=(const MessageOrder &other) const { return !(*this == other); }
};

// Which rows of a MessageStore a view shows, in which order: every row as it arrived, without any
// per-row cost, or a vector of the row numbers a filter matches, sorted. Kept up to date as rows are
// appended and evicted; the model asks what a change does (prepare*) before making it, to announce it.
class MessageRows {
public:
    // New rows to show, in the order shown, and for each the position among the rows shown now that it
    // goes before (non-decreasing).
    struct Addition {
        std::vector<quint32> rows;
        std::vector<int> positions;
        // All go into one place, so one insertion shows them.
        bool isContiguous() const { return positions.empty() || positions.front() == positions.back(); }
    };

    // Every row in arrival order; none yet.
    MessageRows() = default;
    // None yet; adds only rows `filter` matches, in `order`.
    MessageRows(const MessageFilter &filter, MessageOrder order);

    // Shows every row of `store` that the filter matches, replacing what was shown. Returns false,
    // leaving the rows undefined, as soon as `cancelled` is set.
    bool build(const MessageStore &store, const std::atomic_bool &cancelled);

    const MessageFilter &filter() const { return m_filter; }
    MessageOrder order() const { return m_order; }
    // No filter and arrival order: nothing to build.
    bool showsEveryRow() const { return m_showsAll; }
    int count() const { return m_showsAll ? m_count : int(m_rows.size()); }
    // The store row shown at `position`.
    int storeRow(int position) const { return m_showsAll ? position : int(m_rows[size_t(position)]); }

    // Of the store rows [first, end), those the filter matches, ascending.
    std::vector<quint32> matching(const MessageStore &store, int first, int end) const;
    // Where rows not shown yet (ascending, the filter's matches) go.
    Addition place(const MessageStore &store, std::vector<quint32> rows) const;
    void insert(const Addition &addition);
    // For an addition that is not contiguous (never when every row is shown): shows its rows after
    // every row shown now, so that a single insertion at the end can announce them; moveAppended()
    // then takes them where the order puts them.
    void append(const Addition &addition);
    void moveAppended(const Addition &addition);
    // Where the position of a row shown before moveAppended() goes.
    static int positionAfterMove(const Addition &addition, int countBefore, int position);

    // Positions (ascending) of the rows shown among the store's first `storeRows`.
    std::vector<int> positionsBelow(int storeRows) const;
    // Takes the rows at `positions` (ascending, not contiguous: never when every row is shown) to the
    // front, keeping the order of the others, so that a single removal at the top can announce their
    // eviction.
    void moveToFront(const std::vector<int> &positions);
    static int positionAfterMoveToFront(const std::vector<int> &positions, int position);
    // Forgets the store's first `storeRows` rows (evicted) and renumbers the rest.
    void evict(int storeRows);
    // The same for a vector of store rows.
    static void evict(std::vector<quint32> &rows, int storeRows);

    // Heap of the row vector.
    qint64 memoryUsage() const { return qint64(m_rows.capacity()) * qint64(sizeof(quint32)); }

private:
    bool before(const MessageStore &store, quint32 a, quint32 b) const;
    void sortRows(const MessageStore &store, std::vector<quint32> &rows) const;

    MessageFilter m_filter;
    MessageMatcher m_matcher{m_filter};
    MessageOrder m_order;
    bool m_showsAll = true; // no filter and arrival order: rows are positions, m_rows unused
    int m_count = 0;        // when m_showsAll
    std::vector<quint32> m_rows;
};

} // namespace partita
