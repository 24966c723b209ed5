#include "checkcommand.h"

#include "commandline.h"
#include "connectionprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace partita {

namespace {

QString outcomeName(ProbeStep::Outcome outcome) {
    switch (outcome) {
    case ProbeStep::Outcome::Passed:
        return QStringLiteral("passed");
    case ProbeStep::Outcome::Failed:
        return QStringLiteral("failed");
    case ProbeStep::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString outcomeMark(ProbeStep::Outcome outcome) {
    switch (outcome) {
    case ProbeStep::Outcome::Passed:
        return CheckCommand::tr("ok");
    case ProbeStep::Outcome::Failed:
        return CheckCommand::tr("FAILED");
    case ProbeStep::Outcome::Skipped:
        return CheckCommand::tr("-");
    }
    return {};
}

} // namespace

int CheckCommand::run(const QStringList &arguments) {
    CommandLine commandLine(QStringLiteral("check"),
                            tr("Test the connection stage by stage: name resolution, TCP connection, TLS "
                               "handshake, SASL authentication and metadata; each within --timeout."));
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;
    const ProbeReport report = ConnectionProbe::run(commandLine.settings(), commandLine.timeout());
    QTextStream out(stdout);
    if (commandLine.json()) {
        QJsonArray steps;
        for (const ProbeStep &step : report.steps)
            steps.append(QJsonObject{{QStringLiteral("stage"), ConnectionProbe::stageName(step.stage)},
                                     {QStringLiteral("outcome"), outcomeName(step.outcome)},
                                     {QStringLiteral("detail"), step.detail},
                                     {QStringLiteral("elapsed_ms"), step.elapsedMs}});
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("passed"), report.passed()}, {QStringLiteral("steps"), steps}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const ProbeStep &step : report.steps) {
            out << QStringLiteral("%1 %2")
                       .arg(outcomeMark(step.outcome), -7)
                       .arg(ConnectionProbe::stageName(step.stage))
                << '\n';
            for (const QString &line : step.detail.split(QLatin1Char('\n')))
                out << "        " << line << '\n';
        }
    }
    out.flush();
    if (const ProbeStep *failed = report.failure()) {
        CommandLine::printError(tr("%1 failed: %2")
                                    .arg(ConnectionProbe::stageName(failed->stage),
                                         failed->detail.section(QLatin1Char('\n'), 0, 0)));
        return 2;
    }
    return 0;
}

} // namespace partita
