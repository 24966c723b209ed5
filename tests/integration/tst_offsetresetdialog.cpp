// The offset reset dialog against the real cluster, driven as a user would: the preview table shows
// old → new offsets, Apply (after confirming) writes exactly those, and active groups, read-only
// connections and bad offsets are explained in the dialog.

#include "clustersession.h"
#include "groupclient.h"
#include "grouppartitionmodel.h"
#include "groupservice.h"
#include "groupspage.h"
#include "offsetresetdialog.h"
#include "snapshotclient.h"
#include "testkafka.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace partita;

class TestOffsetResetDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Groups watched here are remembered in settings of this run only.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        m_settings.bootstrapServers = test::bootstrapServers();
        m_service = std::make_unique<GroupService>(m_settings, std::chrono::seconds(10));
        ConnectionSettings readOnly = m_settings;
        readOnly.readOnly = true;
        m_readOnlyService = std::make_unique<GroupService>(readOnly, std::chrono::seconds(10));
        m_topic = test::uniqueTopicName(QStringLiteral("resetdialog"));
        QCOMPARE(test::createTopic(m_topic, 3, 3), QString());
        for (int partition = 0; partition < 3; ++partition)
            QCOMPARE(test::produce(m_topic, partition, 10), QString());
    }

    void previewToEarliestThenApply() {
        const QString group = test::uniqueTopicName(QStringLiteral("dialog-earliest"));
        // Partition 2 never committed: its row reads "no commit".
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 4}, {1, 10}}), QString());
        OffsetResetDialog dialog(m_service.get(), group, {});
        show(dialog);
        QVERIFY(button(dialog, "allPartitionsRadio")->isChecked());
        QVERIFY(!button(dialog, "selectedPartitionsRadio")->isEnabled());
        QVERIFY(!button(dialog, "applyButton")->isEnabled()); // nothing previewed yet
        button(dialog, "earliestRadio")->click();

        QVERIFY(preview(dialog));
        QCOMPARE(rows(dialog), (QList<QStringList>{{m_topic, "0", "4", "0", "-4"},
                                                   {m_topic, "1", "10", "0", "-10"},
                                                   {m_topic, "2", "no commit", "0", "—"}}));
        QVERIFY2(status(dialog).contains(QLatin1String("moves back 14 offsets")), qPrintable(status(dialog)));
        QVERIFY(button(dialog, "applyButton")->isEnabled());
        QCOMPARE(committed(group), (QList<qint64>{4, 10, -1})); // previewing changes nothing
        saveScreenshot(dialog, QStringLiteral("preview"));

        QSignalSpy reset(&dialog, &OffsetResetDialog::offsetsReset);
        QVERIFY(apply(dialog, true, group, 3));
        QVERIFY2(status(dialog).startsWith(QLatin1String("Done")), qPrintable(status(dialog)));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(committed(group), (QList<qint64>{0, 0, 0}));
        QVERIFY(!button(dialog, "applyButton")->isEnabled()); // a second reset needs a new preview
    }

    void selectedPartitionToOffset() {
        const QString group = test::uniqueTopicName(QStringLiteral("dialog-offset"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 2}, {1, 2}, {2, 2}}), QString());
        OffsetResetDialog dialog(m_service.get(), group, {{m_topic, 1}});
        show(dialog);
        QVERIFY(button(dialog, "selectedPartitionsRadio")->isChecked()); // picked on the page: meant
        button(dialog, "offsetRadio")->click();
        QVERIFY(!button(dialog, "previewButton")->isEnabled()); // no offset entered yet
        dialog.findChild<QLineEdit *>(QStringLiteral("offsetEdit"))->setText(QStringLiteral("7"));

        QVERIFY(preview(dialog));
        QCOMPARE(rows(dialog), (QList<QStringList>{{m_topic, "1", "2", "7", "+5"}}));
        QVERIFY(apply(dialog, true, group, 1));
        QCOMPARE(committed(group), (QList<qint64>{2, 7, 2}));
    }

    void cancelledConfirmationChangesNothing() {
        const QString group = test::uniqueTopicName(QStringLiteral("dialog-cancel"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 5}}), QString());
        OffsetResetDialog dialog(m_service.get(), group, {});
        show(dialog);
        button(dialog, "latestRadio")->click();
        QVERIFY(preview(dialog));
        QCOMPARE(rows(dialog).size(), 3);
        QVERIFY(apply(dialog, false, group, 3));
        QVERIFY(!dialog.isBusy());
        QVERIFY(button(dialog, "applyButton")->isEnabled()); // the preview still stands
        QCOMPARE(committed(group), (QList<qint64>{5, -1, -1}));
    }

    void changedChoiceNeedsNewPreview() {
        const QString group = test::uniqueTopicName(QStringLiteral("dialog-changed"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 5}}), QString());
        OffsetResetDialog dialog(m_service.get(), group, {});
        show(dialog);
        QVERIFY(preview(dialog));
        QVERIFY(button(dialog, "applyButton")->isEnabled());
        button(dialog, "latestRadio")->click();
        QCOMPARE(rows(dialog).size(), 0);
        QVERIFY(!button(dialog, "applyButton")->isEnabled());
        QVERIFY(!dialog.plan().isApplicable());
    }

    void outOfRangeOffsetIsExplained() {
        const QString group = test::uniqueTopicName(QStringLiteral("dialog-range"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 1}}), QString());
        OffsetResetDialog dialog(m_service.get(), group, {{m_topic, 0}});
        show(dialog);
        button(dialog, "offsetRadio")->click();
        dialog.findChild<QLineEdit *>(QStringLiteral("offsetEdit"))->setText(QStringLiteral("50"));
        QVERIFY(preview(dialog));
        QCOMPARE(
            status(dialog),
            QStringLiteral("Preview failed: Offset 50 is out of range for %1-0, which holds offsets 0 to 10")
                .arg(m_topic));
        QCOMPARE(rows(dialog).size(), 0);
        QVERIFY(!button(dialog, "applyButton")->isEnabled());
    }

    void activeGroupIsRefused() {
        const QString group = test::uniqueTopicName(QStringLiteral("dialog-busy"));
        test::ActiveMember member(group, m_topic);
        QVERIFY(member.waitForAssignment(std::chrono::seconds(30)));
        OffsetResetDialog dialog(m_service.get(), group, {});
        show(dialog);
        QVERIFY(preview(dialog));
        QVERIFY2(status(dialog).contains(QLatin1String("has 1 active member")), qPrintable(status(dialog)));
        QVERIFY2(status(dialog).contains(QLatin1String("stop its consumers")), qPrintable(status(dialog)));
        QCOMPARE(rows(dialog).size(), 0);
        QVERIFY(!button(dialog, "applyButton")->isEnabled());
        saveScreenshot(dialog, QStringLiteral("active"));

        // The Groups page does not even offer the reset, and says why.
        GroupsPage page;
        ClusterSession session(m_settings, std::chrono::milliseconds(500));
        QVERIFY(showGroup(page, session, group));
        auto *reset = page.findChild<QPushButton *>(QStringLiteral("resetOffsetsButton"));
        QVERIFY(!reset->isEnabled());
        QVERIFY2(reset->toolTip().contains(QLatin1String("1 active member")), qPrintable(reset->toolTip()));
    }

    void groupsPageAsksToResetSelectedPartitions() {
        const QString group = test::uniqueTopicName(QStringLiteral("page-idle"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 1}, {1, 1}, {2, 1}}), QString());
        GroupsPage page;
        ClusterSession session(m_settings, std::chrono::milliseconds(500));
        QVERIFY(showGroup(page, session, group));
        auto *reset = page.findChild<QPushButton *>(QStringLiteral("resetOffsetsButton"));
        QVERIFY(reset->isEnabled());

        auto *table = page.findChild<QTableView *>(QStringLiteral("groupPartitionTable"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(GroupPartitionModel::PartitionIdRole).toInt() != 1)
                table->selectionModel()->select(index,
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QSignalSpy requested(&page, &GroupsPage::resetOffsetsRequested);
        reset->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), group);
        QCOMPARE(requested.at(0).at(1).value<QList<TopicPartition>>(),
                 (QList<TopicPartition>{{m_topic, 0}, {m_topic, 2}}));

        QCOMPARE(reset->text(), QStringLiteral("Reset Offsets…"));

        ConnectionSettings readOnly = m_settings;
        readOnly.readOnly = true;
        ClusterSession readOnlySession(readOnly, std::chrono::milliseconds(500));
        QVERIFY(showGroup(page, readOnlySession, group));
        QVERIFY(reset->isEnabled()); // previewing stays possible
        QVERIFY2(reset->toolTip().contains(QLatin1String("Read-only")), qPrintable(reset->toolTip()));
        QVERIFY(reset->text().startsWith(QLatin1String("Preview")));
    }

    void readOnlyCanPreviewButNotApply() {
        const QString group = test::uniqueTopicName(QStringLiteral("dialog-readonly"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 3}, {1, 3}, {2, 3}}), QString());
        OffsetResetDialog dialog(m_readOnlyService.get(), group, {});
        show(dialog);
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("readOnlyNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("Read-only")));
        QVERIFY(preview(dialog));
        QCOMPARE(rows(dialog).size(), 3);
        QVERIFY(dialog.plan().isApplicable());
        QVERIFY(!button(dialog, "applyButton")->isEnabled());
        QVERIFY(button(dialog, "applyButton")->toolTip().contains(QLatin1String("read-only")));
        QVERIFY2(status(dialog).contains(QLatin1String("read-only")), qPrintable(status(dialog)));
        QCOMPARE(committed(group), (QList<qint64>{3, 3, 3}));
        saveScreenshot(dialog, QStringLiteral("readonly"));
    }

    void timestampTargetUsesTheChosenTime() {
        const QString group = test::uniqueTopicName(QStringLiteral("dialog-time"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 5}}), QString());
        OffsetResetDialog dialog(m_service.get(), group, {{m_topic, 0}});
        show(dialog);
        button(dialog, "timestampRadio")->click();
        // Every message is older than an hour from now: the group moves to the end, ready for new ones.
        const QDateTime later = QDateTime::currentDateTime().addSecs(3600);
        dialog.findChild<QDateTimeEdit *>(QStringLiteral("timestampEdit"))->setDateTime(later);
        QCOMPARE(dialog.request().value / 1000, later.toMSecsSinceEpoch() / 1000);
        QVERIFY(preview(dialog));
        QCOMPARE(rows(dialog), (QList<QStringList>{{m_topic, "0", "5", "10", "+5"}}));
    }

    void closingDuringPreviewDoesNotWait() {
        const QString group = test::uniqueTopicName(QStringLiteral("dialog-close"));
        QCOMPARE(test::commitOffsets(group, m_topic, {{0, 3}}), QString());
        QElapsedTimer timer;
        {
            OffsetResetDialog dialog(m_service.get(), group, {});
            show(dialog);
            QTest::mouseClick(button(dialog, "previewButton"), Qt::LeftButton);
            QVERIFY(dialog.isBusy());
            QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("busyIndicator"))->isVisible());
            QVERIFY(!button(dialog, "previewButton")->isEnabled());
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        // The abandoned answer is dropped; the service goes on answering others.
        OffsetResetDialog next(m_service.get(), group, {});
        show(next);
        QVERIFY(preview(next));
        QCOMPARE(rows(next).size(), 3);
    }

