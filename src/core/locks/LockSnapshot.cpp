#include "LockSnapshot.h"

#include "connection/WritePolicy.h"
#include "dialect/Dialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>

namespace strata {

qint64 SessionInfo::transactionAge(const QDateTime &now) const
{
    const QDateTime since = transactionStart.isValid() ? transactionStart : queryStart;
    return since.isValid() ? since.secsTo(now) : -1;
}

QString SessionInfo::relationsHeld() const
{
    QStringList out;
    for (const HeldLock &l : locks)
        if (l.granted && !l.relation.isEmpty())
            out << QStringLiteral("%1 (%2)").arg(l.relation, l.mode);
    out.removeDuplicates();
    return out.join(QStringLiteral(", "));
}

QJsonObject SessionInfo::toJson(const QDateTime &now) const
{
    auto iso = [](const QDateTime &t) { return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(); };
    QJsonObject o;
    o.insert(QStringLiteral("pid"), pid);
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("application"), application);
    o.insert(QStringLiteral("client_address"), clientAddress);
    o.insert(QStringLiteral("backend_type"), backendType);
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("transaction_start"), iso(transactionStart));
    o.insert(QStringLiteral("query_start"), iso(queryStart));
    o.insert(QStringLiteral("state_change"), iso(stateChange));
    o.insert(QStringLiteral("transaction_age_s"), transactionAge(now));
    o.insert(QStringLiteral("wait_event_type"), waitEventType);
    o.insert(QStringLiteral("wait_event"), waitEvent);
    o.insert(QStringLiteral("query"), query);
    QJsonArray blocked;
    for (qint64 p : blockedBy)
        blocked.append(p);
    o.insert(QStringLiteral("blocked_by"), blocked);
    QJsonArray ls;
    for (const HeldLock &l : locks) {
        QJsonObject lo;
        lo.insert(QStringLiteral("locktype"), l.lockType);
        lo.insert(QStringLiteral("mode"), l.mode);
        lo.insert(QStringLiteral("granted"), l.granted);
        lo.insert(QStringLiteral("relation"), l.relation);
        ls.append(lo);
    }
    o.insert(QStringLiteral("locks"), ls);
    o.insert(QStringLiteral("self"), self);
    o.insert(QStringLiteral("hidden"), hidden);
    return o;
}

const SessionInfo *LockSnapshot::session(qint64 pid) const
{
    for (const SessionInfo &s : sessions)
        if (s.pid == pid)
            return &s;
    return nullptr;
}

QList<BlockingNode> LockSnapshot::blockingTree() const
{
    QHash<qint64, QList<qint64>> waitersOf; // blocker -> sessions waiting on it
    QSet<qint64> waiting;
    for (const SessionInfo &s : sessions)
        for (qint64 b : s.blockedBy) {
            waitersOf[b] << s.pid;
            waiting.insert(s.pid);
        }
    std::function<BlockingNode(qint64, QSet<qint64> &)> build = [&](qint64 pid, QSet<qint64> &path) {
        BlockingNode n;
        n.pid = pid;
        path.insert(pid);
        QList<qint64> ws = waitersOf.value(pid);
        std::sort(ws.begin(), ws.end());
        for (qint64 w : ws)
            if (!path.contains(w)) // a deadlock cycle ends the branch
                n.waiters << build(w, path);
        path.remove(pid);
        return n;
    };
    QList<qint64> roots;
    for (auto it = waitersOf.cbegin(); it != waitersOf.cend(); ++it)
        if (!waiting.contains(it.key()))
            roots << it.key();
    // Sessions in a wait cycle have no root: start from the lowest pid of each.
    QSet<qint64> covered;
    std::function<void(const BlockingNode &)> cover = [&](const BlockingNode &n) {
        covered.insert(n.pid);
        for (const BlockingNode &w : n.waiters)
            cover(w);
    };
    std::sort(roots.begin(), roots.end());
    QList<BlockingNode> out;
    for (qint64 r : roots) {
        QSet<qint64> path;
        out << build(r, path);
        cover(out.last());
    }
    QList<qint64> rest(waiting.cbegin(), waiting.cend());
    std::sort(rest.begin(), rest.end());
    for (qint64 p : rest)
        if (!covered.contains(p) && waitersOf.contains(p)) {
            QSet<qint64> path;
            out << build(p, path);
            cover(out.last());
        }
    return out;
}

