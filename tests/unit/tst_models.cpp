#include "brokermodel.h"
#include "partitionmodel.h"
#include "snapshotbuilders.h"
#include "topicmodel.h"
#include "topologymodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <utility>

using namespace partita;
using namespace partita::test;

namespace {

// Brokers 1-3 (1 is controller); "orders" with 3 partitions, replication 3 and known watermarks;
// "web-clicks" with 2 partitions, replication 2 and unknown watermarks. Topology rows: 0 the header of
// orders, 1 orders-0, 2 orders-1, 3 orders-2, 4 the header of web-clicks, 5 web-clicks-0, 6 web-clicks-1.
ClusterSnapshot baseCluster() {
    ClusterSnapshot snapshot;
    snapshot.clusterId = QStringLiteral("test-cluster");
    snapshot.controllerId = 1;
    snapshot.brokers = {onlineBroker(1), onlineBroker(2), onlineBroker(3)};
    snapshot.topics = {
        topic("orders",
              {partition(0, 1, {1, 2, 3}, {1, 2, 3}, 0, 100), partition(1, 2, {2, 3, 1}, {2, 3, 1}, 10, 1010),
               partition(2, 3, {3, 1, 2}, {3, 1, 2}, 5, 5)}),
        topic("web-clicks", {partition(0, 1, {1, 2}, {1, 2}), partition(1, 2, {2, 3}, {2, 3})}),
    };
    return snapshot;
}

// baseCluster() after broker 3 died: its leadership moved to broker 1 and it left every ISR;
// web-clicks-0 additionally lost broker 2 from its ISR while broker 2 is still up.
ClusterSnapshot degradedCluster() {
    ClusterSnapshot snapshot = baseCluster();
    snapshot.brokers = {onlineBroker(1), onlineBroker(2), offlineBroker(3)};
    snapshot.topics = {
        topic("orders",
              {partition(0, 1, {1, 2, 3}, {1, 2}, 0, 100), partition(1, 2, {2, 3, 1}, {2, 1}, 10, 1010),
               partition(2, 1, {3, 1, 2}, {1, 2}, 5, 5)}),
        topic("web-clicks", {partition(0, 1, {1, 2}, {1}), partition(1, 2, {2, 3}, {2})}),
    };
    return snapshot;
}

ClusterSnapshotPtr share(const ClusterSnapshot &snapshot) {
    return std::make_shared<const ClusterSnapshot>(snapshot);
}

TopicInfo &topicRef(ClusterSnapshot &snapshot, const QString &name) {
    auto it = std::find_if(snapshot.topics.begin(), snapshot.topics.end(),
                           [&](const TopicInfo &info) { return info.name == name; });
    Q_ASSERT(it != snapshot.topics.end());
    return *it;
}

PartitionInfo &partitionRef(ClusterSnapshot &snapshot, const QString &name, int id) {
    TopicInfo &info = topicRef(snapshot, name);
    auto it = std::find_if(info.partitions.begin(), info.partitions.end(),
                           [&](const PartitionInfo &p) { return p.id == id; });
    Q_ASSERT(it != info.partitions.end());
    return *it;
}

// Keeps the snapshot's order by name.
void addTopic(ClusterSnapshot &snapshot, const TopicInfo &info) {
    auto it = std::lower_bound(snapshot.topics.begin(), snapshot.topics.end(), info,
                               [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    snapshot.topics.insert(it, info);
}

void removeTopic(ClusterSnapshot &snapshot, const QString &name) {
    snapshot.topics.removeIf([&](const TopicInfo &info) { return info.name == name; });
}

// The snapshots a monitor could see over a cluster's life, starting and ending with "no data".
QList<ClusterSnapshotPtr> history() {
    QList<ClusterSnapshotPtr> snapshots{nullptr};
    ClusterSnapshot s = baseCluster();
    snapshots.append(share(s));

    // Growth: a broker, a topic, and a partition added to an existing topic.
    s.brokers.append(onlineBroker(4));
    addTopic(
        s, topic("payments", {partition(0, 4, {4, 1}, {4, 1}, 0, 3), partition(1, 1, {1, 4}, {1, 4}, 0, 4)}));
    topicRef(s, "orders").partitions.append(partition(3, 4, {4, 1, 2}, {4, 1, 2}, 0, 0));
    snapshots.append(share(s));

    // Leader change.
    partitionRef(s, "orders", 1).leader = 3;
    snapshots.append(share(s));

    // ISR shrink.
    partitionRef(s, "orders", 0).isr = {1, 3};
    partitionRef(s, "web-clicks", 1).isr = {2};
    snapshots.append(share(s));

    // Broker 2 goes offline; web-clicks-1 had no other in-sync replica and loses its leader.
    s.brokers[1] = offlineBroker(2);
    for (auto &info : s.topics) {
        for (auto &p : info.partitions)
            p.isr.removeAll(2);
    }
    partitionRef(s, "web-clicks", 1).leader = -1;
    snapshots.append(share(s));

    // Watermarks move and become known.
    partitionRef(s, "orders", 0).highWatermark = 250;
    partitionRef(s, "web-clicks", 0).lowWatermark = 0;
    partitionRef(s, "web-clicks", 0).highWatermark = 42;
    snapshots.append(share(s));

    // Shrink: a topic, a partition and a broker go away.
    removeTopic(s, "payments");
    topicRef(s, "orders").partitions.removeLast();
    s.brokers.removeLast();
    snapshots.append(share(s));

    // Topic deletion.
    removeTopic(s, "orders");
    snapshots.append(share(s));

    snapshots.append(nullptr);
    return snapshots;
}

// Records every change signal of a model as one line each, so a test can assert the exact set,
// including that nothing else (no reset, no layout change) was emitted.
class ModelSignals {
public:
    explicit ModelSignals(const QAbstractItemModel *model)
        : m_modelReset(model, &QAbstractItemModel::modelReset)
        , m_layoutChanged(model, &QAbstractItemModel::layoutChanged)
        , m_rowsInserted(model, &QAbstractItemModel::rowsInserted)
        , m_rowsRemoved(model, &QAbstractItemModel::rowsRemoved)
        , m_columnsInserted(model, &QAbstractItemModel::columnsInserted)
        , m_columnsRemoved(model, &QAbstractItemModel::columnsRemoved)
        , m_headerDataChanged(model, &QAbstractItemModel::headerDataChanged)
        , m_dataChanged(model, &QAbstractItemModel::dataChanged) {}

    // Lines like "rowsInserted 3-4" or "dataChanged 1,0-1,2", grouped by signal; clears the record.
    QStringList take() {
        QStringList lines;
        for (int i = 0; i < m_modelReset.size(); ++i)
            lines.append(QStringLiteral("modelReset"));
        for (int i = 0; i < m_layoutChanged.size(); ++i)
            lines.append(QStringLiteral("layoutChanged"));
        appendRanges(lines, QStringLiteral("rowsInserted"), m_rowsInserted);
        appendRanges(lines, QStringLiteral("rowsRemoved"), m_rowsRemoved);
        appendRanges(lines, QStringLiteral("columnsInserted"), m_columnsInserted);
        appendRanges(lines, QStringLiteral("columnsRemoved"), m_columnsRemoved);
        for (const auto &args : std::as_const(m_headerDataChanged)) {
            lines.append(QStringLiteral("headerDataChanged %1 %2-%3")
                             .arg(args.at(0).value<Qt::Orientation>() == Qt::Horizontal
                                      ? QStringLiteral("horizontal")
                                      : QStringLiteral("vertical"))
                             .arg(args.at(1).toInt())
                             .arg(args.at(2).toInt()));
        }
        for (const auto &args : std::as_const(m_dataChanged)) {
            const QModelIndex topLeft = args.at(0).toModelIndex();
            const QModelIndex bottomRight = args.at(1).toModelIndex();
            lines.append(QStringLiteral("dataChanged %1,%2-%3,%4")
                             .arg(topLeft.row())
                             .arg(topLeft.column())
                             .arg(bottomRight.row())
                             .arg(bottomRight.column()));
        }
        for (QSignalSpy *spy : {&m_modelReset, &m_layoutChanged, &m_rowsInserted, &m_rowsRemoved,
                                &m_columnsInserted, &m_columnsRemoved, &m_headerDataChanged, &m_dataChanged})
            spy->clear();
        return lines;
    }

    bool resetOrLayoutChanged() const { return !m_modelReset.isEmpty() || !m_layoutChanged.isEmpty(); }

private:
    static void appendRanges(QStringList &lines, const QString &name, const QSignalSpy &spy) {
        for (const auto &args : spy)
            lines.append(
                QStringLiteral("%1 %2-%3").arg(name).arg(args.at(1).toInt()).arg(args.at(2).toInt()));
    }

    QSignalSpy m_modelReset;
    QSignalSpy m_layoutChanged;
    QSignalSpy m_rowsInserted;
    QSignalSpy m_rowsRemoved;
    QSignalSpy m_columnsInserted;
    QSignalSpy m_columnsRemoved;
    QSignalSpy m_headerDataChanged;
    QSignalSpy m_dataChanged;
};

// The roles every model answers: display, tooltip and the custom ones starting at Qt::UserRole.
const QList<int> comparedRoles{Qt::DisplayRole,  Qt::ToolTipRole,  Qt::TextAlignmentRole, Qt::UserRole,
                               Qt::UserRole + 1, Qt::UserRole + 2, Qt::UserRole + 3,      Qt::UserRole + 4};

// Fails the current test unless both models show the same cells and headers for every role.
void compareModels(const QAbstractItemModel &actual, const QAbstractItemModel &expected) {
    QCOMPARE(actual.rowCount(), expected.rowCount());
    QCOMPARE(actual.columnCount(), expected.columnCount());
    for (int role : comparedRoles) {
        for (int column = 0; column < expected.columnCount(); ++column)
            QCOMPARE(actual.headerData(column, Qt::Horizontal, role),
                     expected.headerData(column, Qt::Horizontal, role));
        for (int row = 0; row < expected.rowCount(); ++row) {
            QCOMPARE(actual.headerData(row, Qt::Vertical, role),
                     expected.headerData(row, Qt::Vertical, role));
            for (int column = 0; column < expected.columnCount(); ++column) {
                QCOMPARE(actual.index(row, column).data(role), expected.index(row, column).data(role));
            }
        }
    }
}

QString cellText(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole) {
    return model.index(row, column).data(role).toString();
}

// Vertical header labels of the partition rows, i.e. the partitions the topology grid shows, in order.
QStringList rowLabels(const TopologyModel &model) {
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.headerData(row, Qt::Vertical, TopologyModel::TopicHeaderRole).toBool())
            labels.append(model.headerData(row, Qt::Vertical).toString());
    }
    return labels;
}

// Vertical header labels of the topics' header rows, in order.
QStringList topicHeaderLabels(const TopologyModel &model) {
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.headerData(row, Qt::Vertical, TopologyModel::TopicHeaderRole).toBool())
            labels.append(model.headerData(row, Qt::Vertical).toString());
    }
    return labels;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void sortedMergeFeedsEveryModel_data();
    void sortedMergeFeedsEveryModel();
    void nullSnapshotRemovesAllRows();

    void brokerModelContents_data();
    void brokerModelContents();
    void brokerModelMarksKraftVoters();
    void brokerModelBrokerGoesOffline();
    void brokerModelGrowthAndShrink();

    void topicModelContents_data();
    void topicModelContents();
    void topicModelNewTopicInsertsItsRow();
    void topicModelIgnoresChangesItDoesNotShow();
    void ratesFromConsecutiveSnapshots();

    void partitionModelContents_data();
    void partitionModelContents();
    void partitionModelLeaderChangeIsOneRowChange();
    void partitionModelWatermarksMove();
    void partitionModelTopicSwitchResets();

    void topologyCells_data();
    void topologyCells();
    void topologyHeaders();
    void topologyLeaderChangeIsOneRowChange();
    void topologyIgnoresWatermarks();
    void topologyNewTopicInsertsItsRows();
    void topologyBrokerGoesOffline();
    void topologyBrokerColumnsFollowSnapshot();
    void topologyFilter_data();
    void topologyFilter();
    void topologyFilterChangesAreRowLevel();
    void topologyRowForPartition();
    void topologyInternalTopicsLastOnRequest();
    void topologyTopicsCollapse();
};

