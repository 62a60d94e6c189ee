// The real main window, offscreen: the demo project loads off the GUI thread,
// the graph shows every revision with lanes, selecting shows details with the
// script source, search finds revisions, findings select their revision, and a
// broken project is reported without a crash.
#include "DetailsPane.h"
#include "EnvironmentsModel.h"
#include "EnvironmentsPanel.h"
#include "connection/ProfileStore.h"
#include "MainWindow.h"
#include "PgGuiTest.h"
#include "RevisionGraphView.h"
#include "RehearsalDialog.h"
#include "RunConfirmDialog.h"
#include "RunController.h"
#include "SchemaController.h"
#include "CodeView.h"
#include "Colours.h"
#include "DarkPalette.h"
#include "project/ProjectConfig.h"
#include "run/Bridge.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QTranslator>
#include <QInputDialog>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <QHeaderView>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QPlainTextEdit>

using namespace strata;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The window's settings (geometry, recent projects) in a private place.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }
    void welcomePageAndActions();
    void layoutGivesTheGraphTheRoom();
    void searchSaysWhichMatch();
    void reloadAndRecentAfterAFailedOpen();
    void findingOpensInDetails();
    void helpWorksWithoutADisplay();
    void longDependencyEdgesStayCompact();
    void lanesCompactPerRegion();
    void darkPalette();
    void opensDemo();
    void brokenProjectFindings();
    void badProjectIsReported();
    void germanTranslationIsBuiltIn();
    void environmentsDockShowsStatusAndBadges();
    void windowRemembersItsSize();
    void layoutComesBackAsLeft();
    void alembicGapsInFindings();
    void projectShownAsItsAlembicReadsIt();
    void schemaReportShowsTheDiff();

private:
    QTemporaryDir m_settings;
};

// An SQLite database whose version table says `revision`.
// Shows the window and opens path in it; true once the project is on screen.
static bool showProject(MainWindow &w, const QString &path)
{
    w.show();
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(path);
    return loaded.wait(10000);
}

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
    QCOMPARE(badges.value(QStringLiteral("92a3b4c5d6e7")).first().name, QStringLiteral("dev"));
    QVERIFY(badges.value(QStringLiteral("e7f8091a2b3c")).first().production);
    // selecting an environment highlights its pending revisions
    env->table()->setCurrentIndex(table->index(0, 0));
    QVERIFY(w.graphView()->isHighlighted(g.indexOf(QStringLiteral("a3b4c5d6e7f8"))));
    QVERIFY(!w.graphView()->isHighlighted(g.indexOf(QStringLiteral("8192a3b4c5d6"))));
    // a reload keeps them on the same revisions (they are kept by id, not by row)
    {
        QSignalSpy reloaded(&w, &MainWindow::projectLoaded);
        QSignalSpy refreshedAgain(env, &EnvironmentsPanel::refreshFinished);
        w.openProject(QStringLiteral(STRATA_DEMO_DIR));
        QVERIFY(reloaded.wait(10000));
        const RevisionGraph &again = w.project()->graph;
        QVERIFY(w.graphView()->isHighlighted(again.indexOf(QStringLiteral("a3b4c5d6e7f8"))));
        QVERIFY(!w.graphView()->isHighlighted(again.indexOf(QStringLiteral("8192a3b4c5d6"))));
        QCOMPARE(w.graphView()->badges().value(QStringLiteral("92a3b4c5d6e7")).first().name, QStringLiteral("dev"));
        QVERIFY(refreshedAgain.wait(20000));
        env->table()->setCurrentIndex(table->index(0, 0));
    }
    // every column but the server's (free text, the slack) is as wide as its content
    auto *envDock = w.findChild<QDockWidget *>(QStringLiteral("environmentsDock"));
    QVERIFY(envDock);
    w.resize(1600, 1000);
    QTest::qWait(20);
    w.resizeDocks({ envDock }, { 900 }, Qt::Horizontal);
    QTRY_VERIFY(env->columnsLeftOut().isEmpty());
    for (int c = 0; c < table->columnCount(); ++c) {
        if (c == EnvironmentsModel::ColServer || env->columnsLeftOut().contains(c))
            continue;
        QVERIFY2(env->table()->header()->sectionSize(c) >= static_cast<QAbstractItemView *>(env->table())->sizeHintForColumn(c),
                 qPrintable(QStringLiteral("column %1: %2 < %3").arg(c).arg(env->table()->header()->sectionSize(c))
                                    .arg(static_cast<QAbstractItemView *>(env->table())->sizeHintForColumn(c))));
    }
    QVERIFY(text(0, EnvironmentsModel::ColCurrent) == QStringLiteral("92a3b4c5d6e7")); // the full short id
    // In a dock too narrow for every column the least needed step aside (the
    // header's tooltip names them) instead of the table scrolling sideways.
    w.resizeDocks({ envDock }, { 330 }, Qt::Horizontal);
    QTRY_VERIFY(env->columnsLeftOut().contains(EnvironmentsModel::ColChecked));
    QTRY_VERIFY(!env->table()->horizontalScrollBar()->isVisible());
    for (int c : { EnvironmentsModel::ColName, EnvironmentsModel::ColState, EnvironmentsModel::ColCurrent })
        QVERIFY(!env->columnsLeftOut().contains(c));
    QVERIFY(env->table()->toolTip().contains(QStringLiteral("Checked")));
    // the state and the full revision id are never cut; a long name may be (in full in its tooltip)
    for (int c : { EnvironmentsModel::ColState, EnvironmentsModel::ColCurrent })
        QVERIFY(env->table()->header()->sectionSize(c) >= static_cast<QAbstractItemView *>(env->table())->sizeHintForColumn(c));
    QVERIFY(table->index(1, EnvironmentsModel::ColName).data(Qt::ToolTipRole).toString().contains(QStringLiteral("PRODUCTION")));
    w.resizeDocks({ envDock }, { 900 }, Qt::Horizontal);
    QTRY_VERIFY(env->columnsLeftOut().isEmpty());
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
    QCOMPARE(loaded.count(), 0); // loading runs on a worker thread: openProject returns at once
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
    QVERIFY(showProject(w, QStringLiteral(STRATA_TEST_DATA_DIR "/broken_graph/versions")));
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

