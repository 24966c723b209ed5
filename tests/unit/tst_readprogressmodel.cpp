// How far a read has come: the per-partition progress table (fractions, states, rows updated in
// place as the reader reports) under QAbstractItemModelTester, and the rate over a sliding window.

#include "readprogressmodel.h"
#include "readrate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace partita;

namespace {

PartitionProgress reading(int partition, qint64 start, qint64 position, qint64 end) {
    PartitionProgress progress;
    progress.partition = partition;
    progress.leader = partition + 1;
    progress.start = start;
    progress.position = position;
    progress.end = end;
    progress.delivered = position - start;
    return progress;
}

QString cell(const ReadProgressModel &model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestReadProgressModel : public QObject {
    Q_OBJECT
private slots:
    void fractionOfTheRange_data() {
        QTest::addColumn<PartitionProgress>("progress");
        QTest::addColumn<double>("fraction");
        QTest::newRow("not started") << reading(0, 100, 100, 300) << 0.0;
        QTest::newRow("a quarter") << reading(0, 100, 150, 300) << 0.25;
        QTest::newRow("at the end") << reading(0, 100, 300, 300) << 1.0;
        // Following: messages produced since the start lie beyond the end read then.
        QTest::newRow("beyond the end") << reading(0, 100, 400, 300) << 1.0;
        QTest::newRow("empty range") << reading(0, 300, 300, 300) << 1.0;
        QTest::newRow("end not known") << reading(0, 100, 150, -1) << -1.0;
        QTest::newRow("start not known") << reading(0, -1, -1, 300) << -1.0;
    }
    void fractionOfTheRange() {
        QFETCH(PartitionProgress, progress);
        QFETCH(double, fraction);
        QCOMPARE(progress.readFraction(), fraction);
    }

    void rowsShowEachPartition() {
        ReadProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PartitionProgress done = reading(1, 0, 500, 500);
        done.done = done.atEnd = true;
        PartitionProgress stuck = reading(2, 0, 10, 500);
        stuck.problem = QStringLiteral("no answer for 12 s reading partition 2 from broker 3");
        PartitionProgress waiting = reading(3, 0, 40, 40);
        waiting.atEnd = true;
        waiting.uncommittedEnd = 45;
        model.setProgress({reading(0, 100, 150, 300), done, stuck, waiting});

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ReadProgressModel::ColumnCount));
        QCOMPARE(cell(model, 0, ReadProgressModel::PartitionColumn), QStringLiteral("0"));
        QCOMPARE(cell(model, 0, ReadProgressModel::LeaderColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 0, ReadProgressModel::ReadColumn), QStringLiteral("50"));
        QCOMPARE(cell(model, 0, ReadProgressModel::PositionColumn), QStringLiteral("150"));
        QCOMPARE(cell(model, 0, ReadProgressModel::EndColumn), QStringLiteral("300"));
        QCOMPARE(cell(model, 0, ReadProgressModel::ProgressColumn), QStringLiteral("25%"));
        QCOMPARE(
            model.data(model.index(0, ReadProgressModel::ProgressColumn), ReadProgressModel::FractionRole)
                .toDouble(),
            0.25);
        QCOMPARE(cell(model, 0, ReadProgressModel::StateColumn), QStringLiteral("reading"));
        QCOMPARE(cell(model, 1, ReadProgressModel::StateColumn), QStringLiteral("done"));
        QCOMPARE(cell(model, 1, ReadProgressModel::ProgressColumn), QStringLiteral("100%"));
        QCOMPARE(cell(model, 2, ReadProgressModel::StateColumn), stuck.problem);
        QVERIFY(model.data(model.index(2, 0), ReadProgressModel::ProblemRole).toBool());
        QVERIFY(!model.data(model.index(0, 0), ReadProgressModel::ProblemRole).toBool());
        QCOMPARE(cell(model, 3, ReadProgressModel::StateColumn),
                 QStringLiteral("waiting for an open transaction"));
        QCOMPARE(cell(model, 3, ReadProgressModel::StateColumn, Qt::ToolTipRole),
                 MessageReader::partitionNote(waiting));
        QVERIFY(
            cell(model, 3, ReadProgressModel::StateColumn, Qt::ToolTipRole).contains(QLatin1String("45")));
    }

    // A batch moves the rows on in place: no insertion, no reset, so a selected partition stays selected.
    void progressUpdatesRowsInPlace() {
        ReadProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProgress({reading(0, 0, 10, 100), reading(1, 0, 20, 100)});
        const QPersistentModelIndex second = model.index(1, ReadProgressModel::PositionColumn);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProgress({reading(0, 0, 10, 100), reading(1, 0, 80, 100)});
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(second.data().toString(), QStringLiteral("80"));

        // A partition added while following appears as a row of its own; a new read clears the table.
        model.setProgress({reading(0, 0, 10, 100), reading(1, 0, 80, 100), reading(2, 0, 0, -1)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(cell(model, 2, ReadProgressModel::ProgressColumn), QStringLiteral("—"));
        model.setProgress({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rateOverTheWindow() {
        ReadRate rate;
        QVERIFY(!rate.perSecond());
        rate.add(0, 0);
        rate.add(100, 5'000);
        QVERIFY2(!rate.perSecond(), "a tenth of a second is too short to tell a rate");
        rate.add(1000, 50'000);
        QCOMPARE(*rate.perSecond(), 50'000.0);
        // Faster now: the window forgets the first seconds, so the rate shows the change.
        for (qint64 ms = 2000; ms <= 10'000; ms += 1000)
            rate.add(ms, 50'000 + (ms - 1000) * 200);
        QCOMPARE(*rate.perSecond(), 200'000.0);
        // Nothing more arrives: the rate falls to zero once the window holds only the standstill.
        for (qint64 ms = 11'000; ms <= 14'000; ms += 1000)
            rate.add(ms, 50'000 + 9000 * 200);
        QCOMPARE(*rate.perSecond(), 0.0);
        rate.clear();
        QVERIFY(!rate.perSecond());
    }
};

QTEST_GUILESS_MAIN(TestReadProgressModel)
#include "tst_readprogressmodel.moc"
