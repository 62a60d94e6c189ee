#include "PostgresDialect.h"

#include "common/Counters.h"
#include "common/Logging.h"
#include "run/SqlScript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <unordered_map>

#include <libpq-fe.h>

namespace strata {

namespace {

// 'STRA': the first key of Strata's two-key advisory locks.
constexpr int kLockClass = 0x53545241;

// libpq conninfo values with spaces, quotes or backslashes must be quoted.
QString conninfoValue(const QString &v)
{
    if (!v.isEmpty() && !v.contains(QLatin1Char(' ')) && !v.contains(QLatin1Char('\'')) && !v.contains(QLatin1Char('\\'))
        && !v.contains(QLatin1Char(';')))
        return v;
    QString out = QStringLiteral("'");
    for (QChar c : v) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('\'');
}


Error queryError(const Phrase &what, const QSqlQuery &q)
{
    const QString text = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    return Dialect::queryFailed(what, text.trimmed(),
                                text.contains(QLatin1String("permission denied")) ? ConnectFailure::NoPrivilege
                                                                                  : ConnectFailure::Other);
}

// The run lock's key inside the database: schema.table of the version table.
Result<QString> lockKey(QSqlDatabase db, const ConnectionProfile &p)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(nullif(?, ''), current_schema()) || '.' || ?"));
    q.addBindValue(p.versionTableSchema);
    q.addBindValue(p.versionTable);
    if (!q.exec() || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "naming the run lock")), q);
    return q.value(0).toString();
}

class AdvisoryLock final : public RunLockHandle
{
public:
    AdvisoryLock(QSqlDatabase db, QString key) : m_db(db), m_key(std::move(key)) { }
    ~AdvisoryLock() override { release(); }
    void release() override
    {
        if (m_key.isEmpty() || !m_db.isOpen())
            return;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(%1, hashtext(?))").arg(kLockClass));
        q.addBindValue(m_key);
        q.exec();
        m_key.clear();
    }

private:
    QSqlDatabase m_db;
    QString m_key;
};

SessionRef sessionRef(const QSqlQuery &q, int first)
{
    SessionRef s;
    s.id = q.value(first).toLongLong();
    s.user = q.value(first + 1).toString();
    s.host = q.value(first + 2).toString();
    s.application = q.value(first + 3).toString();
    s.state = q.value(first + 4).toString();
    s.ageSeconds = q.value(first + 5).isNull() ? -1 : q.value(first + 5).toLongLong();
    return s;
}

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

// The session columns every sentence about another session needs.
const char *const kSessionColumns =
        "a.pid, coalesce(a.usename, ''), coalesce(host(a.client_addr), CASE WHEN a.client_port = -1 THEN 'local socket' "
        "ELSE '' END), coalesce(a.application_name, ''), coalesce(a.state, ''), "
        "extract(epoch FROM now() - coalesce(a.xact_start, a.query_start))::bigint";

} // namespace

QString PostgresDialect::quoteLiteral(const QString &v)
{
    QString body = QString(v).replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!body.contains(QLatin1Char('\\')))
        return QLatin1Char('\'') + body + QLatin1Char('\'');
    return QStringLiteral("E'") + body.replace(QLatin1Char('\\'), QStringLiteral("\\\\")) + QLatin1Char('\'');
}

QStringList PostgresDialect::connectOptions(const ConnectionProfile &p, const QString &applicationName, int timeout,
                                            bool) const
{
    QStringList options;
    options << QStringLiteral("connect_timeout=%1").arg(timeout)
            << QStringLiteral("application_name=") + conninfoValue(applicationName);
    if (!p.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + conninfoValue(p.sslMode);
    if (!p.service.isEmpty())
        options << QStringLiteral("service=") + conninfoValue(p.service);
    // A server host that vanishes is noticed instead of waited on forever
    // (the user's own settings win).
    const std::pair<const char *, const char *> keepalive[] = {
        { "keepalives", "1" }, { "keepalives_idle", "10" }, { "keepalives_interval", "3" },
        { "keepalives_count", "3" }, { "tcp_user_timeout", "20000" } };
    for (const auto &[key, value] : keepalive)
        if (!p.options.contains(QLatin1String(key)))
            options << QLatin1String(key) + QLatin1Char('=') + QLatin1String(value);
    for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
        if (it.key() != QLatin1String("connect_timeout") && it.key() != QLatin1String("application_name"))
            options << it.key() + QLatin1Char('=') + conninfoValue(it.value().toString());
    return options;
}

Result<DatabaseIdentity> PostgresDialect::identity(QSqlDatabase db, const ConnectionProfile &) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_setting('server_version'), current_setting('server_version_num')::int, "
                               "current_database(), current_user, coalesce(host(inet_server_addr()), 'local socket') "
                               "|| ':' || current_setting('port'), has_function_privilege("
                               "'pg_catalog.pg_control_system()', 'EXECUTE')"))
        || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "reading the server identity")), q);
    DatabaseIdentity id;
    id.serverVersion = QStringLiteral("PostgreSQL ") + q.value(0).toString();
    id.serverVersionNum = q.value(1).toInt();
    id.database = q.value(2).toString();
    id.user = q.value(3).toString();
    id.host = q.value(4).toString();
    id.serverId = q.value(5).toBool() ? QStringLiteral("system") : QStringLiteral("started");
    if (!q.exec(identityKeySql(id)) || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "reading the server identity")), q);
    id.key = q.value(0).toString();
    id.serverId = id.key.section(QLatin1Char('|'), 0, 0);
    return id;
}

