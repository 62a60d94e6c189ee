#include "LocksPanel.h"

#include "AsyncTask.h"
#include "Colours.h"
#include "connection/WritePolicy.h"
#include "dialect/Dialect.h"
#include "run/DbWorker.h"
#include "services/JournalVerification.h"
#include "state/DatabaseConnection.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace strata {

namespace {

enum Column { ColPid, ColUser, ColApp, ColClient, ColType, ColState, ColXact, ColQueryAge, ColWait, ColHeld, ColQuery };
constexpr int RolePid = Qt::UserRole + 1;

QString elide(const QString &s, int n = 90)
{
    const QString t = s.simplified();
    return t.size() > n ? t.left(n - 1) + QChar(0x2026) : t;
}

} // namespace

Result<LocksPanel::View> LocksPanel::viewOn(QSqlDatabase &db, const ConnectionProfile &p,
                                            const QList<ConnectionProfile> &others)
{
    const Dialect &dialect = Dialect::of(p);
    auto snap = dialect.lockSnapshot(db);
    if (!snap)
        return snap.error();
    View view;
    view.snapshot = snap.value();
    auto identity = dialect.identity(db, p);
    view.rules = WritePolicy::strictest(p, identity ? identity->key : QString(), others,
                                        JournalVerification::knownIdentities({}), &view.because);
    return view;
}

LocksPanel::LocksPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(tr("Select an environment to see its sessions and locks."), this);
    m_auto = new QCheckBox(tr("Refresh every"), this);
    m_auto->setChecked(true);
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 600);
    m_interval->setValue(5);
    m_interval->setSuffix(tr(" s"));
    m_showAll = new QCheckBox(tr("Idle and system sessions"), this);
    m_showAll->setObjectName(QStringLiteral("locksShowAll"));
    m_showAll->setToolTip(tr("Also list idle sessions, background workers and Strata's own monitor connection"));
    auto *refreshNow = new QPushButton(tr("Refresh"), this);
    m_cancelQuery = new QPushButton(tr("Cancel Query…"), this);
    m_cancelQuery->setObjectName(QStringLiteral("locksCancelQuery"));
    m_terminate = new QPushButton(tr("Terminate Session…"), this);
    m_terminate->setObjectName(QStringLiteral("locksTerminate"));
    top->addWidget(m_title, 1);
    top->addWidget(m_showAll);
    top->addWidget(m_auto);
    top->addWidget(m_interval);
    top->addWidget(refreshNow);
    top->addWidget(m_cancelQuery);
    top->addWidget(m_terminate);
    layout->addLayout(top);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    // The chain and the sessions on the left, the selected session's detail
    // (the lock that matters first) on the right.
    auto *outer = new QSplitter(Qt::Horizontal, this);
    auto *split = new QSplitter(Qt::Vertical, outer);
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(QStringLiteral("blockingTree"));
    m_tree->setHeaderLabels({ tr("Blocking chain"), tr("User"), tr("Application"), tr("State"), tr("Age"), tr("Query") });
    m_tree->header()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_sessions = new QTreeWidget(split);
    m_sessions->setObjectName(QStringLiteral("sessionsTable"));
    m_sessions->setRootIsDecorated(false);
    m_sessions->setAlternatingRowColors(true);
    m_sessions->setSortingEnabled(true);
    m_sessions->setHeaderLabels({ tr("PID"), tr("User"), tr("Application"), tr("Client"), tr("Type"), tr("State"),
                                  tr("Transaction"), tr("Query age"), tr("Waiting on"), tr("Holds"), tr("Query") });
    m_sessions->header()->setSectionResizeMode(ColQuery, QHeaderView::Stretch);
    m_details = new QPlainTextEdit(outer);
    m_details->setObjectName(QStringLiteral("locksDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a session to see what it holds and waits for."));
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 2);
    layout->addWidget(outer, 1);
    for (QTreeWidget *t : { m_tree, m_sessions }) {
        t->setMinimumHeight(60);
        t->header()->setSectionResizeMode(QHeaderView::Interactive);
    }
    m_tree->header()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_sessions->header()->setSectionResizeMode(ColQuery, QHeaderView::Stretch);
    m_refreshTimer = new QTimer(this);
    m_ageTimer = new QTimer(this);
    m_ageTimer->start(1000);
    for (QPushButton *b : { m_cancelQuery, m_terminate })
        b->setEnabled(false);

    connect(refreshNow, &QPushButton::clicked, this, &LocksPanel::refresh);
    connect(m_refreshTimer, &QTimer::timeout, this, &LocksPanel::refresh);
    connect(m_ageTimer, &QTimer::timeout, this, &LocksPanel::updateAges);
    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_watched && isVisible() && watchable())
            m_refreshTimer->start(m_interval->value() * 1000);
        else
            m_refreshTimer->stop();
    });
    connect(m_showAll, &QCheckBox::toggled, this, [this] { rebuild(); });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int s) {
        if (m_refreshTimer->isActive())
            m_refreshTimer->start(s * 1000);
    });
    connect(m_sessions, &QTreeWidget::currentItemChanged, this, &LocksPanel::showDetails);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            selectPid(item->data(0, RolePid).toLongLong());
    });
    connect(m_cancelQuery, &QPushButton::clicked, this, [this] { act(false); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { act(true); });
    connect(&m_watcher, &QFutureWatcher<Result<View>>::finished, this, &LocksPanel::onSnapshot);
}

