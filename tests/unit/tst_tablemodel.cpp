// TableModel, the base of every table model, through two tiny models: one with fixed columns and one
// whose columns follow a list, as the topology's broker columns do.

#include "tablemodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace partita;

namespace {

struct Fruit {
    QString name;
    qint64 grams = -1; // -1 when not weighed
    bool ripe = false;

    bool operator==(const Fruit &other) const {
        return name == other.name && grams == other.grams && ripe == other.ripe;
    }
};

// Each column declared once; SortRole answers the values the texts are made from.
class FruitModel : public TableModel<Fruit> {
public:
    enum Column { NameColumn, WeightColumn, RipeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, NameRole };

    FruitModel()
        : TableModel(ColumnCount, SortRole, nullptr) {
        column(NameColumn).header(QStringLiteral("Fruit")).value([](const Fruit &fruit) {
            return fruit.name;
        });
        column(WeightColumn)
            .header(QStringLiteral("Weight"), QStringLiteral("Grams, as weighed"))
            .value([](const Fruit &fruit) { return fruit.grams; })
            .toolTip([](const Fruit &fruit) {
                return fruit.grams < 0 ? QStringLiteral("not weighed") : QString();
            })
            .numeric();
        column(RipeColumn)
            .header(QStringLiteral("Ripe"))
            .value([](const Fruit &fruit) { return fruit.ripe; })
            .text([](const Fruit &fruit) { return fruit.ripe ? QStringLiteral("ripe") : QString(); })
            .role(Qt::ForegroundRole,
                  [](const Fruit &fruit) { return fruit.ripe ? QVariant() : QVariant(1); });
        rowRole(NameRole, [](const Fruit &fruit) { return fruit.name; });
        rowRole(Qt::ToolTipRole,
                [](const Fruit &fruit) { return QStringLiteral("about %1").arg(fruit.name); });
    }

    void setFruits(const std::vector<Fruit> &fruits) {
        mergeRows(fruits, [](const Fruit &fruit) -> const QString & { return fruit.name; });
    }
    void replaceFruits(const std::vector<Fruit> &fruits) {
        resetRows([&]() { return fruits; });
    }
};

struct Shelf {
    int id = 0;
    QString label;

    bool operator==(const Shelf &other) const { return id == other.id && label == other.label; }
};

// One column per shelf; a cell says whether the fruit lies on that shelf.
class ShelfModel : public TableModel<Fruit> {
public:
    enum Role { ShelfRole = Qt::UserRole };

    ShelfModel()
        : TableModel(0, -1, nullptr) {
        setRowHeader([](const Fruit &fruit) { return fruit.name; });
    }

    void setShelves(const std::vector<Shelf> &shelves) {
        mergeColumns(
            m_shelves, shelves, [](const Shelf &shelf) { return shelf.id; },
            [](Column &column, const Shelf &shelf) {
                column.header(shelf.label)
                    .columnRole(ShelfRole, shelf.id)
                    .text([id = shelf.id](const Fruit &fruit) {
                        return fruit.grams % 3 == id % 3 ? QStringLiteral("here") : QString();
                    });
            });
    }
    void setFruits(const std::vector<Fruit> &fruits) {
        mergeRows(fruits, [](const Fruit &fruit) -> const QString & { return fruit.name; });
    }

private:
    std::vector<Shelf> m_shelves;
};

// Every change signal as one line, e.g. "rowsInserted 3-4" or "dataChanged 1,0-1,2", in emission order.
class SignalLog : public QObject {
public:
    explicit SignalLog(QAbstractItemModel *model) {
        const auto range = [this](const char *name) {
            return [this, name](const QModelIndex &, int first, int last) {
                m_lines.append(QStringLiteral("%1 %2-%3").arg(QLatin1String(name)).arg(first).arg(last));
            };
        };
        connect(model, &QAbstractItemModel::rowsInserted, this, range("rowsInserted"));
        connect(model, &QAbstractItemModel::rowsRemoved, this, range("rowsRemoved"));
        connect(model, &QAbstractItemModel::columnsInserted, this, range("columnsInserted"));
        connect(model, &QAbstractItemModel::columnsRemoved, this, range("columnsRemoved"));
        connect(model, &QAbstractItemModel::modelReset, this,
                [this]() { m_lines.append(QStringLiteral("modelReset")); });
        connect(model, &QAbstractItemModel::layoutChanged, this,
                [this]() { m_lines.append(QStringLiteral("layoutChanged")); });
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    m_lines.append(QStringLiteral("headerDataChanged %1 %2-%3")
                                       .arg(orientation == Qt::Horizontal ? QStringLiteral("horizontal")
                                                                          : QStringLiteral("vertical"))
                                       .arg(first)
                                       .arg(last));
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    m_lines.append(QStringLiteral("dataChanged %1,%2-%3,%4")
                                       .arg(topLeft.row())
                                       .arg(topLeft.column())
                                       .arg(bottomRight.row())
                                       .arg(bottomRight.column()));
                });
    }

    QStringList take() { return std::exchange(m_lines, {}); }

