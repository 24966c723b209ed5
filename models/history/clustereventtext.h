#pragma once

#include "clusterevent.h"

#include <QCoreApplication>
#include <QString>

namespace partita {

// How the event timeline puts an event into words, in the language of the moment.
class ClusterEventText {
    Q_DECLARE_TR_FUNCTIONS(ClusterEventText)

public:
    // What an event is about, for filtering the timeline.
    enum Category { Brokers, Partitions, Topics, Groups, CategoryCount };

    static Category categoryOf(ClusterEvent::Kind kind);
    static QString categoryName(Category category);
    // One sentence, e.g. "Leader of orders-3 moved from broker 1 to broker 2".
    static QString describe(const ClusterEvent &event);
};

} // namespace partita