// Before a project: the welcome page, with the demo and the recent list;
// actions that cannot work yet are disabled; Help has the shortcuts.
void TestMainWindow::welcomePageAndActions()
{
    QSettings().remove(QStringLiteral("recentProjects"));
    MainWindow w;
    w.show();
    QVERIFY(w.isWelcomeShown());
    auto action = [&w](const char *name) { return w.findChild<QAction *>(QString::fromLatin1(name)); };
    for (const char *name : { "actionUpgrade", "actionDowngrade", "actionStamp", "actionPreviewSql", "actionReload",
                              "actionMerge", "actionCopyRevisionId" })
        QVERIFY2(!action(name)->isEnabled(), name);
    QVERIFY(action("actionOpen")->isEnabled());
    QVERIFY(action("actionOpenFolder")->isEnabled());
    QVERIFY(action("actionShortcuts") && action("actionDocumentation"));
    QVERIFY(!MainWindow::documentationPath().isEmpty());
    // the shortcuts list names every Migrate action that has keys
    QStringList keys;
    for (QAction *a : w.shortcutActions())
        keys << a->shortcut().toString();
    for (const char *k : { "Ctrl+Shift+U", "Ctrl+Shift+D", "Ctrl+Shift+P", "Ctrl+Shift+T", "Ctrl+O", "Ctrl+Shift+O" })
        QVERIFY2(keys.contains(QString::fromLatin1(k)), k);
    action("actionShortcuts")->trigger();
    auto *shortcuts = w.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(shortcuts && shortcuts->findChild<QTreeWidget *>()->topLevelItemCount() >= 10);
    shortcuts->reject();
    // the demo opens from the welcome page (a directory is a project)
    auto *demo = w.findChild<QPushButton *>(QStringLiteral("welcomeDemo"));
    QVERIFY(demo && demo->isEnabled());
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    demo->click();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!w.isWelcomeShown());
    QVERIFY(action("actionReload")->isEnabled());
    QVERIFY(action("actionCopyRevisionId")->isEnabled());
    QVERIFY(action("actionMerge")->isEnabled()); // the demo has two heads
    // the only environment is chosen, so the actions have a target and name it
    QTRY_VERIFY_WITH_TIMEOUT(action("actionUpgrade")->isEnabled(), 10000);
    QVERIFY2(action("actionUpgrade")->text().contains(QStringLiteral("demo-sqlite")), qPrintable(action("actionUpgrade")->text()));
    // Copy Revision Id puts the selected id on the clipboard
    action("actionCopyRevisionId")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), w.project()->graph.node(w.graphView()->currentNode()).id);
    // the welcome page lists it as a recent project
    MainWindow second;
    QCOMPARE(second.welcomeRecent()->count(), 1);
    QVERIFY(second.welcomeRecent()->item(0)->text().endsWith(QStringLiteral("alembic.ini")));
}