void TestModels::initTestCase() {
    // Fixes the thousands separator the expected texts use.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestModels::sortedMergeFeedsEveryModel_data() {
    QTest::addColumn<QString>("topologyFilter");
    QTest::addColumn<QString>("partitionTopic");

    QTest::newRow("unfiltered") << QString() << "orders";
    QTest::newRow("filtered to one topic") << "ORD"
                                           << "web-clicks";
    QTest::newRow("topic that comes and goes") << "MENTS"
                                               << "payments";
}

// Feeds a whole cluster history to every model under QAbstractItemModelTester and checks after each
// step that the incrementally merged model shows exactly what a freshly filled one shows.
void TestModels::sortedMergeFeedsEveryModel() {
    QFETCH(QString, topologyFilter);
    QFETCH(QString, partitionTopic);

    BrokerModel brokers;
    TopicModel topics;
    PartitionModel partitions;
    TopologyModel topology;
    partitions.setTopic(partitionTopic);
    topology.setTopicFilter(topologyFilter);

    const QList<QAbstractItemModel *> models{&brokers, &topics, &partitions, &topology};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::vector<std::unique_ptr<ModelSignals>> recorders;
    for (QAbstractItemModel *model : models) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        recorders.push_back(std::make_unique<ModelSignals>(model));
    }

    const QList<ClusterSnapshotPtr> snapshots = history();
    for (int step = 0; step < snapshots.size(); ++step) {
        const ClusterSnapshotPtr &snapshot = snapshots[step];
        brokers.setSnapshot(snapshot);
        topics.setSnapshot(snapshot);
        partitions.setSnapshot(snapshot);
        topology.setSnapshot(snapshot);

        BrokerModel freshBrokers;
        freshBrokers.setSnapshot(snapshot);
        TopicModel freshTopics;
        freshTopics.setSnapshot(snapshot);
        PartitionModel freshPartitions;
        freshPartitions.setTopic(partitionTopic);
        freshPartitions.setSnapshot(snapshot);
        TopologyModel freshTopology;
        freshTopology.setTopicFilter(topologyFilter);
        freshTopology.setSnapshot(snapshot);

        const QByteArray where = "step " + QByteArray::number(step);
        compareModels(brokers, freshBrokers);
        compareModels(topics, freshTopics);
        compareModels(partitions, freshPartitions);
        compareModels(topology, freshTopology);
        if (QTest::currentTestFailed())
            QFAIL(where);
        for (const auto &recorder : recorders)
            QVERIFY2(!recorder->resetOrLayoutChanged(), where);
    }
    QCOMPARE(topology.rowCount(), 0);
    QCOMPARE(topology.columnCount(), 0);
}

