// The Doctor tab against a real PostgreSQL (under tests/integration/with_pg.py)
// and the real Alembic: the cards with their evidence and the problem badge
// in the Environments dock; a failed migration whose card rehearses it; a
// blocking session ended through the Locks tab's confirmation; two heads
// merged; each time the doctor examines again and the trouble is gone; Copy
// Report without the password.
#include "DoctorPanel.h"
#include "EnvironmentsModel.h"
#include "EnvironmentsPanel.h"
#include "LocksPanel.h"
#include "MainWindow.h"
#include "RehearsalDialog.h"
#include "RunConfirmDialog.h"
#include "RunPanel.h"
#include "SchemaController.h"
#include "PgGuiTest.h"
#include "connection/ProfileStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace strata;

namespace {

bool hasCard(const DoctorPanel *d, const char *code)
{
    for (const Diagnosis &x : d->diagnoses())
        if (x.code == QLatin1String(code))
            return true;
    return false;
}

} // namespace

class TestDoctorPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cardsActsAndChecksAgain();

private:
    QTemporaryDir m_tmp;
    QString m_project;
    QString m_store;
    int m_port = 0;
};

void TestDoctorPanel::initTestCase()
{
    m_port = pgtest::useServer(m_tmp);
    if (m_port == 0)
        QFAIL("run me under tests/integration/with_pg.py (it starts the PostgreSQL server)");
    m_project = m_tmp.filePath(QStringLiteral("runs"));
    QVERIFY(pgtest::copyProject(QStringLiteral(STRATA_RUNS_PROJECT), m_project));
    m_store = m_tmp.filePath(QStringLiteral("profiles.json"));
    QVERIFY(pgtest::writeStore(m_store, QStringLiteral("gui-pg"), m_project, m_port));
}