LocksPanel::~LocksPanel()
{
    // Not waited on: a snapshot holds no pointer to the panel (a frozen server
    // never holds up closing the window; the monitor gives up within 15 s).
    m_watcher.disconnect();
}

bool LocksPanel::watchable() const
{
    return m_hasProfile && Dialect::of(m_profile).hasServerSessions();
}

bool LocksPanel::isPolling() const
{
    return m_refreshTimer->isActive();
}

void LocksPanel::dropMonitor()
{
    // Closes the connection on its own thread, never waited on here.
    m_monitor.reset();
}

void LocksPanel::setWatched(bool watched)
{
    if (watched == m_watched)
        return;
    m_watched = watched;
    if (!watched) {
        // Polled only while someone looks at it; the connection goes too.
        m_refreshTimer->stop();
        dropMonitor();
    } else if (watchable()) {
        if (m_auto->isChecked())
            m_refreshTimer->start(m_interval->value() * 1000);
        refresh();
    }
}

void LocksPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setWatched(true);
}

void LocksPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setWatched(false);
}

QString LocksPanel::detailsText() const
{
    return m_details->toPlainText();
}

bool LocksPanel::shownSession(const SessionInfo &s) const
{
    if (m_showAll->isChecked())
        return true;
    // What matters: client sessions with something open, and anyone in a chain.
    if (s.self || s.isStrataControl())
        return !s.blockedBy.isEmpty();
    if (!s.backendType.isEmpty() && s.backendType != QLatin1String("client backend"))
        return false;
    return s.state != QLatin1String("idle") || !s.blockedBy.isEmpty() || !s.locks.isEmpty();
}

QString LocksPanel::message() const
{
    return m_message->text();
}

void LocksPanel::setInterval(int seconds)
{
    m_interval->setValue(seconds);
}

void LocksPanel::setEnvironment(const ConnectionProfile &profile, const QString &password)
{
    const bool same = m_hasProfile && m_profile.id == profile.id;
    if (!same || m_password != password)
        dropMonitor();
    m_profile = profile;
    m_password = password;
    m_hasProfile = true;
    m_title->setText(tr("<b>%1</b> — %2%3")
                             .arg(profile.name.toHtmlEscaped(), profile.displayUrl().toHtmlEscaped(),
                                  profile.production ? tr(" [PRODUCTION]") : QString()));
    if (!same) {
        m_snapshot = LockSnapshot();
        m_tree->clear();
        m_sessions->clear();
        m_details->clear();
    }
    if (!watchable()) {
        // SQLite: no server, no sessions; nothing to poll.
        m_refreshTimer->stop();
        m_message->setText(tr("%1 has no server sessions to watch: an SQLite database is locked by the processes "
                              "that open its file.").arg(profile.name));
        return;
    }
    m_message->clear();
    if (m_auto->isChecked() && m_watched && isVisible())
        m_refreshTimer->start(m_interval->value() * 1000);
    if (m_watched && isVisible())
        refresh();
}