void TestModels::nullSnapshotRemovesAllRows() {
    const ClusterSnapshotPtr snapshot = share(baseCluster());
    BrokerModel brokers;
    TopicModel topics;
    PartitionModel partitions;
    TopologyModel topology;
    partitions.setTopic("orders");
    brokers.setSnapshot(snapshot);
    topics.setSnapshot(snapshot);
    partitions.setSnapshot(snapshot);
    topology.setSnapshot(snapshot);

    ModelSignals brokerSignals(&brokers);
    ModelSignals topicSignals(&topics);
    ModelSignals partitionSignals(&partitions);
    ModelSignals topologySignals(&topology);
    brokers.setSnapshot(nullptr);
    topics.setSnapshot(nullptr);
    partitions.setSnapshot(nullptr);
    topology.setSnapshot(nullptr);

    QCOMPARE(brokerSignals.take(), QStringList{"rowsRemoved 0-2"});
    QCOMPARE(topicSignals.take(), QStringList{"rowsRemoved 0-1"});
    QCOMPARE(partitionSignals.take(), QStringList{"rowsRemoved 0-2"});
    QCOMPARE(topologySignals.take(), (QStringList{"rowsRemoved 0-6", "columnsRemoved 0-2"}));
    QCOMPARE(brokers.rowCount(), 0);
    QCOMPARE(topics.rowCount(), 0);
    QCOMPARE(partitions.rowCount(), 0);
    QCOMPARE(topology.rowCount(), 0);
    QCOMPARE(topology.columnCount(), 0);
}

void TestModels::brokerModelContents_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("sortValue");

    // Leaders: broker 1 leads orders-0 and web-clicks-0, 2 leads orders-1 and web-clicks-1, 3 leads
    // orders-2. Replicas: each hosts all 3 of orders, plus 1, 2 and 1 of web-clicks.
    QTest::newRow("id") << 0 << int(BrokerModel::IdColumn) << "1" << QVariant(1);
    QTest::newRow("address") << 1 << int(BrokerModel::AddressColumn) << "kafka-2:9092"
                             << QVariant("kafka-2:9092");
    QTest::newRow("status") << 0 << int(BrokerModel::StatusColumn) << "online" << QVariant(true);
    QTest::newRow("controller") << 0 << int(BrokerModel::ControllerColumn) << "yes"
                                << QVariant(int(ControllerPart::Active));
    QTest::newRow("not controller") << 1 << int(BrokerModel::ControllerColumn) << ""
                                    << QVariant(int(ControllerPart::None));
    QTest::newRow("leaders of 1") << 0 << int(BrokerModel::LeadersColumn) << "2" << QVariant(2);
    QTest::newRow("leaders of 3") << 2 << int(BrokerModel::LeadersColumn) << "1" << QVariant(1);
    QTest::newRow("replicas of 1") << 0 << int(BrokerModel::ReplicasColumn) << "4" << QVariant(4);
    QTest::newRow("replicas of 2") << 1 << int(BrokerModel::ReplicasColumn) << "5" << QVariant(5);
}

// KRaft: no active controller is known, the voters say they are voters, and nothing more.
void TestModels::brokerModelMarksKraftVoters() {
    ClusterSnapshot cluster = baseCluster();
    cluster.controllerId = -1;
    cluster.metadataMode = MetadataMode::KRaft;
    cluster.controllerVoters = {{1, QStringLiteral("kafka-1"), 9093}, {3, QStringLiteral("kafka-3"), 9093}};
    BrokerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(share(cluster));
    QCOMPARE(cellText(model, 0, BrokerModel::ControllerColumn), QStringLiteral("voter"));
    QCOMPARE(cellText(model, 1, BrokerModel::ControllerColumn), QString());
    QCOMPARE(cellText(model, 2, BrokerModel::ControllerColumn), QStringLiteral("voter"));
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("controller voter")) &&
                 !tip.contains(QLatin1String("the cluster controller")),
             qPrintable(tip));
}

