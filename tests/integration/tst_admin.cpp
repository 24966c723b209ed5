// Topic administration on the real cluster, each change read back from the cluster: a topic created
// with configuration entries, one entry altered with the others kept, partitions added, records
// deleted, the topic deleted; the broker's own words for what it refuses; no authorizer, no ACLs.

#include "clusteradmin.h"
#include "testkafka.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace partita;

namespace {

constexpr std::chrono::seconds Timeout(10);
// The longest a change takes to show on every broker, which learns it from the controller.
constexpr int PropagationMs = 15000;

// Reads with `read` until it answers `expected` five times in a row, or PropagationMs passed, and
// returns the last answer. Each read may go to another broker, and one that has not applied a change
// yet still answers as before it, for seconds on a busy machine.
template <typename Read> auto settled(Read read, const decltype(read()) &expected) {
    QElapsedTimer timer;
    timer.start();
    int inRow = 0;
    for (;;) {
        const auto answer = read();
        inRow = answer == expected ? inRow + 1 : 0;
        if (inRow == 5 || timer.elapsed() > PropagationMs)
            return answer;
        QTest::qWait(100);
    }
}

// The entries the topic sets itself, name → value.
QMap<QString, QString> ownEntries(const ConfigDescription &description) {
    QMap<QString, QString> own;
    for (const ConfigEntry &entry : description.entries) {
        if (entry.source == ConfigSource::DynamicTopic)
            own.insert(entry.name, entry.value);
    }
    return own;
}

// The topic's own entries as Kafka's kafka-configs tool describes them ("  name=value sensitive=...").
QMap<QString, QString> ownEntriesByKafkasTool(const QString &topic) {
    QProcess tool;
    tool.start(qEnvironmentVariable("PARTITA_CLUSTER_SCRIPT"),
               {QStringLiteral("run-class"), QStringLiteral("kafka.admin.ConfigCommand"),
                QStringLiteral("--bootstrap-server"), test::bootstrapServers(),
                QStringLiteral("--entity-type"), QStringLiteral("topics"), QStringLiteral("--entity-name"),
                topic, QStringLiteral("--describe")});
    if (!tool.waitForFinished(60000)) {
        tool.kill();
        tool.waitForFinished();
        return {{QStringLiteral("error"), QStringLiteral("kafka-configs did not finish within 60 s")}};
    }
    static const QRegularExpression entry(QStringLiteral("^  ([^=\\s]+)=(\\S*) sensitive="));
    QMap<QString, QString> own;
    const QStringList lines = QString::fromUtf8(tool.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (const QRegularExpressionMatch match = entry.match(line); match.hasMatch())
            own.insert(match.captured(1), match.captured(2));
    }
    return own;
}

const ConfigEntry *entryNamed(const ConfigDescription &description, const QString &name) {
    for (const ConfigEntry &entry : description.entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_settings.bootstrapServers = test::bootstrapServers();
        QString error;
        m_admin = ClusterAdmin::create(m_settings, &error);
        QVERIFY2(m_admin, qPrintable(error));
        m_topic = test::uniqueTopicName(QStringLiteral("admin"));
    }

    void createsTopicWithConfigs() {
        const NewTopic topic{m_topic, 3, 3, m_configs};
        QCOMPARE(timed([&] { return m_admin->createTopic(topic, Timeout); }), QString());

        QString error;
        const auto snapshots = test::snapshotClient(&error);
        QVERIFY2(snapshots, qPrintable(error));
        TopicInfo created;
        const bool listed = test::fetchUntil(
            *snapshots,
            [&](const SnapshotResult &result) {
                const TopicInfo *found = result.snapshot ? result.snapshot->topic(m_topic) : nullptr;
                if (found)
                    created = *found;
                return found && created.partitions.size() == 3 && test::hasFullIsr(created);
            },
            std::chrono::milliseconds(PropagationMs));
        QVERIFY2(listed, qPrintable(QStringLiteral("%1 partitions").arg(created.partitions.size())));
        for (const PartitionInfo &partition : std::as_const(created.partitions))
            QCOMPARE(partition.replicas.size(), 3);

        QCOMPARE(
            settled([&] { return ownEntries(m_admin->describeTopicConfig(m_topic, Timeout)); }, m_configs),
            m_configs);
        const ConfigDescription described = m_admin->describeTopicConfig(m_topic, Timeout);
        QVERIFY2(described.error.isEmpty(), qPrintable(described.error));
        // An entry the topic does not set comes from elsewhere, and says so.
        const ConfigEntry *segmentBytes = entryNamed(described, QStringLiteral("segment.bytes"));
        QVERIFY(segmentBytes);
        QVERIFY(segmentBytes->hasValue);
        QVERIFY(segmentBytes->source == ConfigSource::Default ||
                segmentBytes->source == ConfigSource::StaticBroker);
        QVERIFY(!segmentBytes->isSensitive);
    }

    void altersOneEntryAndKeepsTheOthers() {
        QCOMPARE(timed([&] {
                     return m_admin->alterTopicConfig(
                         m_topic, {{QStringLiteral("retention.ms"), QStringLiteral("7200000")}}, Timeout);
                 }),
                 QString());
        QMap<QString, QString> expected = m_configs;
        expected.insert(QStringLiteral("retention.ms"), QStringLiteral("7200000"));
        QCOMPARE(
            settled([&] { return ownEntries(m_admin->describeTopicConfig(m_topic, Timeout)); }, expected),
            expected);

        // No value: the topic's own is removed and the default applies again.
        QCOMPARE(timed([&] {
                     return m_admin->alterTopicConfig(m_topic, {{QStringLiteral("max.message.bytes"), {}}},
                                                      Timeout);
                 }),
                 QString());
        expected.remove(QStringLiteral("max.message.bytes"));
        QCOMPARE(
            settled([&] { return ownEntries(m_admin->describeTopicConfig(m_topic, Timeout)); }, expected),
            expected);
        const ConfigDescription described = m_admin->describeTopicConfig(m_topic, Timeout);
        const ConfigEntry *maxMessageBytes = entryNamed(described, QStringLiteral("max.message.bytes"));
        QVERIFY(maxMessageBytes);
        QVERIFY(maxMessageBytes->source != ConfigSource::DynamicTopic);
        QVERIFY(maxMessageBytes->value != QLatin1String("200000"));
        // Kafka's own tool sees the same.
        QCOMPARE(settled([&] { return ownEntriesByKafkasTool(m_topic); }, expected), expected);
        m_configs = expected;
    }

    void badConfigValuesGetTheBrokersWords() {
        const QString altered = timed([&] {
            return m_admin->alterTopicConfig(
                m_topic, {{QStringLiteral("retention.ms"), QStringLiteral("soon")}}, Timeout);
        });
        QVERIFY2(altered.contains(QLatin1String("Invalid value soon for configuration retention.ms")),
                 qPrintable(altered));
        const QString created = timed([&] {
            return m_admin->createTopic({test::uniqueTopicName(QStringLiteral("admin-bad")),
                                         1,
                                         1,
                                         {{QStringLiteral("cleanup.policy"), QStringLiteral("nope")}}},
                                        Timeout);
        });
        QVERIFY2(created.contains(QLatin1String("nope")) && created.contains(QLatin1String("cleanup.policy")),
                 qPrintable(created));
        const QString unknown = timed([&] {
            return m_admin->alterTopicConfig(
                m_topic, {{QStringLiteral("no.such.entry"), QStringLiteral("1")}}, Timeout);
        });
        QVERIFY2(unknown.contains(QLatin1String("no.such.entry")), qPrintable(unknown));
        // Nothing was changed by the refused requests.
        QCOMPARE(
            settled([&] { return ownEntries(m_admin->describeTopicConfig(m_topic, Timeout)); }, m_configs),
            m_configs);
    }

    void refusesWhatKafkaWouldRefuse() {
        const QString badName = timed([&] {
            return m_admin->createTopic({QStringLiteral("no spaces"), 1, 1, {}}, Timeout);
        });
        QCOMPARE(badName, ClusterAdmin::topicNameProblem(QStringLiteral("no spaces")));
        const QString tooMany = timed([&] {
            return m_admin->createTopic({test::uniqueTopicName(QStringLiteral("admin-rf")), 1, 4, {}},
                                        Timeout);
        });
        QVERIFY2(
            tooMany.startsWith(QLatin1String("Replication factor 4 needs as many brokers, but the cluster "
                                             "has 3")),
            qPrintable(tooMany));
        const QString exists = timed([&] { return m_admin->createTopic({m_topic, 1, 1, {}}, Timeout); });
        QVERIFY2(exists.contains(QLatin1String("already exists")), qPrintable(exists));
    }

    void addsPartitions() {
        QCOMPARE(timed([&] { return m_admin->addPartitions(m_topic, 5, Timeout); }), QString());
        QCOMPARE(settled([&] { return test::partitionCount(m_topic); }, 5), 5);
        const QString fewer = timed([&] { return m_admin->addPartitions(m_topic, 2, Timeout); });
        QVERIFY2(fewer.contains(QLatin1String("5")) && fewer.contains(QLatin1String("2")), qPrintable(fewer));
        QCOMPARE(settled([&] { return test::partitionCount(m_topic); }, 5), 5);
    }

    void deletesRecordsBeforeAnOffset() {
        QCOMPARE(test::produce(m_topic, 0, 10), QString());
        QCOMPARE(test::produce(m_topic, 1, 3), QString());
        QMap<int, qint64> counts;
        QCOMPARE(m_admin->messagesBefore(m_topic, {{0, 4}, {1, -1}, {2, 0}}, &counts, Timeout), QString());
        QCOMPARE(counts, (QMap<int, qint64>{{0, 4}, {1, 3}, {2, 0}}));
        const QString beyond = m_admin->messagesBefore(m_topic, {{0, 50}}, &counts, Timeout);
        QCOMPARE(
            beyond,
            QStringLiteral("Offset 50 is beyond the end of %1-0, which holds offsets 0 to 10").arg(m_topic));
        QCOMPARE(m_admin->messagesBefore(m_topic, {{7, 1}}, &counts, Timeout),
                 QStringLiteral("Topic %1 has no partition 7").arg(m_topic));

        QElapsedTimer timer;
        timer.start();
        const RecordDeletionResult deleted = m_admin->deleteRecords(m_topic, {{0, 4}, {1, -1}}, Timeout);
        QVERIFY(timer.elapsed() < 2 * 1000 * Timeout.count());
        QVERIFY2(deleted.error.isEmpty(), qPrintable(deleted.error));
        QCOMPARE(deleted.partitions.size(), 2);
        QCOMPARE(deleted.partitions.value(0).error, QString());
        QCOMPARE(deleted.partitions.value(0).lowWatermark, 4);
        QCOMPARE(deleted.partitions.value(1).lowWatermark, 3);
        qint64 low = -1;
        qint64 high = -1;
        QVERIFY(test::queryWatermarks(m_topic, 0, &low, &high));
        QCOMPARE(low, 4);
        QCOMPARE(high, 10);
        QCOMPARE(m_admin->messagesBefore(m_topic, {{0, -1}}, &counts, Timeout), QString());
        QCOMPARE(counts.value(0), 6);

        const RecordDeletionResult past = m_admin->deleteRecords(m_topic, {{0, 50}}, Timeout);
        QVERIFY2(past.error.isEmpty(), qPrintable(past.error));
        QVERIFY2(!past.partitions.value(0).error.isEmpty(), "an offset past the end is refused");
        QCOMPARE(past.partitions.value(0).lowWatermark, -1);
    }

    void describesABroker() {
        const ConfigDescription described = m_admin->describeBrokerConfig(2, Timeout);
        QVERIFY2(described.error.isEmpty(), qPrintable(described.error));
        const ConfigEntry *nodeId = entryNamed(described, QStringLiteral("node.id"));
        QVERIFY(nodeId);
        QCOMPARE(nodeId->value, QStringLiteral("2"));
        QCOMPARE(nodeId->source, ConfigSource::StaticBroker);
        QVERIFY(nodeId->isReadOnly);
        QVERIFY(!nodeId->isDefault);
        const ConfigEntry *threads = entryNamed(described, QStringLiteral("background.threads"));
        QVERIFY(threads);
        QVERIFY(threads->isDefault);
        QCOMPARE(threads->source, ConfigSource::Default);
        // Kafka hides the values of passwords and keys, and marks them.
        for (const ConfigEntry &entry : described.entries) {
            if (entry.isSensitive)
                QVERIFY2(!entry.hasValue, qPrintable(entry.name));
        }
        const ConfigDescription missing = m_admin->describeBrokerConfig(42, std::chrono::seconds(2));
        QVERIFY(!missing.error.isEmpty());
    }

    void aclsNeedAnAuthorizer() {
        const QString noAuthorizer = QStringLiteral("This cluster has no authorizer");
        const AclListing described = m_admin->describeAcls(AclFilter(), Timeout);
        QVERIFY2(described.error.startsWith(noAuthorizer), qPrintable(described.error));
        AclFilter filter;
        filter.principal = QStringLiteral("User:alice");
        filter.resourceType = AclResourceType::Topic;
        filter.operation = AclOperation::Read;
        QVERIFY(m_admin->describeAcls(filter, Timeout).error.startsWith(noAuthorizer));
        AclBinding acl;
        acl.resourceName = m_topic;
        acl.principal = QStringLiteral("User:alice");
        const QString created = m_admin->createAcl(acl, Timeout);
        QVERIFY2(created.startsWith(noAuthorizer), qPrintable(created));
        const AclListing deleted = m_admin->deleteAcls(filter, Timeout);
        QVERIFY2(deleted.error.startsWith(noAuthorizer), qPrintable(deleted.error));
    }

    void readOnlyConnectionChangesNothing() {
        ConnectionSettings readOnly = m_settings;
        readOnly.readOnly = true;
        QString error;
        const auto admin = ClusterAdmin::create(readOnly, &error);
        QVERIFY2(admin, qPrintable(error));
        QCOMPARE(admin->deleteTopic(m_topic, Timeout), ClusterAdmin::readOnlyRefusal());
        QCOMPARE(admin->addPartitions(m_topic, 6, Timeout), ClusterAdmin::readOnlyRefusal());
        // Looking is allowed.
        QCOMPARE(settled([&] { return ownEntries(admin->describeTopicConfig(m_topic, Timeout)); }, m_configs),
                 m_configs);
        QCOMPARE(settled([&] { return test::partitionCount(m_topic); }, 5), 5);
    }

    void deletesTopic() {
        QCOMPARE(timed([&] { return m_admin->deleteTopic(m_topic, Timeout); }), QString());
        QCOMPARE(settled([&] { return test::partitionCount(m_topic); }, 0), 0);
        const QString again = timed([&] { return m_admin->deleteTopic(m_topic, Timeout); });
        QVERIFY2(!again.isEmpty(), "a topic that is gone cannot be deleted");
        QVERIFY(
            !settled([&] { return m_admin->describeTopicConfig(m_topic, Timeout).error.isEmpty(); }, false));
    }

private:
    // Runs one call and checks that it kept within its bound.
    template <typename Call> QString timed(Call call) {
        QElapsedTimer timer;
        timer.start();
        const QString result = call();
        const auto bound = 3 * std::chrono::milliseconds(Timeout).count() + 2000;
        if (timer.elapsed() > bound)
            return QStringLiteral("took %1 ms, more than %2 ms: %3")
                .arg(timer.elapsed())
                .arg(bound)
                .arg(result);
        return result;
    }

    ConnectionSettings m_settings;
    std::unique_ptr<ClusterAdmin> m_admin;
    QString m_topic;
    QMap<QString, QString> m_configs{{QStringLiteral("retention.ms"), QStringLiteral("3600000")},
                                     {QStringLiteral("max.message.bytes"), QStringLiteral("200000")},
                                     {QStringLiteral("cleanup.policy"), QStringLiteral("delete")}};
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