private:
    QStringList m_lines;
};

const std::vector<Fruit> basket{{"apple", 1234, true}, {"banana", -1, false}, {"cherry", 8, true}};

} // namespace

class TestTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void oneDeclarationAnswersEveryRole_data();
    void oneDeclarationAnswersEveryRole();
    void headers();
    void mergeInsertsRemovesAndChangesInOneRefresh();
    void resetReplacesEveryRow();
    void columnsFollowAList();
    void pluralsReadAsEnglish_data();
    void pluralsReadAsEnglish();
};

void TestTableModel::initTestCase() {
    // Fixes the thousands separator the expected texts use.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTableModel::oneDeclarationAnswersEveryRole_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    const QVariant none;
    const QVariant right = int(Qt::AlignRight | Qt::AlignVCenter);
    QTest::newRow("text is the value")
        << 0 << int(FruitModel::NameColumn) << int(Qt::DisplayRole) << QVariant("apple");
    QTest::newRow("sort by the value")
        << 0 << int(FruitModel::NameColumn) << int(FruitModel::SortRole) << QVariant("apple");
    QTest::newRow("count with separators")
        << 0 << int(FruitModel::WeightColumn) << int(Qt::DisplayRole) << QVariant("1,234");
    QTest::newRow("count sorts as a number")
        << 0 << int(FruitModel::WeightColumn) << int(FruitModel::SortRole) << QVariant(qint64(1234));
    QTest::newRow("unknown count") << 1 << int(FruitModel::WeightColumn) << int(Qt::DisplayRole)
                                   << QVariant("\u2014");
    QTest::newRow("unknown sorts first")
        << 1 << int(FruitModel::WeightColumn) << int(FruitModel::SortRole) << QVariant(qint64(-1));
    QTest::newRow("numbers align right")
        << 0 << int(FruitModel::WeightColumn) << int(Qt::TextAlignmentRole) << right;
    QTest::newRow("text aligns by default")
        << 0 << int(FruitModel::NameColumn) << int(Qt::TextAlignmentRole) << none;
    QTest::newRow("own text") << 0 << int(FruitModel::RipeColumn) << int(Qt::DisplayRole) << QVariant("ripe");
    QTest::newRow("own text, empty") << 1 << int(FruitModel::RipeColumn) << int(Qt::DisplayRole)
                                     << QVariant(QString());
    QTest::newRow("own text still sorts by value")
        << 1 << int(FruitModel::RipeColumn) << int(FruitModel::SortRole) << QVariant(false);
    QTest::newRow("column tool tip") << 1 << int(FruitModel::WeightColumn) << int(Qt::ToolTipRole)
                                     << QVariant("not weighed");
    QTest::newRow("empty tool tip is none")
        << 0 << int(FruitModel::WeightColumn) << int(Qt::ToolTipRole) << none;
    QTest::newRow("row tool tip where the column has none")
        << 2 << int(FruitModel::NameColumn) << int(Qt::ToolTipRole) << QVariant("about cherry");
    QTest::newRow("row role on every column")
        << 2 << int(FruitModel::RipeColumn) << int(FruitModel::NameRole) << QVariant("cherry");
    QTest::newRow("further role") << 1 << int(FruitModel::RipeColumn) << int(Qt::ForegroundRole)
                                  << QVariant(1);
    QTest::newRow("undeclared role") << 0 << int(FruitModel::NameColumn) << int(Qt::DecorationRole) << none;
}

void TestTableModel::oneDeclarationAnswersEveryRole() {
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);

    FruitModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFruits(basket);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FruitModel::ColumnCount));
    QCOMPARE(model.index(row, column).data(role), expected);
}

void TestTableModel::headers() {
    FruitModel model;
    model.setFruits(basket);

    QCOMPARE(model.headerData(FruitModel::NameColumn, Qt::Horizontal), QVariant("Fruit"));
    QCOMPARE(model.headerData(FruitModel::WeightColumn, Qt::Horizontal), QVariant("Weight"));
    QCOMPARE(model.headerData(FruitModel::WeightColumn, Qt::Horizontal, Qt::ToolTipRole),
             QVariant("Grams, as weighed"));
    QCOMPARE(model.headerData(FruitModel::NameColumn, Qt::Horizontal, Qt::ToolTipRole), QVariant());
    QCOMPARE(model.headerData(FruitModel::ColumnCount, Qt::Horizontal), QVariant());
    // Without a declared row header the vertical header answers nothing, not Qt's row numbers.
    QCOMPARE(model.headerData(0, Qt::Vertical), QVariant());
    QCOMPARE(model.headerData(0, Qt::Vertical, FruitModel::NameRole), QVariant());
}

