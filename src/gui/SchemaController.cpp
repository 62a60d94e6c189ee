#include "SchemaController.h"

#include "AsyncTask.h"
#include "Colours.h"
#include "EnvironmentsPanel.h"
#include "RehearsalDialog.h"
#include "RunPanel.h"
#include "SchemaDiffView.h"
#include "connection/WritePolicy.h"
#include "services/SchemaService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace strata {

SchemaController::SchemaController(Workspace *workspace, EnvironmentsPanel *environments, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_environments(environments), m_dialogParent(dialogParent)
{
}

void SchemaController::withEnvironment(const std::function<void(const ConnectionProfile &, const QString &)> &fn)
{
    const ConnectionProfile *p = m_environments->selectedProfile();
    if (!p) {
        Q_EMIT message(tr("Select an environment in the Environments dock first."));
        return;
    }
    const ConnectionProfile profile = *p;
    QPointer<SchemaController> guard(this);
    m_workspace->readPassword(profile, [guard, profile, fn](const QString &password) {
        if (guard)
            fn(profile, password);
    });
}

void SchemaController::rehearseTo(const QString &revision, bool downgrade)
{
    const ProjectPtr project = m_workspace->project();
    if (!project)
        return;
    withEnvironment([this, project, revision, downgrade](const ConnectionProfile &profile, const QString &password) {
        RunRequest r;
        r.verb = downgrade ? RunVerb::Downgrade : RunVerb::Upgrade;
        r.project = project;
        r.profile = profile;
        r.password = password;
        r.target = revision;
        r.otherProfiles = m_workspace->store().profiles() + m_workspace->environments();
        rehearse(r);
    });
}

void SchemaController::rehearse(RunRequest request)
{
    if (!m_dialogParent)
        return;
    // Production: the typed name, as for a run (asked here unless the
    // confirmation already has it).
    if (WritePolicy::needsTypedName(request.profile)
        && !WritePolicy::typedNameMatches(request.profile, request.confirmedDatabase)) {
        auto *ask = new QInputDialog(m_dialogParent);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Rehearse on production"));
        ask->setLabelText(tr("A rehearsal runs the plan for real on %1 and rolls it back; it takes the same locks "
                             "a run takes.\n%2")
                                  .arg(request.profile.name, WritePolicy::typedNamePrompt(request.profile)));
        connect(ask, &QInputDialog::textValueSelected, this, [this, request](const QString &typed) mutable {
            request.confirmedDatabase = typed;
            startRehearsal(request);
        });
        ask->open();
        return;
    }
    startRehearsal(std::move(request));
}

void SchemaController::startRehearsal(RunRequest request)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto *dialog = new RehearsalDialog(tr("Rehearse %1 %2 on %3").arg(RunPanel::verbText(request.verb), request.target,
                                                                       request.profile.name),
                                       cancel, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastRehearsal = dialog;
    dialog->show();
    QPointer<RehearsalDialog> target(dialog);
    const PythonResolverPtr python = m_workspace->pythonResolver();
    runThenCallback(
            this,
            [request, python, cancel, target]() mutable -> Result<Rehearsal> {
                auto py = python->choose();
                if (!py)
                    return py.error();
                request.python = py.value();
                RehearsalRequest rq;
                rq.run = request;
                rq.cancel = cancel.get();
                rq.onStatement = [target](const bridge::Statement &s) {
                    QMetaObject::invokeMethod(
                            qApp, [target, s] {
                                if (target)
                                    target->addStatement(s);
                            },
                            Qt::QueuedConnection);
                };
                return SchemaService::rehearse(rq);
            },
            [this, target, cancel](const Result<Rehearsal> &result) {
                if (target)
                    target->finish(result);
                Q_EMIT message(result ? tr("Rehearsal: %1").arg(result->summary())
                                      : tr("Rehearsal not run: %1").arg(result.error().message));
                Q_EMIT rehearsalFinished();
            });
}

void SchemaController::showReport(const QString &title, const QString &summary, const QList<SchemaDifference> &differences,
                                  const QString &footer, const QString &diff)
{
    if (!m_dialogParent)
        return;
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("schemaReport"));
    dialog->setWindowTitle(title);
    dialog->resize(720, 420);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(summary, dialog);
    label->setObjectName(QStringLiteral("schemaReportSummary"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("schemaReportList"));
    for (const SchemaDifference &d : differences) {
        auto *item = new QListWidgetItem(d.describe(), list);
        item->setForeground(d.kind == SchemaDifference::Kind::Changed ? Colours::warning(dialog->palette())
                                                                      : Colours::danger(dialog->palette()));
    }
    if (diff.isEmpty()) {
        list->setVisible(!differences.isEmpty());
        layout->addWidget(list, 1);
    } else {
        // The same differences as a diff of the two schemas written out as SQL.
        auto *tabs = new QTabWidget(dialog);
        tabs->setObjectName(QStringLiteral("schemaReportTabs"));
        tabs->addTab(list, tr("Differences"));
        tabs->addTab(new SchemaDiffView(diff, tabs), tr("Diff"));
        layout->addWidget(tabs, 1);
        dialog->resize(900, 560);
    }
    if (!footer.isEmpty()) {
        auto *note = new QLabel(footer, dialog);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
    layout->addWidget(buttons);
    m_lastReport = dialog;
    dialog->show();
    Q_EMIT reportShown();
}

void SchemaController::matchSchema(const QString &revision)
{
    const ProjectPtr project = m_workspace->project();
    if (!project)
        return;
    const PythonResolverPtr python = m_workspace->pythonResolver();
    withEnvironment([this, project, python, revision](const ConnectionProfile &profile, const QString &password) {
        Q_EMIT message(tr("Comparing %1's schema with the revisions' (the first time builds them in a scratch "
                          "database)…")
                               .arg(profile.name));
        runThenCallback(
                this,
                [project, python, profile, password, revision]() -> Result<SchemaMatch> {
                    auto py = python->choose();
                    if (!py)
                        return py.error();
                    SchemaMatchRequest rq;
                    rq.project = project;
                    rq.python = py.value();
                    rq.profile = profile;
                    rq.password = password;
                    rq.revision = revision;
                    return SchemaService::matchSchema(rq);
                },
                [this, profile](const Result<SchemaMatch> &match) {
                    Q_EMIT message(QString());
                    if (!match) {
                        showReport(tr("Schema of %1").arg(profile.name),
                                   Colours::span(Colours::danger(m_dialogParent->palette()),
                                                 match.error().message.toHtmlEscaped()),
                                   {});
                        return;
                    }
                    const SchemaMatch &m = match.value();
                    QString summary = tr("<p>The version table of <b>%1</b> records <b>%2</b>.</p><p>%3</p>")
                                              .arg(profile.name.toHtmlEscaped(), revisionsOrBase(m.recorded).toHtmlEscaped(),
                                                   Colours::span(m.exact ? Colours::ok(m_dialogParent->palette())
                                                                         : Colours::warning(m_dialogParent->palette()),
                                                                 m.summary().toHtmlEscaped()));
                    QList<SchemaDifference> shown = m.differences;
                    QString footer;
                    if (!m.exact && !m.nearest.isEmpty() && m.nearest != m.revision && !m.nearestDifferences.isEmpty())
                        footer = tr("Differences from %1, the nearest revision: %n", nullptr,
                                    int(m.nearestDifferences.size()))
                                         .arg(m.nearest);
                    footer += (footer.isEmpty() ? QString() : QStringLiteral(" · "))
                            + tr("%1 built in a scratch database, %2 from the cache").arg(m.built).arg(m.cached);
                    showReport(tr("Schema of %1").arg(profile.name), summary, shown, footer, m.diff);
                });
    });
}

void SchemaController::checkDrift()
{
    const ProjectPtr project = m_workspace->project();
    if (!project)
        return;
    const PythonResolverPtr python = m_workspace->pythonResolver();
    withEnvironment([this, project, python](const ConnectionProfile &profile, const QString &password) {
        Q_EMIT message(tr("Comparing %1 with the models (Alembic's autogenerate comparison; nothing is written)…")
                               .arg(profile.name));
        runThenCallback(
                this,
                [project, python, profile, password]() -> Result<Drift> {
                    auto py = python->choose();
                    if (!py)
                        return py.error();
                    DriftRequest rq;
                    rq.project = project;
                    rq.python = py.value();
                    rq.profile = profile;
                    rq.password = password;
                    return SchemaService::drift(rq);
                },
                [this, profile](const Result<Drift> &drift) {
                    Q_EMIT message(QString());
                    if (!drift) {
                        m_environments->setDrift(profile.id, std::nullopt, drift.error().message);
                        showReport(tr("Drift of %1").arg(profile.name),
                                   Colours::span(Colours::danger(m_dialogParent->palette()),
                                                 drift.error().message.toHtmlEscaped()),
                                   {});
                        return;
                    }
                    m_environments->setDrift(profile.id, drift->differences, QString());
                    const QString summary = drift->differences.isEmpty()
                            ? Colours::span(Colours::ok(m_dialogParent->palette()),
                                            tr("No drift: the database of %1 matches the models.").arg(profile.name).toHtmlEscaped())
                            : Colours::span(Colours::warning(m_dialogParent->palette()),
                                            tr("%n difference(s) between the models (expected) and the database "
                                               "(found):",
                                               nullptr, int(drift->differences.size()))
                                                    .toHtmlEscaped());
                    showReport(tr("Drift of %1").arg(profile.name), summary, drift->differences);
                });
    });
}

void SchemaController::generateRevision()
{
    const ProjectPtr project = m_workspace->project();
    if (!project || !m_dialogParent)
        return;
    const ConnectionProfile *selected = m_environments->selectedProfile();
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("generateRevisionDialog"));
    dialog->setWindowTitle(tr("Generate Revision"));
    auto *form = new QFormLayout(dialog);
    auto *messageEdit = new QLineEdit(dialog);
    messageEdit->setObjectName(QStringLiteral("revisionMessage"));
    messageEdit->setPlaceholderText(tr("what this revision does"));
    form->addRow(tr("Message:"), messageEdit);
    auto *autogenerate = new QCheckBox(selected ? tr("Autogenerate from the models against %1").arg(selected->name)
                                                : tr("Autogenerate (select an environment first)"),
                                       dialog);
    autogenerate->setObjectName(QStringLiteral("revisionAutogenerate"));
    autogenerate->setEnabled(selected != nullptr);
    autogenerate->setChecked(selected != nullptr);
    form->addRow(QString(), autogenerate);
    auto *note = new QLabel(tr("Autogenerate needs that database at the head; Strata checks first."), dialog);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write Revision"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(messageEdit, &QLineEdit::textChanged, dialog, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const std::optional<ConnectionProfile> profile = selected ? std::optional<ConnectionProfile>(*selected) : std::nullopt;
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, messageEdit, autogenerate, project, profile] {
        const QString text = messageEdit->text().trimmed();
        const bool autogen = autogenerate->isChecked() && profile;
        dialog->accept();
        auto write = [this, project, text, autogen, profile](const QString &password) {
            Q_EMIT message(autogen ? tr("Comparing the models with %1 and writing the revision…").arg(profile->name)
                                   : tr("Writing the revision…"));
            const PythonResolverPtr python = m_workspace->pythonResolver();
            runThenCallback(
                    this,
                    [project, python, text, autogen, profile, password]() -> Result<GeneratedRevision> {
                        auto py = python->choose();
                        if (!py)
                            return py.error();
                        RevisionRequest rq;
                        rq.project = project;
                        rq.python = py.value();
                        rq.message = text;
                        rq.autogenerate = autogen;
                        if (autogen) {
                            rq.profile = profile;
                            rq.password = password;
                        }
                        return SchemaService::generateRevision(rq);
                    },
                    [this](const Result<GeneratedRevision> &written) {
                        if (!written) {
                            Q_EMIT message(tr("No revision written: %1").arg(written.error().message));
                            return;
                        }
                        Q_EMIT message(tr("Revision %1 written to %2").arg(written->revision, written->path));
                        Q_EMIT revisionWritten(written->revision, written->path);
                    });
        };
        if (autogen) {
            QPointer<SchemaController> guard(this);
            m_workspace->readPassword(*profile, [guard, write](const QString &password) {
                if (guard)
                    write(password);
            });
        } else {
            write(QString());
        }
    });
    dialog->open();
}

} // namespace strata
