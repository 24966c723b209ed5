#include "messagetablemodel.h"

#include "displayformat.h"
#include "messageformat.h"

#include <QDateTime>
#include <QMimeData>

#include <set>

namespace partita {

namespace {

const std::atomic_bool NeverCancelled{false};

MessageOrder orderOf(int column, Qt::SortOrder direction) {
    switch (column) {
    case MessageTableModel::PartitionColumn:
        return {MessageOrder::Key::Partition, direction};
    case MessageTableModel::OffsetColumn:
        return {MessageOrder::Key::Offset, direction};
    case MessageTableModel::TimestampColumn:
        return {MessageOrder::Key::Timestamp, direction};
    default:
        return {};
    }
}

} // namespace

MessageTableModel::MessageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_builder(this, QStringLiteral("message-rows"),
                [](QString *) { return std::make_unique<RowBuilder>(); }) {}

// A build still running stops at its next look at the flag instead of finishing for nobody.
MessageTableModel::~MessageTableModel() {
    cancelBuild();
}

FilteredBatch FilteredBatch::of(std::shared_ptr<const MessageBatch> batch, const MessageFilter &filter) {
    FilteredBatch filtered{std::move(batch), filter, {}};
    if (filter.keepsAll() || !filter.errorString().isEmpty())
        return filtered;
    const MessageMatcher matcher(filter);
    for (int i = 0; i < filtered.batch->size(); ++i) {
        if (matcher.matches(*filtered.batch, i))
            filtered.matching.push_back(quint32(i));
    }
    return filtered;
}

void MessageTableModel::append(const std::vector<std::shared_ptr<const MessageBatch>> &batches) {
    const int first = m_store.rowCount();
    for (const auto &batch : batches)
        m_store.append(batch);
    takeMatches(m_rows.matching(m_store, first, m_store.rowCount()));
    evictExcess();
}

void MessageTableModel::appendFiltered(const FilteredBatch &filtered) {
    if (filtered.filter.keepsAll() || filtered.filter != m_rows.filter()) {
        append({filtered.batch});
        return;
    }
    const quint32 first = quint32(m_store.rowCount());
    m_store.append(filtered.batch); // its messages become rows first.., in their order
    std::vector<quint32> rows(filtered.matching);
    for (quint32 &row : rows)
        row += first;
    takeMatches(std::move(rows));
    evictExcess();
}

void MessageTableModel::takeMatches(std::vector<quint32> rows) {
    if (m_building)
        m_tail.insert(m_tail.end(), rows.begin(), rows.end());
    else
        show(m_rows.place(m_store, std::move(rows)));
}

void MessageTableModel::setLimits(qint64 maxMessages, qint64 maxBytes) {
    m_store.setLimits(maxMessages, maxBytes);
    evictExcess();
}

void MessageTableModel::clear() {
    cancelBuild();
    beginResetModel();
    m_store.clear();
    m_rows = MessageRows(m_rows.filter(), m_rows.order());
    m_tail.clear();
    endResetModel();
    setBuilding(false);
}

bool MessageTableModel::setFilter(const MessageFilter &filter) {
    if (!filter.errorString().isEmpty())
        return false;
    if (filter != m_rows.filter())
        rebuild(filter, m_rows.order());
    return true;
}

void MessageTableModel::sort(int column, Qt::SortOrder order) {
    const MessageOrder wanted = orderOf(column, order);
    if (wanted != m_rows.order())
        rebuild(m_rows.filter(), wanted);
}

void MessageTableModel::rebuild(const MessageFilter &filter, MessageOrder order) {
    cancelBuild();
    MessageRows rows(filter, order);
    const bool inBackground = !rows.showsEveryRow() && m_store.rowCount() > BackgroundBuildRows;
    if (!inBackground)
        rows.build(m_store, NeverCancelled);
    // A background build shows nothing until it is done; meanwhile m_rows matches the rows that arrive.
    beginResetModel();
    m_rows = std::move(rows);
    m_tail.clear();
    endResetModel();
    if (inBackground)
        startBuild();
    setBuilding(inBackground);
}

void MessageTableModel::startBuild() {
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelBuild = cancelled;
    MessageStore snapshot = m_store.snapshot();
    const qint64 evictedAtSnapshot = snapshot.evictedRows();
    // The worker makes its own MessageRows: a compiled expression is not shared between threads.
    m_builder.request(
        [snapshot = std::move(snapshot), filter = m_rows.filter(), order = m_rows.order(),
         cancelled](RowBuilder &) {
            auto built = std::make_shared<MessageRows>(filter, order);
            return built->build(snapshot, *cancelled) ? built : nullptr;
        },
        [](const QString &) { return std::shared_ptr<MessageRows>(); },
        [this, evictedAtSnapshot](const std::shared_ptr<MessageRows> &built) {
            if (built)
                finishBuild(std::move(*built), evictedAtSnapshot);
        });
}

// The rows of the snapshot, less those evicted since, and the matches among the rows read since.
void MessageTableModel::finishBuild(MessageRows rows, qint64 evictedAtSnapshot) {
    m_cancelBuild.reset();
    rows.evict(int(m_store.evictedRows() - evictedAtSnapshot));
    rows.insert(rows.place(m_store, std::move(m_tail)));
    m_tail = {};
    const int count = rows.count();
    if (count > 0)
        beginInsertRows(QModelIndex(), 0, count - 1);
    m_rows = std::move(rows);
    if (count > 0)
        endInsertRows();
    setBuilding(false);
}

void MessageTableModel::cancelBuild() {
    m_builder.supersede();
    if (m_cancelBuild)
        *m_cancelBuild = true;
    m_cancelBuild.reset();
}

void MessageTableModel::setBuilding(bool building) {
    if (building == m_building)
        return;
    m_building = building;
    emit buildingChanged(building);
}

void MessageTableModel::show(const MessageRows::Addition &addition) {
    if (addition.rows.empty())
        return;
    const int added = int(addition.rows.size());
    if (addition.isContiguous()) {
        const int at = addition.positions.front();
        beginInsertRows(QModelIndex(), at, at + added - 1);
        m_rows.insert(addition);
        endInsertRows();
        return;
    }
    // Scattered through the order: one insertion per place could be thousands, each costing the views
    // time in proportion to all rows. One at the end, then one move.
    const int before = m_rows.count();
    beginInsertRows(QModelIndex(), before, before + added - 1);
    m_rows.append(addition);
    endInsertRows();
    moveRows([&](int row) { return MessageRows::positionAfterMove(addition, before, row); },
             [&] { m_rows.moveAppended(addition); });
}

void MessageTableModel::evictExcess() {
    const int evicted = m_store.rowsToEvict();
    if (evicted == 0)
        return;
    if (m_building) {
        m_store.evict();
        MessageRows::evict(m_tail, evicted);
        return;
    }
    const std::vector<int> positions = m_rows.positionsBelow(evicted);
    if (positions.empty()) {
        m_store.evict();
        m_rows.evict(evicted);
        return;
    }
    int first = positions.front();
    int last = positions.back();
    if (last - first + 1 != int(positions.size())) {
        // Scattered through the order, as the oldest messages are when sorted by partition.
        moveRows([&](int row) { return MessageRows::positionAfterMoveToFront(positions, row); },
                 [&] { m_rows.moveToFront(positions); });
        first = 0;
        last = int(positions.size()) - 1;
    }
    beginRemoveRows(QModelIndex(), first, last);
    m_store.evict();
    m_rows.evict(evicted);
    endRemoveRows();
}

void MessageTableModel::moveRows(const std::function<int(int)> &newPosition,
                                 const std::function<void()> &move) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(createIndex(newPosition(index.row()), index.column()));
    move();
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MessageTableModel::setDecoders(const DecoderChoice &decoders) {
    if (decoders == m_decoders)
        return;
    // Every row's key and value text changes: dataChanged over millions of rows is slow in Qt 6.
    emit layoutAboutToBeChanged();
    m_decoders = decoders;
    emit layoutChanged();
}

int MessageTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows.count();
}

int MessageTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const int row = m_rows.storeRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.column(), row);
    case Qt::ToolTipRole:
        if (index.column() != TimestampColumn)
            return {};
        switch (m_store.record(row).timestampType) {
        case TimestampType::CreateTime:
            return tr("Set by the producer (CreateTime)");
        case TimestampType::LogAppendTime:
            return tr("Set by the broker when it appended the message (LogAppendTime)");
        case TimestampType::NotAvailable:
            return tr("The message has no timestamp");
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == KeyColumn || index.column() == ValueColumn ? QVariant() : numberAlignment();
    case StoreRowRole:
        return row;
    default:
        return {};
    }
}

QString MessageTableModel::text(int column, int storeRow) const {
    const MessageRecord &record = m_store.record(storeRow);
    switch (column) {
    case PartitionColumn:
        return QString::number(record.partition);
    case OffsetColumn:
        return QString::number(record.offset);
    case TimestampColumn:
        return record.timestampType == TimestampType::NotAvailable || record.timestamp < 0
                   ? QStringLiteral("\u2014")
                   : QDateTime::fromMSecsSinceEpoch(record.timestamp).toString(Qt::ISODateWithMs);
    case KeyColumn:
        return record.hasKey() ? decodedPreview({*m_store.key(storeRow), true, std::nullopt}, m_decoders.key,
                                                PreviewLength)
                               : tr("(null)");
    case ValueColumn:
        return record.hasValue() ? decodedPreview({*m_store.value(storeRow), false, m_store.key(storeRow)},
                                                  m_decoders.value, PreviewLength)
                                 : tr("(tombstone)");
    case HeadersColumn:
        return QString::number(record.headerCount);
    case SizeColumn:
        return formatCount(record.payloadSize());
    default:
        return {};
    }
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PartitionColumn:
            return tr("Partition");
        case OffsetColumn:
            return tr("Offset");
        case TimestampColumn:
            return tr("Timestamp");
        case KeyColumn:
            return tr("Key");
        case ValueColumn:
            return tr("Value");
        case HeadersColumn:
            return tr("Headers");
        case SizeColumn:
            return tr("Size");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == SizeColumn)
        return tr("Bytes of key, value and headers");
    return {};
}

MessageTableModel::Rows MessageTableModel::snapshotOf(const QList<int> &rows) {
    Rows snapshot{m_store.snapshot(), {}};
    const int count = rows.isEmpty() ? rowCount() : int(rows.size());
    snapshot.storeRows.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        snapshot.storeRows.push_back(storeRow(rows.isEmpty() ? i : rows.at(i)));
    return snapshot;
}

QStringList MessageTableModel::mimeTypes() const {
    return {QStringLiteral("text/plain"), QStringLiteral("application/jsonl")};
}

QMimeData *MessageTableModel::mimeData(const QModelIndexList &indexes) const {
    std::set<int> positions;
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            positions.insert(index.row());
    }
    QList<int> rows;
    for (const int position : positions)
        rows.append(m_rows.storeRow(position));
    const MessageBatch messages = m_store.copy(rows);
    QByteArray lines;
    for (int i = 0; i < messages.size(); ++i)
        lines += messageformat::jsonLine(messages, i);
    auto *data = new QMimeData;
    data->setData(QStringLiteral("text/plain"), lines);
    data->setData(QStringLiteral("application/jsonl"), lines);
    return data;
}

} // namespace partita
