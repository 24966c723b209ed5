#pragma once

#include <QCommandLineParser>

#include <optional>

namespace partita {

// Parses one partita-cli command's arguments (arguments[0] is the program), handling --help and
// parse errors itself. Returns the exit code to end with, or nullopt when the command should run.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &command);

} // namespace partita