// The graph is the centre and gets most of the room; the bottom tabs start
// small and grow when a run or a diagnosis needs them.
void TestMainWindow::layoutGivesTheGraphTheRoom()
{
    QSettings().remove(QStringLiteral("window"));
    MainWindow w;
    QVERIFY(showProject(w, QStringLiteral(STRATA_DEMO_DIR)));
    QTest::qWait(50);
    const QRect screen = w.screen()->availableGeometry();
    // sized for the screen (no larger, unless its minimum is) and centred on it
    QVERIFY(w.width() <= std::max(screen.width(), w.minimumSizeHint().width()));
    QVERIFY(w.height() <= std::max(screen.height(), w.minimumSizeHint().height()));
    if (w.width() <= screen.width())
        QVERIFY(qAbs(w.geometry().center().x() - screen.center().x()) <= 2);
    auto area = [](const QWidget *x) { return x->width() * x->height(); };
    auto *findings = w.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    auto *details = w.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    auto *environments = w.findChild<QDockWidget *>(QStringLiteral("environmentsDock"));
    const QString sizes = QStringLiteral("window %1x%2 graph %3x%4 findings %5x%6 details %7x%8 environments %9x%10")
                                  .arg(w.width()).arg(w.height()).arg(w.graphView()->width()).arg(w.graphView()->height())
                                  .arg(findings->width()).arg(findings->height()).arg(details->width()).arg(details->height())
                                  .arg(environments->width()).arg(environments->height());
    QVERIFY2(area(w.graphView()) > area(findings) && area(w.graphView()) > area(details)
                     && area(w.graphView()) > area(environments),
             qPrintable(sizes));
    QVERIFY2(findings->height() <= w.height() / 4, qPrintable(sizes));
    QVERIFY2(w.graphView()->height() >= w.height() / 2, qPrintable(sizes));
    // a run needs attention: its tab is raised and grows
    const int before = findings->height();
    auto *runDock = w.findChild<QDockWidget *>(QStringLiteral("runDock"));
    emit w.runController()->runStarted();
    QTest::qWait(20);
    QVERIFY(!runDock->visibleRegion().isEmpty());
    QVERIFY2(runDock->height() > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(runDock->height())));
}