void TestModels::brokerModelContents() {
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, sortValue);

    BrokerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(share(baseCluster()));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(BrokerModel::ColumnCount));
    QCOMPARE(cellText(model, row, column), display);
    QCOMPARE(model.index(row, column).data(BrokerModel::SortRole), sortValue);
    QCOMPARE(model.index(row, column).data(BrokerModel::BrokerIdRole), QVariant(row + 1));
    QCOMPARE(model.index(row, column).data(BrokerModel::BrokerOnlineRole), QVariant(true));
}

void TestModels::brokerModelBrokerGoesOffline() {
    BrokerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(share(baseCluster()));
    ModelSignals signalLog(&model);

    model.setSnapshot(share(degradedCluster()));

    // Broker 1 took over orders-2 and broker 3 went down; broker 2's row shows nothing new.
    const int last = BrokerModel::ColumnCount - 1;
    QCOMPARE(signalLog.take(), (QStringList{QStringLiteral("dataChanged 0,0-0,%1").arg(last),
                                            QStringLiteral("dataChanged 2,0-2,%1").arg(last)}));
    QCOMPARE(cellText(model, 0, BrokerModel::LeadersColumn), QStringLiteral("3"));
    QCOMPARE(cellText(model, 2, BrokerModel::LeadersColumn), QStringLiteral("0"));
    QCOMPARE(cellText(model, 2, BrokerModel::StatusColumn), QStringLiteral("down"));
    QCOMPARE(cellText(model, 2, BrokerModel::AddressColumn), QString());
    QCOMPARE(model.index(2, 0).data(BrokerModel::BrokerOnlineRole), QVariant(false));
    QCOMPARE(model.index(1, 0).data(BrokerModel::BrokerOnlineRole), QVariant(true));
    QVERIFY(cellText(model, 2, 0, Qt::ToolTipRole).contains(QStringLiteral("is down")));
    QCOMPARE(cellText(model, 0, 0, Qt::ToolTipRole),
             QStringLiteral("Broker 1 at kafka-1:9092; the cluster controller"));
}

void TestModels::brokerModelGrowthAndShrink() {
    BrokerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);
    const QPersistentModelIndex third = model.index(2, BrokerModel::AddressColumn);

    snapshot.brokers.append(onlineBroker(4));
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"rowsInserted 3-3"});
    QCOMPARE(cellText(model, 3, BrokerModel::IdColumn), QStringLiteral("4"));
    QCOMPARE(cellText(model, 3, BrokerModel::ReplicasColumn), QStringLiteral("0"));

    snapshot.brokers.removeAt(1);
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"rowsRemoved 1-1"});
    QVERIFY(third.isValid());
    QCOMPARE(third.row(), 1);
    QCOMPARE(third.data().toString(), QStringLiteral("kafka-3:9092"));
}

void TestModels::topicModelContents_data() {
    QTest::addColumn<QString>("topicName");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("sortValue");

    // Rows: __consumer_offsets, orders, payments, web-clicks (see the snapshot in topicModelContents).
    QTest::newRow("name") << "orders" << int(TopicModel::NameColumn) << "orders" << QVariant("orders");
    QTest::newRow("partitions") << "payments" << int(TopicModel::PartitionsColumn) << "3" << QVariant(3);
    QTest::newRow("replication factor")
        << "orders" << int(TopicModel::ReplicationFactorColumn) << "3" << QVariant(3);
    QTest::newRow("replication factor is the largest set")
        << "payments" << int(TopicModel::ReplicationFactorColumn) << "2" << QVariant(2);
    QTest::newRow("under-replicated")
        << "payments" << int(TopicModel::UnderReplicatedColumn) << "2" << QVariant(2);
    QTest::newRow("none under-replicated")
        << "orders" << int(TopicModel::UnderReplicatedColumn) << "0" << QVariant(0);
    QTest::newRow("offline") << "payments" << int(TopicModel::OfflineColumn) << "1" << QVariant(1);
    QTest::newRow("messages with separators") << "__consumer_offsets" << int(TopicModel::MessagesColumn)
                                              << "1,234,568" << QVariant(qint64(1234568));
    QTest::newRow("messages summed") << "orders" << int(TopicModel::MessagesColumn) << "1,100"
                                     << QVariant(qint64(1100));
    QTest::newRow("messages of the partitions known")
        << "payments" << int(TopicModel::MessagesColumn) << "7" << QVariant(qint64(7));
    QTest::newRow("messages unknown")
        << "web-clicks" << int(TopicModel::MessagesColumn) << "\u2014" << QVariant(qint64(-1));
    QTest::newRow("internal") << "__consumer_offsets" << int(TopicModel::InternalColumn) << "internal"
                              << QVariant(true);
    QTest::newRow("not internal") << "orders" << int(TopicModel::InternalColumn) << "" << QVariant(false);
}

void TestModels::topicModelContents() {
    QFETCH(QString, topicName);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, sortValue);

    ClusterSnapshot snapshot = baseCluster();
    addTopic(snapshot, topic("__consumer_offsets",
                             {partition(0, 1, {1, 2, 3}, {1, 2, 3}, 0, 1234567),
                              partition(1, 2, {2, 3, 1}, {2, 3, 1}, 9, 10)},
                             true));
    addTopic(snapshot, topic("payments", {partition(0, -1, {3}, {}), partition(1, 1, {1, 2}, {1}),
                                          partition(2, 2, {2, 1}, {2, 1}, 0, 7)}));

    TopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(share(snapshot));

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(TopicModel::ColumnCount));
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i, 0).data(TopicModel::TopicNameRole).toString() == topicName)
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(cellText(model, row, column), display);
    QCOMPARE(model.index(row, column).data(TopicModel::SortRole), sortValue);
}

