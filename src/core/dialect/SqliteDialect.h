#pragma once

#include "dialect/Dialect.h"

namespace strata {

// SQLite: a file, opened in-process (by Qt here, by Python's sqlite3 in the
// bridge). There are no server sessions: no lock view, no cancel or
// terminate of another client, no "waiting on" — a run is stopped by
// interrupting the bridge, and a busy file is waited on up to the profile's
// lock timeout (busy_timeout). The run lock is a lock file keyed by the
// database file. Its identity is the file's full path.
class SqliteDialect final : public Dialect
{
public:
    ConnectionProfile::Driver driver() const override { return ConnectionProfile::Driver::SQLite; }
    QString displayName() const override { return QStringLiteral("SQLite"); }
    QString qtDriver() const override { return QStringLiteral("QSQLITE"); }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-sqlite"); }
    QString sqlalchemyScheme() const override { return QStringLiteral("sqlite"); }
    int defaultPort() const override { return 0; }
    bool hasServerSessions() const override { return false; }
    bool transactionalDdl() const override { return true; }

    QStringList connectOptions(const ConnectionProfile &profile, const QString &applicationName, int connectTimeoutSeconds,
                               bool writable) const override;
    Result<DatabaseIdentity> identity(QSqlDatabase db, const ConnectionProfile &profile) const override;
    Result<VersionTableFacts> readVersionTable(QSqlDatabase db, const ConnectionProfile &profile) const override;
    QString identityKeySql(const DatabaseIdentity &identity) const override;
    Result<std::unique_ptr<RunLockHandle>> acquireRunLock(QSqlDatabase db, const ConnectionProfile &profile) const override;
    Result<QString> runLockHolder(QSqlDatabase db, const ConnectionProfile &profile) const override;
    QStringList sessionPreamble(const ConnectionProfile &profile, const QString &applicationName,
                                const DatabaseIdentity &identity) const override;
    QString sessionIdSql() const override { return {}; }
    Status cancelSession(QSqlDatabase control, qint64 id) const override;
    Status terminateSession(QSqlDatabase control, qint64 id) const override;
    Result<QList<SessionRef>> waitingOn(QSqlDatabase control, qint64 id) const override;
    Result<QList<SessionRef>> lockHolders(QSqlDatabase control, const QStringList &tables) const override;
    Result<LockSnapshot> lockSnapshot(QSqlDatabase db) const override;
    bool commitsImplicitly(const SqlStatement &statement) const override;
    Result<SchemaCatalog> readCatalog(QSqlDatabase db, const ConnectionProfile &profile) const override;
    Status createScratchDatabase(QSqlDatabase db, const ConnectionProfile &profile, const QString &name) const override;
    Status dropScratchDatabase(QSqlDatabase db, const ConnectionProfile &profile, const QString &name) const override;
};

} // namespace strata
