#pragma once

#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <iterator>
#include <vector>

namespace partita {

// Receives the edits mergeSorted() makes, so a model can announce them as row or column signals.
// Indices are those of the list at the moment of the call; ranges include their last index.
struct MergeObserver {
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> changed; // called after the elements were replaced
};

// Turns `current` into `next` in place, with the fewest insert and remove runs the two lists allow.
// Both lists must be sorted ascending by keyOf() with unique keys. Elements whose key survives but
// whose value differs (operator==) are replaced and reported through `changed`, never removed and
// re-inserted, so views keep selection and scroll position on a refresh.
template <typename T, typename Source, typename KeyOf>
void mergeSorted(std::vector<T> &current, const Source &next, KeyOf keyOf, const MergeObserver &observer) {
    const auto strictlyAscending = [&keyOf](const auto &list) {
        return std::adjacent_find(std::cbegin(list), std::cend(list), [&keyOf](const T &a, const T &b) {
                   return !(keyOf(a) < keyOf(b));
               }) == std::cend(list);
    };
    Q_ASSERT(strictlyAscending(current));
    Q_ASSERT(strictlyAscending(next));
    Q_UNUSED(strictlyAscending);

    const int nextSize = int(std::size(next));
    const auto nextAt = [&next](int j) { return std::next(std::cbegin(next), j); };

    // Consecutive changed elements are reported as one range; it is flushed before any insert or
    // removal, because those shift the indices the range refers to.
    int changedFirst = -1;
    int changedLast = -1;
    const auto flushChanged = [&]() {
        if (changedFirst >= 0 && observer.changed)
            observer.changed(changedFirst, changedLast);
        changedFirst = -1;
    };

    int i = 0; // into current, which holds the merged prefix before i
    int j = 0; // into next
    // Whether current[at] sorts before next[j], i.e. is gone from the new list.
    const auto currentGoesFirst = [&](int at) {
        return at < int(current.size()) && (j == nextSize || keyOf(current[at]) < keyOf(*nextAt(j)));
    };
    // Whether next[at] sorts before current[i], i.e. is new.
    const auto nextGoesFirst = [&](int at) {
        return at < nextSize && (i == int(current.size()) || keyOf(*nextAt(at)) < keyOf(current[i]));
    };

    while (i < int(current.size()) || j < nextSize) {
        if (currentGoesFirst(i)) {
            int end = i + 1;
            while (currentGoesFirst(end))
                ++end;
            flushChanged();
            observer.beginRemove(i, end - 1);
            current.erase(current.begin() + i, current.begin() + end);
            observer.endRemove();
        } else if (nextGoesFirst(j)) {
            int end = j + 1;
            while (nextGoesFirst(end))
                ++end;
            flushChanged();
            observer.beginInsert(i, i + end - j - 1);
            current.insert(current.begin() + i, nextAt(j), nextAt(end));
            observer.endInsert();
            i += end - j;
            j = end;
        } else {
            if (current[i] == *nextAt(j)) {
                flushChanged();
            } else {
                current[i] = *nextAt(j);
                if (changedFirst < 0)
                    changedFirst = i;
                changedLast = i;
            }
            ++i;
            ++j;
        }
    }
    flushChanged();
}

} // namespace partita
