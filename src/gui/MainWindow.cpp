#include "MainWindow.h"

#include "CodeHighlighter.h"
#include "DetailsPane.h"
#include "EnvironmentsPanel.h"
#include "JournalPanel.h"
#include "LocksPanel.h"
#include "RevisionGraphView.h"
#include "RunController.h"
#include "DoctorPanel.h"
#include "services/MigrationService.h"
#include "RehearsalDialog.h"
#include "SchemaController.h"
#include "RunPanel.h"
#include "LintText.h"
#include "SqlPreviewPanel.h"
#include "AsyncTask.h"
#include "run/Bridge.h"
#include "services/JournalVerification.h"
#include "services/Workspace.h"
#include "ui_AboutDialog.h"

#include "Colours.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QCloseEvent>
#include <QInputDialog>
#include <QPointer>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace strata {

namespace {
constexpr int MaxRecent = 10;
constexpr int RoleFile = Qt::UserRole + 1;
constexpr int RoleLine = Qt::UserRole + 2;
constexpr int RoleRevision = Qt::UserRole + 3;
constexpr int RoleSqlLine = Qt::UserRole + 4; // a lint finding: its line in the SQL tab
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_workspace(new Workspace(ProfileStore::defaultPath(), this))
{
    setWindowTitle(tr("Strata"));
    resize(1200, 760); // until the first show sizes it for the screen

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(6, 6, 6, 0);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search revisions: id, message or branch label (Enter: next match)"));
    m_search->setClearButtonEnabled(true);
    m_matchLabel = new QLabel(central);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_prevMatch = new QToolButton(central);
    m_prevMatch->setArrowType(Qt::UpArrow);
    m_prevMatch->setAutoRaise(true);
    m_prevMatch->setToolTip(tr("Previous match (Shift+Enter)"));
    m_nextMatch = new QToolButton(central);
    m_nextMatch->setArrowType(Qt::DownArrow);
    m_nextMatch->setAutoRaise(true);
    m_nextMatch->setToolTip(tr("Next match (Enter)"));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_matchLabel);
    searchRow->addWidget(m_prevMatch);
    searchRow->addWidget(m_nextMatch);
    layout->addLayout(searchRow);
    m_graph = new RevisionGraphView(central);
    layout->addWidget(m_graph, 1);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildWelcome());
    m_pages->addWidget(central);
    setCentralWidget(m_pages);
    connect(m_prevMatch, &QToolButton::clicked, this, [this] { m_graph->findNext(true); });
    connect(m_nextMatch, &QToolButton::clicked, this, [this] { m_graph->findNext(false); });

    m_details = new DetailsPane(this);
    auto *detailsDock = m_detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setHeaderLabels({ tr("Severity"), tr("Problem"), tr("Where") });
    m_findings->setRootIsDecorated(false);
    m_findings->setAlternatingRowColors(true);
    // Severity and place sized to content; the message takes the slack.
    m_findings->header()->setStretchLastSection(false);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *findingsDock = m_findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);

    m_environments = new EnvironmentsPanel(m_workspace, this);
    auto *environmentsDock = m_environmentsDock = new QDockWidget(tr("Environments"), this);
    environmentsDock->setObjectName(QStringLiteral("environmentsDock"));
    environmentsDock->setWidget(m_environments);
    addDockWidget(Qt::LeftDockWidgetArea, environmentsDock);

    m_sql = new SqlPreviewPanel(this);
    m_sqlDock = new QDockWidget(tr("SQL"), this);
    m_sqlDock->setObjectName(QStringLiteral("sqlDock"));
    m_sqlDock->setWidget(m_sql);
    addDockWidget(Qt::BottomDockWidgetArea, m_sqlDock);
    m_run = new RunPanel(this);
    m_runDock = new QDockWidget(tr("Run"), this);
    m_runDock->setObjectName(QStringLiteral("runDock"));
    m_runDock->setWidget(m_run);
    addDockWidget(Qt::BottomDockWidgetArea, m_runDock);
    m_journal = new JournalPanel(this);
    auto *journalDock = new QDockWidget(tr("Journal"), this);
    journalDock->setObjectName(QStringLiteral("journalDock"));
    journalDock->setWidget(m_journal);
    addDockWidget(Qt::BottomDockWidgetArea, journalDock);
    m_locks = new LocksPanel(this);
    m_locksDock = new QDockWidget(tr("Locks"), this);
    m_locksDock->setObjectName(QStringLiteral("locksDock"));
    m_locksDock->setWidget(m_locks);
    addDockWidget(Qt::BottomDockWidgetArea, m_locksDock);
    connect(m_locksDock, &QDockWidget::visibilityChanged, m_locks, &LocksPanel::setWatched);
    tabifyDockWidget(findingsDock, m_sqlDock);
    tabifyDockWidget(m_sqlDock, m_runDock);
    tabifyDockWidget(m_runDock, m_locksDock);
    tabifyDockWidget(m_locksDock, journalDock);
    m_doctor = new DoctorPanel(m_workspace, this);
    m_doctorDock = new QDockWidget(tr("Doctor"), this);
    m_doctorDock->setObjectName(QStringLiteral("doctorDock"));
    m_doctorDock->setWidget(m_doctor);
    addDockWidget(Qt::BottomDockWidgetArea, m_doctorDock);
    tabifyDockWidget(journalDock, m_doctorDock);
    findingsDock->raise();
    // The bottom tabs can be made small: their lists and logs scroll.
    for (QDockWidget *dock : { findingsDock, m_sqlDock, m_runDock, journalDock, m_locksDock, m_doctorDock })
        dock->widget()->setMinimumSize(240, 90); // an explicit minimum: the layout's is too tall

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    m_runs = new RunController(m_workspace, m_environments, m_sql, m_run, this);
    connect(m_runs, &RunController::message, this, [this](const QString &text) {
        if (!text.isEmpty() || !m_run->isRunning())
            m_status->setText(text);
    });
    connect(m_runs, &RunController::sqlShown, this, [this] { giveRoom(m_sqlDock); });
    connect(m_runs, &RunController::lintShown, this, [this](const LintReport &report) {
        m_sqlLint = report;
        fillFindings();
    });
    connect(m_runs, &RunController::runStarted, this, [this] { giveRoom(m_runDock); });
    connect(m_runs, &RunController::mergeWritten, this, [this] { reload(); });
    m_schema = new SchemaController(m_workspace, m_environments, this);
    connect(m_schema, &SchemaController::message, this, [this](const QString &text) {
        if (!text.isEmpty() || !m_run->isRunning())
            m_status->setText(text);
    });
    connect(m_runs, &RunController::rehearseRequested, m_schema, &SchemaController::rehearse);
    connect(m_sql, &SqlPreviewPanel::rehearseRequested, m_schema, &SchemaController::rehearseTo);
    connect(m_environments, &EnvironmentsPanel::matchSchemaRequested, m_schema, [this] { m_schema->matchSchema(); });
    connect(m_environments, &EnvironmentsPanel::driftRequested, m_schema, &SchemaController::checkDrift);
    connect(m_doctor, &DoctorPanel::stepRequested, this, &MainWindow::doctorStep);
    connect(m_doctor, &DoctorPanel::problemCounts, m_environments, &EnvironmentsPanel::setProblems);
    connect(m_locks, &LocksPanel::actionDone, this, &MainWindow::examineAgainIfAsked);
    connect(m_runs, &RunController::rowRemoved, this, [this] {
        m_environments->refresh();
        examineAgainIfAsked();
    });
    connect(m_schema, &SchemaController::rehearsalFinished, this, &MainWindow::examineAgainIfAsked);
    connect(m_schema, &SchemaController::reportShown, this, &MainWindow::examineAgainIfAsked);
    connect(this, &MainWindow::projectLoaded, this, &MainWindow::examineAgainIfAsked);
    connect(m_schema, &SchemaController::revisionWritten, this, [this](const QString &revision) {
        m_selectAfterLoad = revision;
        reload();
    });
    buildMenus();
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addAction(environmentsDock->toggleViewAction());
        view->addAction(detailsDock->toggleViewAction());
        view->addAction(findingsDock->toggleViewAction());
        view->addAction(m_sqlDock->toggleViewAction());
        view->addAction(m_runDock->toggleViewAction());
        view->addAction(m_locksDock->toggleViewAction());
        view->addAction(journalDock->toggleViewAction());
        view->addAction(m_doctorDock->toggleViewAction());
    }
    connect(m_run, &RunPanel::runStarted, this, [this] {
        updateActions();
        m_status->setText(tr("A run is going; the window stays usable. Cancel it in the Run tab."));
    });
    connect(m_run, &RunPanel::runFinished, this, [this](const RunRecord &r) {
        updateActions();
        if (r.state != RunState::Succeeded)
            giveRoom(m_runDock); // what went wrong, and what to do next
        m_status->setText(tr("Run %1: %2").arg(RunPanel::runStateText(r.state), (r.outcome.isEmpty() ? r.error : r.outcome).text()));
        m_environments->refresh();
        m_journal->refresh();
        examineAgainIfAsked();
    });
    connect(m_journal, &JournalPanel::interruptedFound, this, [this](const QList<RunRecord> &runs) {
        m_status->setText(tr("%n earlier run(s) were interrupted; see the Journal tab.", nullptr, int(runs.size())));
    });
    connect(m_sql, &SqlPreviewPanel::runRequested, m_runs, &RunController::runReviewedSql);
    connect(m_run, &RunPanel::stepRequested, this, &MainWindow::doctorStep);
    // The Locks tab follows the selected environment.
    connect(m_environments, &EnvironmentsPanel::environmentSelected, this, &MainWindow::followEnvironmentInLocks);
    connect(m_run, &RunPanel::showSessionRequested, this, [this](qint64 pid) {
        giveRoom(m_locksDock);
        if (m_run->isRunning())
            m_locks->setEnvironment(m_run->lastRequestProfile(), m_run->lastRequestPassword());
        m_locks->selectPid(pid);
        m_locks->refresh();
    });
    m_journal->refresh();

    connect(m_graph, &RevisionGraphView::currentNodeChanged, this, [this](int node) {
        m_details->showRevision(m_project, node);
        updateMatchLabel();
        updateActions();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_graph->setSearchText(text) > 0 && m_graph->currentMatch() == 0)
            m_graph->findNext();
        updateMatchLabel();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_graph->findNext(QApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    connect(m_findings, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { onFindingActivated(item, false); });
    connect(m_findings, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { onFindingActivated(item, true); });
    connect(&m_loader, &QFutureWatcher<Result<ProjectPtr>>::progressValueChanged, this, [this](int v) {
        m_progress->setValue(v);
    });
    connect(&m_loader, &QFutureWatcher<Result<ProjectPtr>>::progressRangeChanged, this,
            [this](int lo, int hi) { m_progress->setRange(lo, hi); });
    connect(&m_loader, &QFutureWatcher<Result<ProjectPtr>>::finished, this, &MainWindow::onLoaded);
    connect(m_environments, &EnvironmentsPanel::statusesChanged, this, &MainWindow::updateBadges);
    // Runs whose outcome was never read back are verified when their database is read again.
    connect(m_environments, &EnvironmentsPanel::statusReady, this, [this](const EnvironmentStatus &st) {
        if (!st.hasRows())
            return;
        const QString journal = m_journal->journalPath();
        runThenCallback(
                this, [journal, st] { return JournalVerification::verify(journal, st.profileId, st.identity, st.current); },
                [this](const QList<RunRecord> &verified) {
                    if (verified.isEmpty())
                        return;
                    m_status->setText(tr("%n earlier run(s) verified: %1", nullptr, int(verified.size()))
                                              .arg(verified.first().outcome.text()));
                    m_journal->refresh();
                });
    });
    connect(m_environments, &EnvironmentsPanel::environmentSelected, this,
            [this](const QString &profileId, const QStringList &current, const QStringList &pending) {
                if (!m_project)
                    return;
                m_graph->setHighlighted(QSet<QString>(pending.begin(), pending.end()));
                // Choosing an environment shows where it is; a refresh of the
                // same one leaves the revision the user selected alone.
                const bool chosen = std::exchange(m_shownEnvironment, profileId) != profileId;
                if (chosen && !current.isEmpty())
                    m_graph->selectNode(m_project->graph.indexOf(current.first()));
            });

    connect(m_environments, &EnvironmentsPanel::environmentSelected, this, &MainWindow::updateActions);
    connect(m_doctor, &DoctorPanel::problemCounts, this, [this](const QHash<QString, int> &counts) {
        int n = 0;
        for (int c : counts)
            n += c;
        if (n > 0 && !m_doctorDock->visibleRegion().isEmpty())
            giveRoom(m_doctorDock); // a diagnosis on screen gets the room to read it
    });

    QSettings settings;
    m_geometryRestored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // The docks are put back once the window has its size (showEvent): restored
    // into a window of another size, the growth went to the bottom tabs.
    m_savedState = settings.value(QStringLiteral("window/state")).toByteArray();
    m_status->setText(tr("Open an Alembic project to begin."));
    updateActions();
}

namespace {

// The settings file names projects and hosts: readable by its owner only.
void keepPrivate(QSettings &settings)
{
    // Created 0600 before the first write (QSettings' save keeps the
    // permissions of a file that exists), and kept so.
    const QString path = settings.fileName();
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFileInfo::exists(path) && QDir().mkpath(QFileInfo(path).absolutePath())) {
        QFile f(path);
        (void)f.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly);
    }
    settings.sync();
    QFile::setPermissions(path, ownerOnly);
}

} // namespace

