#include "messageexport.h"

#include "displayformat.h"
#include "rangeexport.h"

#include <QLocale>
#include <QSaveFile>

namespace partita {

namespace {

// Rows written between looks at the cancel flag and updates of the progress counter.
constexpr int RowsPerStep = 1000;

// Opens the file, or says why not in the outcome.
bool openForExport(QSaveFile &file, MessageExport::Outcome &outcome) {
    if (file.open(QIODevice::WriteOnly))
        return true;
    outcome.result = MessageExport::Outcome::Result::Failed;
    outcome.error = MessageExport::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

// Keeps the file only when everything was written.
void closeExport(QSaveFile &file, MessageExport::Outcome &outcome) {
    if (outcome.result != MessageExport::Outcome::Result::Written) {
        file.cancelWriting();
        return;
    }
    if (!file.commit()) {
        outcome.result = MessageExport::Outcome::Result::Failed;
        outcome.error = MessageExport::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    }
}

// The messages a range holds when reading started, as far as its stop condition lets that be known.
qint64 rangeSize(const BrowseRequest &request, const QList<PartitionProgress> &progress) {
    if (request.stop.kind != StopCondition::Kind::EndAtStart || request.keySearch)
        return -1;
    qint64 total = 0;
    for (const PartitionProgress &partition : progress) {
        if (partition.end < 0 || partition.start < 0)
            return -1;
        total += std::max<qint64>(partition.end - partition.start, 0);
    }
    return request.stop.maxMessages >= 0 ? std::min(total, request.stop.maxMessages) : total;
}

} // namespace

MessageExport::MessageExport(const QString &fileName, Job job, QObject *parent)
    : BackgroundJob(QStringLiteral("export"), parent)
    , m_fileName(fileName)
    , m_job(std::move(job)) {
    m_outcome.fileName = fileName;
}

MessageExport *MessageExport::ofRows(MessageTableModel::Rows rows, const QString &fileName,
                                     ExportFormat format, QObject *parent) {
    auto *job = new MessageExport(
        fileName,
        [rows = std::move(rows), format](MessageExport &self) { return self.writeRows(rows, format); },
        parent);
    job->m_total = qint64(rows.storeRows.size());
    return job;
}

MessageExport *MessageExport::ofRange(const ConnectionSettings &settings, const BrowseRequest &request,
                                      const QString &fileName, ExportFormat format, QObject *parent) {
    return new MessageExport(
        fileName,
        [settings, request, format](MessageExport &self) {
            return self.writeRange(settings, request, format);
        },
        parent);
}

MessageExport::~MessageExport() {
    stopThread();
}

ExportFormat MessageExport::formatFor(const QString &fileName) {
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? ExportFormat::Csv
                                                                         : ExportFormat::JsonLines;
}

QString MessageExport::progressText() const {
    const qint64 written = m_written;
    const qint64 total = m_total;
    if (total > 0)
        return tr("Exporting to %1: %2 of %3 messages")
            .arg(m_fileName, QLocale().toString(written), QLocale().toString(total));
    return tr("Exporting to %1: %n message(s)", nullptr, pluralOf(written)).arg(m_fileName);
}

// Per mille: a range may hold more messages than an int counts.
int MessageExport::progressPerMille() const {
    const qint64 total = m_total;
    return total > 0 ? int(std::min<qint64>(m_written * 1000 / total, 1000)) : -1;
}

QString MessageExport::outcomeText() const {
    const int count = pluralOf(m_outcome.written);
    switch (m_outcome.result) {
    case Outcome::Result::Written:
        return tr("Exported %n message(s) to %1", nullptr, count).arg(m_fileName);
    case Outcome::Result::Cancelled:
        return tr("Export cancelled after %n message(s): %1 was not written", nullptr, count).arg(m_fileName);
    case Outcome::Result::Failed:
        return tr("Export failed after %n message(s): %1. %2 was not written", nullptr, count)
            .arg(m_outcome.error, m_fileName);
    }
    return {};
}

MessageExport::Outcome MessageExport::writeRows(const MessageTableModel::Rows &rows, ExportFormat format) {
    Outcome outcome;
    outcome.fileName = m_fileName;
    QSaveFile file(m_fileName);
    if (!openForExport(file, outcome))
        return outcome;
    MessageWriter writer(&file, format);
    for (size_t i = 0; i < rows.storeRows.size(); ++i) {
        const MessageStore::Place place = rows.store.place(rows.storeRows[i]);
        if (!writer.write(*place.chunk, place.index)) {
            outcome.result = Outcome::Result::Failed;
            outcome.error = writer.errorString();
            break;
        }
        if (i % RowsPerStep == 0) {
            m_written = writer.written();
            if (m_cancel) {
                outcome.result = Outcome::Result::Cancelled;
                break;
            }
        }
    }
    outcome.written = writer.written();
    closeExport(file, outcome);
    return outcome;
}

MessageExport::Outcome MessageExport::writeRange(const ConnectionSettings &settings,
                                                 const BrowseRequest &request, ExportFormat format) {
    Outcome outcome;
    outcome.fileName = m_fileName;
    const auto reader = MessageReader::create(settings, &outcome.error);
    if (!reader) {
        outcome.result = Outcome::Result::Failed;
        return outcome;
    }
    QSaveFile file(m_fileName);
    if (!openForExport(file, outcome))
        return outcome;
    MessageWriter writer(&file, format);
    const RangeExportOutcome read = exportRange(
        *reader, request, StartTimeout, writer,
        [this, &request](const ReadResult &result) {
            if (m_total < 0)
                m_total = rangeSize(request, result.progress);
            m_written += result.batch->size();
        },
        &m_cancel);
    outcome.written = read.written;
    outcome.error = read.error;
    switch (read.result) {
    case RangeExportOutcome::Result::Finished:
        outcome.result = Outcome::Result::Written;
        break;
    case RangeExportOutcome::Result::Cancelled:
        outcome.result = Outcome::Result::Cancelled;
        break;
    case RangeExportOutcome::Result::CannotStart:
    case RangeExportOutcome::Result::BrokeOff:
        outcome.result = Outcome::Result::Failed;
        break;
    }
    closeExport(file, outcome);
    return outcome;
}

} // namespace partita