void TestTableModel::mergeInsertsRemovesAndChangesInOneRefresh() {
    FruitModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFruits({{"apple", 1, true}, {"banana", 2, false}, {"cherry", 3, true}, {"damson", 4, false}});
    SignalLog log(&model);
    const QPersistentModelIndex cherry = model.index(2, FruitModel::WeightColumn);

    // One refresh: apple goes, banana ripens, avocado and elderberry arrive, damson goes.
    model.setFruits(
        {{"avocado", 5, false}, {"banana", 2, true}, {"cherry", 3, true}, {"elderberry", 6, true}});

    const int last = FruitModel::ColumnCount - 1;
    QCOMPARE(log.take(), (QStringList{"rowsRemoved 0-0", "rowsInserted 0-0",
                                      QStringLiteral("dataChanged 1,0-1,%1").arg(last), "rowsRemoved 3-3",
                                      "rowsInserted 3-3"}));
    QVERIFY(cherry.isValid());
    QCOMPARE(cherry.row(), 2);
    QCOMPARE(cherry.data().toString(), QStringLiteral("3"));
    FruitModel fresh;
    fresh.setFruits(
        {{"avocado", 5, false}, {"banana", 2, true}, {"cherry", 3, true}, {"elderberry", 6, true}});
    for (int row = 0; row < fresh.rowCount(); ++row) {
        for (int column = 0; column < fresh.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(FruitModel::SortRole), int(Qt::ToolTipRole)})
                QCOMPARE(model.index(row, column).data(role), fresh.index(row, column).data(role));
        }
    }

    // Nothing new, nothing emitted.
    model.setFruits(
        {{"avocado", 5, false}, {"banana", 2, true}, {"cherry", 3, true}, {"elderberry", 6, true}});
    QCOMPARE(log.take(), QStringList());
}

void TestTableModel::resetReplacesEveryRow() {
    FruitModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFruits(basket);
    SignalLog log(&model);

    model.replaceFruits({{"fig", 40, true}});
    QCOMPARE(log.take(), QStringList{"modelReset"});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, FruitModel::NameColumn).data().toString(), QStringLiteral("fig"));
}

void TestTableModel::columnsFollowAList() {
    ShelfModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFruits({{"apple", 1, true}, {"banana", 2, false}});
    model.setShelves({{1, "top"}, {2, "middle"}});
    SignalLog log(&model);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal), QVariant("middle"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, ShelfModel::ShelfRole), QVariant(2));
    QCOMPARE(model.index(0, 1).data(ShelfModel::ShelfRole), QVariant(2));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("here"));
    QCOMPARE(model.index(1, 0).data().toString(), QString());
    QCOMPARE(model.headerData(1, Qt::Vertical), QVariant("banana"));
    const QPersistentModelIndex middle = model.index(1, 1);

    // The top shelf goes, the middle one is relabelled, a bottom one is added.
    model.setShelves({{2, "centre"}, {3, "bottom"}});
    QCOMPARE(log.take(), (QStringList{"columnsRemoved 0-0", "headerDataChanged horizontal 0-0",
                                      "dataChanged 0,0-1,0", "columnsInserted 1-1"}));
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal), QVariant("centre"));
    QCOMPARE(model.headerData(1, Qt::Horizontal), QVariant("bottom"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("here"));
    QVERIFY(middle.isValid());
    QCOMPARE(middle.column(), 0);

    model.setShelves({});
    QCOMPARE(log.take(), QStringList{"columnsRemoved 0-1"});
    QCOMPARE(model.columnCount(), 0);
}

void TestTableModel::pluralsReadAsEnglish_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");

    QTest::newRow("none") << 0 << "0 partitions";
    QTest::newRow("one") << 1 << "1 partition";
    QTest::newRow("many") << 12 << "12 partitions";
}

// The models write plurals as "%n partition(s)"; with no translation loaded they still read as English.
void TestTableModel::pluralsReadAsEnglish() {
    QFETCH(int, count);
    QFETCH(QString, text);

    QCOMPARE(QCoreApplication::translate("TestTableModel", "%n partition(s)", nullptr, count), text);
    QCOMPARE(QCoreApplication::translate("TestTableModel", "no plural (s) here"),
             QStringLiteral("no plural (s) here"));
}

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
