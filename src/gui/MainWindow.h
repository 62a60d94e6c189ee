#pragma once

#include "project/Project.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace strata {

class DetailsPane;
class EnvironmentsPanel;
class RevisionGraphView;

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
    QString lastError() const { return m_lastError; }

signals:
    void projectLoaded();
    void projectFailed(const QString &message);

private:
    void buildMenus();
    void chooseProject();
    void reload();
    void onLoaded();
    void fillFindings();
    void onFindingActivated(QTreeWidgetItem *item, bool openFile);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showAbout();

    void updateBadges();

    RevisionGraphView *m_graph;
    DetailsPane *m_details;
    EnvironmentsPanel *m_environments;
    QTreeWidget *m_findings;
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QMenu *m_recentMenu = nullptr;
    QFutureWatcher<Result<ProjectPtr>> m_loader;
    CancelToken m_cancel;
    ProjectPtr m_project;
    QString m_path;
    QString m_section;
    QString m_lastError;
};

} // namespace strata
