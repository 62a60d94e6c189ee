// The schema workflow in the window, against a real PostgreSQL (run under
// tests/integration/with_pg.py) and the real Alembic: Rehearse… from the run
// confirmation (statements, locks, "unchanged"), then the run; Check Drift
// with its badge in the Environments dock; Match Schema telling a role
// without CREATEDB what it needs; Generate Revision… with autogenerate, the
// new revision shown in the graph and the Details pane.
#include "DetailsPane.h"
#include "EnvironmentsModel.h"
#include "EnvironmentsPanel.h"
#include "MainWindow.h"
#include "RehearsalDialog.h"
#include "RevisionGraphView.h"
#include "RunConfirmDialog.h"
#include "RunPanel.h"
#include "SchemaController.h"
#include "PgGuiTest.h"
#include "connection/ProfileStore.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace strata;

namespace {

void shoot(QWidget *w, const char *name)
{
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
        w->grab().save(shot + QLatin1Char('.') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class TestSchemaWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rehearseDriftMatchGenerate();
    void productionStampNeedsTheMatchOrTheOverride();

private:
    QTemporaryDir m_tmp;
    QString m_project;
    QString m_store;
    int m_port = 0;
};

void TestSchemaWorkflow::initTestCase()
{
    m_port = pgtest::useServer(m_tmp);
    if (m_port == 0)
        QFAIL("run me under tests/integration/with_pg.py (it starts the PostgreSQL server)");
    m_project = m_tmp.filePath(QStringLiteral("schema"));
    QVERIFY(pgtest::copyProject(QStringLiteral(STRATA_SCHEMA_PROJECT), m_project));
    m_store = m_tmp.filePath(QStringLiteral("profiles.json"));
    QVERIFY(pgtest::writeStore(m_store, QStringLiteral("gui-pg"), m_project, m_port));
}

void TestSchemaWorkflow::rehearseDriftMatchGenerate()
{
    MainWindow w;
    w.resize(1300, 860);
    w.show();
    EnvironmentsPanel *env = w.environments();
    env->setProfileStorePath(m_store);
    QSignalSpy refreshed(env, &EnvironmentsPanel::refreshFinished);
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(m_project);
    QVERIFY(loaded.wait(20000));
    QVERIFY(refreshed.count() > 0 || refreshed.wait(20000));
    env->table()->setCurrentIndex(env->table()->model()->index(0, 0));
    auto action = [&w](const char *name) { return w.findChild<QAction *>(QString::fromLatin1(name)); };
    auto select = [&w](const char *id) { w.graphView()->selectNode(w.project()->graph.indexOf(QString::fromLatin1(id))); };
    QTRY_VERIFY_WITH_TIMEOUT(!env->isRefreshing(), 20000);

    // Upgrade to here… then Rehearse… from the confirmation.
    select("s200");
    action("actionUpgrade")->trigger();
    RunConfirmDialog *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = w.findChild<RunConfirmDialog *>()) && confirm->isVisible(), 20000);
    auto *rehearse = confirm->findChild<QPushButton *>(QStringLiteral("rehearseButton"));
    QVERIFY(rehearse);
    rehearse->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.schemaController()->lastRehearsal() != nullptr, 5000);
    RehearsalDialog *rehearsal = w.schemaController()->lastRehearsal();
    QTRY_VERIFY_WITH_TIMEOUT(rehearsal->isFinished(), 60000);
    QVERIFY2(rehearsal->summaryText().contains(QStringLiteral("rolled back"))
                     && rehearsal->summaryText().contains(QStringLiteral("unchanged")),
             qPrintable(rehearsal->summaryText()));
    QCOMPARE(rehearsal->tree()->topLevelItemCount(), 2); // two steps
    bool locked = false;
    QStringList rows;
    // Step 1 creates both tables: orders' foreign key locks users too.
    for (int i = 0; i < rehearsal->tree()->topLevelItem(0)->childCount(); ++i) {
        const QTreeWidgetItem *item = rehearsal->tree()->topLevelItem(0)->child(i);
        rows << item->text(0) + QStringLiteral(" | ") + item->text(3);
        locked |= item->text(0).contains(QStringLiteral("CREATE TABLE orders"))
                && item->text(3).contains(QStringLiteral(": public.users"))
                && item->text(3).contains(QStringLiteral("AccessExclusive: public.orders"));
    }
    QVERIFY2(locked, qPrintable(QStringLiteral("the locks of CREATE TABLE orders are listed: ") + rows.join(QStringLiteral("; "))));
    shoot(rehearsal, "rehearsal");
    rehearsal->accept();
    // The database is still empty; the run then does it for real.
    QSignalSpy finished(w.runPanel(), &RunPanel::runFinished);
    QVERIFY(confirm->isVisible());
    confirm->accept();
    QVERIFY(finished.wait(30000));
    QCOMPARE(w.runPanel()->lastRecord().state, RunState::Succeeded);

    // Someone adds a table by hand: drift shows it, and the dock's badge says so.
    QSqlDatabase hand = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("hand"));
    hand.setHostName(QStringLiteral("127.0.0.1"));
    hand.setPort(m_port);
    hand.setDatabaseName(qEnvironmentVariable("STRATA_PG_DB"));
    hand.setUserName(qEnvironmentVariable("STRATA_PG_USER"));
    hand.setPassword(qEnvironmentVariable("STRATA_PG_PASSWORD"));
    QVERIFY2(hand.open(), qPrintable(hand.lastError().text()));
    QVERIFY(QSqlQuery(hand).exec(QStringLiteral("CREATE TABLE audit_log (id int)")));
    hand.close();
    QTRY_VERIFY_WITH_TIMEOUT(!env->isRefreshing(), 20000);
    env->table()->setCurrentIndex(env->table()->model()->index(0, 0));
    Q_EMIT env->driftRequested();
    QTRY_VERIFY_WITH_TIMEOUT(env->model()->index(0, EnvironmentsModel::ColState).data().toString().contains(QStringLiteral("drift: 1")),
                             30000);
    QWidget *report = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((report = w.schemaController()->lastReport()) != nullptr, 5000);
    auto *list = report->findChild<QListWidget *>(QStringLiteral("schemaReportList"));
    QVERIFY(list && list->count() == 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("extra table audit_log: 1 column(s)"));
    shoot(&w, "drift");
    shoot(report, "driftreport");
    report->close();

    // Match Schema: this role may not create the scratch database; the report says what it needs.
    // (waited for by its signal: the closed report is deleted, and the new one may get its address)
    QSignalSpy reportShown(w.schemaController(), &SchemaController::reportShown);
    Q_EMIT env->matchSchemaRequested();
    QTRY_VERIFY_WITH_TIMEOUT(reportShown.count() > 0 && w.schemaController()->lastReport(), 60000);
    report = w.schemaController()->lastReport();
    const QString said = report->findChild<QLabel *>(QStringLiteral("schemaReportSummary"))->text();
    QVERIFY2(said.contains(QStringLiteral("CREATEDB")), qPrintable(said));
    report->close();

    // Generate Revision… with autogenerate: the new revision is shown for review.
    action("actionGenerateRevision")->trigger();
    QDialog *generate = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((generate = w.findChild<QDialog *>(QStringLiteral("generateRevisionDialog"))) != nullptr, 5000);
    generate->findChild<QLineEdit *>(QStringLiteral("revisionMessage"))->setText(QStringLiteral("drop the audit log"));
    QVERIFY(generate->findChild<QCheckBox *>(QStringLiteral("revisionAutogenerate"))->isChecked());
    QSignalSpy reloaded(&w, &MainWindow::projectLoaded);
    generate->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(reloaded.wait(60000));
    QCOMPARE(int(w.project()->graph.heads().size()), 1);
    const int head = w.project()->graph.heads().front();
    const RevisionScript &script = w.project()->graph.scriptOf(head);
    QVERIFY(w.project()->graph.node(head).id != QStringLiteral("s200"));
    QCOMPARE(w.graphView()->currentNode(), head);
    QFile written(script.path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("drop_table('audit_log')"));
    // The Details pane shows it for review.
    QTRY_VERIFY_WITH_TIMEOUT(w.detailsPane()->findChild<QPlainTextEdit *>()
                                     && w.detailsPane()->findChild<QPlainTextEdit *>()->toPlainText().contains(
                                             QStringLiteral("drop_table('audit_log')")),
                             10000);
    shoot(&w, "generated");
}

