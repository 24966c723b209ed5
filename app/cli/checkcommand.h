#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace partita {

// `partita-cli check`: the connection tested stage by stage (name resolution, TCP, TLS, SASL, metadata),
// naming the stage that fails.
class CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    // Returns the process exit code: 0 every stage passed, 1 bad arguments, 2 a stage failed.
    static int run(const QStringList &arguments);
};

} // namespace partita
