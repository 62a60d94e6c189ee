#include "LocksPanel.h"

#include "AsyncTask.h"
#include "Colours.h"
#include "connection/WritePolicy.h"
#include "dialect/Dialect.h"
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

Result<LocksPanel::View> LocksPanel::viewOf(const ConnectionProfile &p, const QString &password,
                                            const QList<ConnectionProfile> &others)
{
    DatabaseConnection conn; // this worker thread's own connection
    if (Status s = conn.open(p, password, 5, QStringLiteral("strata locks")); !s)
        return s.error();
    const Dialect &dialect = Dialect::of(p);
    auto snap = dialect.lockSnapshot(conn.database());
    if (!snap)
        return snap.error();
    View view;
    view.snapshot = snap.value();
    auto identity = dialect.identity(conn.database(), p);
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
    auto *refreshNow = new QPushButton(tr("Refresh"), this);
    m_cancelQuery = new QPushButton(tr("Cancel Query…"), this);
    m_cancelQuery->setObjectName(QStringLiteral("locksCancelQuery"));
    m_terminate = new QPushButton(tr("Terminate Session…"), this);
    m_terminate->setObjectName(QStringLiteral("locksTerminate"));
    top->addWidget(m_title, 1);
    top->addWidget(m_auto);
    top->addWidget(m_interval);
    top->addWidget(refreshNow);
    top->addWidget(m_cancelQuery);
    top->addWidget(m_terminate);
    layout->addLayout(top);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Vertical, this);
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
    m_details = new QPlainTextEdit(split);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(split, 1);
    m_refreshTimer = new QTimer(this);
    m_ageTimer = new QTimer(this);
    m_ageTimer->start(1000);
    for (QPushButton *b : { m_cancelQuery, m_terminate })
        b->setEnabled(false);

    connect(refreshNow, &QPushButton::clicked, this, &LocksPanel::refresh);
    connect(m_refreshTimer, &QTimer::timeout, this, &LocksPanel::refresh);
    connect(m_ageTimer, &QTimer::timeout, this, &LocksPanel::updateAges);
    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_hasProfile)
            m_refreshTimer->start(m_interval->value() * 1000);
        else
            m_refreshTimer->stop();
    });
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
    m_watcher.waitForFinished();
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
    }
    if (m_auto->isChecked())
        m_refreshTimer->start(m_interval->value() * 1000);
    refresh();
}

void LocksPanel::refresh()
{
    if (!m_hasProfile || m_watcher.isRunning())
        return; // one snapshot at a time; the timer asks again
    const ConnectionProfile p = m_profile;
    const QString password = m_password;
    const QList<ConnectionProfile> others = m_others;
    m_watcher.setFuture(QtConcurrent::run([p, password, others] { return viewOf(p, password, others); }));
}

void LocksPanel::onSnapshot()
{
    const Result<View> r = m_watcher.result();
    if (!r) {
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
            if (s->idleInTransaction())
                for (int c = 0; c < 6; ++c)
                    item->setBackground(c, idleColour);
        }
        for (const BlockingNode &w : n.waiters)
            add(w, item);
    };
    for (const BlockingNode &n : m_snapshot.blockingTree())
        add(n, nullptr);
    m_tree->expandAll();

    m_sessions->setSortingEnabled(false);
    m_sessions->clear();
    for (const SessionInfo &s : m_snapshot.sessions) {
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
        if (s.idleInTransaction())
            for (int c = 0; c <= ColQuery; ++c)
                item->setBackground(c, idleColour);
        if (s.pid == keep)
            m_sessions->setCurrentItem(item);
    }
    m_sessions->setSortingEnabled(true);
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
    QString text = tr("Session %1 — %2 @ %3, application '%4', %5\n").arg(s->pid).arg(s->user, s->clientAddress, s->application, s->backendType);
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
                DatabaseConnection conn;
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
