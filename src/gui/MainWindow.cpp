#include "MainWindow.h"

#include "DetailsPane.h"
#include "EnvironmentsPanel.h"
#include "RevisionGraphView.h"
#include "ui_AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
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
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
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

    m_environments = new EnvironmentsPanel(this);
    auto *environmentsDock = new QDockWidget(tr("Environments"), this);
    environmentsDock->setObjectName(QStringLiteral("environmentsDock"));
    environmentsDock->setWidget(m_environments);
    addDockWidget(Qt::LeftDockWidgetArea, environmentsDock);
    resizeDocks({ environmentsDock, detailsDock }, { 360, 360 }, Qt::Horizontal);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    buildMenus();
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addAction(environmentsDock->toggleViewAction());
        view->addAction(detailsDock->toggleViewAction());
        view->addAction(findingsDock->toggleViewAction());
    }

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

MainWindow::~MainWindow()
{
    if (m_cancel)
        m_cancel->cancel();
    m_loader.waitForFinished(); // the loader stops at the next file once cancelled
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Strata"), this, &MainWindow::showAbout);

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->addAction(open);
    tb->addAction(reloadAction);
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
    const RevisionGraph &g = m_project->graph;
    setWindowTitle(tr("%1 — Strata").arg(QFileInfo(m_project->config.rootDir).fileName()));
    m_status->setText(tr("%n revision(s), ", nullptr, g.size()) + tr("%n head(s), ", nullptr, int(g.heads().size()))
                      + tr("%n finding(s)", nullptr, int(m_project->findings.size())));
    if (!g.heads().empty())
        m_graph->selectNode(g.heads().front());
    m_environments->setProject(m_project);
    emit projectLoaded();
}

void MainWindow::updateBadges()
{
    if (!m_project)
        return;
    QHash<int, QList<EnvironmentBadge>> badges;
    const auto statuses = m_environments->statuses();
    for (const ConnectionProfile &p : m_environments->profiles()) {
        const auto it = statuses.constFind(p.name);
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
    m_findings->resizeColumnToContents(0);
}

void MainWindow::onFindingActivated(QTreeWidgetItem *item, bool openFile)
{
    if (!item || !m_project)
        return;
    const QString rev = item->data(0, RoleRevision).toString();
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
