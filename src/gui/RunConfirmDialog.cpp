#include "RunConfirmDialog.h"

#include "Colours.h"
#include "LintText.h"
#include "RunPanel.h"
#include "SchemaDiffView.h"
#include "connection/WritePolicy.h"
#include "ui_RunConfirmDialog.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace strata {

RunConfirmDialog::RunConfirmDialog(PreparedRun run, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RunConfirmDialog>()), m_run(std::move(run))
{
    m_ui->setupUi(this);
    const RunRequest &request = m_run.request;
    const Preflight &preflight = m_run.preflight;
    const ConnectionProfile &p = request.profile;
    const QString what = request.verb == RunVerb::RunSql ? request.sqlFile : request.target;
    const QString danger = Colours::danger(palette()).name();
    setWindowTitle(tr("%1 %2 on %3").arg(RunPanel::verbText(request.verb), what, p.name));
    QString summary = tr("<p><b>%1 %2</b> on <b>%3</b>%4<br>%5<br>%6</p><p>The database is now at <b>%7</b>.</p>")
                              .arg(RunPanel::verbText(request.verb), what.toHtmlEscaped(), p.name.toHtmlEscaped(),
                                   p.production ? tr(" <span style='color:%1'>[PRODUCTION]</span>").arg(danger) : QString(),
                                   p.displayUrl().toHtmlEscaped(), preflight.identityText().toHtmlEscaped(),
                                   revisionsOrBase(preflight.current).toHtmlEscaped());
    if (!preflight.policyNote.isEmpty())
        summary += tr("<p><b>Stricter rules apply:</b> %1.</p>").arg(preflight.policyNote.toHtmlEscaped());
    if (preflight.refusal)
        summary += tr("<p style='color:%1'><b>This run cannot start:</b> %2</p>")
                           .arg(danger, preflight.refusal->message.toHtmlEscaped());
    else if (preflight.plan.empty() && request.verb != RunVerb::RunSql)
        summary += tr("<p>Nothing to do: the database is already there.</p>");
    else
        summary += tr("<p>%n step(s) will run, in this order:</p>", nullptr, int(preflight.plan.size()));
    if (const QString consequence = consequenceOf(m_run); !consequence.isEmpty())
        summary += QStringLiteral("<p>") + Colours::span(Colours::warning(palette()), consequence.toHtmlEscaped())
                + QStringLiteral("</p>");
    m_ui->summary->setText(summary);
    int n = 0;
    for (const RunStep &s : preflight.plan)
        m_ui->plan->addItem(QStringLiteral("%1. %2 %3 → %4   %5")
                                    .arg(++n)
                                    .arg(RunPanel::directionText(s.direction), revisionsOrBase(s.from), revisionsOrBase(s.to),
                                         s.message));
    QStringList warnings;
    for (const QString &e : preflight.willFail)
        warnings << Colours::span(Colours::danger(palette()), tr("✖ cannot succeed: %1").arg(e).toHtmlEscaped());
    for (const QString &w : preflight.warnings)
        warnings << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    for (const QString &s : preflight.nonTransactional)
        warnings << tr("non-transactional: %1").arg(s.toHtmlEscaped());
    if (preflight.schemaMatches)
        warnings << Colours::span(Colours::ok(palette()), QStringLiteral("✔ ") + preflight.schemaCheck.toHtmlEscaped());
    for (const QString &d : preflight.schemaDifferences)
        warnings << tr("schema: %1").arg(d.toHtmlEscaped());
    m_ui->warnings->setText(warnings.join(QStringLiteral("<br>")));
    m_ui->warnings->setVisible(!warnings.isEmpty());
    showLint(preflight.lint);
    const bool needName = WritePolicy::needsTypedName(p);
    m_ui->confirmLabel->setVisible(needName);
    m_ui->confirmEdit->setVisible(needName);
    if (needName)
        m_ui->confirmLabel->setText(tr("This is a production database. Type its name, %1, to run.").arg(p.database));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    // A rehearsal of the same plan, beside Run (PostgreSQL upgrades and downgrades).
    if ((request.verb == RunVerb::Upgrade || request.verb == RunVerb::Downgrade)
        && p.driver == ConnectionProfile::Driver::PostgreSQL && !preflight.plan.empty()
        && (!preflight.refusal || preflight.refusal->code == ErrorCode::WillFail)) {
        QPushButton *rehearse = m_ui->buttons->addButton(tr("Rehearse…"), QDialogButtonBox::ActionRole);
        rehearse->setObjectName(QStringLiteral("rehearseButton"));
        rehearse->setToolTip(tr("Run the plan for real inside one transaction that is rolled back: each statement's "
                                "outcome, the locks it takes, the tables it rewrites"));
        connect(rehearse, &QPushButton::clicked, this, [this] { Q_EMIT rehearseRequested(confirmedRun().request); });
    }
    if (!preflight.schemaDiff.isEmpty()) {
        QPushButton *diff = m_ui->buttons->addButton(tr("Schema Diff…"), QDialogButtonBox::ActionRole);
        diff->setObjectName(QStringLiteral("schemaDiffButton"));
        diff->setToolTip(tr("The differences as a diff of the two schemas written out as SQL"));
        connect(diff, &QPushButton::clicked, this, [this] {
            auto *dialog = new QDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("schemaDiffDialog"));
            dialog->setWindowTitle(tr("Schema of %1 against %2")
                                           .arg(m_run.request.profile.name,
                                                m_run.preflight.targetRevisions.value(0)));
            auto *layout = new QVBoxLayout(dialog);
            layout->addWidget(new SchemaDiffView(m_run.preflight.schemaDiff, dialog), 1);
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
            layout->addWidget(buttons);
            dialog->resize(900, 560);
            dialog->show();
        });
    }
    if (preflight.schemaRefused) {
        QPushButton *anyway = m_ui->buttons->addButton(tr("Stamp Anyway…"), QDialogButtonBox::ActionRole);
        anyway->setObjectName(QStringLiteral("stampAnywayButton"));
        anyway->setToolTip(tr("Record the revision although the schema differs: only after reading the differences"));
        connect(anyway, &QPushButton::clicked, this, [this] {
            RunRequest r = m_run.request;
            r.allowSchemaMismatch = true;
            Q_EMIT schemaMismatchAccepted(r);
            reject();
        });
    }
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &RunConfirmDialog::updateOk);
    // What cannot be undone by running again is not one Enter away: Cancel is
    // the default for a downgrade, a stamp and reviewed SQL, and a production
    // database's name is typed where the cursor already is.
    if (request.verb == RunVerb::Downgrade || request.verb == RunVerb::Stamp || request.verb == RunVerb::RunSql) {
        m_ui->buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
        m_ui->buttons->button(QDialogButtonBox::Ok)->setDefault(false);
        m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    if (needName)
        m_ui->confirmEdit->setFocus();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

RunConfirmDialog::~RunConfirmDialog() = default;

QString RunConfirmDialog::consequenceOf(const PreparedRun &run)
{
    const RunRequest &request = run.request;
    const Preflight &preflight = run.preflight;
    if (preflight.refusal || (preflight.plan.empty() && request.verb != RunVerb::RunSql))
        return {};
    if (request.verb == RunVerb::Stamp)
        return tr("A stamp changes no schema: it only records %1 in the version table, so Alembic will take the "
                  "database to be there.")
                .arg(revisionsOrBase(preflight.targetRevisions));
    if (request.verb != RunVerb::Downgrade)
        return {};
    // The offline SQL's lint knows what the downgrade drops.
    QStringList dropped;
    for (const LintFinding &f : preflight.lint.findings)
        if (f.rule == QLatin1String("drop-column") || f.rule == QLatin1String("drop-table"))
            dropped << f.objects;
    if (dropped.isEmpty())
        return tr("A downgrade undoes these revisions: data written into what they added may be lost.");
    return tr("This downgrade drops %1, and the data in them is lost.").arg(dropped.join(QStringLiteral(", ")));
}

void RunConfirmDialog::showLint(const LintReport &lint)
{
    const bool any = lint.hasFindings() || !lint.locks.isEmpty();
    m_ui->lintList->setVisible(any);
    m_ui->lintSummary->setVisible(!lint.dialect.isEmpty() && lint.statements > 0);
    if (lint.dialect.isEmpty())
        return;
    const QColor colour = lint.count(Severity::Error) ? Colours::danger(palette())
            : lint.count(Severity::Warning)           ? Colours::warning(palette())
                                                      : Colours::ok(palette());
    QString text = tr("<b>Lint</b> (%1): %2").arg(lint.dialect.toHtmlEscaped(),
                                                 Colours::span(colour, lint.summary().toHtmlEscaped()));
    if (!lint.factsSource.isEmpty())
        text += tr(" — table sizes from %1").arg(lint.factsSource.toHtmlEscaped());
    for (const QString &s : lint.satisfied)
        text += QStringLiteral("<br>") + Colours::span(Colours::ok(palette()), QStringLiteral("✔ ") + s.toHtmlEscaped());
    m_ui->lintSummary->setText(text);
    m_ui->lintList->clear();
    if (lint.hasFindings()) {
        auto *group = new QTreeWidgetItem(m_ui->lintList, { tr("Findings"), lint.summary() });
        for (const LintFinding &f : lint.findings) {
            const QString sev = f.allowed ? tr("allowed") : severityName(f.severity);
            auto *item = new QTreeWidgetItem(group, { tr("line %1").arg(f.line),
                                                      QStringLiteral("%1 [%2]: %3").arg(sev, f.rule, f.message) });
            item->setToolTip(1, f.message + QLatin1Char('\n') + LintText::details(f));
            if (!f.allowed && f.severity != Severity::Info)
                item->setForeground(1, f.severity == Severity::Error ? Colours::danger(palette()) : Colours::warning(palette()));
        }
        group->setExpanded(true);
    }
    if (!lint.locks.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_ui->lintList, { tr("Locks"), tr("%n table lock(s) the plan takes, and for how long", nullptr, int(lint.locks.size())) });
        for (const PlanLock &l : lint.locks)
            new QTreeWidgetItem(group, { l.fromLine == l.untilLine ? tr("line %1").arg(l.fromLine)
                                                                   : tr("lines %1–%2").arg(l.fromLine).arg(l.untilLine),
                                         l.describe() });
        group->setExpanded(true);
    }
    m_ui->lintList->resizeColumnToContents(0);
}

bool RunConfirmDialog::canRun() const
{
    if (!m_run.preflight.canRun(m_run.request.verb))
        return false;
    return !WritePolicy::needsTypedName(m_run.request.profile)
            || WritePolicy::typedNameMatches(m_run.request.profile, m_ui->confirmEdit->text());
}

void RunConfirmDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(canRun());
}

PreparedRun RunConfirmDialog::confirmedRun() const
{
    PreparedRun r = m_run;
    r.request.confirmedDatabase = m_ui->confirmEdit->text();
    return r;
}

} // namespace strata
