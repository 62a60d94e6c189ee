// The run workflow in the window, against a real PostgreSQL (run under
// tests/integration/with_pg.py) and the real Alembic: Preview SQL, Upgrade to
// here… with the confirmation dialog, the Run tab's steps, the Journal tab,
// and a run blocked by an idle transaction that Cancel stops at once while the
// window keeps answering.
#include "EnvironmentsPanel.h"
#include "JournalPanel.h"
#include "LocksPanel.h"
#include "MainWindow.h"
#include "RevisionGraphView.h"
#include "RunConfirmDialog.h"
#include "RunPanel.h"
#include "SqlPreviewPanel.h"
#include "common/Counters.h"
#include "PgGuiTest.h"
#include "connection/ProfileStore.h"
#include "run/RunJournal.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <QRegularExpression>
#include <QCheckBox>

using namespace strata;

class TestRunPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void previewUpgradeAndCancel();
    void lockTimeoutSaysWhyAndWhatNext();
    void germanWindowSaysWhatTheRunDidInGerman();

private:
    // The project opened with the profiles of store, its environment
    // checked and selected.
    void openWithProfiles(MainWindow &w, const QString &store);
    // Downgrade to here… on a revision, accepted in the confirmation dialog.
    void downgradeTo(MainWindow &w, const QString &revision);

    QTemporaryDir m_tmp;
    QString m_project;
    QString m_store;
    int m_port = 0;
};

void TestRunPanel::initTestCase()
{
    m_port = pgtest::useServer(m_tmp);
    if (m_port == 0)
        QFAIL("run me under tests/integration/with_pg.py (it starts the PostgreSQL server)");
    m_project = m_tmp.filePath(QStringLiteral("runs"));
    QVERIFY(pgtest::copyProject(QStringLiteral(STRATA_RUNS_PROJECT), m_project));
    m_store = m_tmp.filePath(QStringLiteral("profiles.json"));
    QVERIFY(pgtest::writeStore(m_store, QStringLiteral("gui-pg"), m_project, m_port, false, 0 /* wait on the blocker until cancelled */));
}

void TestRunPanel::openWithProfiles(MainWindow &w, const QString &store)
{
    w.show();
    EnvironmentsPanel *env = w.environments();
    env->setProfileStorePath(store);
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    QSignalSpy refreshed(env, &EnvironmentsPanel::refreshFinished);
    w.openProject(m_project);
    QVERIFY(loaded.wait(20000));
    QVERIFY(refreshed.count() > 0 || refreshed.wait(20000));
    QCOMPARE(env->table()->model()->rowCount(), 1);
    env->table()->setCurrentIndex(env->table()->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!env->isRefreshing(), 20000);
}

void TestRunPanel::downgradeTo(MainWindow &w, const QString &revision)
{
    w.graphView()->selectNode(w.project()->graph.indexOf(revision));
    w.findChild<QAction *>(QStringLiteral("actionDowngrade"))->trigger();
    RunConfirmDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<RunConfirmDialog *>()) && dialog->isVisible(), 20000);
    dialog->accept();
}

