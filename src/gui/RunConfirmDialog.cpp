#include "RunConfirmDialog.h"

#include "ui_RunConfirmDialog.h"

#include <QPushButton>

namespace strata {

RunConfirmDialog::RunConfirmDialog(const RunRequest &request, const Preflight &preflight, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RunConfirmDialog>()), m_request(request), m_preflight(preflight)
{
    m_ui->setupUi(this);
    const ConnectionProfile &p = request.profile;
    const QString what = request.verb == RunRequest::Verb::RunSql ? request.sqlFile : request.target;
    setWindowTitle(tr("%1 %2 on %3").arg(RunRequest::verbName(request.verb), what, p.name));
    QString summary = tr("<p><b>%1 %2</b> on <b>%3</b>%4<br>%5<br>%6</p><p>The database is now at <b>%7</b>.</p>")
                              .arg(RunRequest::verbName(request.verb), what.toHtmlEscaped(), p.name.toHtmlEscaped(),
                                   p.production ? tr(" <span style='color:#c62828'>[PRODUCTION]</span>") : QString(),
                                   p.displayUrl().toHtmlEscaped(), preflight.identity.toHtmlEscaped(),
                                   revisionsOrBase(preflight.current).toHtmlEscaped());
    if (!preflight.refusal.isEmpty())
        summary += tr("<p style='color:#c62828'><b>This run cannot start:</b> %1</p>").arg(preflight.refusal.toHtmlEscaped());
    else if (preflight.plan.empty())
        summary += tr("<p>Nothing to do: the database is already there.</p>");
    else
        summary += tr("<p>%n step(s) will run, in this order:</p>", nullptr, int(preflight.plan.size()));
    m_ui->summary->setText(summary);
    int n = 0;
    for (const RunStep &s : preflight.plan)
        m_ui->plan->addItem(QStringLiteral("%1. %2 %3 → %4   %5").arg(++n).arg(s.direction, revisionsOrBase(s.from), revisionsOrBase(s.to), s.message));
    QStringList warnings;
    for (const QString &w : preflight.warnings)
        warnings << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    for (const QString &s : preflight.nonTransactional)
        warnings << tr("non-transactional: %1").arg(s.toHtmlEscaped());
    m_ui->warnings->setText(warnings.join(QStringLiteral("<br>")));
    m_ui->warnings->setVisible(!warnings.isEmpty());
    const bool needName = p.production;
    m_ui->confirmLabel->setVisible(needName);
    m_ui->confirmEdit->setVisible(needName);
    if (needName)
        m_ui->confirmLabel->setText(tr("This is a production database. Type its name, %1, to run.").arg(p.database));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &RunConfirmDialog::updateOk);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

RunConfirmDialog::~RunConfirmDialog() = default;

bool RunConfirmDialog::canRun() const
{
    if (!m_preflight.refusal.isEmpty() || (m_preflight.plan.empty() && m_request.verb != RunRequest::Verb::RunSql))
        return false;
    return !m_request.profile.production || m_ui->confirmEdit->text() == m_request.profile.database;
}

void RunConfirmDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(canRun());
}

RunRequest RunConfirmDialog::confirmedRequest() const
{
    RunRequest r = m_request;
    r.confirmedDatabase = m_ui->confirmEdit->text();
    r.expectedCurrent = m_preflight.current;
    return r;
}

} // namespace strata