void LocksPanel::refresh()
{
    if (!watchable() || m_watcher.isRunning())
        return; // one snapshot at a time; the timer asks again
    const ConnectionProfile p = m_profile;
    const QList<ConnectionProfile> others = m_others;
    if (!m_monitor)
        m_monitor = std::make_shared<DbWorker>(p, m_password, 5, QStringLiteral("strata locks"));
    const std::shared_ptr<DbWorker> monitor = m_monitor;
    m_watcher.setFuture(QtConcurrent::run([monitor, p, others]() -> Result<View> {
        auto answer = monitor->call<View>([p, others](DbSession &s) { return viewOn(s.db, p, others); }, 15000);
        if (!answer)
            return makeError(ErrorCode::Unreachable, QStringLiteral("%1 did not answer within 15 s").arg(p.name));
        return *answer;
    }));
}

void LocksPanel::onSnapshot()
{
    const Result<View> r = m_watcher.result();
    if (!r) {
        dropMonitor(); // a new connection at the next refresh
        m_message->setText(r.error().message);
        Q_EMIT refreshed();
        return;
    }
    m_snapshot = r->snapshot;
    if (r->rules.id == m_profile.id) {
        m_profile.production = r->rules.production;
        m_profile.readOnly = r->rules.readOnly;
        m_because = r->because;
    }
    m_sinceSnapshot.start();
    rebuild();
    const int idle = int(m_snapshot.idleInTransaction().size());
    const int chains = int(m_snapshot.blockingTree().size());
    m_message->setText(tr("%n session(s)", nullptr, int(m_snapshot.sessions.size())) + QStringLiteral("; ")
                       + (chains ? tr("%n blocking chain(s)", nullptr, chains) : tr("nobody waits on anybody"))
                       + (idle ? QStringLiteral("; ") + tr("%n idle in transaction", nullptr, idle) : QString())
                       + (m_snapshot.hiddenSessions() ? QStringLiteral(". ") + m_snapshot.hiddenNote() + QLatin1Char('.')
                                                      : QString()));
    Q_EMIT refreshed();
    // The doctor asked to stop this session: asked here, with the usual confirmation.
    if (const qint64 pid = std::exchange(m_signalWhenShown, 0); pid && m_snapshot.session(pid)) {
        selectPid(pid);
        act(m_terminateWhenShown);
    }
}

void LocksPanel::signalWhenShown(qint64 pid, bool terminate)
{
    m_signalWhenShown = pid;
    m_terminateWhenShown = terminate;
    refresh();
}

void LocksPanel::rebuild()
{
    const qint64 keep = m_pendingSelect ? m_pendingSelect : selectedPid();
    const QDateTime now = m_snapshot.takenAt;
    const QColor idleColour = Colours::warningTint(palette());
    m_tree->clear();
    std::function<void(const BlockingNode &, QTreeWidgetItem *)> add = [&](const BlockingNode &n, QTreeWidgetItem *parent) {
        const SessionInfo *s = m_snapshot.session(n.pid);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setData(0, RolePid, n.pid);
        item->setText(0, s && s->self ? tr("pid %1 (Strata)").arg(n.pid) : tr("pid %1").arg(n.pid));
        if (s) {
            item->setText(1, s->user);
            item->setText(2, s->application);
            item->setText(3, s->waiting() ? tr("waiting (%1)").arg(s->waitEvent) : s->state);
            item->setText(4, formatAge(s->idleInTransaction() ? s->transactionAge(now) : s->queryStart.secsTo(now)));
            item->setText(5, elide(s->query));
            item->setToolTip(5, s->query);
            if (s->idleInTransaction()) {
                for (int c = 0; c < 6; ++c)
                    item->setBackground(c, idleColour);
                item->setForeground(3, Colours::warning(palette()));
            }
        }
        for (const BlockingNode &w : n.waiters)
            add(w, item);
    };
    for (const BlockingNode &n : m_snapshot.blockingTree())
        add(n, nullptr);
    m_tree->expandAll();

    m_sessions->setSortingEnabled(false);
    m_sessions->clear();
    int hidden = 0;
    for (const SessionInfo &s : m_snapshot.sessions) {
        if (!shownSession(s) && s.pid != keep) {
            ++hidden;
            continue;
        }
        auto *item = new QTreeWidgetItem(m_sessions);
        item->setData(ColPid, Qt::DisplayRole, s.pid);
        item->setData(ColPid, RolePid, s.pid);
        item->setText(ColUser, s.user);
        item->setText(ColApp, s.self ? tr("%1 (this window)").arg(s.application) : s.application);
        item->setText(ColClient, s.clientAddress);
        item->setText(ColType, s.backendType);
        item->setText(ColState, s.state);
        QStringList on;
        for (qint64 b : s.blockedBy)
            on << QString::number(b);
        item->setText(ColWait, on.join(QStringLiteral(", ")));
        item->setText(ColHeld, s.relationsHeld());
        item->setText(ColQuery, elide(s.query));
        item->setToolTip(ColQuery, s.query);
        if (s.idleInTransaction()) {
            for (int c = 0; c <= ColQuery; ++c)
                item->setBackground(c, idleColour);
            item->setForeground(ColState, Colours::warning(palette()));
            item->setToolTip(ColState, tr("An open transaction that does nothing: it keeps its locks until it ends"));
        }
        if (s.pid == keep)
            m_sessions->setCurrentItem(item);
    }
    m_sessions->setSortingEnabled(true);
    m_sessions->headerItem()->setText(ColPid, hidden ? tr("PID (%n hidden)", nullptr, hidden) : tr("PID"));
    for (QTreeWidget *t : { m_tree, m_sessions })
        for (int c = 0; c + 1 < t->columnCount(); ++c)
            t->resizeColumnToContents(c);
    m_pendingSelect = 0;
    updateAges();
    showDetails();
}