// "3 of 129", not "129 match(es)"; Enter moves through them.
void TestMainWindow::searchSaysWhichMatch()
{
    MainWindow w;
    QVERIFY(showProject(w, QStringLiteral(STRATA_DEMO_DIR)));
    auto *label = w.findChild<QLabel *>(QStringLiteral("matchLabel"));
    QTest::keyClicks(w.searchBox(), QStringLiteral("create"));
    const int n = w.graphView()->matchCount();
    QVERIFY(n >= 5);
    QCOMPARE(label->text(), QStringLiteral("1 of %1").arg(n));
    QTest::keyClick(w.searchBox(), Qt::Key_Return);
    QCOMPARE(label->text(), QStringLiteral("2 of %1").arg(n));
    QCOMPARE(w.graphView()->currentMatch(), 2);
    QTest::keyClick(w.searchBox(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(label->text(), QStringLiteral("1 of %1").arg(n));
    // moving off the matches says how many there are, not a place among them
    w.graphView()->selectNode(w.project()->graph.indexOf(QStringLiteral("8192a3b4c5d6")));
    QCOMPARE(label->text(), QStringLiteral("%1 matches").arg(n));
    w.searchBox()->setText(QStringLiteral("zzz-nothing"));
    QVERIFY(label->text().contains(QStringLiteral("no match")));
}

// Reload reads the project on screen, not one that failed to open; Open
// Recent has one entry per project however it was opened.
void TestMainWindow::reloadAndRecentAfterAFailedOpen()
{
    QSettings().remove(QStringLiteral("recentProjects"));
    MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    QSignalSpy failed(&w, &MainWindow::projectFailed);
    w.openProject(QStringLiteral(STRATA_DEMO_DIR));
    QVERIFY(loaded.wait(10000));
    w.openProject(QStringLiteral(STRATA_DEMO_DIR "/alembic.ini"));
    QVERIFY(loaded.wait(10000));
    w.openProject(QStringLiteral(STRATA_TEST_DATA_DIR "/does-not-exist"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(w.graphView()->rowCount(), 14); // the demo stays on screen
    w.findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
    QVERIFY(loaded.wait(10000));
    QVERIFY(w.project()->config.rootDir.endsWith(QStringLiteral("demo")));
    QCOMPARE(QSettings().value(QStringLiteral("recentProjects")).toStringList().size(), 1);
    // another project: the SQL tab's lint and the highlights of the demo are gone
    w.openProject(QStringLiteral(STRATA_TEST_DATA_DIR "/broken_graph/versions"));
    QVERIFY(loaded.wait(10000));
    QVERIFY(w.graphView()->badges().isEmpty());
    QCOMPARE(QSettings().value(QStringLiteral("recentProjects")).toStringList().size(), 2);
}

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

// A finding's double-click shows the file at its line in the Details pane
// (and hands it to the desktop's editor).
void TestMainWindow::findingOpensInDetails()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    MainWindow w;
    QVERIFY(showProject(w, QStringLiteral(STRATA_DEMO_DIR)));
    QTreeWidgetItem *item = w.findingsList()->topLevelItem(0);
    QVERIFY(item && item->text(2).endsWith(QStringLiteral(":14")));
    QSignalSpy source(w.detailsPane(), &DetailsPane::sourceLoaded);
    emit w.findingsList()->itemActivated(item, 1);
    QVERIFY(source.wait(5000));
    QCOMPARE(w.detailsPane()->cursorLine(), 14);
    QVERIFY(w.detailsPane()->metadataText().contains(QStringLiteral("line 14")));
    QCOMPARE(catcher.urls.size(), 1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

// `strata --help` prints usage without a display.
void TestMainWindow::helpWorksWithoutADisplay()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STRATA_APP), { QStringLiteral("--help") });
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("--screenshot"));
}

// A project of generated revision scripts: alembic.ini and migrations/versions/.
static bool writeGeneratedProject(const QTemporaryDir &dir)
{
    QDir().mkpath(dir.filePath(QStringLiteral("migrations/versions")));
    QFile ini(dir.filePath(QStringLiteral("alembic.ini")));
    return ini.open(QIODevice::WriteOnly) && ini.write("[alembic]\nscript_location = %(here)s/migrations\n") > 0;
}

// Sixty revisions, each depending on the one twenty below it: the gutter
// stays narrow (long edges are stubs with arrows), the text starts near the lanes.
void TestMainWindow::longDependencyEdgesStayCompact()
{
    QTemporaryDir dir;
    QVERIFY(writeGeneratedProject(dir));
    auto id = [](int i) { return QStringLiteral("r%1").arg(i, 11, 10, QLatin1Char('0')); };
    for (int i = 0; i < 60; ++i) {
        QFile f(dir.filePath(QStringLiteral("migrations/versions/%1.py").arg(id(i))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString down = i == 0 ? QStringLiteral("None") : QStringLiteral("'%1'").arg(id(i - 1));
        const QString dep = i >= 20 ? QStringLiteral("'%1'").arg(id(i - 20)) : QStringLiteral("None");
        f.write(QStringLiteral("\"\"\"step %1\"\"\"\nrevision = '%2'\ndown_revision = %3\nbranch_labels = None\n"
                               "depends_on = %4\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n")
                        .arg(i).arg(id(i), down, dep).toUtf8());
    }
    MainWindow w;
    w.resize(1200, 800);
    QVERIFY(showProject(w, dir.path()));
    QCOMPARE(w.graphView()->layout().dependencies.size(), size_t(40));
    QVERIFY(w.graphView()->layout().gutterColumns >= 10); // what a full-height gutter would need
    w.graphView()->viewport()->repaint();
    QVERIFY2(w.graphView()->gutterColumnsShown() <= 2, qPrintable(QString::number(w.graphView()->gutterColumnsShown())));
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
        w.grab().save(shot + QStringLiteral(".gutter.png"));
}

// Eight branches merged long ago, then sixty revisions in a line: where the
// line is on screen the text starts after one lane, not eight.
void TestMainWindow::lanesCompactPerRegion()
{
    QTemporaryDir dir;
    QVERIFY(writeGeneratedProject(dir));
    auto write = [&dir](const QString &id, const QString &down) {
        QFile f(dir.filePath(QStringLiteral("migrations/versions/%1.py").arg(id)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("revision = '%1'\ndown_revision = %2\n").arg(id, down).toUtf8());
    };
    write(QStringLiteral("base0"), QStringLiteral("None"));
    QStringList heads;
    for (int b = 0; b < 8; ++b) {
        QString down = QStringLiteral("'base0'");
        for (int i = 0; i < 3; ++i) {
            const QString id = QStringLiteral("b%1r%2").arg(b).arg(i);
            write(id, down);
            down = QStringLiteral("'%1'").arg(id);
        }
        heads << down;
    }
    write(QStringLiteral("merge0"), QStringLiteral("(%1)").arg(heads.join(QStringLiteral(", "))));
    QString down = QStringLiteral("'merge0'");
    for (int i = 0; i < 60; ++i) {
        const QString id = QStringLiteral("line%1").arg(i, 3, 10, QLatin1Char('0'));
        write(id, down);
        down = QStringLiteral("'%1'").arg(id);
    }
    MainWindow w;
    w.resize(1200, 800);
    QVERIFY(showProject(w, dir.path()));
    RevisionGraphView *view = w.graphView();
    QVERIFY(view->layout().maxLanes >= 8);
    view->verticalScrollBar()->setValue(0);
    view->viewport()->repaint();
    QCOMPARE(view->lanesShown(), 1);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    view->viewport()->repaint();
    QVERIFY2(view->lanesShown() >= 6, qPrintable(QString::number(view->lanesShown()))); // where the branches run
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
        w.grab().save(shot + QStringLiteral(".lanes-branches.png"));
    view->verticalScrollBar()->setValue(0);
    view->viewport()->repaint();
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
        w.grab().save(shot + QStringLiteral(".lanes-line.png"));
}

// On a dark palette the window's own colours are the dark ones (readable on
// a dark base); a screenshot for people to look at.
void TestMainWindow::darkPalette()
{
    const QPalette light = QApplication::palette();
    const QPalette dark = testDarkPalette();
    QApplication::setPalette(dark);
    {
        MainWindow w;
        w.resize(1360, 880);
        QVERIFY(showProject(w, QStringLiteral(STRATA_DEMO_DIR)));
        QTest::keyClicks(w.searchBox(), QStringLiteral("customers"));
        QSignalSpy source(w.detailsPane(), &DetailsPane::sourceLoaded);
        QVERIFY(source.wait(5000));
        QVERIFY(Colours::isDark(w.palette()));
        // every colour the window adds stands out from the dark base
        for (const QColor &c : { Colours::danger(w.palette()), Colours::warning(w.palette()), Colours::ok(w.palette()),
                                 Colours::dependency(w.palette()), Colours::lane(w.palette(), 0),
                                 Colours::syntax(w.palette(), TokenKind::Keyword),
                                 Colours::syntax(w.palette(), TokenKind::Comment) })
            QVERIFY2(c.lightness() - w.palette().color(QPalette::Base).lightness() > 60, qPrintable(c.name()));
        if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
            w.grab().save(shot + QStringLiteral(".dark.png"));
    }
    QApplication::setPalette(light);
}

// Closing saves the window's size; the next window opens at it.
void TestMainWindow::windowRemembersItsSize()
{
    {
        MainWindow w;
        w.show();
        QTest::qWait(20);
        w.resize(1010, 690);
        QTest::qWait(20);
    }
    MainWindow again;
    again.show();
    QTest::qWait(20);
    QCOMPARE(again.size(), QSize(1010, 690));
}

// The docks come back as they were left: the graph keeps its room (a restored
// layout once handed the window's growth to the bottom tabs).
void TestMainWindow::layoutComesBackAsLeft()
{
    QSettings().remove(QStringLiteral("window")); // from the defaults
    // Shown, then the demo opened in it.
    auto showDemo = [](MainWindow &w) {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50);
        QSignalSpy loaded(&w, &MainWindow::projectLoaded);
        w.openProject(QStringLiteral(STRATA_DEMO_DIR));
        QVERIFY(loaded.wait(10000));
        QTest::qWait(50);
    };
    int centralHeight = 0, bottomHeight = 0, leftWidth = 0;
    {
        MainWindow w;
        showDemo(w);
        if (QTest::currentTestFailed())
            return;
        centralHeight = w.centralWidget()->height();
        bottomHeight = w.findChild<QDockWidget *>(QStringLiteral("findingsDock"))->height();
        leftWidth = w.findChild<QDockWidget *>(QStringLiteral("environmentsDock"))->width();
        QVERIFY2(centralHeight > 2 * bottomHeight, qPrintable(QStringLiteral("%1 %2").arg(centralHeight).arg(bottomHeight)));
        // A project with errors grows the Findings tab for attention ...
        QSignalSpy broken(&w, &MainWindow::projectLoaded);
        w.openProject(QStringLiteral(STRATA_TEST_DATA_DIR "/broken_graph/versions"));
        QVERIFY(broken.wait(10000));
        QTest::qWait(50);
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("findingsDock"))->height() > bottomHeight + 20);
    } // ... and it starts small again next time
    MainWindow again;
    showDemo(again);
    if (QTest::currentTestFailed())
        return;
    const int bottom = again.findChild<QDockWidget *>(QStringLiteral("findingsDock"))->height();
    const int left = again.findChild<QDockWidget *>(QStringLiteral("environmentsDock"))->width();
    QVERIFY2(std::abs(bottom - bottomHeight) <= 16, qPrintable(QStringLiteral("bottom tabs %1 px, were %2").arg(bottom).arg(bottomHeight)));
    QVERIFY2(std::abs(left - leftWidth) <= 8, qPrintable(QStringLiteral("environments %1 px, were %2").arg(left).arg(leftWidth)));
    QVERIFY2(std::abs(again.centralWidget()->height() - centralHeight) <= 16,
             qPrintable(QStringLiteral("graph %1 px high, was %2").arg(again.centralWidget()->height()).arg(centralHeight)));
}

// A project configured only in pyproject.toml [tool.alembic]: when the
// project's Python has an Alembic older than 1.16 (Debian 12's 1.8, Debian
// 13's 1.13), the Findings dock says that Alembic will not find the project,
// naming the interpreter; with a newer one it says nothing.
void TestMainWindow::alembicGapsInFindings()
{
    const QString dir = QStringLiteral(STRATA_TEST_DATA_DIR "/pyproject_recursive");
    const auto python = choosePython(dir);
    QVERIFY2(python.ok(), "no Python for the project");
    const auto version = alembicVersionOf(python->program);
    QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().message));
    // A second answer comes from the cache, and agrees.
    QCOMPARE(alembicVersionOf(python->program).value(), version.value());

    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QSignalSpy checked(&w, &MainWindow::alembicChecked);
    w.openProject(dir);
    QVERIFY(checked.wait(20000));
    auto *findings = w.findChild<QTreeWidget *>(QStringLiteral("findingsList"));
    QVERIFY(findings);
    QStringList problems;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        problems << findings->topLevelItem(i)->text(1);
    const QString said = QStringLiteral("Alembic %1 will not find it").arg(version.value());
    const bool old = compareAlembicVersions(version.value(), QStringLiteral("1.16.0")) < 0;
    const bool listed = problems.join(QLatin1Char('\n')).contains(said);
    QVERIFY2(listed == old, qPrintable(problems.join(QLatin1Char('\n'))));
    if (old)
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(python->program), qPrintable(problems.join(QLatin1Char('\n'))));
}

