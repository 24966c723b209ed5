// ClusterAdmin without a cluster: Kafka's topic name rules, the '.'/'_' collision warning, and every
// change refused at once on a read-only connection, before anything is sent.

#include "clusteradmin.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>

using namespace partita;

using Change = std::function<QString(ClusterAdmin &)>;
Q_DECLARE_METATYPE(Change)

class TestClusterAdmin : public QObject {
    Q_OBJECT

private slots:
    void topicNameProblem_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // a part of the text, empty when the name is legal

        QTest::newRow("plain") << QStringLiteral("orders") << QString();
        QTest::newRow("every legal character") << QStringLiteral("Orders.v2_EU-west-1") << QString();
        QTest::newRow("249 characters") << QString(249, QLatin1Char('a')) << QString();
        QTest::newRow("250 characters")
            << QString(250, QLatin1Char('a')) << QStringLiteral("at most 249 characters; this one has 250");
        QTest::newRow("empty") << QString() << QStringLiteral("cannot be empty");
        QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("cannot be \".\" or \"..\"");
        QTest::newRow("two dots") << QStringLiteral("..") << QStringLiteral("cannot be \".\" or \"..\"");
        QTest::newRow("three dots") << QStringLiteral("...") << QString();
        QTest::newRow("space") << QStringLiteral("my topic") << QStringLiteral("is illegal");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("is illegal");
        QTest::newRow("colon") << QStringLiteral("a:b") << QStringLiteral("is illegal");
        QTest::newRow("non-ASCII letter") << QStringLiteral("caf\u00e9") << QStringLiteral("is illegal");
    }

    void topicNameProblem() {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QString found = ClusterAdmin::topicNameProblem(name);
        if (problem.isEmpty())
            QCOMPARE(found, QString());
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void collisionWarning_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("warning"); // a part of the text, empty for none

        const QString general = QStringLiteral("topics with either can collide");
        QTest::newRow("neither") << QStringLiteral("orders") << QStringList{QStringLiteral("orders-eu")}
                                 << QString();
        QTest::newRow("a dot") << QStringLiteral("orders.eu") << QStringList{} << general;
        QTest::newRow("an underscore") << QStringLiteral("orders_eu") << QStringList{} << general;
        QTest::newRow("collides with an underscore")
            << QStringLiteral("orders.eu") << QStringList{QStringLiteral("a"), QStringLiteral("orders_eu")}
            << QStringLiteral("collides with the existing topic \"orders_eu\"");
        QTest::newRow("collides with a dot")
            << QStringLiteral("a_b.c") << QStringList{QStringLiteral("a.b_c")}
            << QStringLiteral("collides with the existing topic \"a.b_c\"");
        QTest::newRow("the same topic does not collide")
            << QStringLiteral("orders.eu") << QStringList{QStringLiteral("orders.eu")} << general;
    }

    void collisionWarning() {
        QFETCH(QString, name);
        QFETCH(QStringList, existing);
        QFETCH(QString, warning);
        const QString found = ClusterAdmin::collisionWarning(name, existing);
        if (warning.isEmpty())
            QCOMPARE(found, QString());
        else
            QVERIFY2(found.contains(warning), qPrintable(found));
    }

    void readOnlyRefusesEveryChange_data() {
        QTest::addColumn<Change>("change");

        const auto error = [](auto result) { return result.error; };
        QTest::newRow("createTopic") << Change([](ClusterAdmin &admin) {
            return admin.createTopic({QStringLiteral("t"), 1, 1, {}});
        });
        // An illegal name is refused as read-only all the same: nothing about the change is looked at.
        QTest::newRow("createTopic, illegal name") << Change([](ClusterAdmin &admin) {
            return admin.createTopic({QStringLiteral("a b"), 1, 1, {}});
        });
        QTest::newRow("deleteTopic") << Change(
            [](ClusterAdmin &admin) { return admin.deleteTopic(QStringLiteral("t")); });
        QTest::newRow("addPartitions")
            << Change([](ClusterAdmin &admin) { return admin.addPartitions(QStringLiteral("t"), 4); });
        QTest::newRow("deleteRecords") << Change([error](ClusterAdmin &admin) {
            return error(admin.deleteRecords(QStringLiteral("t"), {{0, 5}}));
        });
        QTest::newRow("alterTopicConfig") << Change([](ClusterAdmin &admin) {
            return admin.alterTopicConfig(QStringLiteral("t"),
                                          {{QStringLiteral("retention.ms"), QStringLiteral("1000")}});
        });
        QTest::newRow("createAcl") << Change([](ClusterAdmin &admin) {
            AclBinding acl;
            acl.resourceName = QStringLiteral("t");
            acl.principal = QStringLiteral("User:alice");
            return admin.createAcl(acl);
        });
        QTest::newRow("deleteAcls") << Change(
            [error](ClusterAdmin &admin) { return error(admin.deleteAcls(AclFilter())); });
    }

    void readOnlyRefusesEveryChange() {
        QFETCH(Change, change);
        ConnectionSettings settings;
        settings.bootstrapServers = QStringLiteral("127.0.0.1:1"); // nobody listens there
        settings.readOnly = true;
        QString error;
        const auto admin = ClusterAdmin::create(settings, &error);
        QVERIFY2(admin, qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(change(*admin), ClusterAdmin::readOnlyRefusal());
        // Any request would wait for the unreachable broker for seconds.
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(ClusterAdmin::readOnlyRefusal(), QStringLiteral("Refused: this connection is read-only"));
    }

    void readOnlyStillReads() {
        ConnectionSettings settings;
        settings.bootstrapServers = QStringLiteral("127.0.0.1:1");
        settings.readOnly = true;
        QString error;
        const auto admin = ClusterAdmin::create(settings, &error);
        QVERIFY2(admin, qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        // Sent, and bounded by its timeout: no broker answers.
        const ConfigDescription described =
            admin->describeTopicConfig(QStringLiteral("t"), std::chrono::milliseconds(500));
        QVERIFY2(described.error.startsWith(QLatin1String("DescribeConfigs got no answer within 0.5 s")),
                 qPrintable(described.error));
        QVERIFY2(described.error.contains(QLatin1String("127.0.0.1:1")), qPrintable(described.error));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestClusterAdmin)
#include "tst_clusteradmin.moc"