private:
    static QAbstractButton *button(const QDialog &dialog, const char *name) {
        auto *found = dialog.findChild<QAbstractButton *>(QLatin1String(name));
        if (!found)
            qFatal("no button %s", name);
        return found;
    }

    static QString status(const QDialog &dialog) {
        return dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    }

    static QList<QStringList> rows(const QDialog &dialog) {
        const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("planTable"));
        QList<QStringList> result;
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column)
                cells << table->item(row, column)->text();
            result << cells;
        }
        return result;
    }

    static void show(QDialog &dialog) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }

    // Presses Preview and waits for the answer, with the dialog locked meanwhile.
    static bool preview(OffsetResetDialog &dialog) {
        QTest::mouseClick(button(dialog, "previewButton"), Qt::LeftButton);
        if (!dialog.isBusy() || button(dialog, "previewButton")->isEnabled() ||
            button(dialog, "applyButton")->isEnabled())
            return false;
        return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 60000);
    }

    // Presses Apply, answers the confirmation (which must name the group and the partition count)
    // and waits for the cluster's answer when accepted.
    static bool apply(OffsetResetDialog &dialog, bool accept, const QString &group, int partitions) {
        QTest::mouseClick(button(dialog, "applyButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (box = dialog.findChild<QMessageBox *>(QStringLiteral("confirmResetBox"))); }))
            return false;
        const QString expected = partitions == 1 ? QStringLiteral("on 1 partition?")
                                                 : QStringLiteral("on %1 partitions?").arg(partitions);
        if (!box->text().contains(group) || !box->text().contains(expected)) {
            qWarning() << "confirmation says:" << box->text();
            return false;
        }
        QAbstractButton *answer = accept ? box->buttons().at(0) : box->button(QMessageBox::Cancel);
        for (QAbstractButton *candidate : box->buttons()) {
            if (accept && box->buttonRole(candidate) == QMessageBox::DestructiveRole)
                answer = candidate;
        }
        answer->click();
        if (accept && !dialog.isBusy())
            return false;
        return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 60000);
    }

    // For looking at the dialog: PARTITA_RESET_SCREENSHOT=/tmp/reset.png saves /tmp/reset-<name>.png.
    static void saveScreenshot(QDialog &dialog, const QString &name) {
        const QString path = qEnvironmentVariable("PARTITA_RESET_SCREENSHOT");
        if (path.isEmpty())
            return;
        QTest::qWait(50); // the layout catches up with the status text
        const QFileInfo file(path);
        QVERIFY(dialog.grab().save(file.dir().filePath(
            QStringLiteral("%1-%2.%3").arg(file.completeBaseName(), name, file.suffix()))));
    }

    // Shows `group` on `page` through `session`, which polls it as watched by hand.
    static bool showGroup(GroupsPage &page, ClusterSession &session, const QString &group) {
        page.setSession(&session);
        session.start();
        page.watchGroup(group);
        return QTest::qWaitFor([&] { return page.selectedGroup() == group && session.lastGroups(); }, 30000);
    }

    GroupsSnapshotPtr fetchGroups(const QString &group) const {
        QString error;
        const auto snapshots = SnapshotClient::create(m_settings, &error);
        const auto groups = GroupClient::create(m_settings, &error);
        const SnapshotResult cluster = snapshots->fetch();
        return groups->fetch({group}, *cluster.snapshot);
    }

    QList<qint64> committed(const QString &group) const {
        QList<qint64> offsets;
        for (const auto &entry : fetchGroups(group)->group(group)->partitions)
            offsets.append(entry.committed);
        return offsets;
    }

    QTemporaryDir m_settingsDir;
    ConnectionSettings m_settings;
    std::unique_ptr<GroupService> m_service;
    std::unique_ptr<GroupService> m_readOnlyService;
    QString m_topic;
};

QTEST_MAIN(TestOffsetResetDialog)
#include "tst_offsetresetdialog.moc"