// 5 s apart: orders-0 grew by 500 (100/s) and orders-1 by 50 (10/s), both led by broker 1;
// payments-0 went back (deleted and created again), so it counts for nothing; broker 2 leads nothing
// that grew. The first snapshot has no rates at all.
void TestModels::ratesFromConsecutiveSnapshots() {
    ClusterSnapshot first;
    first.clusterId = QStringLiteral("c1");
    first.takenAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    first.brokers = {onlineBroker(1), onlineBroker(2)};
    first.topics = {
        topic("orders", {partition(0, 1, {1, 2}, {1, 2}, 0, 100), partition(1, 1, {1, 2}, {1, 2}, 0, 50)}),
        topic("payments", {partition(0, 2, {2, 1}, {2, 1}, 0, 900)})};
    ClusterSnapshot second = first;
    second.takenAt = first.takenAt.addSecs(5);
    second.topics[0].partitions[0].highWatermark = 600;
    second.topics[0].partitions[1].highWatermark = 100;
    second.topics[1].partitions[0].highWatermark = 3;

    TopicModel topics;
    BrokerModel brokers;
    QAbstractItemModelTester topicTester(&topics, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester brokerTester(&brokers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const ProductionRates none = ProductionRates::between(nullptr, first);
    topics.setSnapshot(share(first), none);
    brokers.setSnapshot(share(first), none);
    QCOMPARE(cellText(topics, 0, TopicModel::RateColumn), QStringLiteral("\u2014"));
    QCOMPARE(cellText(brokers, 0, BrokerModel::RateColumn), QStringLiteral("\u2014"));

    const ProductionRates rates = ProductionRates::between(&first, second);
    topics.setSnapshot(share(second), rates);
    brokers.setSnapshot(share(second), rates);
    QCOMPARE(cellText(topics, 0, TopicModel::RateColumn), QStringLiteral("110"));
    QCOMPARE(topics.index(0, TopicModel::RateColumn).data(TopicModel::SortRole).toDouble(), 110.0);
    QCOMPARE(cellText(topics, 1, TopicModel::RateColumn), QStringLiteral("\u2014"));
    QCOMPARE(cellText(brokers, 0, BrokerModel::RateColumn), QStringLiteral("110"));
    QCOMPARE(cellText(brokers, 1, BrokerModel::RateColumn), QStringLiteral("0.0"));
    PartitionModel partitions;
    QAbstractItemModelTester partitionTester(&partitions,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    partitions.setTopic(QStringLiteral("orders"));
    partitions.setSnapshot(share(second), rates);
    QCOMPARE(cellText(partitions, 0, PartitionModel::RateColumn), QStringLiteral("100"));
    QCOMPARE(cellText(partitions, 1, PartitionModel::RateColumn), QStringLiteral("10"));
    QCOMPARE(partitions.index(1, PartitionModel::RateColumn).data(PartitionModel::SortRole).toDouble(), 10.0);
    partitions.setTopic(QStringLiteral("payments"));
    QCOMPARE(cellText(partitions, 0, PartitionModel::RateColumn), QStringLiteral("—"));

    // Another cluster behind the same address: nothing to compare with.
    ClusterSnapshot other = second;
    other.clusterId = QStringLiteral("c2");
    other.takenAt = second.takenAt.addSecs(5);
    topics.setSnapshot(share(other), ProductionRates::between(&second, other));
    QCOMPARE(cellText(topics, 0, TopicModel::RateColumn), QStringLiteral("\u2014"));
}

void TestModels::topicModelNewTopicInsertsItsRow() {
    TopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);
    const QPersistentModelIndex webClicks = model.index(1, TopicModel::PartitionsColumn);

    addTopic(snapshot, topic("payments", {partition(0, 1, {1}, {1})}));
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"rowsInserted 1-1"});
    QCOMPARE(cellText(model, 1, TopicModel::NameColumn), QStringLiteral("payments"));
    QCOMPARE(webClicks.row(), 2);

    removeTopic(snapshot, "orders");
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"rowsRemoved 0-0"});
    QVERIFY(webClicks.isValid());
    QCOMPARE(webClicks.row(), 1);
    QCOMPARE(webClicks.data(TopicModel::TopicNameRole).toString(), QStringLiteral("web-clicks"));
    QCOMPARE(webClicks.data().toString(), QStringLiteral("2"));
}

void TestModels::topicModelIgnoresChangesItDoesNotShow() {
    TopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);

    // A leader move changes no topic column; an ISR shrink changes the under-replicated count.
    partitionRef(snapshot, "orders", 1).leader = 3;
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList());

    partitionRef(snapshot, "web-clicks", 1).isr = {2};
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(),
             QStringList{QStringLiteral("dataChanged 1,0-1,%1").arg(TopicModel::ColumnCount - 1)});
    QCOMPARE(cellText(model, 1, TopicModel::UnderReplicatedColumn), QStringLiteral("1"));
}

void TestModels::partitionModelContents_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("sortValue");

    // Partitions: 0 offline, 1 under-replicated, 2 healthy with watermarks, 3 healthy with an error.
    QTest::newRow("partition") << 2 << int(PartitionModel::PartitionColumn) << "2" << QVariant(2);
    QTest::newRow("leader") << 1 << int(PartitionModel::LeaderColumn) << "1" << QVariant(1);
    QTest::newRow("no leader") << 0 << int(PartitionModel::LeaderColumn) << "none (offline)" << QVariant(-1);
    QTest::newRow("replicas") << 1 << int(PartitionModel::ReplicasColumn) << "1, 2, 3" << QVariant(3);
    QTest::newRow("isr") << 1 << int(PartitionModel::IsrColumn) << "1, 3" << QVariant(2);
    QTest::newRow("empty isr") << 0 << int(PartitionModel::IsrColumn) << "" << QVariant(0);
    QTest::newRow("low watermark") << 2 << int(PartitionModel::LowWatermarkColumn) << "1,000"
                                   << QVariant(qint64(1000));
    QTest::newRow("high watermark") << 2 << int(PartitionModel::HighWatermarkColumn) << "2,500"
                                    << QVariant(qint64(2500));
    QTest::newRow("unknown watermark")
        << 0 << int(PartitionModel::HighWatermarkColumn) << "\u2014" << QVariant(qint64(-1));
    QTest::newRow("messages") << 2 << int(PartitionModel::MessagesColumn) << "1,500"
                              << QVariant(qint64(1500));
    QTest::newRow("messages unknown")
        << 3 << int(PartitionModel::MessagesColumn) << "\u2014" << QVariant(qint64(-1));
    QTest::newRow("status offline") << 0 << int(PartitionModel::StatusColumn) << "offline" << QVariant(3);
    QTest::newRow("status under-replicated")
        << 1 << int(PartitionModel::StatusColumn) << "under-replicated" << QVariant(2);
    QTest::newRow("status ok") << 2 << int(PartitionModel::StatusColumn) << "ok" << QVariant(0);
    QTest::newRow("status error") << 3 << int(PartitionModel::StatusColumn) << "Broker: Request timed out"
                                  << QVariant(1);
}

