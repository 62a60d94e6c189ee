#include "RunController.h"

#include "AsyncTask.h"
#include "EnvironmentsPanel.h"
#include "RunConfirmDialog.h"
#include "RunPanel.h"
#include "SqlPreviewPanel.h"
#include "services/MigrationService.h"
#include "services/Workspace.h"

#include "connection/WritePolicy.h"

#include <QInputDialog>
#include <QMessageBox>

namespace strata {

RunController::RunController(Workspace *workspace, EnvironmentsPanel *environments, SqlPreviewPanel *sql, RunPanel *run,
                             QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_environments(environments), m_sql(sql), m_run(run),
      m_dialogParent(dialogParent)
{
}

void RunController::withEnvironment(const std::function<void(const ConnectionProfile &, const QString &)> &fn)
{
    const ConnectionProfile *p = m_environments->selectedProfile();
    if (!p) {
        Q_EMIT message(tr("Select an environment in the Environments dock first."));
        return;
    }
    const ConnectionProfile profile = *p;
    QPointer<RunController> guard(this);
    m_workspace->readPassword(profile, [guard, profile, fn](const QString &password) {
        if (guard)
            fn(profile, password);
    });
}

void RunController::previewSql(const QString &revision)
{
    const ProjectPtr project = m_workspace->project();
    if (!project)
        return;
    const PythonResolverPtr python = m_workspace->pythonResolver();
    auto start = [this, project, python, revision](std::optional<ConnectionProfile> profile, const QString &password) {
        const QString where = profile ? profile->name : tr("base");
        m_sql->showBusy(tr("Asking Alembic for the offline SQL of %1 → %2…").arg(where, revision));
        Q_EMIT sqlShown();
        runThenCallback(
                this,
                [project, python, revision, profile, password]() -> Result<Preview> {
                    auto py = python->choose();
                    if (!py)
                        return py.error();
                    PreviewRequest r;
                    r.project = project;
                    r.python = py.value();
                    r.profile = profile;
                    r.password = password;
                    if (!profile)
                        r.from = QStringList();
                    r.target = revision;
                    return MigrationService::previewSql(r);
                },
                [this, where, revision, profile](const Result<Preview> &preview) {
                    if (!preview) {
                        m_sql->showError(tr("No SQL for %1 → %2").arg(where, revision), preview.error());
                        Q_EMIT lintShown(LintReport());
                        return;
                    }
                    const QString title = tr("%1 SQL from %2 (%3) to %4")
                                                  .arg(preview->downgrade ? tr("Downgrade") : tr("Upgrade"),
                                                       revisionsOrBase(preview->from), where, revision);
                    m_sql->showSql(title, preview->sql, preview->warnings, preview->willFail, preview->lint);
                    Q_EMIT lintShown(preview->lint);
                    m_sql->setPlan(revision, preview->downgrade,
                                   profile && profile->driver == ConnectionProfile::Driver::PostgreSQL);
                });
    };
    if (m_environments->selectedProfile())
        withEnvironment([start](const ConnectionProfile &p, const QString &password) { start(p, password); });
    else
        start(std::nullopt, QString());
}

void RunController::run(RunVerb verb, const QString &revision)
{
    if (m_run->isRunning()) {
        Q_EMIT message(tr("A run is already going; wait for it or cancel it."));
        return;
    }
    prepareAndConfirm(verb, revision, QString(), QString());
}

void RunController::runReviewedSql(const QString &sql)
{
    if (m_run->isRunning()) {
        Q_EMIT message(tr("A run is already going; wait for it or cancel it."));
        return;
    }
    prepareAndConfirm(RunVerb::RunSql, QString(), sql, tr("(reviewed SQL from the SQL tab)"));
}

void RunController::prepareAndConfirm(RunVerb verb, const QString &target, const QString &sqlText, const QString &sqlFile,
                                      bool allowSchemaMismatch)
{
    const ProjectPtr project = m_workspace->project();
    if (!project)
        return;
    const PythonResolverPtr python = m_workspace->pythonResolver();
    withEnvironment([=](const ConnectionProfile &profile, const QString &password) {
        Q_EMIT message(tr("Checking %1 before the run…").arg(profile.name));
        RunRequest r;
        r.verb = verb;
        r.project = project;
        r.profile = profile;
        r.password = password;
        r.target = target;
        r.sqlText = sqlText;
        r.sqlFile = sqlFile;
        r.allowSchemaMismatch = allowSchemaMismatch;
        r.otherProfiles = m_workspace->store().profiles() + m_workspace->environments();
        runThenCallback(
                this,
                [r, python]() mutable -> PreparedRun {
                    if (r.verb != RunVerb::RunSql) {
                        auto py = python->choose();
                        if (!py) {
                            PreparedRun refused;
                            refused.request = r;
                            refused.preflight.refusal = py.error();
                            return refused;
                        }
                        r.python = py.value();
                    }
                    return MigrationService::prepare(std::move(r));
                },
                [this](const PreparedRun &prepared) {
                    Q_EMIT message(QString());
                    if (!m_dialogParent)
                        return;
                    auto *dialog = new RunConfirmDialog(prepared, m_dialogParent);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    connect(dialog, &RunConfirmDialog::rehearseRequested, this, &RunController::rehearseRequested);
                    connect(dialog, &RunConfirmDialog::schemaMismatchAccepted, this, [this](const RunRequest &accepted) {
                        prepareAndConfirm(accepted.verb, accepted.target, accepted.sqlText, accepted.sqlFile, true);
                    });
                    connect(dialog, &QDialog::accepted, this, [this, dialog] {
                        if (m_run->start(dialog->confirmedRun()))
                            Q_EMIT runStarted();
                    });
                    dialog->open();
                    Q_EMIT confirmationShown(dialog);
                });
    });
}

void RunController::removeVersionRow(const QString &row)
{
    const ProjectPtr project = m_workspace->project();
    if (!project || !m_dialogParent)
        return;
    withEnvironment([this, project, row](const ConnectionProfile &profile, const QString &password) {
        auto remove = [this, project, row, profile, password](const QString &typed) {
            RemoveRowRequest r;
            r.project = project;
            r.profile = profile;
            r.password = password;
            r.row = row;
            r.confirmedDatabase = typed;
            r.otherProfiles = m_workspace->store().profiles() + m_workspace->environments();
            runThenCallback(this, [r]() { return MigrationService::removeVersionRow(r); },
                            [this, row](const Result<QStringList> &rows) {
                                Q_EMIT message(rows ? tr("Removed %1; the version table holds %2").arg(row, revisionsOrBase(rows.value()))
                                                    : tr("The row was not removed: %1").arg(rows.error().message));
                                Q_EMIT rowRemoved(rows.ok());
                            });
        };
        const QString text = tr("Remove the row %1 from the version table of %2? Another row descends from it, so it "
                                "records nothing of its own (checked again before the removal).")
                                     .arg(row, profile.name);
        if (WritePolicy::needsTypedName(profile)) {
            auto *ask = new QInputDialog(m_dialogParent);
            ask->setAttribute(Qt::WA_DeleteOnClose);
            ask->setObjectName(QStringLiteral("removeRowConfirm"));
            ask->setWindowTitle(tr("Remove Version Row"));
            ask->setLabelText(text + QLatin1Char('\n') + WritePolicy::typedNamePrompt(profile));
            connect(ask, &QInputDialog::textValueSelected, this, remove);
            ask->open();
        } else {
            auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Version Row"), text,
                                        QMessageBox::Yes | QMessageBox::No, m_dialogParent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setObjectName(QStringLiteral("removeRowConfirm"));
            box->setDefaultButton(QMessageBox::No);
            connect(box, &QMessageBox::finished, this, [box, remove](int) {
                if (box->clickedButton() == box->button(QMessageBox::Yes))
                    remove(QString());
            });
            box->open();
        }
    });
}

void RunController::mergeHeads()
{
    const ProjectPtr project = m_workspace->project();
    if (!project || !m_dialogParent)
        return;
    if (project->graph.heads().size() < 2) {
        Q_EMIT message(tr("The project has one head; there is nothing to merge."));
        return;
    }
    auto *input = new QInputDialog(m_dialogParent);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Merge Heads"));
    input->setLabelText(tr("Message of the merge revision (it joins all %n heads):", nullptr,
                           int(project->graph.heads().size())));
    input->setTextValue(tr("merge heads"));
    const PythonResolverPtr python = m_workspace->pythonResolver();
    connect(input, &QInputDialog::textValueSelected, this, [this, project, python](const QString &text) {
        Q_EMIT message(tr("Writing the merge revision…"));
        runThenCallback(
                this,
                [project, python, text]() -> Result<MergeResult> {
                    auto py = python->choose();
                    if (!py)
                        return py.error();
                    MergeRequest m;
                    m.project = project;
                    m.python = py.value();
                    m.message = text;
                    return MigrationService::mergeHeads(m);
                },
                [this](const Result<MergeResult> &merged) {
                    if (!merged) {
                        Q_EMIT message(tr("Merge failed: %1").arg(merged.error().message));
                        return;
                    }
                    Q_EMIT message(tr("Merge revision written to %1").arg(merged->path));
                    Q_EMIT mergeWritten(merged->path);
                });
    });
    input->open();
}

} // namespace strata
