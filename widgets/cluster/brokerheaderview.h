#pragma once

#include <QHeaderView>

namespace partita {

// Horizontal header of the topology grid that shows a down broker's column in red, so an outage is
// visible without reading every cell.
class BrokerHeaderView : public QHeaderView {
    Q_OBJECT
public:
    explicit BrokerHeaderView(QWidget *parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
};

} // namespace partita