void TestModels::partitionModelContents() {
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, sortValue);

    ClusterSnapshot snapshot = baseCluster();
    PartitionInfo withError = partition(3, 2, {2, 3}, {2, 3});
    withError.error = QStringLiteral("Broker: Request timed out");
    addTopic(snapshot, topic("payments", {partition(0, -1, {3}, {}), partition(1, 1, {1, 2, 3}, {1, 3}),
                                          partition(2, 2, {2, 1}, {2, 1}, 1000, 2500), withError}));

    PartitionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTopic("payments");
    model.setSnapshot(share(snapshot));

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(PartitionModel::ColumnCount));
    QCOMPARE(cellText(model, row, column), display);
    QCOMPARE(model.index(row, column).data(PartitionModel::SortRole), sortValue);
    QCOMPARE(model.index(row, column).data(PartitionModel::PartitionIdRole), QVariant(row));
    QCOMPARE(model.index(row, column).data(PartitionModel::TopicNameRole), QVariant("payments"));
}

void TestModels::partitionModelLeaderChangeIsOneRowChange() {
    PartitionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTopic("orders");
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex unaffected = model.index(2, PartitionModel::LeaderColumn);

    partitionRef(snapshot, "orders", 1).leader = 3;
    model.setSnapshot(share(snapshot));

    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex(), model.index(1, PartitionModel::ColumnCount - 1));
    QCOMPARE(signalLog.take(),
             QStringList{QStringLiteral("dataChanged 1,0-1,%1").arg(PartitionModel::ColumnCount - 1)});
    QCOMPARE(cellText(model, 1, PartitionModel::LeaderColumn), QStringLiteral("3"));
    QVERIFY(unaffected.isValid());
    QCOMPARE(unaffected.row(), 2);
    QCOMPARE(unaffected.data(PartitionModel::PartitionIdRole), QVariant(2));
    QCOMPARE(unaffected.data().toString(), QStringLiteral("3"));
}

void TestModels::partitionModelWatermarksMove() {
    PartitionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTopic("orders");
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);

    partitionRef(snapshot, "orders", 0).highWatermark = 150;
    partitionRef(snapshot, "orders", 2).lowWatermark = 4;
    partitionRef(snapshot, "orders", 2).highWatermark = 9;
    model.setSnapshot(share(snapshot));

    const int last = PartitionModel::ColumnCount - 1;
    QCOMPARE(signalLog.take(), (QStringList{QStringLiteral("dataChanged 0,0-0,%1").arg(last),
                                            QStringLiteral("dataChanged 2,0-2,%1").arg(last)}));
    QCOMPARE(cellText(model, 0, PartitionModel::MessagesColumn), QStringLiteral("150"));
    QCOMPARE(cellText(model, 2, PartitionModel::MessagesColumn), QStringLiteral("5"));
    QCOMPARE(cellText(model, 1, PartitionModel::MessagesColumn), QStringLiteral("1,000"));
}

void TestModels::partitionModelTopicSwitchResets() {
    PartitionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelSignals signalLog(&model);
    ClusterSnapshot snapshot = baseCluster();

    // Choosing the topic before any data arrives: the rows come in with the first snapshot.
    model.setTopic("orders");
    QCOMPARE(signalLog.take(), QStringList{"modelReset"});
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"rowsInserted 0-2"});

    model.setTopic("orders");
    QCOMPARE(signalLog.take(), QStringList());

    model.setTopic("web-clicks");
    QCOMPARE(signalLog.take(), QStringList{"modelReset"});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.topic(), QStringLiteral("web-clicks"));

    removeTopic(snapshot, "web-clicks");
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"rowsRemoved 0-1"});

    addTopic(snapshot, topic("web-clicks", {partition(0, 1, {1}, {1})}));
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"rowsInserted 0-0"});
}

void TestModels::topologyCells_data() {
    QTest::addColumn<QString>("topicName");
    QTest::addColumn<int>("partitionId");
    QTest::addColumn<int>("brokerId");
    QTest::addColumn<QString>("display");
    QTest::addColumn<ReplicaState>("state");
    QTest::addColumn<QString>("toolTip");

    // In degradedCluster(): broker 3 is down, web-clicks-0 lost broker 2 from its ISR.
    QTest::newRow("leader") << "orders" << 0 << 1 << "L" << ReplicaState::Leader
                            << "Broker 1: leader of orders-0";
    QTest::newRow("in-sync follower") << "orders" << 0 << 2 << "F" << ReplicaState::InSyncFollower
                                      << "Broker 2: in-sync follower of orders-0";
    QTest::newRow("offline replica") << "orders" << 0 << 3 << "\u2715" << ReplicaState::Offline
                                     << "Broker 3: replica of orders-0, offline: broker 3 is down";
    QTest::newRow("new leader") << "orders" << 2 << 1 << "L" << ReplicaState::Leader
                                << "Broker 1: leader of orders-2";
    QTest::newRow("out-of-sync follower") << "web-clicks" << 0 << 2 << "F!" << ReplicaState::OutOfSyncFollower
                                          << "Broker 2: follower of web-clicks-0, out of sync (not in ISR)";
    QTest::newRow("not a replica") << "web-clicks" << 0 << 3 << "" << ReplicaState::NotAReplica << "";
    QTest::newRow("not a replica, online broker")
        << "web-clicks" << 1 << 1 << "" << ReplicaState::NotAReplica << "";
}

