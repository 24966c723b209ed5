#pragma once

#include "browserequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace partita {

// The flags that choose what to read of a topic (--topic, --partition, --from, --until, --count,
// --isolation), shared by the commands that read messages.
class BrowseOptions {
    Q_DECLARE_TR_FUNCTIONS(BrowseOptions)

public:
    explicit BrowseOptions(QCommandLineParser &parser);
    // The request, or nullopt after printing an error that names the flag that is wrong.
    std::optional<BrowseRequest> request(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_topic;
    QCommandLineOption m_partition;
    QCommandLineOption m_from;
    QCommandLineOption m_until;
    QCommandLineOption m_count;
    QCommandLineOption m_isolation;
};

} // namespace partita
