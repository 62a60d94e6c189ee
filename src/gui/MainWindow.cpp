#include "MainWindow.h"

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
#include "services/JournalVerification.h"
#include "services/Workspace.h"
#include "ui_AboutDialog.h"

#include <QAction>
#include <QApplication>
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
    resize(1200, 760);

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
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_matchLabel);
    layout->addLayout(searchRow);
    m_graph = new RevisionGraphView(central);
    layout->addWidget(m_graph, 1);
    setCentralWidget(central);

    m_details = new DetailsPane(this);
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setHeaderLabels({ tr("Severity"), tr("Problem"), tr("Where") });
    m_findings->setRootIsDecorated(false);
    m_findings->setAlternatingRowColors(true);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);

    m_environments = new EnvironmentsPanel(m_workspace, this);
    auto *environmentsDock = new QDockWidget(tr("Environments"), this);
    environmentsDock->setObjectName(QStringLiteral("environmentsDock"));
    environmentsDock->setWidget(m_environments);
    addDockWidget(Qt::LeftDockWidgetArea, environmentsDock);
    resizeDocks({ environmentsDock, detailsDock }, { 360, 360 }, Qt::Horizontal);

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
    // The graph is the main view: the bottom tabs start small.
    resizeDocks({ findingsDock }, { 200 }, Qt::Vertical);

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
    connect(m_runs, &RunController::sqlShown, this, [this] { m_sqlDock->raise(); });
    connect(m_runs, &RunController::lintShown, this, [this](const LintReport &report) {
        m_sqlLint = report;
        fillFindings();
    });
    connect(m_runs, &RunController::runStarted, this, [this] { m_runDock->raise(); });
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
        for (QAction *a : m_runActions)
            a->setEnabled(false);
        m_status->setText(tr("A run is going; the window stays usable. Cancel it in the Run tab."));
    });
    connect(m_run, &RunPanel::runFinished, this, [this](const RunRecord &r) {
        for (QAction *a : m_runActions)
            a->setEnabled(true);
        m_status->setText(tr("Run %1: %2").arg(runStateName(r.state), r.outcome.isEmpty() ? r.error : r.outcome));
        m_environments->refresh();
        m_journal->refresh();
        examineAgainIfAsked();
    });
    connect(m_journal, &JournalPanel::interruptedFound, this, [this](const QList<RunRecord> &runs) {
        m_status->setText(tr("%n earlier run(s) were interrupted; see the Journal tab.", nullptr, int(runs.size())));
    });
    connect(m_sql, &SqlPreviewPanel::runRequested, m_runs, &RunController::runReviewedSql);
    // The Locks tab follows the selected environment.
    connect(m_environments, &EnvironmentsPanel::environmentSelected, this, &MainWindow::followEnvironmentInLocks);
    connect(m_run, &RunPanel::showSessionRequested, this, [this](qint64 pid) {
        m_locksDock->raise();
        if (m_run->isRunning())
            m_locks->setEnvironment(m_run->lastRequestProfile(), m_run->lastRequestPassword());
        m_locks->selectPid(pid);
        m_locks->refresh();
    });
    m_journal->refresh();

    connect(m_graph, &RevisionGraphView::currentNodeChanged, this,
            [this](int node) { m_details->showRevision(m_project, node); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const int n = m_graph->setSearchText(text);
        m_matchLabel->setText(text.trimmed().isEmpty() ? QString() : tr("%n match(es)", nullptr, n));
        if (n > 0)
            m_graph->findNext();
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
                                              .arg(verified.first().outcome));
                    m_journal->refresh();
                });
    });
    connect(m_environments, &EnvironmentsPanel::environmentSelected, this,
            [this](const QString &, const QStringList &current, const QStringList &pending) {
                if (!m_project)
                    return;
                QSet<int> nodes;
                for (const QString &id : pending)
                    if (const int n = m_project->graph.indexOf(id); n >= 0)
                        nodes.insert(n);
                m_graph->setHighlighted(nodes);
                if (!current.isEmpty())
                    m_graph->selectNode(m_project->graph.indexOf(current.first()));
            });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_status->setText(tr("Open an Alembic project to begin."));
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
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *reloadAction = file->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"), this,
                                            &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find Revision"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *migrate = menuBar()->addMenu(tr("&Migrate"));
    migrate->setObjectName(QStringLiteral("migrateMenu"));
    QAction *preview = migrate->addAction(tr("&Preview SQL"), this, [this] { runAction(Action::PreviewSql); });
    preview->setObjectName(QStringLiteral("actionPreviewSql"));
    preview->setToolTip(tr("The SQL Alembic would run from the selected environment's revision to the selected one"));
    QAction *upgrade = migrate->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Upgrade to Here…"), this,
                                          [this] { runAction(Action::Upgrade); });
    upgrade->setObjectName(QStringLiteral("actionUpgrade"));
    QAction *downgrade = migrate->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Downgrade to Here…"),
                                            this, [this] { runAction(Action::Downgrade); });
    downgrade->setObjectName(QStringLiteral("actionDowngrade"));
    QAction *stamp = migrate->addAction(tr("&Stamp…"), this, [this] { runAction(Action::Stamp); });
    stamp->setObjectName(QStringLiteral("actionStamp"));
    stamp->setToolTip(tr("Record the selected revision in the version table without running migrations"));
    migrate->addSeparator();
    QAction *rehearse = migrate->addAction(tr("&Rehearse to Here…"), this, [this] {
        if (!m_project || m_graph->currentNode() < 0) {
            m_status->setText(tr("Select a revision in the graph first."));
            return;
        }
        m_schema->rehearseTo(m_project->graph.node(m_graph->currentNode()).id, false);
    });
    rehearse->setObjectName(QStringLiteral("actionRehearse"));
    rehearse->setToolTip(tr("Run the upgrade to the selected revision for real on the selected environment, inside "
                            "one transaction that is rolled back (PostgreSQL)"));
    QAction *matchSchema = migrate->addAction(tr("Match Schema to Here"), this, [this] {
        if (!m_project || m_graph->currentNode() < 0) {
            m_status->setText(tr("Select a revision in the graph first."));
            return;
        }
        m_schema->matchSchema(m_project->graph.node(m_graph->currentNode()).id);
    });
    matchSchema->setObjectName(QStringLiteral("actionMatchSchema"));
    matchSchema->setToolTip(tr("Whether the selected environment's schema is the one the selected revision makes"));
    migrate->addSeparator();
    QAction *merge = migrate->addAction(tr("&Merge Heads…"), this, &MainWindow::mergeHeads);
    merge->setObjectName(QStringLiteral("actionMerge"));
    QAction *generate = migrate->addAction(tr("&Generate Revision…"), this, [this] { m_schema->generateRevision(); });
    generate->setObjectName(QStringLiteral("actionGenerateRevision"));
    m_runActions = { upgrade, downgrade, stamp, merge, generate };
    for (QAction *a : { preview, upgrade, downgrade, stamp, rehearse, matchSchema })
        m_graph->addAction(a);
    auto *sep = new QAction(this);
    sep->setSeparator(true);
    m_graph->addAction(sep);
    m_graph->addAction(merge);
    m_graph->setContextMenuPolicy(Qt::ActionsContextMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Strata"), this, &MainWindow::showAbout);

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->addAction(open);
    tb->addAction(reloadAction);
    tb->addSeparator();
    tb->addAction(preview);
    tb->addAction(upgrade);
    tb->addAction(downgrade);
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

void MainWindow::reload()
{
    if (!m_path.isEmpty())
        openProject(m_path, m_section);
}

void MainWindow::openProject(const QString &path, const QString &section)
{
    if (m_cancel)
        m_cancel->cancel();
    m_loader.waitForFinished();
    m_path = path;
    m_section = section;
    m_cancel = std::make_shared<CancelFlag>();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    const CancelToken cancel = m_cancel;
    m_loader.setFuture(QtConcurrent::run([path, section, cancel](QPromise<Result<ProjectPtr>> &promise) {
        promise.setProgressRange(0, 0);
        auto result = loadProject(path, section, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        }, cancel);
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
                                    tr("Strata could not open %1.").arg(QDir::toNativeSeparators(m_path)),
                                    QMessageBox::Ok, this);
        box->setInformativeText(m_lastError);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_lastError.clear();
    m_project = result.value();
    m_graph->setProject(m_project);
    m_details->clear();
    fillFindings();
    rememberRecent(m_path);
    m_workspace->setProject(m_project);
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
    emit projectLoaded();
}

void MainWindow::updateBadges()
{
    if (!m_project)
        return;
    QHash<int, QList<EnvironmentBadge>> badges;
    const auto statuses = m_environments->statuses();
    for (const ConnectionProfile &p : m_environments->profiles()) {
        const auto it = statuses.constFind(p.id);
        if (it == statuses.constEnd())
            continue;
        for (const QString &rev : it->current)
            if (const int n = m_project->graph.indexOf(rev); n >= 0)
                badges[n].append(EnvironmentBadge { p.name, QColor(p.effectiveColour()), p.production });
    }
    m_graph->setBadges(badges);
}

void MainWindow::fillFindings()
{
    m_findings->clear();
    for (const Finding &f : m_project->findings) {
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
    m_findings->resizeColumnToContents(0);
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
    if (openFile || node < 0) {
        const QString file = item->data(0, RoleFile).toString();
        if (!file.isEmpty() && openFile)
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    }
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString abs = QFileInfo(path).absoluteFilePath();
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
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &p : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(p), this, [this, p] { openProject(p); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    auto *dialog = new QDialog(this);
    Ui::AboutDialog ui;
    ui.setupUi(dialog);
    ui.versionLabel->setText(tr("Version %1, Qt %2").arg(QStringLiteral(STRATA_VERSION), QString::fromLatin1(qVersion())));
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
                                if (guard)
                                    guard->m_status->setText(done ? tr("Backed up %1 to %2 (%3 bytes)").arg(p.name, done->path).arg(done->bytes)
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
            if (!guard)
                return;
            guard->m_locks->setEnvironment(p, password);
            guard->m_locksDock->raise();
            if (pid > 0)
                guard->m_locks->signalWhenShown(pid, terminate);
            else
                guard->m_locks->refresh();
        });
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
