#pragma once

#include "decoderchoice.h"

#include <QWidget>

class QLabel;
class QListView;
class QTabWidget;
class QTableWidget;

namespace partita {

class HexDumpModel;
class MessageStore;
class PayloadView;

// The message picked in the Messages view, in full: where it sits and when, its value and key as
// their decoders show them, its headers, and its value as a hex dump. Holds a copy of the message, so
// it stays shown when the store evicts it.
class MessageDetail : public QWidget {
    Q_OBJECT
public:
    explicit MessageDetail(QWidget *parent = nullptr);

    void showMessage(const MessageStore &store, int row);
    void setDecoders(const DecoderChoice &decoders);
    void clear();

private:
    void showHeaders(const MessageStore &store, int row);

    QLabel *m_summary;
    QTabWidget *m_tabs;
    PayloadView *m_value;
    PayloadView *m_key;
    QTableWidget *m_headers;
    QListView *m_hexDump;
    HexDumpModel *m_hexModel;
};

} // namespace partita