void TestDoctorPanel::cardsActsAndChecksAgain()
{
    MainWindow w;
    w.resize(1300, 900);
    w.show();
    EnvironmentsPanel *env = w.environments();
    env->setProfileStorePath(m_store);
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(m_project);
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(env->table()->model()->rowCount() == 1 && !env->isRefreshing(), 20000);
    env->table()->setCurrentIndex(env->table()->model()->index(0, 0));
    DoctorPanel *doctor = w.doctorPanel();
    QSignalSpy examined(doctor, &DoctorPanel::examined);

    // First look: an empty database (behind) and two unlabelled-and-labelled heads.
    doctor->examine();
    QVERIFY(examined.wait(60000));
    QVERIFY(hasCard(doctor, "not-up-to-date"));
    QVERIFY(hasCard(doctor, "multiple-heads"));
    QTRY_VERIFY(env->model()->index(0, EnvironmentsModel::ColState).data().toString().contains(QStringLiteral("1 problem")));

    // The upgrade the card offers, through the normal confirmation.
    QSignalSpy finished(w.runPanel(), &RunPanel::runFinished);
    QVERIFY(doctor->actButton(QStringLiteral("not-up-to-date")));
    // "heads" includes the broken branch: the run fails, and the doctor classifies it.
    doctor->actButton(QStringLiteral("not-up-to-date"))->click();
    RunConfirmDialog *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = w.findChild<RunConfirmDialog *>()) && confirm->isVisible(), 30000);
    confirm->accept();
    QVERIFY(finished.wait(60000));
    QCOMPARE(w.runPanel()->lastRecord().state, RunState::Failed);
    QVERIFY(examined.wait(60000)); // it looks again by itself
    QVERIFY2(hasCard(doctor, "failed-migration"), "the failed run is diagnosed");
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(300); // the cards laid out
        w.grab().save(shot + QStringLiteral(".doctor.png"));
    }
    doctor->actButton(QStringLiteral("failed-migration"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.schemaController()->lastRehearsal() != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(w.schemaController()->lastRehearsal()->isFinished(), 60000);
    QVERIFY2(w.schemaController()->lastRehearsal()->summaryText().contains(QStringLiteral("division by zero")),
             qPrintable(w.schemaController()->lastRehearsal()->summaryText()));
    w.schemaController()->lastRehearsal()->accept();

    // A forgotten transaction blocks another session: the card ends it through the Locks tab.
    QSqlQuery(QSqlDatabase()).finish();
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("holder"));
    holder.setHostName(QStringLiteral("127.0.0.1"));
    holder.setPort(m_port);
    holder.setDatabaseName(qEnvironmentVariable("STRATA_PG_DB"));
    holder.setUserName(qEnvironmentVariable("STRATA_PG_USER"));
    holder.setPassword(qEnvironmentVariable("STRATA_PG_PASSWORD"));
    holder.setConnectOptions(QStringLiteral("application_name=forgotten-report"));
    QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
    // The run left the database empty (rolled back): make a table to hold.
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS ledger (id int)")));
    QVERIFY(holder.transaction());
    QSqlQuery hold(holder);
    QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM ledger")));
    hold.finish();
    QProcess waiter;
    waiter.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    waiter.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
                 { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                   QStringLiteral("-U"), qEnvironmentVariable("STRATA_PG_USER"), QStringLiteral("-d"),
                   qEnvironmentVariable("STRATA_PG_DB"), QStringLiteral("-c"), QStringLiteral("BEGIN"), QStringLiteral("-c"),
                   QStringLiteral("LOCK TABLE ledger"), QStringLiteral("-c"), QStringLiteral("COMMIT") });
    QVERIFY(waiter.waitForStarted(5000));
    QTest::qWait(1500);
    doctor->examine();
    QVERIFY(examined.wait(60000));
    QVERIFY2(hasCard(doctor, "blocked-by-session"), "the blocking session is diagnosed");
    doctor->actButton(QStringLiteral("blocked-by-session"))->click();
    QMessageBox *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((ask = w.findChild<QMessageBox *>(QStringLiteral("locksConfirm"))) && ask->isVisible(), 20000);
    QVERIFY(ask->text().contains(QStringLiteral("forgotten-report")));
    ask->button(QMessageBox::Yes)->click();
    QVERIFY(waiter.waitForFinished(20000));
    QCOMPARE(waiter.exitCode(), 0); // the waiter got its lock
    QVERIFY(examined.wait(60000));
    QVERIFY(!hasCard(doctor, "blocked-by-session"));
    holder.close();

    // Two heads: the merge the card offers (its message asked), then the check.
    doctor->actButton(QStringLiteral("multiple-heads"))->click();
    QInputDialog *message = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((message = w.findChild<QInputDialog *>()) && message->isVisible(), 10000);
    message->setTextValue(QStringLiteral("merge heads"));
    message->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!doctor->isExamining() && examined.count() >= 5 && !hasCard(doctor, "multiple-heads"), 60000);
    QCOMPARE(int(w.project()->graph.heads().size()), 1);

    // Overlapping version rows: the card removes exactly the ancestor's row, after asking.
    QSqlDatabase rows = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("rows"));
    rows.setHostName(QStringLiteral("127.0.0.1"));
    rows.setPort(m_port);
    rows.setDatabaseName(qEnvironmentVariable("STRATA_PG_DB"));
    rows.setUserName(qEnvironmentVariable("STRATA_PG_USER"));
    rows.setPassword(qEnvironmentVariable("STRATA_PG_PASSWORD"));
    QVERIFY(rows.open());
    QVERIFY(QSqlQuery(rows).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS alembic_version (version_num varchar(32) PRIMARY KEY)")));
    QVERIFY(QSqlQuery(rows).exec(QStringLiteral("INSERT INTO alembic_version VALUES ('a1000000000a'), ('c3000000000c')")));
    doctor->examine();
    QVERIFY(examined.wait(60000));
    QVERIFY2(hasCard(doctor, "overlapping-rows"), "the overlap is diagnosed");
    doctor->actButton(QStringLiteral("overlapping-rows"))->click();
    QMessageBox *sure = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((sure = w.findChild<QMessageBox *>(QStringLiteral("removeRowConfirm"))) && sure->isVisible(), 20000);
    sure->button(QMessageBox::Yes)->click();
    QVERIFY(examined.wait(60000));
    QVERIFY(!hasCard(doctor, "overlapping-rows"));
    QSqlQuery left(rows);
    QVERIFY(left.exec(QStringLiteral("SELECT version_num FROM alembic_version")));
    QVERIFY(left.next());
    QCOMPARE(left.value(0).toString(), QStringLiteral("c3000000000c"));
    QVERIFY(!left.next());
    left.finish();
    rows.close();

    doctor->copyReport();
    const QString report = QApplication::clipboard()->text();
    QVERIFY(report.startsWith(QStringLiteral("## Strata doctor report")));
    QVERIFY(!report.contains(qEnvironmentVariable("STRATA_PG_PASSWORD")));
}

QTEST_MAIN(TestDoctorPanel)
#include "tst_doctorpanel.moc"