void TestRunPanel::previewUpgradeAndCancel()
{
    MainWindow w;
    w.resize(1300, 860);
    openWithProfiles(w, m_store);
    if (QTest::currentTestFailed())
        return;
    EnvironmentsPanel *env = w.environments();
    auto action = [&w](const char *name) { return w.findChild<QAction *>(QString::fromLatin1(name)); };
    auto select = [&w](const char *id) { w.graphView()->selectNode(w.project()->graph.indexOf(QString::fromLatin1(id))); };

    // Preview SQL from the environment's revision (empty database: base).
    select("c3000000000c");
    action("actionPreviewSql")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.sqlPanel()->sql().contains(QStringLiteral("CREATE TABLE orders")), 20000);
    QVERIFY(w.sqlPanel()->sql().startsWith(QStringLiteral("-- strata: from=base to=c3000000000c")));

    // Upgrade to here: the dialog shows the plan; Run starts it on a worker thread.
    // From the click to the dialog: one Python start (the plan's offline SQL),
    // one read of the version table, one plan.
    select("f6000000000f");
    QSignalSpy finished(w.runPanel(), &RunPanel::runFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!env->isRefreshing(), 20000);
    Counters::reset();
    action("actionUpgrade")->trigger();
    RunConfirmDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<RunConfirmDialog *>()) && dialog->isVisible(), 20000);
    QCOMPARE(Counters::value(Counter::PythonStarts), 1);
    QCOMPARE(Counters::value(Counter::VersionTableReads), 1);
    QCOMPARE(Counters::value(Counter::Plans), 1);
    QCOMPARE(Counters::value(Counter::RunLockAcquisitions), 0);
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("plan"))->count(), 6);
    dialog->accept();
    QVERIFY(finished.wait(30000));
    QCOMPARE(w.runPanel()->lastRecord().state, RunState::Succeeded);
    QCOMPARE(w.runPanel()->stepList()->topLevelItemCount(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(w.runPanel()->stepList()->topLevelItem(i)->text(3), QStringLiteral("done"));
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
        w.grab().save(shot + QStringLiteral(".upgrade.png"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.journalPanel()->runs().isEmpty()
                                     && w.journalPanel()->runs().first().state == RunState::Succeeded,
                             10000);

    // A forgotten transaction holds a lock the downgrade needs.
    QSqlDatabase blocker = pgtest::openSession(QStringLiteral("blocker"), m_port, QStringLiteral("forgotten-session"));
    QVERIFY2(blocker.isOpen(), qPrintable(blocker.lastError().text()));
    QVERIFY(blocker.transaction());
    QSqlQuery hold(blocker);
    QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM accounts")));
    hold.finish();

    select("e5000000000e");
    action("actionDowngrade")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<RunConfirmDialog *>()) && dialog->isVisible(), 20000);
    const QString warnings = dialog->findChild<QLabel *>(QStringLiteral("warnings"))->text();
    QVERIFY2(warnings.contains(QStringLiteral("forgotten-session")) && warnings.contains(QStringLiteral("idle in transaction")),
             qPrintable(warnings));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(w.runPanel()->state() == RunState::Running, 20000);
    // The window keeps answering while the run waits on the lock.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(10);
    QTest::qWait(1000);
    timer.stop();
    QVERIFY2(ticks >= 40, qPrintable(QString::number(ticks)));
    QVERIFY(w.runPanel()->isRunning());
    // The Run tab says at once that the run waits, and on whom; "Show in
    // Locks" opens the Locks tab on that session, with the chain drawn.
    QSqlQuery pidQuery(blocker);
    QVERIFY(pidQuery.exec(QStringLiteral("SELECT pg_backend_pid()")) && pidQuery.next());
    const qint64 blockerPid = pidQuery.value(0).toLongLong();
    pidQuery.finish();
    QTRY_VERIFY_WITH_TIMEOUT(w.runPanel()->waitingLabel()->isVisible(), 5000);
    QVERIFY2(w.runPanel()->waitingLabel()->text().contains(QStringLiteral("session %1").arg(blockerPid))
                     && w.runPanel()->waitingLabel()->text().contains(QStringLiteral("forgotten-session")),
             qPrintable(w.runPanel()->waitingLabel()->text()));
    LocksPanel *locks = w.locksPanel();
    QSignalSpy locksRefreshed(locks, &LocksPanel::refreshed);
    QTest::mouseClick(w.runPanel()->showInLocksButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(locks->tree()->topLevelItemCount() == 1, 10000);
    QTreeWidgetItem *root = locks->tree()->topLevelItem(0);
    QCOMPARE(root->text(0), QStringLiteral("pid %1").arg(blockerPid));
    QCOMPARE(root->text(3), QStringLiteral("idle in transaction"));
    QCOMPARE(root->childCount(), 1);
    QVERIFY(root->child(0)->text(2).startsWith(QStringLiteral("strata-run ")));
    QVERIFY(root->child(0)->text(3).startsWith(QStringLiteral("waiting")));
    QTRY_VERIFY_WITH_TIMEOUT(locks->sessions()->currentItem()
                                     && locks->sessions()->currentItem()->data(0, Qt::DisplayRole).toLongLong() == blockerPid,
                             5000);
    QVERIFY(locks->terminateButton()->isEnabled());
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
        w.grab().save(shot + QStringLiteral(".locks.png"));
    // Cancel answers at once and the database rolls back.
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(w.runPanel()->cancelButton(), Qt::LeftButton);
    QVERIFY(clock.elapsed() < 100);
    QCOMPARE(w.runPanel()->stateLabel()->text(), RunPanel::tr("Cancelling…"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(w.runPanel()->lastRecord().state, RunState::Cancelled);
    QVERIFY2(w.runPanel()->lastRecord().outcome.english().contains(QStringLiteral("nothing was applied")),
             qPrintable(w.runPanel()->lastRecord().outcome.english()));
    // The step that was running when the transaction rolled back says so.
    QCOMPARE(w.runPanel()->stepList()->topLevelItem(0)->text(3), QStringLiteral("rolled back"));
    QCOMPARE(w.runPanel()->lastRecord().steps.front().state, StepState::RolledBack);
    QSqlQuery check(blocker);
    // (for people checking real windows under Xvfb)
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty()) {
        w.findChild<QDockWidget *>(QStringLiteral("runDock"))->raise();
        QTest::qWait(200);
        w.grab().save(shot);
    }
    QVERIFY(check.exec(QStringLiteral("SELECT version_num FROM alembic_version")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("f6000000000f"));
    blocker.rollback();
    check.finish();
    blocker.close();
    blocker = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    // Two runs, and the preview before them: the GUI journals previews as the CLI does.
    auto runsOnly = [&w] {
        QList<RunRecord> runs;
        for (const RunRecord &r : w.journalPanel()->runs())
            if (r.verb != RunVerb::Sql)
                runs << r;
        return runs;
    };
    QTRY_VERIFY_WITH_TIMEOUT(runsOnly().size() == 2 && runsOnly().first().state == RunState::Cancelled, 10000);
    QCOMPARE(w.journalPanel()->runs().last().verb, RunVerb::Sql);
    QVERIFY(w.journalPanel()->runs().last().sql.contains(QStringLiteral("CREATE TABLE orders")));
}

// A run that gives up on a lock says so in one sentence, naming the session
// it waited for and what it left, with the next steps as buttons.
void TestRunPanel::lockTimeoutSaysWhyAndWhatNext()
{
    const QString store = m_tmp.filePath(QStringLiteral("profiles-timeout.json"));
    QVERIFY(pgtest::writeStore(store, QStringLiteral("gui-pg-timeout"), m_project, m_port, false, 2500));
    MainWindow w;
    openWithProfiles(w, store);
    if (QTest::currentTestFailed())
        return;

    QSqlDatabase blocker = pgtest::openSession(QStringLiteral("blocker2"), m_port, QStringLiteral("report-job"));
    QVERIFY2(blocker.isOpen(), qPrintable(blocker.lastError().text()));
    QVERIFY(blocker.transaction());
    QSqlQuery hold(blocker);
    QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM accounts")));
    hold.finish();
    QSqlQuery pidQuery(blocker);
    QVERIFY(pidQuery.exec(QStringLiteral("SELECT pg_backend_pid()")) && pidQuery.next());
    const qint64 blockerPid = pidQuery.value(0).toLongLong();

    QSignalSpy finished(w.runPanel(), &RunPanel::runFinished);
    downgradeTo(w, QStringLiteral("e5000000000e"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(w.runPanel()->lastRecord().state, RunState::Failed);
    const RunSummary summary = w.runPanel()->lastSummary();
    QCOMPARE(summary.cause, QStringLiteral("lock timeout"));
    QVERIFY2(summary.headline.startsWith(QStringLiteral("Gave up after lock_timeout 2.5 s waiting for session %1").arg(blockerPid)),
             qPrintable(summary.headline));
    QVERIFY2(summary.headline.contains(QStringLiteral("report-job")) && summary.headline.contains(QStringLiteral("nothing was applied")),
             qPrintable(summary.headline));
    QVERIFY(w.runPanel()->headlineLabel()->isVisible());
    QVERIFY(w.runPanel()->headlineLabel()->text().contains(QStringLiteral("Gave up after lock_timeout")));
    QStringList buttons;
    QPushButton *showLocks = nullptr;
    for (QPushButton *b : w.runPanel()->nextStepButtons()) {
        buttons << b->text();
        if (b->text() == QLatin1String("Show the locks"))
            showLocks = b;
    }
    QVERIFY2(buttons.contains(QStringLiteral("Run again")) && buttons.contains(QStringLiteral("Ask the doctor")) && showLocks,
             qPrintable(buttons.join(QLatin1Char(','))));
    // durations read as seconds, not thousands of milliseconds
    for (int i = 0; i < w.runPanel()->stepList()->topLevelItemCount(); ++i) {
        const QString d = w.runPanel()->stepList()->topLevelItem(i)->text(4);
        QVERIFY2(!d.contains(QRegularExpression(QStringLiteral("\\d{4,}"))), qPrintable(d));
    }
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
        w.grab().save(shot + QStringLiteral(".timeout.png"));
    // "Show the locks": the Locks tab, with the blocker at the root of the chain
    QTest::mouseClick(showLocks, Qt::LeftButton);
    auto *locksDock = w.findChild<QDockWidget *>(QStringLiteral("locksDock"));
    QTRY_VERIFY_WITH_TIMEOUT(!locksDock->visibleRegion().isEmpty(), 5000);
    // (the run gave up, so nobody waits: the blocker is listed as idle in transaction)
    auto listed = [&w](qint64 pid) {
        for (int i = 0; i < w.locksPanel()->sessions()->topLevelItemCount(); ++i)
            if (w.locksPanel()->sessions()->topLevelItem(i)->data(0, Qt::DisplayRole).toLongLong() == pid)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(blockerPid), 10000);
    QVERIFY(w.locksPanel()->isPolling());
    // one monitor connection: the same Strata session across refreshes
    auto monitorPids = [&w] {
        QSet<qint64> pids;
        for (const SessionInfo &s : w.locksPanel()->snapshot().sessions)
            if (s.self)
                pids.insert(s.pid);
        return pids;
    };
    const QSet<qint64> first = monitorPids();
    QSignalSpy again(w.locksPanel(), &LocksPanel::refreshed);
    w.locksPanel()->refresh();
    QVERIFY(again.wait(10000));
    QCOMPARE(monitorPids(), first);
    // not listed unless asked for (it is Strata's own)
    for (int i = 0; i < w.locksPanel()->sessions()->topLevelItemCount(); ++i)
        QVERIFY(!first.contains(w.locksPanel()->sessions()->topLevelItem(i)->data(0, Qt::DisplayRole).toLongLong()));
    // the blocker's detail; idle sessions are listed only when asked for
    w.locksPanel()->selectPid(blockerPid);
    const int shown = w.locksPanel()->sessions()->topLevelItemCount();
    w.locksPanel()->showAllBox()->setChecked(true);
    QVERIFY(w.locksPanel()->sessions()->topLevelItemCount() > shown);
    w.locksPanel()->showAllBox()->setChecked(false);
    QVERIFY2(w.locksPanel()->detailsText().contains(QStringLiteral("Session %1").arg(blockerPid))
                     && w.locksPanel()->detailsText().contains(QStringLiteral("idle in transaction")),
             qPrintable(w.locksPanel()->detailsText()));
    // hidden tab: no polling
    w.findChild<QDockWidget *>(QStringLiteral("runDock"))->raise();
    QTRY_VERIFY_WITH_TIMEOUT(!w.locksPanel()->isPolling(), 5000);
    blocker.rollback();
    blocker.close();
    blocker = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("blocker2"));
}

// The window says what a run did in its language, and the journal keeps it in
// English for strata-cli and scripts: the outcome is translated when shown.
void TestRunPanel::germanWindowSaysWhatTheRunDidInGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/strata_de.qm")));
    QCoreApplication::installTranslator(&german);
    auto untranslate = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
    MainWindow w;
    openWithProfiles(w, m_store);
    if (QTest::currentTestFailed())
        return;

    // The earlier tests left the database at f6000000000f: one step down.
    QSignalSpy finished(w.runPanel(), &RunPanel::runFinished);
    downgradeTo(w, QStringLiteral("e5000000000e"));
    QVERIFY(finished.wait(30000));
    const RunRecord record = w.runPanel()->lastRecord();
    QCOMPARE(record.state, RunState::Succeeded);
    const QString german1 = QStringLiteral("1 Schritt angewendet; die Datenbank steht auf e5000000000e");
    const QString english = QStringLiteral("applied 1 step(s); the database is at e5000000000e");
    QCOMPARE(record.outcome.english(), english);
    QCOMPARE(record.outcome.text(), german1);
    // The Run tab: its log and the headline.
    QVERIFY2(w.runPanel()->log()->toPlainText().contains(german1), qPrintable(w.runPanel()->log()->toPlainText()));
    QVERIFY2(!w.runPanel()->log()->toPlainText().contains(english), qPrintable(w.runPanel()->log()->toPlainText()));
    QVERIFY2(w.runPanel()->lastSummary().headline.startsWith(german1), qPrintable(w.runPanel()->lastSummary().headline));
    // The Journal tab: the row and the details.
    JournalPanel *journal = w.journalPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!journal->runs().isEmpty() && journal->runs().first().id == record.id, 10000);
    QTreeWidgetItem *row = journal->table()->topLevelItem(0);
    QVERIFY(row);
    QStringList cells;
    for (int c = 0; c < journal->table()->columnCount(); ++c)
        cells << row->text(c);
    QVERIFY2(cells.contains(german1) && cells.contains(QStringLiteral("Erfolgreich"))
                     && cells.contains(QStringLiteral("Downgrade e5000000000e")),
             qPrintable(cells.join(QLatin1String(" | "))));
    journal->table()->setCurrentItem(row);
    QTRY_VERIFY_WITH_TIMEOUT(journal->findChild<QPlainTextEdit *>()->toPlainText().contains(german1), 5000);
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty()) {
        w.findChild<QDockWidget *>(QStringLiteral("runDock"))->raise();
        QTest::qWait(200);
        w.grab().save(shot + QStringLiteral(".german-run.png"));
    }

    // The journal file holds English, as strata-cli and JSON read it; the
    // same record reads English again once the translation is gone.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-journal"));
        raw.setDatabaseName(journal->journalPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.prepare(QStringLiteral("SELECT outcome FROM runs WHERE id = ?")));
        q.addBindValue(record.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), english);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-journal"));
    untranslate.dismiss();
    QCoreApplication::removeTranslator(&german);
    RunJournal reader;
    QVERIFY(reader.open(journal->journalPath()));
    auto again = reader.find(record.id);
    QVERIFY(again);
    QCOMPARE(again->outcome.text(), english);
}

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
