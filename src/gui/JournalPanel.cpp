#include "JournalPanel.h"

#include "Colours.h"
#include "RunPanel.h"
#include "run/RunJournal.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace strata {

namespace {

enum Column { ColStarted, ColState, ColWhat, ColProfile, ColOutcome };

} // namespace

JournalPanel::JournalPanel(QWidget *parent) : QWidget(parent), m_path(RunJournal::defaultPath())
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *reload = new QPushButton(tr("Refresh"), this);
    top->addWidget(m_message, 1);
    top->addWidget(reload);
    layout->addLayout(top);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTreeWidget(split);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({ tr("Started"), tr("State"), tr("What"), tr("Environment"), tr("Outcome") });
    // Sized to content; the outcome (free text) takes the slack.
    m_table->header()->setStretchLastSection(false);
    for (int c : { ColStarted, ColState, ColWhat, ColProfile })
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(ColOutcome, QHeaderView::Stretch);
    m_details = new QPlainTextEdit(split);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(split, 1);
    connect(reload, &QPushButton::clicked, this, &JournalPanel::refresh);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &JournalPanel::showDetails);
    connect(&m_watcher, &QFutureWatcher<Load>::finished, this, &JournalPanel::onLoaded);
}

JournalPanel::~JournalPanel()
{
    m_watcher.waitForFinished();
}

void JournalPanel::setJournalPath(const QString &path)
{
    m_path = path;
}

void JournalPanel::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([path]() -> Load {
        Load load;
        RunJournal journal; // its own connection, on this worker thread
        if (Status s = journal.open(path); !s) {
            load.error = s.error().toString();
            return load;
        }
        auto runs = journal.list(500);
        if (!runs)
            load.error = runs.error().toString();
        else
            load.runs = runs.value();
        load.interrupted = journal.newlyInterrupted();
        return load;
    }));
}

void JournalPanel::onLoaded()
{
    const Load load = m_watcher.result();
    if (m_again) {
        m_again = false;
        refresh();
    }
    if (!load.error.isEmpty()) {
        m_message->setText(tr("The run journal cannot be read: %1").arg(load.error));
        return;
    }
    const QString selected = m_table->currentItem() ? m_table->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_runs = load.runs;
    m_table->clear();
    for (const RunRecord &r : m_runs) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setData(0, Qt::UserRole, r.id);
        // Today's runs by their time of day; older ones with the date too.
        const QDateTime started = r.startedAt.toLocalTime();
        item->setText(ColStarted, started.date() == QDate::currentDate()
                                          ? started.toString(QStringLiteral("HH:mm:ss"))
                                          : started.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setToolTip(ColStarted, started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(ColState, RunPanel::runStateText(r.state));
        item->setText(ColWhat, RunPanel::verbText(r.verb) + QLatin1Char(' ')
                                       + (r.target.size() > 40 ? r.target.left(39) + QChar(0x2026) : r.target));
        item->setToolTip(ColWhat, RunPanel::verbText(r.verb) + QLatin1Char(' ') + r.target);
        item->setText(ColProfile, r.profileName);
        item->setText(ColOutcome, (r.error.isEmpty() ? r.outcome : r.error).text().section(QLatin1Char('\n'), 0, 0));
        item->setToolTip(ColOutcome, r.outcome.text());
        if (r.state == RunState::Failed || r.state == RunState::Interrupted)
            item->setForeground(ColState, Colours::danger(palette()));
        else if (r.needsVerification)
            item->setForeground(ColState, Colours::warning(palette()));
        if (r.state == RunState::Interrupted) {
            QFont f = item->font(ColState);
            f.setBold(true);
            item->setFont(ColState, f);
        }
        if (r.id == selected)
            m_table->setCurrentItem(item);
    }
    m_message->setText(m_runs.isEmpty() ? tr("No runs yet.") : tr("%n run(s)", nullptr, int(m_runs.size())));
    if (!load.interrupted.isEmpty()) {
        m_message->setText(tr("%n run(s) were interrupted: Strata ended while they ran. What they left in the "
                              "database is unknown until Strata reads it again (Refresh in Environments verifies "
                              "it).",
                              nullptr, int(load.interrupted.size())));
        Q_EMIT interruptedFound(load.interrupted);
    }
    Q_EMIT loaded();
}

void JournalPanel::showDetails()
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const RunRecord &r : m_runs) {
        if (r.id != id)
            continue;
        QString text;
        text += tr("Run:      %1\n").arg(r.id);
        text += tr("What:     %1 %2\n").arg(RunPanel::verbText(r.verb), r.target);
        text += tr("State:    %1\n").arg(RunPanel::runStateText(r.state));
        text += tr("Who:      %1@%2 (pid %3)\n").arg(r.osUser, r.host).arg(r.pid);
        text += tr("Where:    %1 — %2\n").arg(r.profileName, r.database);
        text += tr("Started:  %1\n").arg(r.startedAt.toLocalTime().toString(Qt::ISODate));
        if (r.finishedAt.isValid())
            text += tr("Finished: %1\n").arg(r.finishedAt.toLocalTime().toString(Qt::ISODate));
        text += tr("From:     %1\nTo:       %2\n")
                        .arg(revisionsOrBase(r.fromRevisions),
                             r.needsVerification ? tr("unknown (not yet verified)") : revisionsOrBase(r.toRevisions));
        if (!r.error.isEmpty())
            text += tr("Error:    %1%2\n").arg(r.errorType.isEmpty() ? QString() : r.errorType + QStringLiteral(": "), r.error.text());
        if (!r.outcome.isEmpty())
            text += tr("Outcome:  %1\n").arg(r.outcome.text());
        for (const RunStep &s : r.steps)
            text += QStringLiteral("  %1. %2 %3 -> %4  %5  [%6]\n")
                            .arg(s.index + 1)
                            .arg(RunPanel::directionText(s.direction), revisionsOrBase(s.from), revisionsOrBase(s.to), s.message,
                                 RunPanel::stepStateText(s.state));
        if (!r.sql.isEmpty())
            text += QStringLiteral("\nSQL:\n") + r.sql;
        m_details->setPlainText(text);
        return;
    }
}

} // namespace strata