void TestModels::topologyCells() {
    QFETCH(QString, topicName);
    QFETCH(int, partitionId);
    QFETCH(int, brokerId);
    QFETCH(QString, display);
    QFETCH(ReplicaState, state);
    QFETCH(QString, toolTip);

    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(share(degradedCluster()));

    const int row = model.rowForPartition(topicName, partitionId);
    const int column = model.columnForBroker(brokerId);
    QVERIFY(row >= 0);
    QCOMPARE(column, brokerId - 1);
    const QModelIndex cell = model.index(row, column);
    QCOMPARE(cell.data().toString(), display);
    QCOMPARE(cell.data(TopologyModel::ReplicaStateRole), QVariant(int(state)));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), toolTip);
    QCOMPARE(cell.data(TopologyModel::TopicNameRole).toString(), topicName);
    QCOMPARE(cell.data(TopologyModel::PartitionIdRole), QVariant(partitionId));
    QCOMPARE(cell.data(TopologyModel::BrokerIdRole), QVariant(brokerId));
}

void TestModels::topologyHeaders() {
    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(share(degradedCluster()));

    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Broker 1"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Broker 3 (down)"));
    QCOMPARE(model.headerData(0, Qt::Horizontal, TopologyModel::BrokerOnlineRole), QVariant(true));
    QCOMPARE(model.headerData(2, Qt::Horizontal, TopologyModel::BrokerOnlineRole), QVariant(false));
    QCOMPARE(model.headerData(2, Qt::Horizontal, TopologyModel::BrokerIdRole), QVariant(3));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Broker 2 at kafka-2:9092"));
    QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith("Broker 3 is down"));

    QCOMPARE(rowLabels(model),
             (QStringList{"orders-0", "orders-1", "orders-2", "web-clicks-0", "web-clicks-1"}));
    QCOMPARE(model.headerData(6, Qt::Vertical, TopologyModel::TopicNameRole), QVariant("web-clicks"));
    QCOMPARE(model.headerData(6, Qt::Vertical, TopologyModel::PartitionIdRole), QVariant(1));
    QCOMPARE(topicHeaderLabels(model),
             (QStringList{"\u25BE orders (3 partitions)", "\u25BE web-clicks (2 partitions)"}));
    QCOMPARE(model.headerData(4, Qt::Vertical, TopologyModel::PartitionIdRole), QVariant(-1));
    QCOMPARE(model.index(4, 0).data(TopologyModel::ReplicaStateRole),
             QVariant(int(ReplicaState::NotAReplica)));
}

void TestModels::topologyLeaderChangeIsOneRowChange() {
    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex unaffected = model.index(5, 1);

    partitionRef(snapshot, "orders", 1).leader = 3;
    model.setSnapshot(share(snapshot));

    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), model.index(2, 0));
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex(), model.index(2, 2));
    QCOMPARE(signalLog.take(), QStringList{"dataChanged 2,0-2,2"});
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("L"));
    QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("F"));
    QVERIFY(unaffected.isValid());
    QCOMPARE(unaffected.row(), 5);
    QCOMPARE(unaffected.data(TopologyModel::TopicNameRole).toString(), QStringLiteral("web-clicks"));
    QCOMPARE(unaffected.data(TopologyModel::PartitionIdRole), QVariant(0));
}

// The grid shows placement only: a poll in which only offsets moved repaints nothing.
void TestModels::topologyIgnoresWatermarks() {
    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);

    partitionRef(snapshot, "orders", 0).highWatermark = 5000;
    partitionRef(snapshot, "web-clicks", 1).lowWatermark = 3;
    partitionRef(snapshot, "orders", 2).error = QStringLiteral("Broker: Request timed out");
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList());

    partitionRef(snapshot, "web-clicks", 1).isr = {2};
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"dataChanged 6,0-6,2"});
    QCOMPARE(model.index(6, 2).data().toString(), QStringLiteral("F!"));
}

void TestModels::topologyNewTopicInsertsItsRows() {
    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);
    const QPersistentModelIndex before = model.index(1, 0);
    const QPersistentModelIndex after = model.index(6, 2);

    addTopic(snapshot, topic("payments", {partition(0, 1, {1, 2}, {1, 2}), partition(1, 2, {2, 3}, {2, 3})}));
    model.setSnapshot(share(snapshot));

    QCOMPARE(signalLog.take(), QStringList{"rowsInserted 4-6"});
    QCOMPARE(rowLabels(model), (QStringList{"orders-0", "orders-1", "orders-2", "payments-0", "payments-1",
                                            "web-clicks-0", "web-clicks-1"}));
    QCOMPARE(before.row(), 1);
    QCOMPARE(before.data().toString(), QStringLiteral("L"));
    QVERIFY(after.isValid());
    QCOMPARE(after.row(), 9);
    QCOMPARE(after.data(TopologyModel::TopicNameRole).toString(), QStringLiteral("web-clicks"));
    QCOMPARE(after.data(TopologyModel::PartitionIdRole), QVariant(1));
    QCOMPARE(after.data().toString(), QStringLiteral("F"));

    removeTopic(snapshot, "orders");
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"rowsRemoved 0-3"});
    QVERIFY(!before.isValid());
    QCOMPARE(after.row(), 5);
}

void TestModels::topologyBrokerGoesOffline() {
    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);

    // Only the broker changes here, so exactly its header and its column repaint.
    snapshot.brokers[2] = offlineBroker(3);
    model.setSnapshot(share(snapshot));

    QCOMPARE(signalLog.take(), (QStringList{"headerDataChanged horizontal 2-2", "dataChanged 0,2-6,2"}));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Broker 3 (down)"));
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("\u2715"));
    QCOMPARE(model.index(3, 2).data(TopologyModel::ReplicaStateRole), QVariant(int(ReplicaState::Offline)));
    QCOMPARE(model.index(5, 2).data().toString(), QString());
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("F"));
}

void TestModels::topologyBrokerColumnsFollowSnapshot() {
    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);
    const QPersistentModelIndex brokerThree = model.index(3, 2);

    snapshot.brokers.append(onlineBroker(4));
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"columnsInserted 3-3"});
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Broker 4"));

    snapshot.brokers.removeFirst();
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"columnsRemoved 0-0"});
    QCOMPARE(model.columnForBroker(1), -1);
    QCOMPARE(model.columnForBroker(3), 1);
    QVERIFY(brokerThree.isValid());
    QCOMPARE(brokerThree.column(), 1);
    QCOMPARE(brokerThree.data().toString(), QStringLiteral("L"));
}