QList<const SessionInfo *> LockSnapshot::idleInTransaction() const
{
    QList<const SessionInfo *> out;
    for (const SessionInfo &s : sessions)
        if (s.idleInTransaction())
            out << &s;
    std::sort(out.begin(), out.end(), [this](const SessionInfo *a, const SessionInfo *b) {
        return a->transactionAge(takenAt) > b->transactionAge(takenAt);
    });
    return out;
}

QList<const SessionInfo *> LockSnapshot::longTransactions(int seconds) const
{
    QList<const SessionInfo *> out;
    for (const SessionInfo &s : sessions)
        if (s.transactionStart.isValid() && s.transactionAge(takenAt) >= seconds)
            out << &s;
    return out;
}

QList<const SessionInfo *> LockSnapshot::waitingOn(qint64 pid) const
{
    QList<const SessionInfo *> out;
    if (const SessionInfo *s = session(pid))
        for (qint64 b : s->blockedBy)
            if (const SessionInfo *holder = session(b))
                out << holder;
    return out;
}

int LockSnapshot::hiddenSessions() const
{
    return int(std::count_if(sessions.cbegin(), sessions.cend(), [](const SessionInfo &s) { return s.hidden; }));
}

QString LockSnapshot::hiddenNote() const
{
    const int hidden = hiddenSessions();
    if (hidden == 0)
        return {};
    return QCoreApplication::translate("strata::LockSnapshot", "%1 session(s) of other roles show no state, query or wait to this user; who blocks whom "
                          "is still known (from pg_locks), but what they run is hidden: membership in "
                          "pg_read_all_stats (or pg_monitor) shows it")
            .arg(hidden);
}

QJsonObject LockSnapshot::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("taken_at"), isoUtc(takenAt));
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("own_pid"), ownPid);
    o.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    QJsonArray ss;
    for (const SessionInfo &s : sessions)
        ss.append(s.toJson(takenAt));
    o.insert(QStringLiteral("sessions"), ss);
    std::function<QJsonObject(const BlockingNode &)> node = [&](const BlockingNode &n) {
        QJsonObject j;
        j.insert(QStringLiteral("pid"), n.pid);
        QJsonArray ws;
        for (const BlockingNode &w : n.waiters)
            ws.append(node(w));
        j.insert(QStringLiteral("waiters"), ws);
        return j;
    };
    QJsonArray tree;
    for (const BlockingNode &n : blockingTree())
        tree.append(node(n));
    o.insert(QStringLiteral("blocking_tree"), tree);
    QJsonArray idle;
    for (const SessionInfo *s : idleInTransaction())
        idle.append(s->pid);
    o.insert(QStringLiteral("idle_in_transaction"), idle);
    o.insert(QStringLiteral("hidden_sessions"), hiddenSessions());
    if (hiddenSessions() > 0)
        o.insert(QStringLiteral("hidden_note"), hiddenNote());
    return o;
}

Status signalSession(QSqlDatabase db, const ConnectionProfile &profile, qint64 pid, bool terminate,
                     const QString &confirmedDatabase, const QList<ConnectionProfile> &others,
                     const QHash<QString, QString> &knownKeys)
{
    const QString what = terminate ? QStringLiteral("terminate sessions") : QStringLiteral("cancel sessions");
    QString because;
    ConnectionProfile p = profile;
    if (!others.isEmpty()) {
        auto identity = Dialect::of(profile).identity(db, profile);
        p = WritePolicy::strictest(profile, identity ? identity->key : QString(), others, knownKeys, &because);
    }
    if (Status s = WritePolicy::check(p, confirmedDatabase, what); !s) {
        Error e = s.error();
        if (!because.isEmpty())
            e.message += QStringLiteral(" (%1)").arg(because);
        return e;
    }
    const Dialect &dialect = Dialect::of(p);
    return terminate ? dialect.terminateSession(db, pid) : dialect.cancelSession(db, pid);
}

} // namespace strata
