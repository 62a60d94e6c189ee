#include "LockSnapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <unordered_map>

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
    return o;
}

namespace {

QList<qint64> parsePidArray(const QString &text)
{
    // "{12,34}" from int[]::text
    QList<qint64> out;
    QString t = text;
    t.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    for (const QString &p : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << p.toLongLong();
    return out;
}

Result<LockSnapshot> postgresSnapshot(QSqlDatabase db)
{
    QElapsedTimer timer;
    timer.start();
    LockSnapshot snap;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT now(), current_database(), pg_backend_pid()")) || !q.next())
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the server clock: %1").arg(q.lastError().text()));
    snap.takenAt = q.value(0).toDateTime();
    snap.database = q.value(1).toString();
    snap.ownPid = q.value(2).toLongLong();
    // One pass over the sessions of this database (client backends and
    // others attached to it), with pg_blocking_pids for each waiting one.
    if (!q.exec(QStringLiteral(
                "SELECT a.pid, coalesce(a.usename, ''), coalesce(a.application_name, ''), "
                "coalesce(host(a.client_addr), CASE WHEN a.client_port = -1 THEN 'local socket' ELSE '' END), "
                "coalesce(a.backend_type, ''), coalesce(a.state, ''), a.xact_start, a.query_start, a.state_change, "
                "coalesce(a.wait_event_type, ''), coalesce(a.wait_event, ''), coalesce(a.query, ''), "
                "CASE WHEN a.wait_event_type = 'Lock' THEN pg_blocking_pids(a.pid)::text ELSE '{}' END "
                "FROM pg_stat_activity a WHERE a.datname = current_database() ORDER BY a.pid")))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read pg_stat_activity: %1").arg(q.lastError().text()));
    std::unordered_map<qint64, int> index;
    while (q.next()) {
        SessionInfo s;
        s.pid = q.value(0).toLongLong();
        s.user = q.value(1).toString();
        s.application = q.value(2).toString();
        s.clientAddress = q.value(3).toString();
        s.backendType = q.value(4).toString();
        s.state = q.value(5).toString();
        s.transactionStart = q.value(6).toDateTime();
        s.queryStart = q.value(7).toDateTime();
        s.stateChange = q.value(8).toDateTime();
        s.waitEventType = q.value(9).toString();
        s.waitEvent = q.value(10).toString();
        s.query = q.value(11).toString();
        s.blockedBy = parsePidArray(q.value(12).toString());
        s.self = s.pid == snap.ownPid;
        index.emplace(s.pid, int(snap.sessions.size()));
        snap.sessions << s;
    }
    if (!q.exec(QStringLiteral(
                "SELECT l.pid, l.locktype, l.mode, l.granted, CASE WHEN l.relation IS NULL THEN '' ELSE "
                "(CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END) || c.relname END "
                "FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation LEFT JOIN pg_namespace n ON n.oid = "
                "c.relnamespace WHERE l.pid IS NOT NULL AND (l.database IS NULL OR l.database = (SELECT oid FROM "
                "pg_database WHERE datname = current_database())) AND l.locktype <> 'virtualxid' AND "
                "(c.relnamespace IS NULL OR n.nspname NOT IN ('pg_catalog', 'information_schema'))")))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read pg_locks: %1").arg(q.lastError().text()));
    while (q.next()) {
        const auto it = index.find(q.value(0).toLongLong());
        if (it == index.end())
            continue;
        snap.sessions[it->second].locks << HeldLock { q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                                               q.value(4).toString() };
    }
    snap.elapsedMs = timer.elapsed();
    return snap;
}

Result<LockSnapshot> mysqlSnapshot(QSqlDatabase db)
{
    QElapsedTimer timer;
    timer.start();
    LockSnapshot snap;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT now(), database(), connection_id()")) || !q.next())
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the server clock: %1").arg(q.lastError().text()));
    snap.takenAt = q.value(0).toDateTime();
    snap.database = q.value(1).toString();
    snap.ownPid = q.value(2).toLongLong();
    if (!q.exec(QStringLiteral("SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.STATE, p.INFO, t.trx_started, "
                               "t.trx_state, p.TIME FROM information_schema.PROCESSLIST p LEFT JOIN "
                               "information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID ORDER BY p.ID")))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the process list: %1").arg(q.lastError().text()));
    std::unordered_map<qint64, int> index;
    while (q.next()) {
        SessionInfo s;
        s.pid = q.value(0).toLongLong();
        s.user = q.value(1).toString();
        s.clientAddress = q.value(2).toString();
        s.backendType = q.value(3).toString();
        const bool inTrx = !q.value(6).isNull();
        const QString command = q.value(3).toString();
        s.state = command == QLatin1String("Sleep") ? (inTrx ? QStringLiteral("idle in transaction") : QStringLiteral("idle"))
                                                    : QStringLiteral("active");
        s.waitEvent = q.value(4).toString();
        s.query = q.value(5).toString();
        s.transactionStart = q.value(6).toDateTime();
        if (q.value(7).toString() == QLatin1String("LOCK WAIT"))
            s.waitEventType = QStringLiteral("Lock");
        s.self = s.pid == snap.ownPid;
        index.emplace(s.pid, int(snap.sessions.size()));
        snap.sessions << s;
    }
    // MySQL 8: performance_schema.data_lock_waits; MariaDB / 5.7: INNODB_LOCK_WAITS.
    const QString waits8 = QStringLiteral(
            "SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id FROM performance_schema.data_lock_waits w JOIN "
            "information_schema.INNODB_TRX r ON r.trx_id = w.REQUESTING_ENGINE_TRANSACTION_ID JOIN "
            "information_schema.INNODB_TRX b ON b.trx_id = w.BLOCKING_ENGINE_TRANSACTION_ID");
    const QString waits57 = QStringLiteral(
            "SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id FROM information_schema.INNODB_LOCK_WAITS w JOIN "
            "information_schema.INNODB_TRX r ON r.trx_id = w.requesting_trx_id JOIN information_schema.INNODB_TRX b "
            "ON b.trx_id = w.blocking_trx_id");
    if (q.exec(waits8) || q.exec(waits57)) {
        while (q.next()) {
            const auto it = index.find(q.value(0).toLongLong());
            if (it != index.end())
                snap.sessions[it->second].blockedBy << q.value(1).toLongLong();
        }
    }
    snap.elapsedMs = timer.elapsed();
    return snap;
}

} // namespace

Result<LockSnapshot> takeLockSnapshot(QSqlDatabase db, ConnectionProfile::Driver driver)
{
    switch (driver) {
    case ConnectionProfile::Driver::PostgreSQL: return postgresSnapshot(db);
    case ConnectionProfile::Driver::MySQL: return mysqlSnapshot(db);
    case ConnectionProfile::Driver::SQLite: break;
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("SQLite has no server sessions: a lock on an SQLite file is held by whichever "
                                    "process has it open, and there is nothing to list or cancel"));
}

Status signalBackend(QSqlDatabase db, const ConnectionProfile &p, qint64 pid, bool terminate,
                     const QString &confirmedDatabase)
{
    const QString what = terminate ? QStringLiteral("terminate") : QStringLiteral("cancel");
    if (p.readOnly)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("profile '%1' is read-only: Strata does not %2 sessions on it").arg(p.name, what));
    if (p.production && confirmedDatabase != p.database)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("profile '%1' is production: type its database name '%2' to confirm")
                                 .arg(p.name, p.database));
    if (p.driver == ConnectionProfile::Driver::SQLite)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("SQLite has no server sessions to %1").arg(what));
    QSqlQuery q(db);
    if (p.driver == ConnectionProfile::Driver::MySQL) {
        if (q.exec(QStringLiteral("SELECT connection_id()")) && q.next() && q.value(0).toLongLong() == pid)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is Strata's own connection").arg(pid));
        // KILL takes no bound parameter; the id is a number we formatted ourselves.
        if (!q.exec(QStringLiteral("%1 %2").arg(terminate ? QStringLiteral("KILL") : QStringLiteral("KILL QUERY")).arg(pid)))
            return makeError(ErrorCode::Io, QStringLiteral("cannot %1 connection %2: %3").arg(what).arg(pid).arg(q.lastError().databaseText()));
        return {};
    }
    if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() && q.value(0).toLongLong() == pid)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("session %1 is Strata's own control connection; it is never %2ed")
                                 .arg(pid)
                                 .arg(terminate ? QStringLiteral("terminat") : QStringLiteral("cancell")));
    q.prepare(terminate ? QStringLiteral("SELECT pg_terminate_backend(?)") : QStringLiteral("SELECT pg_cancel_backend(?)"));
    q.addBindValue(pid);
    if (!q.exec() || !q.next()) {
        const QString text = q.lastError().databaseText();
        if (text.contains(QLatin1String("permission denied")) || text.contains(QLatin1String("must be a member")))
            return makeError(ErrorCode::Io,
                             QStringLiteral("not allowed to %1 session %2: the connecting user needs to be a member of "
                                            "pg_signal_backend (or of that session's role); a superuser's sessions "
                                            "can only be signalled by a superuser (%3)")
                                     .arg(what)
                                     .arg(pid)
                                     .arg(text.trimmed()));
        return makeError(ErrorCode::Io, QStringLiteral("cannot %1 session %2: %3").arg(what).arg(pid).arg(text.trimmed()));
    }
    if (!q.value(0).toBool())
        return makeError(ErrorCode::NotFound, QStringLiteral("no session %1 in this server (it may have ended)").arg(pid));
    return {};
}

} // namespace strata