void LocksPanel::updateAges()
{
    if (!m_sinceSnapshot.isValid())
        return;
    // Ages count up between snapshots.
    const QDateTime now = m_snapshot.takenAt.addMSecs(m_sinceSnapshot.elapsed());
    for (int i = 0; i < m_sessions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_sessions->topLevelItem(i);
        const SessionInfo *s = m_snapshot.session(item->data(ColPid, RolePid).toLongLong());
        if (!s)
            continue;
        item->setText(ColXact, s->transactionStart.isValid() ? formatAge(s->transactionStart.secsTo(now)) : QString());
        item->setText(ColQueryAge, s->queryStart.isValid() ? formatAge(s->queryStart.secsTo(now)) : QString());
    }
}

qint64 LocksPanel::selectedPid() const
{
    QTreeWidgetItem *item = m_sessions->currentItem();
    return item ? item->data(ColPid, RolePid).toLongLong() : 0;
}

void LocksPanel::selectPid(qint64 pid)
{
    for (int i = 0; i < m_sessions->topLevelItemCount(); ++i)
        if (m_sessions->topLevelItem(i)->data(ColPid, RolePid).toLongLong() == pid) {
            m_sessions->setCurrentItem(m_sessions->topLevelItem(i));
            m_sessions->scrollToItem(m_sessions->currentItem());
            return;
        }
    m_pendingSelect = pid; // after the next snapshot
}

void LocksPanel::showDetails()
{
    const SessionInfo *s = m_snapshot.session(selectedPid());
    const bool actionable = s && !s->isStrataControl() && m_hasProfile && !m_profile.readOnly;
    const QString why = !s ? QString()
            : s->isStrataControl() ? tr("This is one of Strata's own control connections; cancel a run from the Run tab")
            : m_profile.readOnly   ? tr("The profile is read-only")
                                   : QString();
    m_cancelQuery->setToolTip(why);
    m_terminate->setToolTip(why);
    m_cancelQuery->setEnabled(actionable);
    m_terminate->setEnabled(actionable);
    if (!s) {
        m_details->clear();
        return;
    }
    // First the lock that matters: what it waits for and who holds it, or whom it blocks.
    QString text;
    for (const HeldLock &l : s->locks)
        if (!l.granted) {
            QStringList holders;
            for (qint64 b : s->blockedBy)
                if (const SessionInfo *h = m_snapshot.session(b))
                    holders << tr("pid %1 (%2, '%3', %4)").arg(h->pid).arg(h->user, h->application, h->state);
            text += tr("Waits for %1 on %2, held by %3\n")
                            .arg(l.mode, l.relation.isEmpty() ? l.lockType : l.relation,
                                 holders.isEmpty() ? tr("another session") : holders.join(QStringLiteral("; ")));
            break;
        }
    QStringList blocked;
    for (const SessionInfo &o : m_snapshot.sessions)
        if (o.blockedBy.contains(s->pid))
            blocked << QString::number(o.pid);
    if (!blocked.isEmpty()) {
        QStringList held;
        for (const HeldLock &l : s->locks)
            if (l.granted && !l.relation.isEmpty())
                held << QStringLiteral("%1 on %2").arg(l.mode, l.relation);
        text += tr("Blocks %n session(s) (%1)", nullptr, int(blocked.size())).arg(blocked.join(QStringLiteral(", ")))
                + (held.isEmpty() ? QString() : tr(", holding %1").arg(held.join(QStringLiteral(", ")))) + QLatin1Char('\n');
    }
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += tr("Session %1 — %2 @ %3, application '%4', %5\n").arg(s->pid).arg(s->user, s->clientAddress, s->application, s->backendType);
    text += tr("State: %1%2\n").arg(s->state, s->waiting() ? tr(", waiting on %1 (%2 %3)").arg([&] {
        QStringList l;
        for (qint64 b : s->blockedBy)
            l << QString::number(b);
        return l.join(QStringLiteral(", "));
    }(), s->waitEventType, s->waitEvent) : QString());
    if (s->transactionStart.isValid())
        text += tr("Transaction open since %1 (%2)\n").arg(s->transactionStart.toLocalTime().toString(Qt::ISODate),
                                                          formatAge(s->transactionAge(m_snapshot.takenAt)));
    for (const HeldLock &l : s->locks)
        text += tr("  %1 %2 %3%4\n").arg(l.granted ? tr("holds") : tr("waits for"), l.mode, l.lockType,
                                         l.relation.isEmpty() ? QString() : QStringLiteral(" on ") + l.relation);
    text += QStringLiteral("\n") + s->query;
    m_details->setPlainText(text);
}

