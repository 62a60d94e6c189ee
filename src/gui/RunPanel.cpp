#include "RunPanel.h"

#include "Colours.h"

#include "common/TimeFormat.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata {

namespace {

enum Column { ColIndex, ColStep, ColMessage, ColState, ColDuration };

} // namespace

QString RunPanel::runStateText(RunState s)
{
    switch (s) {
    case RunState::Queued: return tr("Queued");
    case RunState::Preflight: return tr("Checking the database…");
    case RunState::Running: return tr("Running");
    case RunState::Cancelling: return tr("Cancelling…");
    case RunState::Succeeded: return tr("Succeeded");
    case RunState::Failed: return tr("Failed");
    case RunState::Cancelled: return tr("Cancelled");
    case RunState::Interrupted: return tr("Interrupted");
    }
    return {};
}

QString RunPanel::verbText(RunVerb v)
{
    switch (v) {
    case RunVerb::Upgrade: return tr("upgrade");
    case RunVerb::Downgrade: return tr("downgrade");
    case RunVerb::Stamp: return tr("stamp");
    case RunVerb::RunSql: return tr("run SQL");
    case RunVerb::Sql: return tr("offline SQL");
    case RunVerb::Merge: return tr("merge");
    case RunVerb::Rehearse: return tr("rehearse");
    case RunVerb::Revision: return tr("new revision");
    case RunVerb::SchemaBuild: return tr("schema build");
    case RunVerb::RemoveRow: return tr("remove version row");
    }
    return {};
}

QString RunPanel::directionText(StepDirection d)
{
    switch (d) {
    case StepDirection::Upgrade: return tr("upgrade");
    case StepDirection::Downgrade: return tr("downgrade");
    case StepDirection::Stamp: return tr("stamp");
    }
    return {};
}

QString RunPanel::stepStateText(StepState s)
{
    switch (s) {
    case StepState::Pending: return tr("pending");
    case StepState::Running: return tr("running");
    case StepState::Done: return tr("done");
    case StepState::Failed: return tr("failed");
    case StepState::RolledBack: return tr("rolled back");
    case StepState::Interrupted: return tr("interrupted");
    case StepState::Unknown: return tr("unknown");
    }
    return {};
}

