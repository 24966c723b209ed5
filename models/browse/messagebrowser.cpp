#include "messagebrowser.h"

namespace partita {

MessageBrowser::MessageBrowser(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_reader(this, QStringLiteral("browse"),
               [settings](QString *error) { return MessageReader::create(settings, error); }) {}

MessageBrowser::~MessageBrowser() = default;

void MessageBrowser::browse(const BrowseRequest &request) {
    m_reader.supersede();
    m_request = request;
    m_model.clear();
    m_progress.clear();
    m_progressModel.setProgress({});
    m_rate.clear();
    m_messagesRead = 0;
    m_readInFlight = false;
    setState(State::Starting);
    m_reader.request([request](MessageReader &reader) { return reader.start(request, StartTimeout); },
                     [](const QString &error) { return error; },
                     [this](const QString &error) {
                         if (!error.isEmpty()) {
                             setState(State::Failed, error);
                             return;
                         }
                         setState(State::Reading);
                         m_clock.start();
                         m_rate.add(0, 0);
                         readNext();
                     });
}

void MessageBrowser::pause() {
    if (m_state == State::Reading || m_state == State::Following)
        setState(State::Paused);
}

void MessageBrowser::resume() {
    if (m_state != State::Paused)
        return;
    setState(State::Reading);
    // The pause is no part of the rate.
    m_rate.clear();
    m_rate.add(m_clock.elapsed(), m_messagesRead);
    readNext();
}

void MessageBrowser::stop() {
    m_reader.supersede();
    m_readInFlight = false;
    if (m_state != State::Failed && m_state != State::Finished)
        setState(State::Idle);
}

void MessageBrowser::readNext() {
    if (m_readInFlight || (m_state != State::Reading && m_state != State::Following))
        return;
    m_readInFlight = true;
    // The worker also finds the messages the filter shown now matches: the GUI thread only takes them.
    m_reader.request(
        [filter = m_model.filter()](MessageReader &reader) {
            Answer answer;
            answer.result = reader.read(BatchMessages, BatchWait, BatchBytes);
            answer.filtered = FilteredBatch::of(answer.result.batch, filter);
            return answer;
        },
        [](const QString &error) {
            Answer answer;
            answer.result.error = error;
            answer.result.finished = true;
            return answer;
        },
        [this](const Answer &answer) {
            m_readInFlight = false;
            take(answer);
        });
}

void MessageBrowser::take(const Answer &answer) {
    const ReadResult &result = answer.result;
    // Ask for the next batch first: the worker reads it while this one goes into the model.
    if (!result.finished)
        readNext();
    if (result.batch && !result.batch->isEmpty()) {
        m_messagesRead += result.batch->size();
        m_model.appendFiltered(answer.filtered);
    }
    m_progress = result.progress;
    m_progressModel.setProgress(m_progress);
    if (m_state != State::Paused)
        m_rate.add(m_clock.elapsed(), m_messagesRead);
    emit progressChanged();
    if (!result.error.isEmpty())
        setState(State::Failed, result.error);
    else if (result.finished)
        setState(State::Finished);
    else if (m_state != State::Paused) {
        const bool atEnd = !m_progress.isEmpty() &&
                           std::all_of(m_progress.cbegin(), m_progress.cend(),
                                       [](const PartitionProgress &p) { return p.atEnd || p.done; });
        setState(atEnd ? State::Following : State::Reading);
    }
}

std::optional<double> MessageBrowser::messagesPerSecond() const {
    if (m_state != State::Reading && m_state != State::Following)
        return std::nullopt;
    return m_rate.perSecond();
}

void MessageBrowser::setState(State state, const QString &message) {
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit stateChanged(state, message);
}

} // namespace partita