void LocksPanel::act(bool terminate)
{
    const SessionInfo *s = m_snapshot.session(selectedPid());
    if (!s || !m_hasProfile)
        return;
    const qint64 pid = s->pid;
    QString text = terminate
            ? tr("Terminate session %1 (%2, '%3')?\n\nThe session ends: its uncommitted work%4 is rolled back and its "
                 "client is disconnected.")
                      .arg(pid)
                      .arg(s->user, s->application,
                           s->transactionStart.isValid()
                                   ? tr(" (a transaction open for %1)").arg(formatAge(s->transactionAge(m_snapshot.takenAt)))
                                   : QString())
            : tr("Cancel the running query of session %1 (%2, '%3')?\n\nThe statement stops; if it was in a "
                 "transaction, that transaction is aborted.")
                      .arg(pid)
                      .arg(s->user, s->application);
    // Asynchronous dialogs (open()): the refresh keeps going behind them.
    const QString title = terminate ? tr("Terminate Session") : tr("Cancel Query");
    if (m_profile.production) {
        auto *input = new QInputDialog(this);
        input->setAttribute(Qt::WA_DeleteOnClose);
        input->setObjectName(QStringLiteral("locksConfirm"));
        input->setWindowTitle(title);
        input->setLabelText(text + tr("\n\nThis is a production database: type its name, %1, to go on.").arg(m_profile.database)
                            + (m_because.isEmpty() ? QString() : tr("\n(%1)").arg(m_because)));
        connect(input, &QInputDialog::textValueSelected, this,
                [this, pid, terminate](const QString &typed) { signalSession(pid, terminate, typed); });
        input->open();
    } else {
        auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("locksConfirm"));
        box->setDefaultButton(QMessageBox::No);
        connect(box, &QMessageBox::finished, this, [this, box, pid, terminate](int) {
            if (box->clickedButton() == box->button(QMessageBox::Yes))
                signalSession(pid, terminate, QString());
        });
        box->open();
    }
}

void LocksPanel::signalSession(qint64 pid, bool terminate, const QString &confirmed)
{
    const ConnectionProfile p = m_profile;
    const QString password = m_password;
    const QList<ConnectionProfile> others = m_others;
    runThenCallback(
            this,
            [p, password, pid, terminate, confirmed, others]() -> Status {
                DatabaseConnection conn; // its own: the monitor may be busy with a snapshot
                if (Status s = conn.open(p, password, 5, QStringLiteral("strata locks")); !s)
                    return s;
                return strata::signalSession(conn.database(), p, pid, terminate, confirmed, others,
                                             JournalVerification::knownIdentities({}));
            },
            [this, pid, terminate](const Status &st) {
                const QString msg = st ? (terminate ? tr("Session %1 terminated.").arg(pid)
                                                    : tr("Query of session %1 cancelled.").arg(pid))
                                       : st.error().message;
                m_message->setText(msg);
                Q_EMIT actionDone(st.ok(), msg);
                refresh();
            });
}

} // namespace strata
