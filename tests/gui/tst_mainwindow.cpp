// The real main window, offscreen: the demo project loads off the GUI thread,
// the graph shows every revision with lanes, selecting shows details with the
// script source, search finds revisions, findings select their revision, and a
// broken project is reported without a crash.
#include "DetailsPane.h"
#include "EnvironmentsPanel.h"
#include "connection/ProfileStore.h"
#include "MainWindow.h"
#include "RevisionGraphView.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QTranslator>
#include <QInputDialog>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace strata;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensDemo();
    void brokenProjectFindings();
    void badProjectIsReported();
    void germanTranslationIsBuiltIn();
    void environmentsDockShowsStatusAndBadges();
};

// An SQLite database whose version table says `revision`.
static QString makeVersionedDb(const QString &dir, const QString &name, const QString &revision)
{
    const QString path = dir + QLatin1Char('/') + name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup-") + name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"));
        q.exec(QStringLiteral("INSERT INTO alembic_version VALUES ('%1')").arg(revision));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup-") + name);
    return path;
}

void TestMainWindow::environmentsDockShowsStatusAndBadges()
{
    QTemporaryDir tmp;
    const QString store = tmp.filePath(QStringLiteral("profiles.json"));
    {
        ProfileStore s(store);
        ConnectionProfile dev;
        dev.name = QStringLiteral("dev");
        dev.driver = ConnectionProfile::Driver::SQLite;
        dev.database = makeVersionedDb(tmp.path(), QStringLiteral("dev.db"), QStringLiteral("92a3b4c5d6e7"));
        ConnectionProfile prod = dev;
        prod.name = QStringLiteral("prod");
        prod.kind = ConnectionProfile::Kind::Production;
        prod.production = true;
        prod.database = makeVersionedDb(tmp.path(), QStringLiteral("prod.db"), QStringLiteral("e7f8091a2b3c"));
        QVERIFY(s.add(dev).ok());
        QVERIFY(s.add(prod).ok());
        QVERIFY(s.save().ok());
    }
    MainWindow w;
    w.show();
    EnvironmentsPanel *env = w.environments();
    env->setProfileStorePath(store);
    QSignalSpy refreshed(env, &EnvironmentsPanel::refreshFinished);
    w.openProject(QStringLiteral(STRATA_DEMO_DIR));
    QVERIFY(refreshed.wait(20000));
    QAbstractItemModel *table = env->table()->model();
    auto text = [table](int row, int column) { return table->index(row, column).data().toString(); };
    // the user's two profiles, then the demo's shared workspace environment
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(text(2, 0).contains(QStringLiteral("demo-sqlite  (workspace)")));
    QCOMPARE(text(0, 1), QStringLiteral("behind by 5"));
    QVERIFY(text(1, 0).contains(QStringLiteral("PRODUCTION")));
    QCOMPARE(text(1, 1), QStringLiteral("behind by 3"));
    // badges sit at each environment's current revision
    const RevisionGraph &g = w.project()->graph;
    const auto badges = w.graphView()->badges();
    QCOMPARE(badges.value(g.indexOf(QStringLiteral("92a3b4c5d6e7"))).first().name, QStringLiteral("dev"));
    QVERIFY(badges.value(g.indexOf(QStringLiteral("e7f8091a2b3c"))).first().production);
    // selecting an environment highlights its pending revisions
    env->table()->setCurrentIndex(table->index(0, 0));
    QVERIFY(w.graphView()->isHighlighted(g.indexOf(QStringLiteral("a3b4c5d6e7f8"))));
    QVERIFY(!w.graphView()->isHighlighted(g.indexOf(QStringLiteral("8192a3b4c5d6"))));
    // the matrix exports to CSV
    const QString csv = env->toCsv();
    QVERIFY(csv.startsWith(QStringLiteral("environment,kind,production,url,state")));
    QVERIFY(csv.contains(QStringLiteral("prod,production,yes,")));
    QVERIFY(csv.contains(QStringLiteral(",behind,92a3b4c5d6e7,5,")));

    // import from the project's alembic.ini (the demo's SQLite URL)
    env->importIni();
    auto *input = env->findChild<QInputDialog *>();
    QVERIFY(input);
    input->setTextValue(QStringLiteral("from-ini"));
    QSignalSpy again(env, &EnvironmentsPanel::refreshFinished);
    input->accept();
    QVERIFY(again.wait(20000));
    bool found = false;
    for (const ConnectionProfile &p : env->profiles())
        if (p.name == QLatin1String("from-ini") && p.database.endsWith(QStringLiteral("/demo.db")))
            found = true;
    QVERIFY(found);
}

