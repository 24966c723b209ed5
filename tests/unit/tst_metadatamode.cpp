// From a broker's described configuration to the metadata mode, the controller voters and whether
// Metadata's controller id may be shown.

#include "metadatamode.h"

#include <QTest>

using namespace partita;

namespace {

using Configs = QMap<QString, QString>;

// "1@host:port" per voter, "?@host:port" for a bare address, so a failure shows the values.
QString describe(const QList<ControllerVoter> &voters) {
    QStringList parts;
    for (const auto &voter : voters) {
        parts << QStringLiteral("%1@%2").arg(voter.id < 0 ? QStringLiteral("?") : QString::number(voter.id),
                                             voter.address());
    }
    return parts.join(QLatin1Char(','));
}

const QString Voters3 = QStringLiteral("1@127.0.0.1:19093,2@127.0.0.1:19193,3@127.0.0.1:19293");

} // namespace

class TestMetadataMode : public QObject {
    Q_OBJECT
private slots:
    void decide_data();
    void decide();
};

void TestMetadataMode::decide_data() {
    QTest::addColumn<Configs>("configs");
    QTest::addColumn<MetadataMode>("mode");
    QTest::addColumn<QString>("voters");
    QTest::addColumn<bool>("controllerIdVisible");

    // What Kafka 3.9 answers for the test cluster: zookeeper.connect is null, so absent here.
    QTest::newRow("kraft, combined nodes") << Configs{{"process.roles", "broker,controller"},
                                                      {"controller.quorum.voters", Voters3},
                                                      {"controller.quorum.bootstrap.servers", ""}}
                                           << MetadataMode::KRaft << Voters3 << false;
    QTest::newRow("kraft, dedicated controllers")
        << Configs{{"process.roles", "broker"},
                   {"controller.quorum.voters", "3000@c1:9093,3001@c2:9093,3002@c3:9093"}}
        << MetadataMode::KRaft << "3000@c1:9093,3001@c2:9093,3002@c3:9093" << false;
    QTest::newRow("kraft, dynamic quorum names addresses only")
        << Configs{{"process.roles", "broker"},
                   {"controller.quorum.voters", ""},
                   {"controller.quorum.bootstrap.servers", "c1:9093, c2:9093"}}
        << MetadataMode::KRaft << "?@c1:9093,?@c2:9093" << false;
    QTest::newRow("kraft, voters win over bootstrap servers")
        << Configs{{"process.roles", "broker"},
                   {"controller.quorum.voters", "1@c1:9093"},
                   {"controller.quorum.bootstrap.servers", "c9:9093"}}
        << MetadataMode::KRaft << "1@c1:9093" << false;
    QTest::newRow("kraft, voters not named")
        << Configs{{"process.roles", "broker"}} << MetadataMode::KRaft << "" << false;
    QTest::newRow("kraft, roles with spaces and case")
        << Configs{{"process.roles", " Broker , controller "}} << MetadataMode::KRaft << "" << false;
    QTest::newRow("kraft wins over zookeeper.connect")
        << Configs{{"process.roles", "controller"}, {"zookeeper.connect", "zk:2181"}} << MetadataMode::KRaft
        << "" << false;
    QTest::newRow("kraft, ipv6 and malformed voters skipped")
        << Configs{{"process.roles", "broker"},
                   {"controller.quorum.voters", "1@[::1]:9093,x@h:1,2@h,3@h:port,@h:1,4@:1,5@h:70000,,6@h:2"}}
        << MetadataMode::KRaft << "1@::1:9093,6@h:2" << false;

    QTest::newRow("zookeeper") << Configs{{"process.roles", ""},
                                          {"zookeeper.connect", "zk1:2181,zk2:2181/kafka"}}
                               << MetadataMode::ZooKeeper << "" << true;
    QTest::newRow("zookeeper before process.roles existed")
        << Configs{{"zookeeper.connect", "zk:2181"}} << MetadataMode::ZooKeeper << "" << true;
    // During a migration the KRaft quorum already acts as the controller.
    QTest::newRow("zookeeper, migrating to kraft") << Configs{{"zookeeper.connect", "zk:2181"},
                                                              {"zookeeper.metadata.migration.enable", "true"},
                                                              {"controller.quorum.voters", "3000@c1:9093"}}
                                                   << MetadataMode::ZooKeeper << "3000@c1:9093" << false;
    QTest::newRow("zookeeper, migration disabled")
        << Configs{{"zookeeper.connect", "zk:2181"}, {"zookeeper.metadata.migration.enable", "false"}}
        << MetadataMode::ZooKeeper << "" << true;

    QTest::newRow("nothing described") << Configs{} << MetadataMode::Unknown << "" << false;
    QTest::newRow("roles only separators, no zookeeper")
        << Configs{{"process.roles", " , "}, {"zookeeper.connect", " "}} << MetadataMode::Unknown << ""
        << false;
    QTest::newRow("unrelated configs only")
        << Configs{{"log.dirs", "/data"}, {"controller.quorum.voters", Voters3}} << MetadataMode::Unknown
        << "" << false;
}

void TestMetadataMode::decide() {
    QFETCH(Configs, configs);
    QFETCH(MetadataMode, mode);
    QFETCH(QString, voters);
    QFETCH(bool, controllerIdVisible);

    const MetadataModeDecision decision = decideMetadataMode(configs);
    QCOMPARE(decision.mode, mode);
    QCOMPARE(describe(decision.voters), voters);
    QCOMPARE(decision.controllerIdVisible, controllerIdVisible);
}

QTEST_GUILESS_MAIN(TestMetadataMode)
#include "tst_metadatamode.moc"
