#include "messagerows.h"

#include "messagestore.h"

#include <algorithm>
#include <tuple>

namespace partita {

namespace {

// Rows a build filters between two looks at its cancellation.
constexpr int BuildStep = 16 * 1024;

qint64 sortKey(const MessageRecord &record, MessageOrder::Key key) {
    switch (key) {
    case MessageOrder::Key::Partition:
        return record.partition;
    case MessageOrder::Key::Offset:
        return record.offset;
    case MessageOrder::Key::Timestamp:
        return record.timestamp;
    case MessageOrder::Key::Arrival:
        break;
    }
    return 0; // the row number decides
}

// Key first, then arrival, so that no two rows compare equal.
bool ordered(qint64 keyA, quint32 a, qint64 keyB, quint32 b, Qt::SortOrder direction) {
    return direction == Qt::AscendingOrder ? std::tie(keyA, a) < std::tie(keyB, b)
                                           : std::tie(keyB, b) < std::tie(keyA, a);
}

} // namespace

MessageRows::MessageRows(const MessageFilter &filter, MessageOrder order)
    : m_filter(filter)
    , m_matcher(filter)
    , m_order(order)
    , m_showsAll(filter.keepsAll() && order == MessageOrder()) {}

bool MessageRows::build(const MessageStore &store, const std::atomic_bool &cancelled) {
    const int end = store.rowCount();
    if (m_showsAll) {
        m_count = end;
        return true;
    }
    std::vector<quint32> rows;
    for (int first = 0; first < end; first += BuildStep) {
        if (cancelled)
            return false;
        const std::vector<quint32> block = matching(store, first, std::min(end, first + BuildStep));
        rows.insert(rows.end(), block.begin(), block.end());
    }
    sortRows(store, rows);
    if (cancelled)
        return false;
    rows.shrink_to_fit();
    m_rows = std::move(rows);
    return true;
}

std::vector<quint32> MessageRows::matching(const MessageStore &store, int first, int end) const {
    std::vector<quint32> rows;
    for (int row = first; row < end; ++row) {
        if (m_matcher.matches(store, row))
            rows.push_back(quint32(row));
    }
    return rows;
}

bool MessageRows::before(const MessageStore &store, quint32 a, quint32 b) const {
    return ordered(sortKey(store.record(int(a)), m_order.key), a, sortKey(store.record(int(b)), m_order.key),
                   b, m_order.direction);
}

void MessageRows::sortRows(const MessageStore &store, std::vector<quint32> &rows) const {
    if (m_order == MessageOrder())
        return; // ascending row numbers are arrival order
    // Keys read once per row, not once per comparison.
    struct Keyed {
        qint64 key;
        quint32 row;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(rows.size());
    for (quint32 row : rows)
        keyed.push_back({sortKey(store.record(int(row)), m_order.key), row});
    std::sort(keyed.begin(), keyed.end(), [direction = m_order.direction](const Keyed &a, const Keyed &b) {
        return ordered(a.key, a.row, b.key, b.row, direction);
    });
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = keyed[i].row;
}

MessageRows::Addition MessageRows::place(const MessageStore &store, std::vector<quint32> rows) const {
    Addition addition;
    sortRows(store, rows);
    const int shown = count();
    if (m_showsAll || shown == 0 || rows.empty() || before(store, m_rows.back(), rows.front())) {
        // After every row shown: what arrival order and a tail read sorted by time or offset give.
        addition.positions.assign(rows.size(), shown);
    } else {
        addition.positions.reserve(rows.size());
        auto from = m_rows.begin();
        for (quint32 row : rows) {
            from = std::lower_bound(from, m_rows.end(), row, [&](quint32 shownRow, quint32 newRow) {
                return before(store, shownRow, newRow);
            });
            addition.positions.push_back(int(from - m_rows.begin()));
        }
    }
    addition.rows = std::move(rows);
    return addition;
}

void MessageRows::insert(const Addition &addition) {
    if (m_showsAll) {
        m_count += int(addition.rows.size());
        return;
    }
    if (addition.isContiguous() && !addition.positions.empty() && addition.positions.front() == count()) {
        m_rows.insert(m_rows.end(), addition.rows.begin(), addition.rows.end());
        return;
    }
    std::vector<quint32> merged;
    merged.reserve(m_rows.size() + addition.rows.size());
    auto next = m_rows.begin();
    for (size_t i = 0; i < addition.rows.size(); ++i) {
        const auto at = m_rows.begin() + addition.positions[i];
        merged.insert(merged.end(), next, at);
        next = at;
        merged.push_back(addition.rows[i]);
    }
    merged.insert(merged.end(), next, m_rows.end());
    m_rows = std::move(merged);
}

void MessageRows::append(const Addition &addition) {
    m_rows.insert(m_rows.end(), addition.rows.begin(), addition.rows.end());
}

void MessageRows::moveAppended(const Addition &addition) {
    m_rows.resize(m_rows.size() - addition.rows.size());
    insert(addition);
}

int MessageRows::positionAfterMove(const Addition &addition, int countBefore, int position) {
    if (position >= countBefore) {
        const int i = position - countBefore;
        return addition.positions[size_t(i)] + i;
    }
    // Behind every added row that goes before it.
    return position + int(std::upper_bound(addition.positions.begin(), addition.positions.end(), position) -
                          addition.positions.begin());
}

std::vector<int> MessageRows::positionsBelow(int storeRows) const {
    std::vector<int> positions;
    if (m_showsAll) {
        positions.resize(size_t(std::min(storeRows, m_count)));
        for (size_t i = 0; i < positions.size(); ++i)
            positions[i] = int(i);
        return positions;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i] < quint32(storeRows))
            positions.push_back(int(i));
    }
    return positions;
}

void MessageRows::moveToFront(const std::vector<int> &positions) {
    std::vector<quint32> moved;
    moved.reserve(m_rows.size());
    for (int position : positions)
        moved.push_back(m_rows[size_t(position)]);
    auto next = positions.begin();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (next != positions.end() && *next == int(i))
            ++next;
        else
            moved.push_back(m_rows[i]);
    }
    m_rows = std::move(moved);
}

int MessageRows::positionAfterMoveToFront(const std::vector<int> &positions, int position) {
    const auto at = std::lower_bound(positions.begin(), positions.end(), position);
    const int movedBefore = int(at - positions.begin());
    if (at != positions.end() && *at == position)
        return movedBefore;
    return int(positions.size()) + position - movedBefore;
}

void MessageRows::evict(int storeRows) {
    if (m_showsAll)
        m_count = std::max(0, m_count - storeRows);
    else
        evict(m_rows, storeRows);
}

void MessageRows::evict(std::vector<quint32> &rows, int storeRows) {
    auto kept = rows.begin();
    for (quint32 row : rows) {
        if (row >= quint32(storeRows))
            *kept++ = row - quint32(storeRows);
    }
    rows.erase(kept, rows.end());
}

} // namespace partita
