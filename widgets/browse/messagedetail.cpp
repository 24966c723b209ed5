#include "messagedetail.h"

#include "hexdumpmodel.h"
#include "messageformat.h"
#include "messagestore.h"
#include "messagetext.h"
#include "payloadview.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace partita {

namespace {

// Characters of a header's name or value shown; a header is metadata, rarely longer.
constexpr int HeaderLength = 2000;

enum Tab { ValueTab, KeyTab, HeadersTab, HexTab };

std::optional<QByteArray> copied(const std::optional<QByteArrayView> &bytes) {
    return bytes ? std::optional<QByteArray>(bytes->toByteArray()) : std::nullopt;
}

} // namespace

MessageDetail::MessageDetail(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_value(new PayloadView(this))
    , m_key(new PayloadView(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_hexDump(new QListView(this))
    , m_hexModel(new HexDumpModel(this)) {
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_value->setObjectName(QStringLiteral("valueView"));
    m_key->setObjectName(QStringLiteral("keyView"));
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setWordWrap(false);
    m_hexDump->setObjectName(QStringLiteral("hexDump"));
    m_hexDump->setModel(m_hexModel);
    m_hexDump->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Rows as high as the first, so a 5 MB value's 330,000 rows are never measured one by one.
    m_hexDump->setUniformItemSizes(true);
    m_hexDump->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_tabs->insertTab(ValueTab, m_value, tr("Value"));
    m_tabs->insertTab(KeyTab, m_key, tr("Key"));
    m_tabs->insertTab(HeadersTab, m_headers, tr("Headers"));
    m_tabs->insertTab(HexTab, m_hexDump, tr("Value as hex"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    clear();
}

void MessageDetail::showMessage(const MessageStore &store, int row) {
    const MessageRecord &record = store.record(row);
    QStringList summary{tr("Partition %1, offset %2").arg(record.partition).arg(record.offset)};
    if (record.timestamp >= 0)
        summary << tr("%1 (%2, %3)")
                       .arg(QDateTime::fromMSecsSinceEpoch(record.timestamp).toString(Qt::ISODateWithMs))
                       .arg(record.timestamp)
                       .arg(messageformat::timestampTypeName(record.timestampType));
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    const std::optional<QByteArray> key = copied(store.key(row));
    const std::optional<QByteArray> value = copied(store.value(row));
    m_key->setPayload(key, true, std::nullopt, tr("(null key)"));
    m_value->setPayload(value, false, key, tr("(null value: a tombstone)"));
    m_hexModel->setBytes(value.value_or(QByteArray()));
    showHeaders(store, row);
}

void MessageDetail::showHeaders(const MessageStore &store, int row) {
    const QList<MessageHeader> headers = store.headers(row);
    m_headers->setRowCount(int(headers.size()));
    for (int i = 0; i < headers.size(); ++i) {
        const MessageHeader &header = headers.at(i);
        m_headers->setItem(i, 0, new QTableWidgetItem(previewText(header.name, HeaderLength)));
        auto *value =
            new QTableWidgetItem(header.value ? previewText(*header.value, HeaderLength) : tr("null"));
        if (!header.value)
            value->setForeground(palette().color(QPalette::PlaceholderText));
        m_headers->setItem(i, 1, value);
    }
    m_headers->resizeColumnToContents(0);
    m_tabs->setTabText(HeadersTab, tr("Headers (%1)").arg(headers.size()));
}

void MessageDetail::setDecoders(const DecoderChoice &decoders) {
    m_key->setDecoder(decoders.key);
    m_value->setDecoder(decoders.value);
}

void MessageDetail::clear() {
    m_summary->setText(tr("Pick a message to see it in full"));
    m_key->clear();
    m_value->clear();
    m_hexModel->setBytes(QByteArray());
    m_headers->setRowCount(0);
    m_tabs->setTabText(HeadersTab, tr("Headers"));
}

} // namespace partita