QString PostgresDialect::identityKeySql(const DatabaseIdentity &identity) const
{
    // The system identifier is the same for a cluster and its physical
    // replicas; the port and the database oid tell those apart. Where it may
    // not be read, the postmaster's start time stands in for it.
    const QString server = identity.serverId.startsWith(QLatin1String("system"))
            ? QStringLiteral("'system ' || (SELECT system_identifier::text FROM pg_catalog.pg_control_system())")
            : QStringLiteral("'started ' || to_char(pg_postmaster_start_time() AT TIME ZONE 'UTC', "
                             "'YYYY-MM-DD\"T\"HH24:MI:SS.US')");
    return QStringLiteral("SELECT %1 || '|' || current_setting('port') || '|' || (SELECT oid FROM pg_catalog.pg_database "
                          "WHERE datname = current_database())::text || '|' || current_database()")
            .arg(server);
}

Result<VersionTableFacts> PostgresDialect::readVersionTable(QSqlDatabase db, const ConnectionProfile &p) const
{
    Counters::add(Counter::VersionTableReads);
    QSqlQuery q(db);
    VersionTableFacts facts;
    // to_regclass honours the search_path when no schema is given, as Alembic does.
    // pg_class, not information_schema: the latter hides tables this user has
    // no privilege on, and those still make the database non-empty. One plain
    // statement (no PREPARE/EXECUTE/DEALLOCATE): a status check is mostly the
    // first queries of a new backend.
    const QString table = quoteLiteral(qualifiedVersionTable(p));
    if (!q.exec(QStringLiteral("SELECT to_regclass(%1) IS NOT NULL, (SELECT count(*) FROM pg_catalog.pg_class c JOIN "
                               "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND "
                               "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE "
                               "'pg_toast%' AND c.oid IS DISTINCT FROM to_regclass(%1))")
                        .arg(table))
        || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "looking for the version table")), q);
    facts.exists = q.value(0).toBool();
    facts.userTables = q.value(1).toInt();
    if (!facts.exists)
        return facts;
    if (!q.exec(QStringLiteral("SELECT version_num FROM ") + qualifiedVersionTable(p)))
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "reading %1"), { qualifiedVersionTable(p) }), q);
    while (q.next())
        facts.rows << q.value(0).toString();
    facts.rows.sort();
    return facts;
}

Result<std::unique_ptr<RunLockHandle>> PostgresDialect::acquireRunLock(QSqlDatabase db, const ConnectionProfile &p) const
{
    auto key = lockKey(db, p);
    if (!key)
        return key.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(%1, hashtext(?))").arg(kLockClass));
    q.addBindValue(key.value());
    if (!q.exec() || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "taking the run lock")), q);
    Counters::add(Counter::RunLockAcquisitions);
    if (q.value(0).toBool())
        return std::unique_ptr<RunLockHandle>(std::make_unique<AdvisoryLock>(db, key.value()));
    auto holder = runLockHolder(db, p);
    return runLockHeld(holder ? holder.value() : QString());
}

Result<QString> PostgresDialect::runLockHolder(QSqlDatabase db, const ConnectionProfile &p) const
{
    auto key = lockKey(db, p);
    if (!key)
        return key.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "SELECT a.pid, a.usename, coalesce(host(a.client_addr), 'local socket'), a.application_name, "
            "to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ') FROM pg_locks l JOIN pg_stat_activity a ON "
            "a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %1::oid AND l.objid = "
            "hashtext(?)::oid AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database WHERE datname = "
            "current_database()) AND l.pid <> pg_backend_pid()")
                      .arg(kLockClass));
    q.addBindValue(key.value());
    if (!q.exec())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "looking for the run lock's holder")), q);
    if (!q.next())
        return QString();
    return QStringLiteral("session %1 (user %2, host %3, application '%4', connected %5)")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString());
}

