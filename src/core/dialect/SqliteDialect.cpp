#include "SqliteDialect.h"

#include "common/Counters.h"
#include "run/SqlScript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace strata {

namespace {

Error queryError(const Phrase &what, const QSqlQuery &q)
{
    return Dialect::queryFailed(what, q.lastError().text(), ConnectFailure::Other);
}

QString lockFilePath(const ConnectionProfile &p)
{
    const QByteArray hash = QCryptographicHash::hash((sqliteFilePath(p) + QLatin1Char('/') + p.versionTable).toUtf8(),
                                                     QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(16);
    return QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/strata-run-")
            + QString::fromLatin1(hash) + QStringLiteral(".lock");
}

QString holderOf(const QLockFile &file)
{
    qint64 pid = 0;
    QString host, app;
    if (file.getLockInfo(&pid, &host, &app))
        return QStringLiteral("process %1 (%2 on %3)").arg(pid).arg(app, host);
    return QCoreApplication::translate("strata::Dialect", "another process");
}

class FileLock final : public RunLockHandle
{
public:
    explicit FileLock(std::unique_ptr<QLockFile> file) : m_file(std::move(file)) { }
    ~FileLock() override { release(); }
    void release() override
    {
        if (m_file)
            m_file->unlock();
        m_file.reset();
    }

private:
    std::unique_ptr<QLockFile> m_file;
};

Error noSessions(const QString &what)
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("strata::Dialect", "SQLite has no server sessions to %1: the database is a file opened inside each "
                                    "program that uses it")
                             .arg(what));
}

} // namespace

QStringList SqliteDialect::connectOptions(const ConnectionProfile &, const QString &, int timeout, bool writable) const
{
    QStringList options;
    // Read-only unless a run writes: checking status must never create or change the file.
    if (!writable)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(timeout * 1000);
    return options;
}

Result<DatabaseIdentity> SqliteDialect::identity(QSqlDatabase db, const ConnectionProfile &p) const
{
    QSqlQuery q(db);
    DatabaseIdentity id;
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "reading the SQLite version")), q);
    id.serverVersion = QStringLiteral("SQLite ") + q.value(0).toString();
    id.database = p.database;
    id.host = p.database;
    if (!q.exec(identityKeySql(id)) || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "reading the database file name")), q);
    id.key = q.value(0).toString();
    id.serverId = id.key;
    return id;
}

QString SqliteDialect::identityKeySql(const DatabaseIdentity &) const
{
    // The full path SQLite itself opened (it resolves relative paths the same
    // way for Qt here and for Python's sqlite3 in the bridge).
    return QStringLiteral("SELECT file FROM pragma_database_list WHERE name = 'main'");
}

Result<VersionTableFacts> SqliteDialect::readVersionTable(QSqlDatabase db, const ConnectionProfile &p) const
{
    Counters::add(Counter::VersionTableReads);
    QSqlQuery q(db);
    VersionTableFacts facts;
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(p.versionTable);
    if (!q.exec() || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "looking for the version table")), q);
    facts.exists = q.value(0).toInt() > 0;
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "AND name <> ?"));
    q.addBindValue(p.versionTable);
    if (!q.exec() || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "counting tables")), q);
    facts.userTables = q.value(0).toInt();
    if (!facts.exists)
        return facts;
    if (!q.exec(QStringLiteral("SELECT version_num FROM ") + quoteIdentifier(p.versionTable)))
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "reading %1"), { p.versionTable }), q);
    while (q.next())
        facts.rows << q.value(0).toString();
    facts.rows.sort();
    return facts;
}

Result<std::unique_ptr<RunLockHandle>> SqliteDialect::acquireRunLock(QSqlDatabase, const ConnectionProfile &p) const
{
    auto file = std::make_unique<QLockFile>(lockFilePath(p));
    file->setStaleLockTime(0); // only a dead process's lock is stale
    Counters::add(Counter::RunLockAcquisitions);
    if (file->tryLock(0))
        return std::unique_ptr<RunLockHandle>(std::make_unique<FileLock>(std::move(file)));
    return runLockHeld(holderOf(*file));
}

Result<QString> SqliteDialect::runLockHolder(QSqlDatabase, const ConnectionProfile &p) const
{
    QLockFile file(lockFilePath(p));
    file.setStaleLockTime(0);
    if (file.tryLock(0)) {
        file.unlock();
        return QString();
    }
    return holderOf(file);
}

QStringList SqliteDialect::sessionPreamble(const ConnectionProfile &p, const QString &, const DatabaseIdentity &) const
{
    // A file locked by another program is waited on as long as a lock would be.
    return { QStringLiteral("PRAGMA busy_timeout = %1").arg(p.lockTimeoutMs > 0 ? p.lockTimeoutMs : 600000) };
}

Status SqliteDialect::cancelSession(QSqlDatabase, qint64) const
{
    return noSessions(QStringLiteral("cancel"));
}

Status SqliteDialect::terminateSession(QSqlDatabase, qint64) const
{
    return noSessions(QStringLiteral("terminate"));
}

Result<QList<SessionRef>> SqliteDialect::waitingOn(QSqlDatabase, qint64) const
{
    return QList<SessionRef>(); // a busy file is waited on inside SQLite; there is no one to name
}

Result<QList<SessionRef>> SqliteDialect::lockHolders(QSqlDatabase, const QStringList &) const
{
    return QList<SessionRef>();
}

Result<LockSnapshot> SqliteDialect::lockSnapshot(QSqlDatabase) const
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("strata::Dialect", "SQLite has no server sessions: a lock on an SQLite file is held by whichever "
                                    "process has it open, and there is nothing to list or cancel"));
}

bool SqliteDialect::commitsImplicitly(const SqlStatement &s) const
{
    return s.nonTransactional; // VACUUM
}

} // namespace strata