RunPanel::RunPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(tr("No run yet. Choose “Upgrade to here…” on a revision to start one."), this);
    m_title->setWordWrap(true);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("runState"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("runCancel"));
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the run: the database cancels the running statement and rolls back"));
    top->addWidget(m_title, 1);
    top->addWidget(m_stateLabel);
    top->addWidget(m_cancel);
    layout->addLayout(top);
    // After a failure: the cause in one sentence, then what to do next.
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("runHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->hide();
    layout->addWidget(m_headline);
    m_nextSteps = new QWidget(this);
    m_nextSteps->setObjectName(QStringLiteral("runNextSteps"));
    auto *nextRow = new QHBoxLayout(m_nextSteps);
    nextRow->setContentsMargins(0, 0, 0, 0);
    nextRow->addStretch(1);
    m_nextSteps->hide();
    layout->addWidget(m_nextSteps);
    auto *waitRow = new QHBoxLayout;
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("runWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Colours::warning(palette()).name()));
    m_showInLocks = new QPushButton(tr("Show in Locks"), this);
    m_showInLocks->setObjectName(QStringLiteral("runShowInLocks"));
    waitRow->addWidget(m_waiting, 1);
    waitRow->addWidget(m_showInLocks);
    layout->addLayout(waitRow);
    m_waiting->hide();
    m_showInLocks->hide();
    connect(m_showInLocks, &QPushButton::clicked, this, [this] {
        if (m_waitingOn)
            Q_EMIT showSessionRequested(m_waitingOn);
    });
    m_progress = new QProgressBar(this);
    m_progress->setAlignment(Qt::AlignCenter); // the text over the bar, where it reads
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_steps = new QTreeWidget(split);
    m_steps->setObjectName(QStringLiteral("runSteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({ tr("#"), tr("Step"), tr("Message"), tr("State"), tr("Duration") });
    m_steps->header()->setSectionResizeMode(ColStep, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(ColMessage, QHeaderView::Stretch);
    m_log = new QPlainTextEdit(split);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(20000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setToolTip(tr("Alembic's log; after a failure, the error and its traceback"));
    split->addWidget(m_steps);
    split->addWidget(m_log);
    layout->addWidget(split, 1);
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancel);
}

RunPanel::~RunPanel()
{
    if (m_job)
        m_job->cancel();
    if (m_thread) {
        // Closing while a run goes: it was cancelled above and stops within
        // its grace period; the database rolls back whatever was open.
        m_thread->wait();
        delete m_thread;
        delete m_job;
    }
}

void RunPanel::clear()
{
    if (m_job)
        return;
    m_title->setText(tr("No run yet. Choose “Upgrade to here…” on a revision to start one."));
    m_stateLabel->clear();
    m_headline->hide();
    m_nextSteps->hide();
    m_waiting->hide();
    m_showInLocks->hide();
    m_steps->clear();
    m_log->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->resetFormat();
    m_summary = RunSummary();
    m_last = RunRecord();
}

bool RunPanel::isRunning() const
{
    return m_job != nullptr;
}

bool RunPanel::start(const PreparedRun &run)
{
    if (m_job)
        return false;
    const RunRequest &request = run.request;
    m_steps->clear();
    m_log->clear();
    m_headline->hide();
    m_nextSteps->hide();
    m_summary = RunSummary();
    m_profile = request.profile;
    m_password = request.password;
    m_job = new RunJob(run.request, run.preflight, run.session);
    const QString target = request.verb == RunVerb::RunSql ? request.sqlFile : request.target;
    m_title->setText(tr("<b>%1 %2</b> on <b>%3</b>%4")
                             .arg(verbText(request.verb), target.toHtmlEscaped(),
                                  request.profile.name.toHtmlEscaped(),
                                  request.profile.production ? tr(" [PRODUCTION]") : QString()));
    m_state = RunState::Queued;
    m_stateLabel->setText(runStateText(m_state));
    m_progress->setRange(0, 0); // busy until the plan is known
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel"));

    connect(m_job, &RunJob::stateChanged, this, [this](RunState s, const QString &detail) {
        m_state = s;
        m_stateLabel->setText(runStateText(s));
        if (!detail.isEmpty() && !isFinal(s)) // the final outcome is written once, by onFinished
            appendLog(QStringLiteral("— ") + detail, true);
    });
    connect(m_job, &RunJob::planReady, this, [this](const std::vector<RunStep> &plan) {
        m_steps->clear();
        for (const RunStep &s : plan)
            setStep(s, int(plan.size()));
        m_progress->setRange(0, std::max(1, int(plan.size())));
        m_progress->setValue(0);
        m_progress->setFormat(tr("step %v of %m"));
    });
    connect(m_job, &RunJob::stepStarted, this, [this](const RunStep &s, int total) {
        setStep(s, total);
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(s.index);
    });
    connect(m_job, &RunJob::stepFinished, this, [this](const RunStep &s, int total) {
        setStep(s, total);
        m_progress->setValue(s.index + 1);
    });
    connect(m_job, &RunJob::progress, this, [this](int done, int total) {
        if (total <= 0)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("statement %v of %m"));
    });
    connect(m_job, &RunJob::logLine, this, [this](const QString &line) { appendLog(line); });
    connect(m_job, &RunJob::warning, this, [this](const QString &w) { appendLog(tr("warning: %1").arg(w), true); });
    connect(m_job, &RunJob::finished, this, &RunPanel::onFinished);
    connect(m_job, &RunJob::journalProblem, this, [this](const QString &message) {
        appendLog(tr("journal: %1").arg(message), true);
        Q_EMIT journalProblem(message);
    });
    connect(m_job, &RunJob::waitingOn, this, [this](const QList<qint64> &pids, const QString &description) {
        m_waitingOn = pids.isEmpty() ? 0 : pids.first();
        m_waiting->setText(description.isEmpty() ? QString() : tr("The run is %1").arg(description));
        m_waiting->setVisible(!pids.isEmpty());
        m_showInLocks->setVisible(!pids.isEmpty());
    });

    RunJob *job = m_job;
    m_thread = QThread::create([job] { job->run(); });
    m_thread->setObjectName(QStringLiteral("strata-run"));
    // Clean up once the worker has really ended (never wait for it here).
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread, job] {
        thread->deleteLater();
        job->deleteLater();
        if (m_thread == thread) {
            m_thread = nullptr;
            m_job = nullptr;
        }
        Q_EMIT runFinished(m_last);
    });
    m_thread->start();
    Q_EMIT runStarted();
    return true;
}

void RunPanel::cancel()
{
    if (!m_job)
        return;
    // Answers at once: the job tells the database to stop on its own thread.
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
    m_stateLabel->setText(runStateText(RunState::Cancelling));
}

void RunPanel::setStep(const RunStep &s, int total)
{
    while (m_steps->topLevelItemCount() <= s.index)
        m_steps->addTopLevelItem(new QTreeWidgetItem);
    QTreeWidgetItem *item = m_steps->topLevelItem(s.index);
    item->setText(ColIndex, QStringLiteral("%1/%2").arg(s.index + 1).arg(total));
    item->setText(ColStep, QStringLiteral("%1 %2 → %3")
                                   .arg(directionText(s.direction), revisionsOrBase(s.from), revisionsOrBase(s.to)));
    if (!s.message.isEmpty())
        item->setText(ColMessage, s.message);
    item->setText(ColState, stepStateText(s.state));
    item->setText(ColDuration, s.durationMs >= 0 ? formatDuration(s.durationMs) : QString());
    item->setTextAlignment(ColDuration, Qt::AlignRight | Qt::AlignVCenter);
    QFont f = item->font(ColStep);
    f.setBold(s.state == StepState::Running);
    for (int c = 0; c < m_steps->columnCount(); ++c)
        item->setFont(c, f);
    const bool bad = s.state == StepState::RolledBack || s.state == StepState::Failed || s.state == StepState::Unknown
            || s.state == StepState::Interrupted;
    item->setForeground(ColState, bad ? QBrush(Colours::danger(palette())) : QBrush());
    if (s.state == StepState::Running)
        m_steps->scrollToItem(item);
}

void RunPanel::appendLog(const QString &line, bool important)
{
    if (important)
        m_log->appendHtml(QStringLiteral("<b>%1</b>").arg(line.toHtmlEscaped()));
    else
        m_log->appendPlainText(line);
}

void RunPanel::onFinished(const RunRecord &record)
{
    m_waitingOn = 0;
    m_waiting->hide();
    m_showInLocks->hide();
    m_last = record;
    m_state = record.state;
    m_stateLabel->setText(runStateText(record.state));
    for (const RunStep &s : record.steps)
        setStep(s, std::max(record.stepsTotal, int(record.steps.size())));
    m_progress->setRange(0, 1);
    m_progress->setValue(record.state == RunState::Succeeded ? 1 : 0);
    m_progress->setFormat(runStateText(record.state));
    if (!record.error.isEmpty())
        appendLog(tr("error: %1%2").arg(record.errorType.isEmpty() ? QString() : record.errorType + QStringLiteral(": "),
                                        record.error.text()),
                  true);
    if (!record.outcome.isEmpty())
        appendLog(record.outcome.text(), true);
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    showSummary(record);
}

QList<QPushButton *> RunPanel::nextStepButtons() const
{
    return m_nextSteps->findChildren<QPushButton *>();
}

void RunPanel::showSummary(const RunRecord &record)
{
    m_summary = summarizeRun(record, m_profile.lockTimeoutMs);
    const bool failed = record.state != RunState::Succeeded;
    const QColor colour = failed ? Colours::danger(palette()) : Colours::ok(palette());
    QString html = QStringLiteral("<b>%1</b>").arg(Colours::span(colour, m_summary.headline.toHtmlEscaped()));
    if (failed && !m_summary.explanation.isEmpty())
        html += QStringLiteral("<br/>") + m_summary.explanation.toHtmlEscaped();
    if (!m_summary.details.isEmpty())
        html += QStringLiteral("<br/><small>") + tr("The error and Alembic's traceback are in the log below.") + QStringLiteral("</small>");
    m_headline->setText(html);
    m_headline->show();
    qDeleteAll(m_nextSteps->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly));
    auto *row = static_cast<QHBoxLayout *>(m_nextSteps->layout());
    Diagnosis about;
    about.profileId = record.profileId;
    about.profileName = record.profileName;
    about.code = QStringLiteral("run-") + m_summary.cause;
    int at = 0;
    for (const RecipeStep &step : m_summary.next) {
        auto *button = new QPushButton(step.text, m_nextSteps);
        button->setToolTip(tr("strata-cli %1").arg(step.command.join(QLatin1Char(' '))));
        connect(button, &QPushButton::clicked, this, [this, about, step] { Q_EMIT stepRequested(about, step); });
        row->insertWidget(at++, button);
    }
    m_nextSteps->setVisible(at > 0);
}

} // namespace strata
