// `strata-cli locks`, `cancel-backend`, `terminate-backend`: the live lock view.
#include "CliApp.h"

#include "locks/LockSnapshot.h"
#include "state/DatabaseConnection.h"

#include <QJsonArray>
#include <QThread>

#include <atomic>
#include <csignal>

namespace strata {

namespace {

std::atomic<bool> g_stopWatch { false };

extern "C" void onWatchInterrupt(int)
{
    g_stopWatch.store(true);
}

QString oneLine(const QString &text, int max = 80)
{
    QString t = text.simplified();
    return t.size() > max ? t.left(max - 1) + QChar(0x2026) : t;
}

QString describe(const SessionInfo &s, const QDateTime &now)
{
    QString what;
    if (s.waiting())
        what = QStringLiteral("waiting (%1 %2) for %3").arg(s.waitEventType, s.waitEvent, formatAge(s.queryStart.secsTo(now)));
    else if (s.idleInTransaction())
        what = QStringLiteral("%1 for %2").arg(s.state, formatAge(s.transactionAge(now)));
    else
        what = s.state.isEmpty() ? QStringLiteral("state hidden") : s.state;
    QString line = QStringLiteral("pid %1  %2  %3  %4").arg(s.pid).arg(s.user, s.application.isEmpty() ? QStringLiteral("-") : s.application, what);
    const QString held = s.relationsHeld();
    if (!held.isEmpty() && !s.waiting())
        line += QStringLiteral("  holds ") + held;
    if (!s.query.isEmpty() && (s.waiting() || s.state == QLatin1String("active")))
        line += QStringLiteral(": ") + oneLine(s.query);
    if (s.self)
        line += QStringLiteral("  (this is strata-cli)");
    return line;
}

} // namespace

int CliApp::cmdLocks(const Options &o, const ProjectPtr &project)
{
    auto profile = runProfile(o, project);
    if (!profile)
        return fail(o, profile.error(), Usage);
    const QString password = passwordFor(profile.value());
    DatabaseConnection conn;
    if (Status s = conn.open(profile.value(), password, o.timeout, QStringLiteral("strata locks")); !s)
        return fail(o, s.error(), StatusUnreachable);
    int watch = 0;
    if (!o.watch.isEmpty()) {
        bool ok = false;
        watch = o.watch.toInt(&ok);
        if (!ok || watch < 1)
            return usage(QStringLiteral("--watch takes whole seconds (1 or more)"));
    }
    auto previous = std::signal(SIGINT, onWatchInterrupt);
    g_stopWatch.store(false);
    int code = Ok;
    for (int round = 0;; ++round) {
        auto snap = takeLockSnapshot(conn.database(), profile->driver);
        if (!snap) {
            code = fail(o, snap.error(), profile->driver == ConnectionProfile::Driver::SQLite ? int(Usage) : int(StatusUnreachable));
            break;
        }
        if (o.json) {
            QJsonObject doc = snap->toJson();
            doc.insert(QStringLiteral("schema"), 1);
            doc.insert(QStringLiteral("profile"), profile->name);
            emitJson(doc);
        } else {
            if (round > 0)
                m_out << "\n";
            const QDateTime now = snap->takenAt;
            m_out << "Database " << snap->database << " (" << profile->name << ") at "
                  << now.toLocalTime().toString(QStringLiteral("HH:mm:ss")) << ": " << snap->sessions.size()
                  << " session(s), snapshot in " << snap->elapsedMs << " ms\n";
            const QList<BlockingNode> tree = snap->blockingTree();
            if (tree.isEmpty()) {
                m_out << "No session waits on another.\n";
            } else {
                m_out << "Blocking chains (root blockers first):\n";
                std::function<void(const BlockingNode &, int)> print = [&](const BlockingNode &n, int depth) {
                    const SessionInfo *s = snap->session(n.pid);
                    m_out << QString(2 + depth * 4, QLatin1Char(' ')) << (depth ? QStringLiteral("└─ ") : QString())
                          << (s ? describe(*s, now) : QStringLiteral("pid %1 (in another database)").arg(n.pid)) << "\n";
                    for (const BlockingNode &w : n.waiters)
                        print(w, depth + 1);
                };
                for (const BlockingNode &n : tree)
                    print(n, 0);
            }
            const auto idle = snap->idleInTransaction();
            if (!idle.isEmpty()) {
                m_out << "Idle in transaction:\n";
                for (const SessionInfo *s : idle)
                    m_out << "  " << describe(*s, now) << "\n";
            }
        }
        m_out.flush();
        if (watch == 0 || g_stopWatch.load())
            break;
        for (int i = 0; i < watch * 10 && !g_stopWatch.load(); ++i)
            QThread::msleep(100);
        if (g_stopWatch.load())
            break;
    }
    std::signal(SIGINT, previous);
    return code;
}

int CliApp::cmdSignalBackend(const Options &o, const ProjectPtr &project, bool terminate)
{
    if (o.positional.size() != 1)
        return usage(QStringLiteral("%1 takes one PID").arg(o.verb));
    bool ok = false;
    const qint64 pid = o.positional.first().toLongLong(&ok);
    if (!ok || pid <= 0)
        return usage(QStringLiteral("'%1' is not a process id").arg(o.positional.first()));
    auto profile = runProfile(o, project);
    if (!profile)
        return fail(o, profile.error(), Usage);
    DatabaseConnection conn;
    if (Status s = conn.open(profile.value(), passwordFor(profile.value()), o.timeout, QStringLiteral("strata locks")); !s)
        return fail(o, s.error(), StatusUnreachable);
    auto snap = takeLockSnapshot(conn.database(), profile->driver);
    if (!snap)
        return fail(o, snap.error(), RunRefused);
    const SessionInfo *s = snap->session(pid);
    if (!s)
        return fail(o, makeError(ErrorCode::NotFound, QStringLiteral("no session %1 in database %2").arg(pid).arg(snap->database)),
                    RunFailed);
    m_err << "Session: " << describe(*s, snap->takenAt) << "\n";
    if (s->isStrataControl())
        return fail(o, makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("refused: session %1 ('%2') is one of Strata's own control connections; "
                                                "to stop a run, cancel the run (Ctrl-C or the Run tab's Cancel)")
                                         .arg(pid)
                                         .arg(s->application)),
                    RunRefused);
    if (terminate)
        m_err << "Terminating ends the session: its uncommitted work"
              << (s->transactionStart.isValid() ? QStringLiteral(" (a transaction open for %1)").arg(formatAge(s->transactionAge(snap->takenAt))) : QString())
              << " is rolled back and its client is disconnected.\n";
    else
        m_err << "Cancelling stops its running statement; an open transaction is then aborted by the server.\n";
    QString confirmed = o.confirmDatabase;
    if (!profile->readOnly && profile->production && confirmed.isEmpty()) {
        if (!ask(QStringLiteral("'%1' is a production database. Type its name (%2) to continue: ")
                         .arg(profile->name, profile->database),
                 &confirmed))
            return fail(o, makeError(ErrorCode::InvalidArgument,
                                     QStringLiteral("refused: '%1' is production; pass --confirm-database %2")
                                             .arg(profile->name, profile->database)),
                        RunRefused);
    } else if (!profile->readOnly && !profile->production && !o.yes) {
        QString answer;
        if (!ask(QStringLiteral("%1 session %2? [y/N] ").arg(terminate ? QStringLiteral("Terminate") : QStringLiteral("Cancel the query of")).arg(pid), &answer))
            return fail(o, makeError(ErrorCode::InvalidArgument, QStringLiteral("refused: not a terminal; pass --yes")),
                        RunRefused);
        if (answer.toLower() != QLatin1String("y") && answer.toLower() != QLatin1String("yes"))
            return RunRefused;
    }
    if (Status st = signalBackend(conn.database(), profile.value(), pid, terminate, confirmed); !st)
        return fail(o, st.error(), st.error().code == ErrorCode::InvalidArgument ? int(RunRefused) : int(RunFailed));
    if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("pid"), pid);
        doc.insert(QStringLiteral("action"), terminate ? QStringLiteral("terminate") : QStringLiteral("cancel"));
        doc.insert(QStringLiteral("ok"), true);
        emitJson(doc);
    } else {
        m_out << (terminate ? "Terminated session " : "Cancelled the query of session ") << pid << "\n";
    }
    return Ok;
}

} // namespace strata
