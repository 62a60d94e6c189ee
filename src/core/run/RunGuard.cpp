#include "RunGuard.h"

#include "common/TimeFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace strata {

namespace {

// 'STRA': the first key of Strata's two-key advisory locks.
constexpr int lockClass = 0x53545241;

} // namespace

QString sqliteFilePath(const ConnectionProfile &p)
{
    if (QDir::isRelativePath(p.database) && !p.project.isEmpty())
        return QDir(p.project).absoluteFilePath(p.database);
    return QFileInfo(p.database).absoluteFilePath();
}

RunLock::~RunLock()
{
    release();
}

Result<bool> RunLock::tryAcquire(QSqlDatabase db, const ConnectionProfile &p, QString *holder)
{
    m_db = db;
    m_driver = p.driver;
    QSqlQuery q(db);
    switch (p.driver) {
    case ConnectionProfile::Driver::PostgreSQL: {
        // Keyed by schema.table inside this database (advisory locks are per database).
        q.prepare(QStringLiteral("SELECT coalesce(nullif(?, ''), current_schema()) || '.' || ?"));
        q.addBindValue(p.versionTableSchema);
        q.addBindValue(p.versionTable);
        if (!q.exec() || !q.next())
            return makeError(ErrorCode::Io, QStringLiteral("cannot name the run lock: %1").arg(q.lastError().text()));
        m_key = q.value(0).toString();
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(%1, hashtext(?))").arg(lockClass));
        q.addBindValue(m_key);
        if (!q.exec() || !q.next())
            return makeError(ErrorCode::Io, QStringLiteral("cannot take the run lock: %1").arg(q.lastError().text()));
        if (q.value(0).toBool()) {
            m_held = true;
            return true;
        }
        q.prepare(QStringLiteral(
                "SELECT a.pid, a.usename, coalesce(host(a.client_addr), 'local socket'), a.application_name, "
                "to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ') FROM pg_locks l JOIN pg_stat_activity a ON "
                "a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %1::oid AND l.objid = "
                "hashtext(?)::oid AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database WHERE datname = "
                "current_database())")
                          .arg(lockClass));
        q.addBindValue(m_key);
        if (q.exec() && q.next())
            *holder = QStringLiteral("session %1 (user %2, host %3, application '%4', connected %5)")
                              .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString());
        else
            *holder = QStringLiteral("another session (it could not be named: %1)").arg(q.lastError().text());
        return false;
    }
    case ConnectionProfile::Driver::MySQL: {
        m_key = QStringLiteral("strata-run:%1.%2").arg(p.database, p.versionTable).left(64);
        q.prepare(QStringLiteral("SELECT GET_LOCK(?, 0)"));
        q.addBindValue(m_key);
        if (!q.exec() || !q.next())
            return makeError(ErrorCode::Io, QStringLiteral("cannot take the run lock: %1").arg(q.lastError().text()));
        if (q.value(0).toInt() == 1) {
            m_held = true;
            return true;
        }
        q.prepare(QStringLiteral("SELECT p.ID, p.USER, p.HOST FROM information_schema.PROCESSLIST p WHERE p.ID = "
                                 "IS_USED_LOCK(?)"));
        q.addBindValue(m_key);
        if (q.exec() && q.next())
            *holder = QStringLiteral("connection %1 (user %2, host %3)")
                              .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        else
            *holder = QStringLiteral("another connection");
        return false;
    }
    case ConnectionProfile::Driver::SQLite: {
        const QString file = sqliteFilePath(p);
        const QByteArray hash = QCryptographicHash::hash((file + QLatin1Char('/') + p.versionTable).toUtf8(),
                                                         QCryptographicHash::Sha1)
                                        .toHex()
                                        .left(16);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        m_file = std::make_unique<QLockFile>(dir + QStringLiteral("/strata-run-") + QString::fromLatin1(hash)
                                             + QStringLiteral(".lock"));
        m_file->setStaleLockTime(0); // only a dead process's lock is stale
        if (m_file->tryLock(0)) {
            m_held = true;
            return true;
        }
        qint64 pid = 0;
        QString host, app;
        if (m_file->getLockInfo(&pid, &host, &app))
            *holder = QStringLiteral("process %1 (%2 on %3)").arg(pid).arg(app, host);
        else
            *holder = QStringLiteral("another process");
        m_file.reset();
        return false;
    }
    }
    return false;
}

void RunLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_file) {
        m_file->unlock();
        m_file.reset();
        return;
    }
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    if (m_driver == ConnectionProfile::Driver::PostgreSQL) {
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(%1, hashtext(?))").arg(lockClass));
        q.addBindValue(m_key);
        q.exec();
    } else if (m_driver == ConnectionProfile::Driver::MySQL) {
        q.prepare(QStringLiteral("SELECT RELEASE_LOCK(?)"));
        q.addBindValue(m_key);
        q.exec();
    }
    m_db = QSqlDatabase();
}

QStringList describeLockHolders(QSqlDatabase db, const QStringList &tables)
{
    QSqlQuery q(db);
    const QString filter = tables.isEmpty()
            ? QStringLiteral("a.state IN ('idle in transaction', 'idle in transaction (aborted)') AND n.nspname NOT IN "
                             "('pg_catalog', 'information_schema')")
            : QStringLiteral("c.relname = ANY (string_to_array(?, ','))");
    q.prepare(QStringLiteral(
            "SELECT a.pid, a.usename, a.application_name, a.state, string_agg(DISTINCT c.relname || ' (' || l.mode || ')', "
            "', '), coalesce(extract(epoch FROM now() - coalesce(a.xact_start, a.query_start))::int, 0) FROM pg_locks l "
            "JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace JOIN "
            "pg_stat_activity a ON a.pid = l.pid WHERE l.granted AND l.pid <> pg_backend_pid() AND l.database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database()) AND %1 GROUP BY a.pid, a.usename, "
            "a.application_name, a.state, a.xact_start, a.query_start ORDER BY 6 DESC")
                      .arg(filter));
    if (!tables.isEmpty())
        q.addBindValue(tables.join(QLatin1Char(',')));
    QStringList out;
    if (!q.exec()) {
        out << QStringLiteral("could not check for sessions holding locks: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next()) {
        const QString state = q.value(3).toString();
        QString line;
        if (state.isEmpty()) // another role's session, without pg_read_all_stats
            line = QStringLiteral("session %1 (user %2) holds %3 (its state is hidden from this user; membership in "
                                  "pg_read_all_stats shows it)")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(4).toString());
        else
            line = QStringLiteral("session %1 (user %2, application '%3') is %4 for %5 and holds %6")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), state,
                                formatAge(q.value(5).toInt()), q.value(4).toString());
        if (state.startsWith(QLatin1String("idle in transaction")))
            line += QStringLiteral(": the migration will wait for it (an idle transaction never ends by itself)");
        out << line;
    }
    return out;
}

} // namespace strata