QStringList PostgresDialect::sessionPreamble(const ConnectionProfile &p, const QString &applicationName,
                                             const DatabaseIdentity &identity) const
{
    QStringList out { applicationNameSql(applicationName),
                      QStringLiteral("SET lock_timeout = %1").arg(p.lockTimeoutMs),
                      QStringLiteral("SET statement_timeout = %1").arg(p.statementTimeoutMs) };
    // If Strata and its bridge die while the session waits on a lock, the
    // server notices the closed socket within a second and rolls back,
    // instead of waiting on with its locks held.
    if (identity.serverVersionNum >= 140000)
        out << QStringLiteral("SET client_connection_check_interval = 1000");
    return out;
}

QString PostgresDialect::applicationNameSql(const QString &name) const
{
    return QStringLiteral("SET application_name = %1").arg(quoteLiteral(name.left(63)));
}

Status PostgresDialect::signal(QSqlDatabase control, qint64 id, bool terminate) const
{
    const QString what = terminate ? QStringLiteral("terminate") : QStringLiteral("cancel");
    QSqlQuery q(control);
    if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() && q.value(0).toLongLong() == id)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("strata::Dialect", "session %1 is Strata's own control connection; it is never %2ed")
                                 .arg(id)
                                 .arg(terminate ? QStringLiteral("terminat") : QStringLiteral("cancell")));
    q.prepare(terminate ? QStringLiteral("SELECT pg_terminate_backend(?)") : QStringLiteral("SELECT pg_cancel_backend(?)"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        const QString text = q.lastError().databaseText();
        if (text.contains(QLatin1String("permission denied")) || text.contains(QLatin1String("must be a member")))
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("strata::Dialect", "not allowed to %1 session %2: the connecting user needs to be a member of "
                                            "pg_signal_backend (or of that session's role); a superuser's sessions "
                                            "can only be signalled by a superuser (%3)")
                                     .arg(what)
                                     .arg(id)
                                     .arg(text.trimmed()));
        return makeError(ErrorCode::Io, QStringLiteral("cannot %1 session %2: %3").arg(what).arg(id).arg(text.trimmed()));
    }
    if (!q.value(0).toBool())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("strata::Dialect", "no session %1 in this server (it may have ended)").arg(id));
    return {};
}

Status PostgresDialect::cancelSession(QSqlDatabase control, qint64 id) const
{
    return signal(control, id, false);
}

Status PostgresDialect::terminateSession(QSqlDatabase control, qint64 id) const
{
    return signal(control, id, true);
}

Result<QList<SessionRef>> PostgresDialect::waitingOn(QSqlDatabase control, qint64 id) const
{
    QSqlQuery q(control);
    q.prepare(QStringLiteral("SELECT %1 FROM unnest(pg_blocking_pids(?)) AS w(pid) JOIN pg_stat_activity a ON "
                             "a.pid = w.pid ORDER BY a.pid")
                      .arg(QLatin1String(kSessionColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "asking whom session %1 waits on"), { QString::number(id) }), q);
    QList<SessionRef> out;
    while (q.next())
        out << sessionRef(q, 0);
    return out;
}

Result<QList<SessionRef>> PostgresDialect::lockHolders(QSqlDatabase control, const QStringList &tables) const
{
    QSqlQuery q(control);
    const QString filter = tables.isEmpty()
            ? QStringLiteral("a.state IN ('idle in transaction', 'idle in transaction (aborted)') AND n.nspname NOT IN "
                             "('pg_catalog', 'information_schema')")
            : QStringLiteral("c.relname = ANY (string_to_array(?, ','))");
    q.prepare(QStringLiteral(
            "SELECT %1, string_agg(DISTINCT c.relname || ' (' || l.mode || ')', ', ') FROM pg_locks l "
            "JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace JOIN "
            "pg_stat_activity a ON a.pid = l.pid WHERE l.granted AND l.pid <> pg_backend_pid() AND l.database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database()) AND %2 GROUP BY a.pid, a.usename, "
            "a.client_addr, a.client_port, a.application_name, a.state, a.xact_start, a.query_start ORDER BY 6 DESC")
                      .arg(QLatin1String(kSessionColumns), filter));
    if (!tables.isEmpty())
        q.addBindValue(tables.join(QLatin1Char(',')));
    if (!q.exec())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "looking for sessions holding locks")), q);
    QList<SessionRef> out;
    while (q.next()) {
        SessionRef s = sessionRef(q, 0);
        s.detail = q.value(6).toString();
        out << s;
    }
    return out;
}

