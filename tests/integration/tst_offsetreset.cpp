// Offset reset on the real cluster: the preview is exactly what gets applied, active groups and
// read-only connections are refused, and out-of-range offsets are named.

#include "groupclient.h"
#include "offsetreset.h"
#include "snapshotclient.h"
#include "testkafka.h"

#include <QDateTime>
#include <QTest>

using namespace partita;

class TestOffsetReset : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_settings.bootstrapServers = test::bootstrapServers();
        QString error;
        m_resetter = OffsetResetter::create(m_settings, &error);
        QVERIFY2(m_resetter, qPrintable(error));
        m_topic = test::uniqueTopicName(QStringLiteral("reset"));
        QCOMPARE(test::createTopic(m_topic, 2, 3), QString());
        QCOMPARE(test::produce(m_topic, 0, 5), QString());
        QCOMPARE(test::produce(m_topic, 1, 5), QString());
        QTest::qWait(1100); // message timestamps have millisecond resolution: leave a clear gap
        m_middle = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(test::produce(m_topic, 0, 5), QString());
        QCOMPARE(test::produce(m_topic, 1, 5), QString());
    }

    void previewIsWhatGetsApplied_data() {
        QTest::addColumn<int>("target");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QList<int>>("partitions");
        QTest::addColumn<QList<qint64>>("expected"); // new offsets of partitions 0 and 1

        QTest::newRow("earliest") << int(ResetTarget::Earliest) << qint64(0) << QList<int>{}
                                  << QList<qint64>{0, 0};
        QTest::newRow("latest") << int(ResetTarget::Latest) << qint64(0) << QList<int>{}
                                << QList<qint64>{10, 10};
        QTest::newRow("offset, one partition")
            << int(ResetTarget::Offset) << qint64(7) << QList<int>{0} << QList<qint64>{7, 8};
        QTest::newRow("timestamp") << int(ResetTarget::Timestamp) << qint64(-1) << QList<int>{}
                                   << QList<qint64>{5, 5};
        QTest::newRow("timestamp after the last message")
            << int(ResetTarget::Timestamp) << qint64(-2) << QList<int>{} << QList<qint64>{10, 10};
    }

    void previewIsWhatGetsApplied() {
        QFETCH(int, target);
        QFETCH(qint64, value);
        QFETCH(QList<int>, partitions);
        QFETCH(QList<qint64>, expected);
        const QString group = test::uniqueTopicName(QStringLiteral("resettable"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 2}, {1, 8}}), QString());

        OffsetResetRequest request;
        request.groupId = group;
        request.target = ResetTarget(target);
        // -1 and -2 stand for "the middle of the topic" and "an hour from now".
        request.value = value == -1   ? m_middle
                        : value == -2 ? QDateTime::currentMSecsSinceEpoch() + 3600000
                                      : value;
        for (int partition : partitions)
            request.partitions.append({m_topic, partition});
        const OffsetResetPlan plan = m_resetter->preview(request);
        QVERIFY2(plan.isApplicable(), qPrintable(plan.error));
        QCOMPARE(plan.changes.size(), partitions.isEmpty() ? 2 : partitions.size());
        for (const OffsetChange &change : plan.changes) {
            QCOMPARE(change.from, change.partition.partition == 0 ? 2 : 8);
            QCOMPARE(change.to, expected.at(change.partition.partition));
        }

        QCOMPARE(m_resetter->apply(plan), QString());
        QCOMPARE(committed(group), expected);
    }

    void outOfRangeOffsetIsNamed() {
        const QString group = test::uniqueTopicName(QStringLiteral("range"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 1}}), QString());
        const OffsetResetPlan plan = m_resetter->preview({group, ResetTarget::Offset, 50, {}});
        QVERIFY(!plan.isApplicable());
        QCOMPARE(
            plan.error,
            QStringLiteral("Offset 50 is out of range for %1-0, which holds offsets 0 to 10").arg(m_topic));
    }

    void activeGroupIsRefused() {
        const QString group = test::uniqueTopicName(QStringLiteral("busy"));
        test::ActiveMember member(group, m_topic);
        QVERIFY(member.waitForAssignment(std::chrono::seconds(30)));
        const OffsetResetPlan plan = m_resetter->preview({group, ResetTarget::Earliest, 0, {}});
        QVERIFY(!plan.isApplicable());
        QVERIFY2(plan.error.contains(QLatin1String("1 active member")), qPrintable(plan.error));
    }

    void readOnlyConnectionIsRefused() {
        const QString group = test::uniqueTopicName(QStringLiteral("protected"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 3}, {1, 3}}), QString());
        ConnectionSettings readOnly = m_settings;
        readOnly.readOnly = true;
        QString error;
        const auto resetter = OffsetResetter::create(readOnly, &error);
        QVERIFY2(resetter, qPrintable(error));
        const OffsetResetPlan plan = resetter->preview({group, ResetTarget::Earliest, 0, {}});
        QVERIFY2(plan.isApplicable(), qPrintable(plan.error)); // looking is allowed
        QVERIFY(resetter->apply(plan).startsWith(QLatin1String("Refused: this connection is read-only")));
        QCOMPARE(committed(group), (QList<qint64>{3, 3}));
    }

private:
    QList<qint64> committed(const QString &group) {
        QString error;
        const auto snapshots = SnapshotClient::create(m_settings, &error);
        const auto groups = GroupClient::create(m_settings, &error);
        const SnapshotResult cluster = snapshots->fetch();
        const GroupsSnapshotPtr result = groups->fetch({group}, *cluster.snapshot);
        QList<qint64> offsets;
        for (const auto &entry : result->group(group)->partitions)
            offsets.append(entry.committed);
        return offsets;
    }

    ConnectionSettings m_settings;
    std::unique_ptr<OffsetResetter> m_resetter;
    QString m_topic;
    qint64 m_middle = 0;
};

QTEST_GUILESS_MAIN(TestOffsetReset)
#include "tst_offsetreset.moc"
