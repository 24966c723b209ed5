// The compiled translations every program installs at startup: the English plural forms come from
// resources/translations/partita_en.ts through lrelease, and that file has every "%n" text of the code.

#include "offsetresetdialog.h"
#include "snapshotclient.h"
#include "topologyview.h"
#include "translations.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace partita;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void englishComesFromTheResource();
    void pluralsReadAsEnglish_data();
    void pluralsReadAsEnglish();
    void brokersDownReadAsEnglish();
    void everyNumerusTextHasEnglishForms();
};

// Without the .qm the texts would still read, as "2 partition(s)": the plural tests alone could not tell.
void TestTranslations::englishComesFromTheResource() {
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/partita_en.qm")));
    QCOMPARE(Translations::installed().value(0), QStringLiteral(":/i18n/partita_en.qm"));
}

void TestTranslations::pluralsReadAsEnglish_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("partitions");
    QTest::addColumn<QString>("brokers");
    QTest::addColumn<QString>("online");

    QTest::newRow("none") << 0 << "0 partitions"
                          << "0 brokers"
                          << "0 brokers online";
    QTest::newRow("one") << 1 << "1 partition"
                         << "1 broker"
                         << "1 broker online";
    QTest::newRow("two") << 2 << "2 partitions"
                         << "2 brokers"
                         << "2 brokers online";
    QTest::newRow("many") << 12 << "12 partitions"
                          << "12 brokers"
                          << "12 brokers online";
}

// Through the classes that show these texts, so the context is the one lupdate recorded for them.
void TestTranslations::pluralsReadAsEnglish() {
    QFETCH(int, count);
    QFETCH(QString, partitions);
    QFETCH(QString, brokers);
    QFETCH(QString, online);

    QCOMPARE(OffsetResetDialog::tr("%n partition(s)", nullptr, count), partitions);
    QCOMPARE(TopologyView::tr("%Ln broker(s)", nullptr, count), brokers);
    QCOMPARE(SnapshotClient::tr("%n broker(s) online", nullptr, count), online);
}

// A plural without %n: the count picks the form, the ids fill it in.
void TestTranslations::brokersDownReadAsEnglish() {
    QCOMPARE(SnapshotClient::tr("Broker(s) %1 is/are down", nullptr, 1).arg(QStringLiteral("2")),
             QStringLiteral("Broker 2 is down"));
    QCOMPARE(SnapshotClient::tr("Broker(s) %1 is/are down", nullptr, 2).arg(QStringLiteral("1, 3")),
             QStringLiteral("Brokers 1, 3 are down"));
}

// lupdate reads the sources again, keeping only numerus texts: each must have its English forms in the
// installed translation, so a new "%n …(s)" text without them fails here instead of showing "(s)".
void TestTranslations::everyNumerusTextHasEnglishForms() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scanned = dir.filePath(QStringLiteral("scanned_en.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PARTITA_SOURCE_DIR));
    lupdate.start(QStringLiteral(PARTITA_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-pluralonly"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("kafka"), QStringLiteral("models"),
                   QStringLiteral("widgets"), QStringLiteral("app"), QStringLiteral("-ts"), scanned});
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile file(scanned);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QByteArray context;
    QByteArray source;
    QByteArray comment;
    int checked = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText().toUtf8();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText().toUtf8();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("comment")) {
            comment = xml.readElementText().toUtf8();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const QString where =
                QStringLiteral("%1: \"%2\"").arg(QString::fromUtf8(context), QString::fromUtf8(source));
            QVERIFY2(source.contains("(s)") || source.contains("(es)"),
                     qPrintable(where + QStringLiteral(" should mark its plural with (s) or (es)")));
            for (int n : {1, 2}) {
                const QString text = QCoreApplication::translate(context, source, comment, n);
                QVERIFY2(!text.contains(QLatin1String("(s)")) && !text.contains(QLatin1String("(es)")),
                         qPrintable(where + QStringLiteral(" has no English forms in partita_en.ts: build "
                                                           "update_translations and fill them in")));
            }
            ++checked;
            comment.clear();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(checked > 10);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