Result<LockSnapshot> PostgresDialect::lockSnapshot(QSqlDatabase db) const
{
    QElapsedTimer timer;
    timer.start();
    LockSnapshot snap;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT now(), current_database(), pg_backend_pid()")) || !q.next())
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::Dialect", "cannot read the server clock: %1").arg(q.lastError().text()));
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
                // Another role's session shows no state or wait to a user without
                // pg_read_all_stats; pg_locks and pg_blocking_pids() still tell
                // who waits on whom.
                "CASE WHEN a.wait_event_type = 'Lock' OR (a.state IS NULL AND EXISTS (SELECT 1 FROM pg_locks w WHERE "
                "w.pid = a.pid AND NOT w.granted)) THEN pg_blocking_pids(a.pid)::text ELSE '{}' END, "
                "a.state IS NULL AND a.query = '<insufficient privilege>' "
                "FROM pg_stat_activity a WHERE a.datname = current_database() ORDER BY a.pid")))
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::Dialect", "cannot read pg_stat_activity: %1").arg(q.lastError().text()));
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
        s.hidden = q.value(13).toBool();
        if (s.hidden && !s.blockedBy.isEmpty())
            s.waitEventType = QStringLiteral("Lock");
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
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::Dialect", "cannot read pg_locks: %1").arg(q.lastError().text()));
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

namespace {

class LibpqRunner final : public StatementRunner
{
public:
    explicit LibpqRunner(PGconn *conn) : m_conn(conn) { }
    bool exec(const QString &sql, QString *error) override
    {
        PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
        const ExecStatusType status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
        if (!ok)
            *error = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn)).trimmed();
        PQclear(res);
        return ok;
    }

private:
    PGconn *m_conn;
};

} // namespace

std::unique_ptr<StatementRunner> PostgresDialect::statementRunner(QSqlDatabase db) const
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "PGconn*") == 0)
        if (auto *conn = *static_cast<PGconn *const *>(handle.data()))
            return std::make_unique<LibpqRunner>(conn);
    return Dialect::statementRunner(db);
}

QStringList PostgresDialect::leftovers(QSqlDatabase db, const QStringList &statements) const
{
    // CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name … / DROP INDEX CONCURRENTLY [IF EXISTS] name
    static const QRegularExpression create(
            QStringLiteral(R"(^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+CONCURRENTLY\s+(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|[\w$.]+))"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
            QStringLiteral(R"(^\s*DROP\s+INDEX\s+CONCURRENTLY\s+(?:IF\s+EXISTS\s+)?("[^"]+"|[\w$.]+))"),
            QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString &sql : statements) {
        const auto c = create.match(sql);
        const auto d = drop.match(sql);
        if (!c.hasMatch() && !d.hasMatch())
            continue;
        QString name = (c.hasMatch() ? c : d).captured(1);
        const QString bare = name.startsWith(QLatin1Char('"')) ? name.mid(1, name.size() - 2) : name.section(QLatin1Char('.'), -1).toLower();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT i.indisvalid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_index i ON "
                                 "i.indexrelid = c.oid WHERE c.relname = ? AND pg_catalog.pg_table_is_visible(c.oid)"));
        q.addBindValue(bare);
        if (!q.exec())
            continue;
        const bool exists = q.next();
        const bool valid = exists && q.value(0).toBool();
        if (c.hasMatch() && exists)
            out << (valid ? QCoreApplication::translate("strata::Dialect", "index %1 was built and stays, although the version table does not record "
                                           "its step: drop it (DROP INDEX CONCURRENTLY %1) or stamp past its step "
                                           "once the rest of that step is applied")
                                    .arg(name)
                          : QCoreApplication::translate("strata::Dialect", "index %1 stays behind INVALID (its build failed or was cancelled): drop it "
                                           "with DROP INDEX CONCURRENTLY %1 before running the migration again")
                                    .arg(name));
        else if (d.hasMatch() && !exists)
            out << QCoreApplication::translate("strata::Dialect", "index %1 was dropped and stays dropped, although the version table does not record "
                                  "its step")
                           .arg(name);
    }
    return out;
}

bool PostgresDialect::commitsImplicitly(const SqlStatement &s) const
{
    // CREATE INDEX CONCURRENTLY, VACUUM, …: they cannot run inside a
    // transaction block; in an autocommit block they commit on their own.
    return s.nonTransactional;
}

} // namespace strata