void TestMainWindow::germanTranslationIsBuiltIn()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/strata_de.qm")));
    QCoreApplication::installTranslator(&translator);
    MainWindow w;
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(','))));
}

void TestMainWindow::opensDemo()
{
    MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(QStringLiteral(STRATA_DEMO_DIR));
    QVERIFY(w.isLoading() || loaded.count() == 1); // loading runs on a worker thread
    QVERIFY(loaded.wait(10000));
    RevisionGraphView *g = w.graphView();
    QCOMPARE(g->rowCount(), 14);
    QVERIFY(g->layout().maxLanes >= 2);
    QCOMPARE(g->layout().dependencies.size(), size_t(2));
    // the first head is selected and its details shown
    QCOMPARE(w.project()->graph.node(g->currentNode()).id, QStringLiteral("d6e7f8091a2b"));
    QSignalSpy source(w.detailsPane(), &DetailsPane::sourceLoaded);
    g->selectNode(w.project()->graph.indexOf(QStringLiteral("8192a3b4c5d6")));
    QVERIFY(source.wait(5000));
    QVERIFY(w.detailsPane()->metadataText().contains(QStringLiteral("merge customers and pricing")));
    QVERIFY(w.detailsPane()->metadataText().contains(QStringLiteral("merge point")));
    QVERIFY(w.detailsPane()->sourceText().contains(QStringLiteral("down_revision = (")));
    // search
    QTest::keyClicks(w.searchBox(), QStringLiteral("reporting"));
    QCOMPARE(g->matchCount(), 3);
    QVERIFY(g->isMatch(g->rowOfNode(g->currentNode())));
    // keyboard navigation
    g->setFocus();
    const int row = g->rowOfNode(g->currentNode());
    QTest::keyClick(g, Qt::Key_Down);
    QCOMPARE(g->rowOfNode(g->currentNode()), row + 1);
    // the demo has one informational finding (two labelled heads)
    QCOMPARE(w.findingsList()->topLevelItemCount(), 1);
    QVERIFY(w.windowTitle().contains(QStringLiteral("demo")));
}

void TestMainWindow::brokenProjectFindings()
{
    MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(QStringLiteral(STRATA_TEST_DATA_DIR "/broken_graph/versions"));
    QVERIFY(loaded.wait(10000));
    QTreeWidget *list = w.findingsList();
    QVERIFY(list->topLevelItemCount() >= 6);
    // clicking a finding about a revision selects that revision in the graph
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->text(1).contains(QStringLiteral("zzzz9999"))) {
            QVERIFY(item->text(2).startsWith(QStringLiteral("d_missing.py:")));
            emit list->itemClicked(item, 1);
            QCOMPARE(w.project()->graph.node(w.graphView()->currentNode()).id, QStringLiteral("d4d4d4d4"));
            return;
        }
    }
    QFAIL("no finding about the missing down revision");
}

void TestMainWindow::badProjectIsReported()
{
    MainWindow w;
    QSignalSpy failed(&w, &MainWindow::projectFailed);
    w.openProject(QStringLiteral(STRATA_TEST_DATA_DIR "/does-not-exist"));
    QVERIFY(failed.wait(10000));
    QVERIFY(w.lastError().contains(QStringLiteral("no such file or directory")));
    QCOMPARE(w.graphView()->rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