void TestModels::topologyFilter_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("rows");

    const QStringList orders{"orders-0", "orders-1", "orders-2"};
    const QStringList webClicks{"web-clicks-0", "web-clicks-1"};
    QTest::newRow("empty shows all") << QString() << orders + webClicks;
    QTest::newRow("case-insensitive") << "ORD" << orders;
    QTest::newRow("middle of a name") << "clicks" << webClicks;
    QTest::newRow("shared letter") << "s" << orders + webClicks;
    QTest::newRow("partition number is not part of the topic") << "0" << QStringList();
    QTest::newRow("no match") << "payments" << QStringList();
}

void TestModels::topologyFilter() {
    QFETCH(QString, filter);
    QFETCH(QStringList, rows);

    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(share(baseCluster()));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setTopicFilter(filter);
    QCOMPARE(model.topicFilter(), filter);
    QCOMPARE(rowLabels(model), rows);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(reset.count(), 0);

    // The filter also applies to rows that later snapshots bring.
    TopologyModel filteredFirst;
    filteredFirst.setTopicFilter(filter);
    filteredFirst.setSnapshot(share(baseCluster()));
    QCOMPARE(rowLabels(filteredFirst), rows);
}

void TestModels::topologyFilterChangesAreRowLevel() {
    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);
    const QPersistentModelIndex kept = model.index(6, 1);

    model.setTopicFilter("web");
    QCOMPARE(signalLog.take(), QStringList{"rowsRemoved 0-3"});
    QCOMPARE(kept.row(), 2);

    model.setTopicFilter("web");
    QCOMPARE(signalLog.take(), QStringList());

    // While filtered, a matching new topic inserts its rows and a non-matching one emits nothing.
    addTopic(snapshot, topic("audit", {partition(0, 1, {1}, {1})}));
    addTopic(snapshot, topic("webhooks", {partition(0, 2, {2}, {2}), partition(1, 3, {3}, {3})}));
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList{"rowsInserted 3-5"});
    QCOMPARE(rowLabels(model), (QStringList{"web-clicks-0", "web-clicks-1", "webhooks-0", "webhooks-1"}));

    model.setTopicFilter(QString());
    QCOMPARE(signalLog.take(), QStringList{"rowsInserted 0-5"});
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 8);
    QCOMPARE(kept.data(TopologyModel::TopicNameRole).toString(), QStringLiteral("web-clicks"));
    QCOMPARE(kept.data(TopologyModel::PartitionIdRole), QVariant(1));
}

void TestModels::topologyRowForPartition() {
    TopologyModel model;
    model.setSnapshot(share(baseCluster()));

    QCOMPARE(model.rowForPartition("orders", -1), 0);
    QCOMPARE(model.rowForPartition("orders", 0), 1);
    QCOMPARE(model.rowForPartition("orders", 2), 3);
    QCOMPARE(model.rowForPartition("web-clicks", 1), 6);
    QCOMPARE(model.rowForPartition("orders", 3), -1);
    QCOMPARE(model.rowForPartition("nope", 0), -1);
    QCOMPARE(model.rowForPartition("zzz", 0), -1);

    model.setTopicFilter("clicks");
    QCOMPARE(model.rowForPartition("orders", 0), -1);
    QCOMPARE(model.rowForPartition("web-clicks", 1), 2);
    QCOMPARE(model.columnForBroker(2), 1);
    QCOMPARE(model.columnForBroker(9), -1);
}

// Internal topics are hidden by default and, when shown, come after every other topic whatever their
// names, which sort first.
void TestModels::topologyInternalTopicsLastOnRequest() {
    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    addTopic(snapshot, topic("__consumer_offsets",
                             {partition(0, 1, {1, 2}, {1, 2}), partition(1, 2, {2, 3}, {2, 3})}, true));
    QCOMPARE(snapshot.topics.first().name, QStringLiteral("__consumer_offsets"));
    model.setSnapshot(share(snapshot));
    QVERIFY(!model.showsInternalTopics());
    QCOMPARE(rowLabels(model),
             (QStringList{"orders-0", "orders-1", "orders-2", "web-clicks-0", "web-clicks-1"}));
    QCOMPARE(model.partitionCount(), 5);
    QCOMPARE(model.rowForPartition("__consumer_offsets", 0), -1);

    ModelSignals signalLog(&model);
    model.setShowInternalTopics(true);
    QCOMPARE(signalLog.take(), QStringList{"rowsInserted 7-9"});
    QCOMPARE(topicHeaderLabels(model).constLast(),
             QStringLiteral("\u25BE __consumer_offsets (2 partitions)"));
    QCOMPARE(rowLabels(model).mid(5), (QStringList{"__consumer_offsets-0", "__consumer_offsets-1"}));
    QCOMPARE(model.rowForPartition("__consumer_offsets", 1), 9);
    QCOMPARE(model.partitionCount(), 7);

    model.setShowInternalTopics(false);
    QCOMPARE(signalLog.take(), QStringList{"rowsRemoved 7-9"});
}

// A topic's header row folds its partitions away and back as row-level edits, and stays folded across
// snapshots.
void TestModels::topologyTopicsCollapse() {
    TopologyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClusterSnapshot snapshot = baseCluster();
    model.setSnapshot(share(snapshot));
    ModelSignals signalLog(&model);
    const QPersistentModelIndex webClicks = model.index(5, 0);

    model.setTopicCollapsed("orders", true);
    QVERIFY(model.isTopicCollapsed("orders"));
    QCOMPARE(signalLog.take(), (QStringList{"rowsRemoved 1-3", "dataChanged 0,0-0,2"}));
    QCOMPARE(topicHeaderLabels(model),
             (QStringList{"\u25B8 orders (3 partitions)", "\u25BE web-clicks (2 partitions)"}));
    QCOMPARE(rowLabels(model), (QStringList{"web-clicks-0", "web-clicks-1"}));
    QCOMPARE(model.partitionCount(), 5);
    QCOMPARE(webClicks.row(), 2);
    QCOMPARE(model.rowForPartition("orders", 1), -1);

    partitionRef(snapshot, "orders", 1).leader = 3;
    model.setSnapshot(share(snapshot));
    QCOMPARE(signalLog.take(), QStringList());
    QCOMPARE(model.rowCount(), 4);

    model.setTopicCollapsed("orders", false);
    QCOMPARE(signalLog.take(), (QStringList{"rowsInserted 1-3", "dataChanged 0,0-0,2"}));
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("L"));
    QCOMPARE(webClicks.row(), 5);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
