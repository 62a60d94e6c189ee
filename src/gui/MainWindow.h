#pragma once

#include "lint/Linter.h"

#include "project/Project.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QListWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace strata {

class DetailsPane;
class EnvironmentsPanel;
class SchemaController;
class DoctorPanel;
struct Diagnosis;
struct RecipeStep;
class JournalPanel;
class LocksPanel;
class RevisionGraphView;
class RunController;
class RunPanel;
class SqlPreviewPanel;
class Workspace;

// The workbench window: the revision graph in the centre, Details and Findings
// docks, project loading on a worker thread with progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openProject(const QString &path, const QString &section = QStringLiteral("alembic"));
    bool isLoading() const { return m_loader.isRunning(); }
    ProjectPtr project() const { return m_project; }

    RevisionGraphView *graphView() const { return m_graph; }
    DetailsPane *detailsPane() const { return m_details; }
    QTreeWidget *findingsList() const { return m_findings; }
    QLineEdit *searchBox() const { return m_search; }
    EnvironmentsPanel *environments() const { return m_environments; }
    RunPanel *runPanel() const { return m_run; }
    JournalPanel *journalPanel() const { return m_journal; }
    SqlPreviewPanel *sqlPanel() const { return m_sql; }
    LocksPanel *locksPanel() const { return m_locks; }
    Workspace *workspace() const { return m_workspace; }
    RunController *runController() const { return m_runs; }
    SchemaController *schemaController() const { return m_schema; }
    DoctorPanel *doctorPanel() const { return m_doctor; }

    // The window's pages: a welcome page until a project is shown, then the graph.
    bool isWelcomeShown() const;
    QListWidget *welcomeRecent() const { return m_welcomeRecent; }
    // Where the bundled demo project and documentation are (installed or in the source tree).
    static QString demoProjectPath();
    static QString documentationPath();
    // The actions with their shortcuts, as Help → Keyboard Shortcuts lists them.
    QList<QAction *> shortcutActions() const;

    enum class Action { PreviewSql, Upgrade, Downgrade, Stamp };
    // On the selected revision and the selected environment (what the menu,
    // the toolbar and the graph's context menu do).
    void runAction(Action action);
    void mergeHeads();
    QString lastError() const { return m_lastError; }

signals:
    void projectLoaded();
    void projectFailed(const QString &message);
    // The project's Python was asked which Alembic it has (gaps, if any, are in the Findings dock).
    void alembicChecked();

private:
    void buildMenus();
    void chooseProject();
    void chooseProjectFolder();
    void showShortcuts();
    void openDocumentation();
    QWidget *buildWelcome();
    void updateActions();
    void updateMatchLabel();
    void copyRevisionId();
    void openRevisionFile();
    // Sizes the window for its screen on the first start (later starts restore it).
    void fitToScreen();
    void applyDefaultDockSizes();
    // Raises a bottom tab and gives it room when something in it needs attention.
    void giveRoom(QDockWidget *dock);
    void showEvent(QShowEvent *event) override;
    void reload();
    void onLoaded();
    void fillFindings();
    // Asks the project's Python (cached) which Alembic it has, and lists what the
    // configuration uses that this Alembic lacks among the findings.
    void checkAlembicVersion();
    void onFindingActivated(QTreeWidgetItem *item, bool openFile);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showAbout();

    void updateBadges();
    void followEnvironmentInLocks();
    // A doctor's step, done through the window's own action (and its confirmation).
    void doctorStep(const Diagnosis &diagnosis, const RecipeStep &step);
    void examineAgainIfAsked();
    void closeEvent(QCloseEvent *event) override;

    Workspace *m_workspace;
    RevisionGraphView *m_graph;
    DetailsPane *m_details;
    EnvironmentsPanel *m_environments;
    QTreeWidget *m_findings;
    RunPanel *m_run;
    JournalPanel *m_journal;
    SqlPreviewPanel *m_sql;
    LintReport m_sqlLint; // the SQL tab's, listed in the Findings dock
    Findings m_alembicGaps; // what the project's Alembic lacks, listed in the Findings dock
    // The project read again as its Python's Alembic reads it (when that
    // differs from the newest reading): the path, the version, and the gaps
    // found on the newest reading.
    struct ReadAs
    {
        QString path;
        QString alembicVersion;
        Findings gaps;
        bool differs = false; // the check's answer: that Alembic reads another graph
    };
    ReadAs m_readAs;
    LocksPanel *m_locks;
    RunController *m_runs;
    SchemaController *m_schema = nullptr;
    DoctorPanel *m_doctor = nullptr;
    QDockWidget *m_doctorDock = nullptr;
    bool m_doctorWaiting = false; // a doctor's step is being done: examine again when it ends
    QString m_selectAfterLoad; // a revision to show once the project is loaded again
    QDockWidget *m_locksDock = nullptr;
    QDockWidget *m_runDock = nullptr;
    QDockWidget *m_sqlDock = nullptr;
    QList<QAction *> m_revisionActions; // need a project and a selected revision
    QAction *m_upgradeAction = nullptr;
    QAction *m_downgradeAction = nullptr;
    QAction *m_stampAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_rehearseAction = nullptr;
    QAction *m_matchAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_generateAction = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QDockWidget *m_environmentsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_welcomeRecent = nullptr;
    QToolButton *m_prevMatch = nullptr;
    QToolButton *m_nextMatch = nullptr;
    bool m_geometryRestored = false;
    QByteArray m_savedState; // the docks as the last window left them
    struct Grown
    {
        QPointer<QDockWidget> dock; // the bottom tab giveRoom last grew
        int from = 0;
        int to = 0;
    };
    Grown m_grown;
    bool m_shownOnce = false;
    QString m_shownEnvironment; // the environment last chosen, to tell a choice from a refresh
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QMenu *m_recentMenu = nullptr;
    QFutureWatcher<Result<ProjectPtr>> m_loader;
    CancelToken m_cancel;
    ProjectPtr m_project;
    QString m_path;    // the project on screen (what Reload reads again)
    QString m_section;
    QString m_loadingPath; // the project being read
    QString m_loadingSection;
    QString m_lastError;
};

} // namespace strata
