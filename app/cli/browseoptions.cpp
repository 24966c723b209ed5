#include "browseoptions.h"

#include "commandline.h"

#include <QRegularExpression>

namespace partita {

namespace {

// "beginning", "end", an offset, "@" and a timestamp in ms, or "-N" for the last N per partition.
std::optional<StartPosition> parseStart(const QString &text) {
    static const QRegularExpression number(QStringLiteral(R"(^(@|-)?(\d+)$)"));
    if (text == QLatin1String("beginning"))
        return StartPosition{StartPosition::Kind::Beginning, 0};
    if (text == QLatin1String("end"))
        return StartPosition{StartPosition::Kind::End, 0};
    const QRegularExpressionMatch match = number.match(text);
    bool ok = false;
    const qint64 value = match.captured(2).toLongLong(&ok);
    if (!match.hasMatch() || !ok)
        return std::nullopt;
    if (match.captured(1) == QLatin1String("@"))
        return StartPosition{StartPosition::Kind::Timestamp, value};
    if (match.captured(1) == QLatin1String("-"))
        return StartPosition{StartPosition::Kind::LastN, value};
    return StartPosition{StartPosition::Kind::Offset, value};
}

// "end" (as it was when reading started), "never" (keep tailing), or "@" and a timestamp in ms.
std::optional<StopCondition> parseStop(const QString &text) {
    if (text == QLatin1String("end"))
        return StopCondition{StopCondition::Kind::EndAtStart, 0};
    if (text == QLatin1String("never"))
        return StopCondition{StopCondition::Kind::Never, 0};
    bool ok = false;
    const qint64 value = text.mid(1).toLongLong(&ok);
    if (text.startsWith(QLatin1Char('@')) && ok && value >= 0)
        return StopCondition{StopCondition::Kind::Timestamp, value};
    return std::nullopt;
}

} // namespace

BrowseOptions::BrowseOptions(QCommandLineParser &parser)
    : m_topic(QStringLiteral("topic"), tr("The topic to read."), tr("name"))
    , m_partition(QStringLiteral("partition"), tr("Read only this partition (may be repeated)."), tr("id"))
    , m_from(QStringLiteral("from"),
             tr("Where to start in each partition: beginning, end, an offset, @timestamp (ms), or -N for "
                "the last N messages (default: beginning)."),
             tr("position"), QStringLiteral("beginning"))
    , m_until(QStringLiteral("until"),
              tr("Where to stop: end (as it was at the start), @timestamp (ms), or never (keep following; "
                 "default: end)."),
              tr("position"), QStringLiteral("end"))
    , m_count(QStringLiteral("count"), tr("Stop after this many messages in all."), tr("n"))
    , m_isolation(QStringLiteral("isolation"),
                  tr("read_committed (default; stops at open transactions) or read_uncommitted."),
                  tr("level"), QStringLiteral("read_committed")) {
    parser.addOptions({m_topic, m_partition, m_from, m_until, m_count, m_isolation});
}

std::optional<BrowseRequest> BrowseOptions::request(const QCommandLineParser &parser) const {
    BrowseRequest request;
    request.topic = parser.value(m_topic);
    if (request.topic.isEmpty()) {
        CommandLine::printError(tr("--topic is required"));
        return std::nullopt;
    }
    for (const QString &text : parser.values(m_partition)) {
        bool ok = false;
        const int id = text.toInt(&ok);
        if (!ok || id < 0) {
            CommandLine::printError(tr("--partition needs a partition number, not \"%1\"").arg(text));
            return std::nullopt;
        }
        request.partitions.append(id);
    }
    const auto start = parseStart(parser.value(m_from));
    if (!start) {
        CommandLine::printError(tr("--from takes beginning, end, an offset, @timestamp or -N, not \"%1\"")
                                    .arg(parser.value(m_from)));
        return std::nullopt;
    }
    request.start = *start;
    const auto stop = parseStop(parser.value(m_until));
    if (!stop) {
        CommandLine::printError(
            tr("--until takes end, never or @timestamp, not \"%1\"").arg(parser.value(m_until)));
        return std::nullopt;
    }
    request.stop = *stop;
    if (parser.isSet(m_count)) {
        bool ok = false;
        request.stop.maxMessages = parser.value(m_count).toLongLong(&ok);
        if (!ok || request.stop.maxMessages < 0) {
            CommandLine::printError(
                tr("--count needs a number of messages, not \"%1\"").arg(parser.value(m_count)));
            return std::nullopt;
        }
    }
    const QString isolation = parser.value(m_isolation);
    if (isolation != QLatin1String("read_committed") && isolation != QLatin1String("read_uncommitted")) {
        CommandLine::printError(
            tr("--isolation takes read_committed or read_uncommitted, not \"%1\"").arg(isolation));
        return std::nullopt;
    }
    request.isolation = isolation == QLatin1String("read_committed") ? IsolationLevel::ReadCommitted
                                                                     : IsolationLevel::ReadUncommitted;
    return request;
}

} // namespace partita
