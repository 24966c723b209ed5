#include "healthcommand.h"

#include "commandline.h"
#include "healthfindings.h"
#include "snapshotclient.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace partita {

namespace {

using Severity = HealthFinding::Severity;

// Not translated: the names scripts match.
QString severityKey(Severity severity) {
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Notice:
        break;
    }
    return QStringLiteral("notice");
}

std::optional<Severity> severityNamed(const QString &name) {
    for (const Severity severity : {Severity::Critical, Severity::Warning, Severity::Notice}) {
        if (name == severityKey(severity))
            return severity;
    }
    return std::nullopt;
}

QString kindKey(HealthFinding::Kind kind) {
    switch (kind) {
    case HealthFinding::Kind::BrokerDown:
        return QStringLiteral("broker_down");
    case HealthFinding::Kind::OfflinePartitions:
        return QStringLiteral("offline_partitions");
    case HealthFinding::Kind::UnderMinInSyncReplicas:
        return QStringLiteral("under_min_insync_replicas");
    case HealthFinding::Kind::UnderReplicated:
        return QStringLiteral("under_replicated");
    case HealthFinding::Kind::NotPreferredLeader:
        return QStringLiteral("not_preferred_leader");
    case HealthFinding::Kind::GroupVerdict:
        break;
    }
    return QStringLiteral("group_verdict");
}

QJsonObject toJson(const HealthFinding &finding) {
    QJsonObject object{{QStringLiteral("severity"), severityKey(finding.severity)},
                       {QStringLiteral("kind"), kindKey(finding.kind)},
                       {QStringLiteral("summary"), finding.summary},
                       {QStringLiteral("detail"), finding.detail}};
    if (finding.broker >= 0)
        object.insert(QStringLiteral("broker"), finding.broker);
    if (!finding.topic.isEmpty())
        object.insert(QStringLiteral("topic"), finding.topic);
    return object;
}

void printText(const std::vector<HealthFinding> &findings, int brokers, QTextStream &out) {
    if (findings.empty()) {
        out << HealthCommand::tr(
                   "No findings: %n broker(s) up, every partition led and with all its replicas "
                   "in sync.",
                   nullptr, brokers)
            << '\n';
        return;
    }
    QList<QStringList> rows{
        {QStringLiteral("SEVERITY"), QStringLiteral("FINDING"), QStringLiteral("DETAILS")}};
    for (const HealthFinding &finding : findings)
        rows.append({severityKey(finding.severity), finding.summary, finding.detail});
    printTable(out, rows);
}

} // namespace

int HealthCommand::run(const QStringList &arguments) {
    CommandLine commandLine(QStringLiteral("health"),
                            tr("Print the cluster's health findings (brokers down, partitions without a "
                               "leader or under-replicated, leadership not back on its preferred "
                               "leaders) and exit with 1 when any is at or above a severity."));
    const QCommandLineOption failAt(QStringLiteral("fail-at"),
                                    tr("The least severity that makes the exit code 1: critical, warning "
                                       "(default) or notice."),
                                    tr("severity"), QStringLiteral("warning"));
    commandLine.parser().addOption(failAt);
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;
    const std::optional<Severity> threshold = severityNamed(commandLine.parser().value(failAt));
    if (!threshold) {
        CommandLine::printError(tr("--fail-at takes critical, warning or notice, not \"%1\"")
                                    .arg(commandLine.parser().value(failAt)));
        return 1;
    }

    int exitCode = 0;
    const SnapshotResult result = commandLine.fetchSnapshot(&exitCode);
    if (!result.snapshot)
        return exitCode;
    const std::vector<HealthFinding> findings = HealthCheck::of(*result.snapshot);
    QTextStream out(stdout);
    if (commandLine.json()) {
        QJsonArray list;
        for (const HealthFinding &finding : findings)
            list.append(toJson(finding));
        out << QJsonDocument(QJsonObject{{QStringLiteral("findings"), list}}).toJson(QJsonDocument::Indented);
    } else {
        printText(findings, int(result.snapshot->brokers.size()), out);
    }
    // Severity counts down from Critical: "at or above" is "at most" in the enum.
    const bool failing =
        std::any_of(findings.cbegin(), findings.cend(),
                    [&threshold](const HealthFinding &finding) { return finding.severity <= *threshold; });
    return failing ? 1 : 0;
}

} // namespace partita