// A project Alembic 1.17.1+ refuses (':' in an id) with a revision in a
// sub-directory (seen from Alembic 1.10): the graph is the one the project's
// own Alembic sees.
void TestMainWindow::projectShownAsItsAlembicReadsIt()
{
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    QVERIFY(QDir(dir).mkpath(QStringLiteral("m/versions/sub")));
    auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile f(dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("alembic.ini"), "[alembic]\nscript_location = m\nrecursive_version_locations = true\n");
    write(QStringLiteral("m/env.py"), "");
    write(QStringLiteral("m/versions/a1.py"), "revision = 'a1'\ndown_revision = None\n");
    write(QStringLiteral("m/versions/b2.py"), "revision = 'b:2'\ndown_revision = 'a1'\n");
    write(QStringLiteral("m/versions/sub/c3.py"), "revision = 'c3'\ndown_revision = 'b:2'\n");
    const auto python = choosePython(dir);
    QVERIFY2(python.ok(), "no Python for the project");
    const QString version = alembicVersionOf(python->program).value();
    QVERIFY(!version.isEmpty());

    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QSignalSpy checked(&w, &MainWindow::alembicChecked);
    w.openProject(dir);
    QVERIFY(checked.wait(20000));
    auto *findings = w.findChild<QTreeWidget *>(QStringLiteral("findingsList"));
    QStringList said;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        said << findings->topLevelItem(i)->text(1);
    const QString all = said.join(QLatin1Char('\n'));
    const RevisionGraph &g = w.project()->graph;
    QStringList heads;
    for (int h : g.heads())
        heads << g.node(h).id;
    if (compareAlembicVersions(version, QStringLiteral("1.17.1")) >= 0) {
        // As the newest reads it: refused, and said so.
        QVERIFY2(g.isBlocked() && all.contains(QStringLiteral("not allowed in revision identifier 'b:2'")),
                 qPrintable(all));
        return;
    }
    QVERIFY2(all.contains(QStringLiteral("shown as Alembic %1").arg(version)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Alembic 1.17.1 and later refuse")), qPrintable(all));
    QVERIFY(!g.isBlocked());
    QVERIFY(g.indexOf(QStringLiteral("b:2")) >= 0);
    if (compareAlembicVersions(version, QStringLiteral("1.10.0")) < 0) {
        // Alembic 1.8 does not look into sub-directories: c3 is not there, and that is said.
        QCOMPARE(heads, QStringList { QStringLiteral("b:2") });
        QVERIFY2(all.contains(QStringLiteral("ignores it and does not see the revisions there")), qPrintable(all));
    } else {
        QCOMPARE(heads, QStringList { QStringLiteral("c3") });
    }
    // Reload keeps the reading (and does not loop).
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
    QVERIFY(checked.wait(20000));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!w.project()->graph.isBlocked());
}

// The colour the highlighter gave a whole line of a code view (invalid: none).
static QColor lineColour(QPlainTextEdit *view, const QString &line)
{
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text() != line)
            continue;
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            if (r.start == 0 && r.format.hasProperty(QTextFormat::ForegroundBrush))
                return r.format.foreground().color();
        return {};
    }
    return {};
}