void TestSchemaWorkflow::productionStampNeedsTheMatchOrTheOverride()
{
    // The same database, now as production.
    const QString store = m_tmp.filePath(QStringLiteral("prod-profiles.json"));
    QVERIFY(pgtest::writeStore(store, QStringLiteral("gui-prod"), m_project, m_port, true));
    MainWindow w;
    w.resize(1300, 860);
    w.show();
    EnvironmentsPanel *env = w.environments();
    env->setProfileStorePath(store);
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(m_project);
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(env->table()->model()->rowCount() == 1 && !env->isRefreshing(), 20000);
    env->table()->setCurrentIndex(env->table()->model()->index(0, 0));
    w.graphView()->selectNode(w.project()->graph.indexOf(QStringLiteral("s100")));
    w.findChild<QAction *>(QStringLiteral("actionStamp"))->trigger();
    RunConfirmDialog *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = w.findChild<RunConfirmDialog *>()) && confirm->isVisible(), 60000);
    // This role may not build the revision's schema, so the stamp cannot be checked: refused, with the way on.
    QVERIFY(!confirm->canRun());
    QVERIFY2(confirm->run().preflight.schemaRefused, qPrintable(confirm->run().preflight.refusal
                                                                       ? confirm->run().preflight.refusal->message
                                                                       : QStringLiteral("no refusal")));
    QVERIFY(confirm->run().preflight.refusal->message.contains(QStringLiteral("CREATEDB")));
    shoot(confirm, "stamprefused");
    auto *anyway = confirm->findChild<QPushButton *>(QStringLiteral("stampAnywayButton"));
    QVERIFY(anyway);
    anyway->click();
    QPointer<RunConfirmDialog> first(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(!first, 10000); // Stamp Anyway… closed it
    RunConfirmDialog *second = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((second = w.findChild<RunConfirmDialog *>()) && second->isVisible(), 120000);
    QVERIFY2(!second->run().preflight.refusal, qPrintable(second->run().preflight.refusal
                                                                  ? second->run().preflight.refusal->message
                                                                  : QString()));
    QVERIFY(second->run().request.allowSchemaMismatch);
    QVERIFY(!second->canRun()); // production: the typed name still
    second->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(qEnvironmentVariable("STRATA_PG_DB"));
    QVERIFY(second->canRun());
    QSignalSpy finished(w.runPanel(), &RunPanel::runFinished);
    second->accept();
    QVERIFY(finished.wait(30000));
    QCOMPARE(w.runPanel()->lastRecord().state, RunState::Succeeded);
}

QTEST_MAIN(TestSchemaWorkflow)
#include "tst_schemaworkflow.moc"