MainWindow::~MainWindow()
{
    if (m_cancel)
        m_cancel->cancel();
    m_loader.waitForFinished(); // the loader stops at the next file once cancelled
    // A tab grown for attention (and left so) starts small again next time;
    // one the user sized stays as they left it.
    if (m_grown.dock && std::abs(m_grown.dock->height() - m_grown.to) <= 8) {
        // resizeDocks sizes the dock area (a tab bar included): measured and corrected once.
        resizeDocks({ m_grown.dock }, { m_grown.from }, Qt::Vertical);
        layout()->activate();
        if (const int off = m_grown.from - m_grown.dock->height(); off != 0) {
            resizeDocks({ m_grown.dock }, { m_grown.from + off }, Qt::Vertical);
            layout()->activate();
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    keepPrivate(settings);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Project…"), this,
                                    &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    QAction *openFolder = file->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open Project &Folder…"),
                                          this, &MainWindow::chooseProjectFolder);
    openFolder->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    openFolder->setObjectName(QStringLiteral("actionOpenFolder"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_reloadAction = file->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"), this,
                                     &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setObjectName(QStringLiteral("actionReload"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_findAction = edit->addAction(tr("&Find Revision"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    QAction *copyId = edit->addAction(tr("&Copy Revision Id"), this, &MainWindow::copyRevisionId);
    copyId->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    copyId->setObjectName(QStringLiteral("actionCopyRevisionId"));
    QAction *openFile = edit->addAction(tr("Open Revision &File"), this, &MainWindow::openRevisionFile);
    openFile->setObjectName(QStringLiteral("actionOpenRevisionFile"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *migrate = menuBar()->addMenu(tr("&Migrate"));
    migrate->setObjectName(QStringLiteral("migrateMenu"));
    m_previewAction = migrate->addAction(tr("&Preview SQL"), this, [this] { runAction(Action::PreviewSql); });
    m_previewAction->setObjectName(QStringLiteral("actionPreviewSql"));
    m_previewAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_previewAction->setToolTip(tr("The SQL Alembic would run from the selected environment's revision to the selected one"));
    m_upgradeAction = migrate->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Upgrade to Here…"), this,
                                         [this] { runAction(Action::Upgrade); });
    m_upgradeAction->setObjectName(QStringLiteral("actionUpgrade"));
    m_upgradeAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    m_downgradeAction = migrate->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Downgrade to Here…"),
                                           this, [this] { runAction(Action::Downgrade); });
    m_downgradeAction->setObjectName(QStringLiteral("actionDowngrade"));
    m_downgradeAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    m_stampAction = migrate->addAction(tr("&Stamp…"), this, [this] { runAction(Action::Stamp); });
    m_stampAction->setObjectName(QStringLiteral("actionStamp"));
    m_stampAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    m_stampAction->setToolTip(tr("Record the selected revision in the version table without running migrations"));
    migrate->addSeparator();
    m_rehearseAction = migrate->addAction(tr("&Rehearse to Here…"), this, [this] {
        if (!m_project || m_graph->currentNode() < 0) {
            m_status->setText(tr("Select a revision in the graph first."));
            return;
        }
        m_schema->rehearseTo(m_project->graph.node(m_graph->currentNode()).id, false);
    });
    m_rehearseAction->setObjectName(QStringLiteral("actionRehearse"));
    m_rehearseAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    m_rehearseAction->setToolTip(tr("Run the upgrade to the selected revision for real on the selected environment, "
                                    "inside one transaction that is rolled back (PostgreSQL)"));
    m_matchAction = migrate->addAction(tr("Match Schema to Here"), this, [this] {
        if (!m_project || m_graph->currentNode() < 0) {
            m_status->setText(tr("Select a revision in the graph first."));
            return;
        }
        m_schema->matchSchema(m_project->graph.node(m_graph->currentNode()).id);
    });
    m_matchAction->setObjectName(QStringLiteral("actionMatchSchema"));
    m_matchAction->setToolTip(tr("Whether the selected environment's schema is the one the selected revision makes"));
    migrate->addSeparator();
    m_mergeAction = migrate->addAction(tr("&Merge Heads…"), this, &MainWindow::mergeHeads);
    m_mergeAction->setObjectName(QStringLiteral("actionMerge"));
    m_mergeAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    m_generateAction = migrate->addAction(tr("&Generate Revision…"), this, [this] { m_schema->generateRevision(); });
    m_generateAction->setObjectName(QStringLiteral("actionGenerateRevision"));
    m_revisionActions = { m_previewAction, m_upgradeAction, m_downgradeAction, m_stampAction, m_rehearseAction,
                          m_matchAction, copyId, openFile };
    for (QAction *a : { m_previewAction, m_upgradeAction, m_downgradeAction, m_stampAction, m_rehearseAction,
                        m_matchAction })
        m_graph->addAction(a);
    auto separator = [this] {
        auto *sep = new QAction(this);
        sep->setSeparator(true);
        return sep;
    };
    m_graph->addAction(separator());
    m_graph->addAction(m_mergeAction);
    m_graph->addAction(separator());
    m_graph->addAction(copyId);
    m_graph->addAction(openFile);
    m_graph->setContextMenuPolicy(Qt::ActionsContextMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *docs = help->addAction(tr("&Documentation"), this, &MainWindow::openDocumentation);
    docs->setShortcut(QKeySequence::HelpContents);
    docs->setObjectName(QStringLiteral("actionDocumentation"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addAction(tr("Open the &Demo Project"), this, [this] { openProject(demoProjectPath()); })
            ->setEnabled(!demoProjectPath().isEmpty());
    help->addSeparator();
    help->addAction(tr("&About Strata"), this, &MainWindow::showAbout);

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->addAction(open);
    tb->addAction(m_reloadAction);
    tb->addSeparator();
    tb->addAction(m_previewAction);
    tb->addAction(m_upgradeAction);
    tb->addAction(m_downgradeAction);
    rebuildRecentMenu();
}

void MainWindow::chooseProject()
{
    // A non-native dialog keeps tests and odd desktops predictable; it is async
    // (open()), so the GUI thread never waits on it.
    auto *dialog = new QFileDialog(this, tr("Open Alembic Project"), m_path,
                                   tr("Alembic configuration (alembic.ini pyproject.toml *.ini);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog, false);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &f) { openProject(f); });
    dialog->open();
}

void MainWindow::chooseProjectFolder()
{
    // A directory is a project too: alembic.ini, pyproject.toml, a script
    // directory or a bare versions directory inside it.
    auto *dialog = new QFileDialog(this, tr("Open Alembic Project Folder"), m_path);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &f) { openProject(f); });
    dialog->open();
}

void MainWindow::reload()
{
    // The project on screen, not one that failed to open since.
    if (!m_path.isEmpty())
        openProject(m_path, m_section);
}

void MainWindow::openProject(const QString &path, const QString &section)
{
    if (m_cancel)
        m_cancel->cancel();
    m_loader.waitForFinished();
    m_loadingPath = path;
    m_loadingSection = section;
    m_cancel = std::make_shared<CancelFlag>();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    const CancelToken cancel = m_cancel;
    const QString alembicVersion = m_readAs.path == path ? m_readAs.alembicVersion : QString();
    m_loader.setFuture(QtConcurrent::run([path, section, cancel, alembicVersion](QPromise<Result<ProjectPtr>> &promise) {
        promise.setProgressRange(0, 0);
        auto result = loadProject(path, section, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        }, cancel, alembicVersion);
        promise.addResult(std::move(result));
    }));
}

void MainWindow::onLoaded()
{
    m_progress->setVisible(false);
    if (m_loader.future().resultCount() == 0)
        return;
    const Result<ProjectPtr> result = m_loader.result();
    if (!result.ok()) {
        if (result.error().code == ErrorCode::Cancelled)
            return;
        m_lastError = result.error().toString();
        m_status->setText(tr("Could not open the project."));
        emit projectFailed(m_lastError);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open project"),
                                    tr("Strata could not open %1.").arg(QDir::toNativeSeparators(m_loadingPath)),
                                    QMessageBox::Ok, this);
        box->setInformativeText(m_lastError);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_lastError.clear();
    const bool sameProject = m_project && m_project->config.rootDir == result.value()->config.rootDir;
    m_path = m_loadingPath;
    m_section = m_loadingSection;
    m_project = result.value();
    if (!sameProject) {
        // Nothing of the last project stays on screen: its SQL, its lint, its
        // finished run (a run still going keeps its tab until it ends).
        m_sqlLint = LintReport();
        m_sql->clear();
        if (!m_run->isRunning())
            m_run->clear();
        m_graph->setHighlighted({});
    }
    m_graph->setProject(m_project);
    m_pages->setCurrentIndex(1);
    m_details->clear();
    m_alembicGaps.clear();
    m_workspace->setProject(m_project);
    if (!m_readAs.path.isEmpty() && m_readAs.path == m_path) {
        // Read as the project's Alembic reads it; the gaps are those of the newest reading.
        m_alembicGaps = m_readAs.gaps;
        m_alembicGaps.prepend(Finding { Severity::Info, QStringLiteral("read-as-alembic"),
                                        tr("The project is shown as Alembic %1, the project's Python's, reads it")
                                                .arg(m_readAs.alembicVersion),
                                        m_project->config.configFile, 0, {} });
        checkAlembicVersion(); // in case the Python's Alembic has changed since
    } else {
        m_readAs = {};
        checkAlembicVersion();
    }
    fillFindings();
    rememberRecent(m_path);
    const RevisionGraph &g = m_project->graph;
    setWindowTitle(tr("%1 — Strata").arg(QFileInfo(m_project->config.rootDir).fileName()));
    m_status->setText(tr("%n revision(s), ", nullptr, g.size()) + tr("%n head(s), ", nullptr, int(g.heads().size()))
                      + tr("%n finding(s)", nullptr, int(m_project->findings.size())));
    if (const int wanted = g.indexOf(m_selectAfterLoad); wanted >= 0) {
        // A revision just written (Generate Revision…): shown for review.
        m_graph->selectNode(wanted);
        m_details->showRevision(m_project, wanted);
        m_status->setText(tr("Revision %1 written: review it in the Details pane.").arg(m_selectAfterLoad));
    } else if (!g.heads().empty()) {
        m_graph->selectNode(g.heads().front());
    }
    m_selectAfterLoad.clear();
    m_environments->projectOpened();
    bool errors = false;
    for (const Finding &f : m_project->findings)
        errors = errors || f.severity == Severity::Error;
    if (errors)
        giveRoom(m_findingsDock);
    updateActions();
    emit projectLoaded();
}

void MainWindow::updateBadges()
{
    if (!m_project)
        return;
    QHash<QString, QList<EnvironmentBadge>> badges;
    const auto statuses = m_environments->statuses();
    for (const ConnectionProfile &p : m_environments->profiles()) {
        const auto it = statuses.constFind(p.id);
        if (it == statuses.constEnd())
            continue;
        for (const QString &rev : it->current)
            badges[rev].append(EnvironmentBadge { p.name, QColor(p.effectiveColour()), p.production });
    }
    m_graph->setBadges(badges);
}

void MainWindow::checkAlembicVersion()
{
    const ProjectPtr project = m_project;
    const PythonResolverPtr resolver = m_workspace->pythonResolver();
    if (!project || !resolver)
        return;
    runThenCallback(
            this,
            [project, resolver]() {
                ReadAs found;
                const auto python = resolver->choose();
                if (!python)
                    return found; // the doctor and every run say what is missing
                const auto version = alembicVersionOf(python->program);
                if (!version)
                    return found;
                found.gaps = alembicFeatureGaps(project->config, version.value());
                for (Finding &g : found.gaps)
                    g.message = tr("%1 (the project's Python: %2)").arg(g.message, python->program);
                found.alembicVersion = version.value();
                found.differs = readsDifferentlyAs(*project, version.value());
                return found;
            },
            [this, project](const ReadAs &found) {
                if (project != m_project || m_loader.isRunning())
                    return; // another project (or a reload) since
                if (!m_readAs.path.isEmpty()) {
                    // Shown as an Alembic reads it: again only when that Alembic changed.
                    if (found.alembicVersion != m_readAs.alembicVersion) {
                        m_readAs = {};
                        openProject(m_path, m_section);
                    } else {
                        emit alembicChecked();
                    }
                    return;
                }
                if (found.differs) {
                    // Its Alembic sees another graph: show that one.
                    m_readAs = found;
                    m_readAs.path = m_path;
                    openProject(m_path, m_section);
                    return;
                }
                const Findings &gaps = found.gaps;
                m_alembicGaps = gaps;
                fillFindings();
                for (const Finding &g : gaps)
                    if (g.severity == Severity::Error) {
                        giveRoom(m_findingsDock);
                        break;
                    }
                emit alembicChecked();
            });
}

void MainWindow::fillFindings()
{
    m_findings->clear();
    for (const Finding &f : m_project->findings + m_alembicGaps) {
        auto *item = new QTreeWidgetItem(m_findings);
        const QStyle::StandardPixmap icon = f.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                : f.severity == Severity::Warning                         ? QStyle::SP_MessageBoxWarning
                                                                          : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, f.severity == Severity::Error ? tr("Error")
                                 : f.severity == Severity::Warning ? tr("Warning")
                                                                   : tr("Info"));
        item->setText(1, f.message);
        item->setToolTip(1, f.message);
        const QString where = m_project->relativePath(f.file);
        item->setText(2, f.line > 0 ? where + QLatin1Char(':') + QString::number(f.line) : where);
        item->setData(0, RoleFile, f.file);
        item->setData(0, RoleLine, f.line);
        item->setData(0, RoleRevision, f.revision);
    }
    // The SQL tab's lint findings, after the project's own.
    for (const LintFinding &f : m_sqlLint.findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        const Severity shown = f.allowed ? Severity::Info : f.severity;
        const QStyle::StandardPixmap icon = shown == Severity::Error ? QStyle::SP_MessageBoxCritical
                : shown == Severity::Warning                         ? QStyle::SP_MessageBoxWarning
                                                                     : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, f.allowed ? tr("Allowed") : shown == Severity::Error ? tr("Error")
                                 : shown == Severity::Warning                  ? tr("Warning")
                                                                               : tr("Info"));
        item->setText(1, QStringLiteral("[%1] %2").arg(f.rule, f.message));
        item->setToolTip(1, f.message + QLatin1Char('\n') + LintText::details(f));
        item->setText(2, f.revision.isEmpty() ? tr("SQL line %1").arg(f.line)
                                              : tr("SQL line %1 (%2)").arg(f.line).arg(f.revision.left(12)));
        item->setData(0, RoleFile, f.file);
        item->setData(0, RoleRevision, f.revision);
        item->setData(0, RoleSqlLine, f.line);
    }
    // The tab says how many there are, the SQL tab's lint included.
    if (auto *dock = qobject_cast<QDockWidget *>(m_findings->parentWidget())) {
        const int n = m_findings->topLevelItemCount();
        dock->setWindowTitle(n ? tr("Findings (%1)").arg(n) : tr("Findings"));
    }
}

void MainWindow::onFindingActivated(QTreeWidgetItem *item, bool openFile)
{
    if (!item || !m_project)
        return;
    const QString rev = item->data(0, RoleRevision).toString();
    if (const int sqlLine = item->data(0, RoleSqlLine).toInt(); sqlLine > 0) {
        m_sqlDock->raise();
        m_sql->goToLine(sqlLine);
        if (!openFile)
            return;
    }
    const int node = m_project->graph.indexOf(rev);
    if (node >= 0)
        m_graph->selectNode(node);
    const QString file = item->data(0, RoleFile).toString();
    if (openFile && !file.isEmpty()) {
        // The file at the line in the Details pane (always there), and in the
        // desktop's editor when one is registered.
        m_details->showFile(file, item->data(0, RoleLine).toInt());
        m_detailsDock->raise();
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
            m_status->setText(tr("No editor is registered for %1: shown in the Details pane.").arg(QFileInfo(file).fileName()));
    }
}

namespace {

// A project has one entry in Open Recent however it was opened: a directory
// holding alembic.ini (or pyproject.toml) is that file.
QString recentKey(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        for (const char *name : { "alembic.ini", "pyproject.toml" }) {
            const QFileInfo config(QDir(info.absoluteFilePath()).filePath(QString::fromLatin1(name)));
            if (config.isFile())
                return config.canonicalFilePath();
        }
    }
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QStringList recentProjects()
{
    QStringList recent;
    for (const QString &p : QSettings().value(QStringLiteral("recentProjects")).toStringList())
        if (const QString key = recentKey(p); !recent.contains(key))
            recent << key;
    return recent;
}

} // namespace

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = recentProjects();
    const QString abs = recentKey(path);
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    keepPrivate(settings);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    for (const QString &p : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(p), this, [this, p] { openProject(p); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (m_welcomeRecent) {
        m_welcomeRecent->clear();
        for (const QString &p : recent) {
            auto *item = new QListWidgetItem(QDir::toNativeSeparators(p), m_welcomeRecent);
            item->setData(Qt::UserRole, p);
            item->setToolTip(tr("Open %1").arg(QDir::toNativeSeparators(p)));
        }
        if (recent.isEmpty())
            new QListWidgetItem(tr("(no recent projects yet)"), m_welcomeRecent);
    }
}

void MainWindow::showAbout()
{
    auto *dialog = new QDialog(this);
    Ui::AboutDialog ui;
    ui.setupUi(dialog);
    ui.versionLabel->setText(tr("Version %1, Qt %2\nCode highlighting: %3")
                                     .arg(QStringLiteral(STRATA_VERSION), QString::fromLatin1(qVersion()),
                                          CodeHighlighter::backendName()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace strata

namespace strata {

void MainWindow::followEnvironmentInLocks()
{
    const ConnectionProfile *p = m_environments->selectedProfile();
    if (!p)
        return;
    const ConnectionProfile profile = *p;
    m_locks->setOtherProfiles(m_workspace->store().profiles() + m_workspace->environments());
    QPointer<LocksPanel> locks(m_locks);
    m_workspace->readPassword(profile, [locks, profile](const QString &password) {
        if (LocksPanel *panel = locks.data())
            panel->setEnvironment(profile, password);
    });
}

void MainWindow::runAction(Action action)
{
    if (!m_project || m_graph->currentNode() < 0) {
        m_status->setText(tr("Select a revision in the graph first."));
        return;
    }
    const QString revision = m_project->graph.node(m_graph->currentNode()).id;
    switch (action) {
    case Action::PreviewSql: return m_runs->previewSql(revision);
    case Action::Upgrade: return m_runs->run(RunVerb::Upgrade, revision);
    case Action::Downgrade: return m_runs->run(RunVerb::Downgrade, revision);
    case Action::Stamp: return m_runs->run(RunVerb::Stamp, revision);
    }
}

void MainWindow::examineAgainIfAsked()
{
    if (!std::exchange(m_doctorWaiting, false))
        return;
    m_doctorDock->raise();
    m_doctor->examine();
}

void MainWindow::doctorStep(const Diagnosis &d, const RecipeStep &step)
{
    const QString verb = step.command.value(0);
    if (!d.profileId.isEmpty())
        m_environments->selectProfile(d.profileId);
    const ConnectionProfile *profile = m_environments->selectedProfile();
    m_doctorWaiting = step.kind == RecipeStep::Kind::Act;
    if (verb == QLatin1String("upgrade") || verb == QLatin1String("downgrade") || verb == QLatin1String("stamp")) {
        RunVerb v = RunVerb::Upgrade;
        runVerbFromName(verb, &v);
        m_runs->run(v, step.command.value(1));
    } else if (verb == QLatin1String("merge")) {
        m_runs->mergeHeads();
    } else if (verb == QLatin1String("backup") && profile) {
        const ConnectionProfile p = *profile;
        m_doctorWaiting = false; // a backup changes nothing to examine
        m_status->setText(tr("Backing up %1…").arg(p.name));
        QPointer<MainWindow> guard(this);
        m_workspace->readPassword(p, [guard, p](const QString &password) {
            if (!guard)
                return;
            BackupRequest r;
            r.profile = p;
            r.password = password;
            runThenCallback(guard.data(), [r]() { return MigrationService::backup(r); },
                            [guard, p](const Result<Backup> &done) {
                                if (MainWindow *w = guard.data())
                                    w->m_status->setText(done ? tr("Backed up %1 to %2 (%3 bytes)").arg(p.name, done->path).arg(done->bytes)
                                                                  : tr("No backup: %1").arg(done.error().message));
                            });
        });
    } else if (verb == QLatin1String("remove-row")) {
        m_runs->removeVersionRow(step.command.value(1));
    } else if (verb == QLatin1String("rehearse")) {
        m_schema->rehearseTo(step.command.value(1), step.command.contains(QStringLiteral("--downgrade")));
    } else if (verb == QLatin1String("schema-match")) {
        m_schema->matchSchema();
    } else if ((verb == QLatin1String("terminate-backend") || verb == QLatin1String("cancel-backend")
                || verb == QLatin1String("locks"))
               && profile) {
        const ConnectionProfile p = *profile;
        const qint64 pid = verb == QLatin1String("locks") ? 0 : step.command.value(1).toLongLong();
        const bool terminate = verb == QLatin1String("terminate-backend");
        QPointer<MainWindow> guard(this);
        m_workspace->readPassword(p, [guard, p, pid, terminate](const QString &password) {
            MainWindow *w = guard.data();
            if (!w)
                return;
            w->m_locks->setEnvironment(p, password);
            w->giveRoom(w->m_locksDock);
            if (pid > 0)
                w->m_locks->signalWhenShown(pid, terminate);
            else
                w->m_locks->refresh();
        });
    } else if (verb == QLatin1String("doctor")) {
        m_doctorWaiting = false;
        giveRoom(m_doctorDock);
        m_doctor->examine();
    } else if (verb == QLatin1String("status")) {
        m_doctorWaiting = false;
        m_environments->refresh();
    } else {
        m_doctorWaiting = false;
        m_status->setText(tr("Do this on the command line: strata-cli %1").arg(step.command.join(QLatin1Char(' '))));
    }
}

void MainWindow::mergeHeads()
{
    m_runs->mergeHeads();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_run->isRunning()) {
        const auto answer = QMessageBox::question(
                this, tr("A run is going"),
                tr("A migration is running. Cancel it and quit? The database rolls back the open transaction."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_run->cancel();
    }
    QMainWindow::closeEvent(event);
}

} // namespace strata

namespace strata {

QWidget *MainWindow::buildWelcome()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    auto *box = new QWidget(page);
    box->setMaximumWidth(640);
    auto *column = new QVBoxLayout(box);
    auto *title = new QLabel(QStringLiteral("<h1>Strata</h1>"), box);
    column->addWidget(title);
    auto *what = new QLabel(box);
    what->setObjectName(QStringLiteral("welcomeText"));
    what->setWordWrap(true);
    what->setText(QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
                          .arg(tr("See an Alembic project's revision graph, with every environment's current "
                                  "revision on it.").toHtmlEscaped(),
                               tr("Preview the exact SQL of a change, lint it for locks, rehearse it, and run it with "
                                  "a Cancel that really stops the database.").toHtmlEscaped(),
                               tr("When a migration is stuck, behind, branched or half-applied, the doctor says what "
                                  "happened and what to do next.").toHtmlEscaped()));
    column->addWidget(what);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open Project…"), box);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    open->setToolTip(tr("alembic.ini or pyproject.toml"));
    auto *folder = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open Folder…"), box);
    folder->setObjectName(QStringLiteral("welcomeOpenFolder"));
    folder->setToolTip(tr("A directory with alembic.ini, pyproject.toml, env.py or revision scripts"));
    auto *demo = new QPushButton(tr("Open the Demo Project"), box);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    demo->setToolTip(tr("14 revisions with branches, a merge and depends_on, on an SQLite database"));
    demo->setEnabled(!demoProjectPath().isEmpty());
    buttons->addWidget(open);
    buttons->addWidget(folder);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Recent projects")), box));
    m_welcomeRecent = new QListWidget(box);
    m_welcomeRecent->setObjectName(QStringLiteral("welcomeRecent"));
    m_welcomeRecent->setMaximumHeight(180);
    column->addWidget(m_welcomeRecent);
    auto *hint = new QLabel(tr("Help → Keyboard Shortcuts lists the keys; F1 opens the documentation."), box);
    hint->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(hint);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseProject);
    connect(folder, &QPushButton::clicked, this, &MainWindow::chooseProjectFolder);
    connect(demo, &QPushButton::clicked, this, [this] { openProject(demoProjectPath()); });
    connect(m_welcomeRecent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const QString path = item->data(Qt::UserRole).toString(); !path.isEmpty())
            openProject(path);
    });
    return page;
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentIndex() == 0;
}

QString MainWindow::demoProjectPath()
{
    // Installed: <prefix>/bin/strata and <prefix>/share/strata/demo; in a build tree, the sources'.
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : { bin.filePath(QStringLiteral("../share/strata/demo")),
                                      QStringLiteral(STRATA_SOURCE_DIR "/resources/demo") })
        if (QFileInfo(candidate + QStringLiteral("/alembic.ini")).isFile())
            return QDir::cleanPath(candidate);
    return {};
}

QString MainWindow::documentationPath()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : { bin.filePath(QStringLiteral("../share/doc/strata/README.md")),
                                      QStringLiteral(STRATA_SOURCE_DIR "/README.md") })
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(candidate);
    return {};
}

void MainWindow::openDocumentation()
{
    const QString path = documentationPath();
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        // No viewer registered: show it in the Details pane, which always works.
        if (!path.isEmpty()) {
            m_details->showFile(path, 0);
            m_detailsDock->show();
            m_detailsDock->raise();
        }
        m_status->setText(path.isEmpty() ? tr("The documentation is not installed; see `man strata-cli`.")
                                         : tr("The documentation: %1").arg(QDir::toNativeSeparators(path)));
    }
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> actions;
    for (QAction *menuAction : menuBar()->actions())
        if (QMenu *menu = menuAction->menu())
            for (QAction *a : menu->actions())
                if (!a->shortcut().isEmpty())
                    actions << a;
    return actions;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QTreeWidget(dialog);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({ tr("Action"), tr("Keys") });
    for (QAction *a : shortcutActions())
        new QTreeWidgetItem(list, { a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                    a->shortcut().toString(QKeySequence::NativeText) });
    // Keys that are not menu actions.
    const QList<QPair<QString, QString>> more = {
        { tr("Next / previous search match"), tr("Enter / Shift+Enter") },
        { tr("Move in the graph"), tr("Up, Down, Page Up, Page Down, Home, End") },
    };
    for (const auto &[what, keys] : more)
        new QTreeWidgetItem(list, { what, keys });
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);
    layout->addWidget(list);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog->resize(480, 420);
    dialog->open();
}

void MainWindow::updateActions()
{
    if (!m_upgradeAction)
        return;
    const bool loaded = m_project != nullptr;
    const bool revision = loaded && m_graph->currentNode() >= 0;
    const ConnectionProfile *env = m_environments->selectedProfile();
    const bool running = m_run->isRunning();
    m_reloadAction->setEnabled(!m_path.isEmpty());
    m_findAction->setEnabled(loaded);
    for (QAction *a : m_revisionActions)
        a->setEnabled(revision);
    // What works on a database needs one chosen; a write waits for the running one.
    for (QAction *a : { m_previewAction, m_rehearseAction, m_matchAction })
        a->setEnabled(revision && env);
    for (QAction *a : { m_upgradeAction, m_downgradeAction, m_stampAction })
        a->setEnabled(revision && env && !running);
    m_mergeAction->setEnabled(loaded && !running && m_project->graph.heads().size() > 1);
    m_generateAction->setEnabled(loaded && !running);
    // The actions name the environment they act on.
    const QString name = env ? env->name : QString();
    m_upgradeAction->setText(env ? tr("&Upgrade %1 to Here…").arg(name) : tr("&Upgrade to Here…"));
    m_downgradeAction->setText(env ? tr("&Downgrade %1 to Here…").arg(name) : tr("&Downgrade to Here…"));
    m_stampAction->setText(env ? tr("&Stamp %1 Here…").arg(name) : tr("&Stamp…"));
    m_previewAction->setText(env ? tr("&Preview SQL for %1").arg(name) : tr("&Preview SQL"));
    m_rehearseAction->setText(env ? tr("&Rehearse on %1 to Here…").arg(name) : tr("&Rehearse to Here…"));
    const QString needs = !loaded ? tr("Open a project first")
            : !revision          ? tr("Select a revision in the graph first")
            : !env               ? tr("Select an environment first")
            : running            ? tr("A run is going")
                                 : QString();
    for (QAction *a : { m_upgradeAction, m_downgradeAction, m_stampAction, m_previewAction, m_rehearseAction })
        a->setStatusTip(needs);
}

void MainWindow::updateMatchLabel()
{
    const int n = m_graph->matchCount();
    const bool searching = !m_search->text().trimmed().isEmpty();
    m_prevMatch->setEnabled(n > 1);
    m_nextMatch->setEnabled(n > 1);
    m_prevMatch->setVisible(searching);
    m_nextMatch->setVisible(searching);
    if (!searching) {
        m_matchLabel->clear();
        return;
    }
    if (n == 0) {
        m_matchLabel->setText(Colours::span(Colours::danger(palette()), tr("no match").toHtmlEscaped()));
        return;
    }
    const int at = m_graph->currentMatch();
    m_matchLabel->setText(at > 0 ? tr("%1 of %2").arg(at).arg(n) : n == 1 ? tr("1 match") : tr("%1 matches").arg(n));
}

void MainWindow::copyRevisionId()
{
    if (!m_project || m_graph->currentNode() < 0)
        return;
    const QString id = m_project->graph.node(m_graph->currentNode()).id;
    QGuiApplication::clipboard()->setText(id);
    m_status->setText(tr("Copied %1").arg(id));
}

void MainWindow::openRevisionFile()
{
    if (!m_project || m_graph->currentNode() < 0)
        return;
    const QString file = m_project->graph.scriptOf(m_graph->currentNode()).path;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
        m_status->setText(tr("No editor is registered for %1: it is shown in the Details pane.")
                                  .arg(QFileInfo(file).fileName()));
}

void MainWindow::fitToScreen()
{
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!s)
        return;
    const QRect avail = s->availableGeometry();
    // Most of the screen on a laptop, not all of a large monitor.
    const QSize size(std::min(avail.width(), std::clamp(int(avail.width() * 0.85), 1100, 1900)),
                     std::min(avail.height(), std::clamp(int(avail.height() * 0.88), 720, 1250)));
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, avail));
}

void MainWindow::applyDefaultDockSizes()
{
    // The graph is the centre: the side docks a quarter of the width each,
    // the bottom tabs a fifth of the height.
    resizeDocks({ m_environmentsDock, m_detailsDock }, { width() * 25 / 100, width() * 24 / 100 }, Qt::Horizontal);
    resizeDocks({ m_findingsDock, m_sqlDock, m_runDock, m_locksDock, m_doctorDock }, { height() * 20 / 100, height() * 20 / 100, height() * 20 / 100, height() * 20 / 100, height() * 20 / 100 }, Qt::Vertical);
}

void MainWindow::giveRoom(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    if (dock->isFloating())
        return;
    const int wanted = height() * 36 / 100;
    if (dock->height() < wanted) {
        // (grown again after the user sized it: the size to go back to is theirs)
        if (m_grown.dock != dock || std::abs(dock->height() - m_grown.to) > 8)
            m_grown = { dock, dock->height(), wanted };
        resizeDocks({ dock }, { wanted }, Qt::Vertical);
        // What the layout made of it (the tab bar and the other docks have their say).
        QTimer::singleShot(0, this, [this, dock = QPointer<QDockWidget>(dock)] {
            if (dock && m_grown.dock == dock)
                m_grown.to = dock->height();
        });
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_shownOnce, true))
        return;
    if (!m_geometryRestored)
        fitToScreen();
    // Once the window has its size (the window system may change it on mapping).
    layout()->activate();
    if (!m_savedState.isEmpty() && restoreState(m_savedState)) {
        QTimer::singleShot(0, this, [this, state = m_savedState] { restoreState(state); });
    } else {
        applyDefaultDockSizes();
        QTimer::singleShot(0, this, &MainWindow::applyDefaultDockSizes);
    }
}

} // namespace strata