// The demo project without its database (the test makes its own).
static bool copyDemo(const QString &to)
{
    const QDir demo(QStringLiteral(STRATA_DEMO_DIR));
    for (const QString &name : { QStringLiteral("alembic.ini"), QStringLiteral("strata-workspace.json") })
        if (!QFile::copy(demo.filePath(name), to + QLatin1Char('/') + name))
            return false;
    return pgtest::copyTree(demo.filePath(QStringLiteral("migrations")), to + QStringLiteral("/migrations"));
}

// Match Schema on the demo's SQLite environment after a hand-made change (an
// extra column, a dropped index), with the real Alembic building the
// revisions' schemas: the report lists the differences, and its Diff tab shows
// them as the two schemas in SQL, "-" and "+" lines in their colours.
void TestMainWindow::schemaReportShowsTheDiff()
{
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    QVERIFY(copyDemo(dir));
    QProcess alembic;
    alembic.setWorkingDirectory(dir);
    alembic.start(QStringLiteral("/usr/bin/python3"),
                  { QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("upgrade"), QStringLiteral("shop@92a3b4c5d6e7") });
    QVERIFY(alembic.waitForFinished(60000));
    QVERIFY2(alembic.exitCode() == 0, alembic.readAllStandardError().constData());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("by-hand"));
        db.setDatabaseName(dir + QStringLiteral("/demo.db"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE customers ADD COLUMN nickname TEXT")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX ix_books_title")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("by-hand"));

    MainWindow w;
    w.resize(1300, 860);
    EnvironmentsPanel *env = w.environments();
    env->setProfileStorePath(tmp.filePath(QStringLiteral("profiles.json"))); // only the demo's workspace environment
    QSignalSpy refreshed(env, &EnvironmentsPanel::refreshFinished);
    QVERIFY(showProject(w, dir));
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(env->table()->model()->rowCount(), 1);
    env->table()->setCurrentIndex(env->table()->model()->index(0, 0));
    QSignalSpy reportShown(w.schemaController(), &SchemaController::reportShown);
    Q_EMIT env->matchSchemaRequested();
    QTRY_VERIFY_WITH_TIMEOUT(reportShown.count() > 0 && w.schemaController()->lastReport(), 120000);
    QWidget *report = w.schemaController()->lastReport();
    auto *list = report->findChild<QListWidget *>(QStringLiteral("schemaReportList"));
    QVERIFY(list);
    QStringList listed;
    for (int i = 0; i < list->count(); ++i)
        listed << list->item(i)->text();
    QCOMPARE(listed, QStringList({ QStringLiteral("missing index books.ix_books_title: CREATE INDEX ON books (title)"),
                                   QStringLiteral("extra column customers.nickname: TEXT") }));
    auto *tabs = report->findChild<QTabWidget *>(QStringLiteral("schemaReportTabs"));
    auto *diff = report->findChild<CodeView *>(QStringLiteral("schemaReportDiff"));
    QVERIFY(tabs && diff);
    QCOMPARE(tabs->count(), 2);
    const QStringList lines = diff->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(lines.mid(0, 2), QStringList({ QStringLiteral("--- expected: the schema 92a3b4c5d6e7 makes"),
                                            QStringLiteral("+++ found: the database of demo-sqlite") }));
    const QString removed = QStringLiteral("-CREATE INDEX ix_books_title ON books (title);");
    const QString added = QStringLiteral("+    nickname TEXT,");
    QVERIFY2(lines.contains(removed) && lines.contains(added), qPrintable(diff->toPlainText()));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^[-+][^-+]"))).size(), 2);
    QCOMPARE(diff->highlighter()->language(), CodeLanguage::Diff);
    tabs->setCurrentIndex(1);
    QCoreApplication::processEvents();
    const QColor minus = lineColour(diff, removed), plus = lineColour(diff, added);
    QVERIFY2(minus.isValid() && plus.isValid() && minus != plus,
             qPrintable(QStringLiteral("- %1, + %2").arg(minus.name(), plus.name())));
    const QColor unchanged = lineColour(diff, QStringLiteral(" CREATE TABLE customers ("));
    QVERIFY2(unchanged != minus && unchanged != plus, qPrintable(unchanged.name()));
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
        report->grab().save(shot + QStringLiteral(".schemadiff.png"));
    const QString reportDiff = diff->toPlainText();
    report->close();

    // Stamping that database as the revision before its own: the confirmation checks the
    // schema first and offers the same diff.
    w.graphView()->selectNode(w.project()->graph.indexOf(QStringLiteral("8192a3b4c5d6")));
    w.findChild<QAction *>(QStringLiteral("actionStamp"))->trigger();
    RunConfirmDialog *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = w.findChild<RunConfirmDialog *>()) && confirm->isVisible(), 120000);
    QVERIFY(confirm->run().preflight.schemaChecked && !confirm->run().preflight.schemaMatches);
    auto *button = confirm->findChild<QPushButton *>(QStringLiteral("schemaDiffButton"));
    QVERIFY(button);
    button->click();
    QDialog *shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((shown = confirm->findChild<QDialog *>(QStringLiteral("schemaDiffDialog"))) != nullptr, 5000);
    auto *stampDiff = shown->findChild<CodeView *>(QStringLiteral("schemaReportDiff"));
    QVERIFY(stampDiff);
    const QString stampText = stampDiff->toPlainText();
    QVERIFY2(stampText.startsWith(QStringLiteral("--- expected: the schema 8192a3b4c5d6 makes\n"))
                     && stampText.contains(QStringLiteral("\n+    nickname TEXT,")) && stampText != reportDiff,
             qPrintable(stampText));
    QCOMPARE(stampDiff->highlighter()->language(), CodeLanguage::Diff);
    if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty()) {
        confirm->grab().save(shot + QStringLiteral(".stampconfirm.png"));
        shown->grab().save(shot + QStringLiteral(".stampdiff.png"));
    }
    confirm->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
