#pragma once

#include "decoderchoice.h"
#include "messagerows.h"
#include "messagestore.h"
#include "workerhandle.h"

#include <QAbstractTableModel>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace partita {

// A batch with the messages a filter matches in it, found on the thread that read the batch, so
// that the GUI thread need not look at every message.
struct FilteredBatch {
    std::shared_ptr<const MessageBatch> batch;
    MessageFilter filter;          // what `matching` was found with
    std::vector<quint32> matching; // indices into `batch`, ascending; empty when the filter keeps all

    static FilteredBatch of(std::shared_ptr<const MessageBatch> batch, const MessageFilter &filter);
};

// The message browser's table: the messages of its own MessageStore, filtered and sorted through
// MessageRows. Texts are made only for the cells a view asks for. Filters and orders over more than
// BackgroundBuildRows rows are built on a worker thread; the table shows no rows until the newest
// build is done, and drops the results of builds superseded meanwhile.
class MessageTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PartitionColumn,
        OffsetColumn,
        TimestampColumn,
        KeyColumn,
        ValueColumn,
        HeadersColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role {
        StoreRowRole = Qt::UserRole, // the message's row in store()
    };
    // Characters of a key or value a cell shows.
    static constexpr int PreviewLength = 200;
    static constexpr int BackgroundBuildRows = 20'000;

    explicit MessageTableModel(QObject *parent = nullptr);
    ~MessageTableModel() override;

    // The messages read since the last call, as one insertion; then the oldest chunks the limits no
    // longer hold are evicted, as one removal. Call it once per GUI turn.
    void append(const std::vector<std::shared_ptr<const MessageBatch>> &batches);
    // The same for one batch, with the matches found beforehand where they are of the filter shown.
    void appendFiltered(const FilteredBatch &filtered);
    void setLimits(qint64 maxMessages, qint64 maxBytes);
    void clear();

    // Shows only the messages `filter` matches, new ones included as they arrive. False, changing
    // nothing, when the filter cannot be applied (MessageFilter::errorString()).
    bool setFilter(const MessageFilter &filter);
    const MessageFilter &filter() const { return m_rows.filter(); }
    // By partition, offset or timestamp; any other column, or -1, gives arrival order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    MessageOrder order() const { return m_rows.order(); }
    bool isBuilding() const { return m_building; }

    // How the key and value columns show their bytes.
    void setDecoders(const DecoderChoice &decoders);
    const DecoderChoice &decoders() const { return m_decoders; }

    const MessageStore &store() const { return m_store; }
    int storeRow(int row) const { return m_rows.storeRow(row); }
    // Messages shown in the table, with a store that keeps them for reading on another thread.
    struct Rows {
        MessageStore store;
        std::vector<int> storeRows; // in table order
    };
    // The table rows `rows`, or every row shown when it is empty.
    Rows snapshotOf(const QList<int> &rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The messages of the indexes' rows, each row once in the order of the table, as JSON Lines
    // (messageformat::jsonLine(), as partita-cli consume writes them), in text/plain and
    // application/jsonl.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

signals:
    // A build on the worker thread started, or the rows it built are shown (or it was superseded).
    void buildingChanged(bool building);

private:
    // The builds need no state of their own: the handle gives them a thread and drops superseded results.
    struct RowBuilder {};

    void rebuild(const MessageFilter &filter, MessageOrder order);
    void startBuild();
    void finishBuild(MessageRows rows, qint64 evictedAtSnapshot);
    void cancelBuild();
    void setBuilding(bool building);
    void show(const MessageRows::Addition &addition);
    // Store rows just appended that the filter matches, ascending: shown, or kept for the build.
    void takeMatches(std::vector<quint32> rows);
    void evictExcess();
    // A layout change that moves rows: `newPosition` maps a row to where `move` takes it.
    void moveRows(const std::function<int(int)> &newPosition, const std::function<void()> &move);
    QString text(int column, int storeRow) const;

    MessageStore m_store;
    MessageRows m_rows;
    DecoderChoice m_decoders;
    bool m_building = false;
    // While building: store rows appended since the snapshot that the new filter matches, ascending.
    std::vector<quint32> m_tail;
    std::shared_ptr<std::atomic_bool> m_cancelBuild;
    WorkerHandle<RowBuilder> m_builder;
};

} // namespace partita
