#pragma once

#include "clustersnapshot.h"
#include "lagverdict.h"

#include <QCoreApplication>

#include <optional>
#include <tuple>
#include <vector>

namespace partita {

// One thing about a cluster an operator should look at, in words and numbers, and what it is about so
// that a view can go there.
struct HealthFinding {
    // Critical first when sorted: what fails requests now, then what risks it, then what to tidy up.
    enum class Severity { Critical, Warning, Notice };
    enum class Kind {
        BrokerDown,
        OfflinePartitions,
        UnderMinInSyncReplicas,
        UnderReplicated,
        NotPreferredLeader,
        GroupVerdict
    };

    Severity severity = Severity::Notice;
    Kind kind = Kind::BrokerDown;
    int broker = -1; // the broker it is about, or -1
    QString topic;   // the topic it is about, or empty
    QString group;   // the consumer group it is about, or empty
    QString summary; // one line, e.g. "Broker 2 is down"
    QString detail;  // the numbers behind it and what to do

    // Sorted by severity, then kind, then what it is about; unique within one snapshot's findings.
    std::tuple<int, int, QString, QString, int> key() const {
        return {int(severity), int(kind), group, topic, broker};
    }
    bool operator==(const HealthFinding &other) const;
    bool operator!=(const HealthFinding &other) const { return !(*this == other); }
};

struct GroupLagState;

// The findings one snapshot shows: brokers down; per topic, partitions without a leader, partitions with
// fewer in-sync replicas than the topic's min.insync.replicas and (the others) partitions missing in-sync
// replicas; brokers that lead fewer partitions than their share and than they are the
// preferred leader of (leadership that did not move back after a restart). And those of the groups'
// verdicts: STOP and STALL critical, WARN and REWIND warnings.
class HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    static std::vector<HealthFinding> of(const ClusterSnapshot &snapshot);          // sorted by key()
    static std::vector<HealthFinding> of(const std::vector<GroupLagState> &groups); // sorted by key()
    static QString severityName(HealthFinding::Severity severity);
    // How alarming a group's verdict is: STOP and STALL critical, WARN and REWIND warnings; OK and
    // UNKNOWN are no finding.
    static std::optional<HealthFinding::Severity> severityOf(LagVerdict::Status status);
};

} // namespace partita
