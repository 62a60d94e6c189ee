#pragma once

#include "run/RunPlanner.h"
#include "run/RunRecord.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace strata {

class EnvironmentsPanel;
class RunConfirmDialog;
class RunPanel;
class SqlPreviewPanel;
class Workspace;
struct ConnectionProfile;

// What the Migrate menu, the toolbar, the graph's context menu and the SQL
// tab ask for, on the selected revision and the selected environment:
// Preview SQL, a run (prepared by MigrationService on a worker thread, then
// confirmed in RunConfirmDialog, then started in the Run tab), a reviewed
// script, Merge Heads. The use cases themselves live in the core's services;
// this class only gathers their inputs and shows their results, so the main
// window keeps only docks and menus.
class RunController : public QObject
{
    Q_OBJECT
public:
    RunController(Workspace *workspace, EnvironmentsPanel *environments, SqlPreviewPanel *sql, RunPanel *run,
                  QWidget *dialogParent);

    void previewSql(const QString &revision);
    void run(RunVerb verb, const QString &revision);
    void runReviewedSql(const QString &sql);
    void mergeHeads();
    // Removes a version row the graph proves redundant, on the selected environment, after asking.
    void removeVersionRow(const QString &row);

Q_SIGNALS:
    void message(const QString &text);
    void sqlShown();
    // The SQL tab's lint findings changed (the Findings dock lists them).
    void lintShown(const strata::LintReport &report);
    void confirmationShown(strata::RunConfirmDialog *dialog);
    void runStarted();
    void mergeWritten(const QString &path);
    void rowRemoved(bool ok);
    // The confirmation's Rehearse… (SchemaController runs it).
    void rehearseRequested(const strata::RunRequest &request);

private:
    // The selected environment and its password (read asynchronously), then fn.
    void withEnvironment(const std::function<void(const ConnectionProfile &, const QString &)> &fn);
    void prepareAndConfirm(RunVerb verb, const QString &target, const QString &sqlText, const QString &sqlFile,
                           bool allowSchemaMismatch = false);

    Workspace *m_workspace;
    EnvironmentsPanel *m_environments;
    SqlPreviewPanel *m_sql;
    RunPanel *m_run;
    QPointer<QWidget> m_dialogParent;
};

} // namespace strata
