#pragma once

#include "dialect/Dialect.h"

namespace strata {

// PostgreSQL: libpq through Qt's QPSQL driver. Identity from the server
// (system identifier, port, database oid); the run lock is a session-level
// advisory lock keyed by the version table; every run session is named,
// bounded by lock_timeout/statement_timeout and (server 14+) notices a dead
// client; cancel is pg_cancel_backend from another session; waits come from
// pg_blocking_pids.
class PostgresDialect final : public Dialect
{
public:
    ConnectionProfile::Driver driver() const override { return ConnectionProfile::Driver::PostgreSQL; }
    QString displayName() const override { return QStringLiteral("PostgreSQL"); }
    QString qtDriver() const override { return QStringLiteral("QPSQL"); }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-psql"); }
    QString sqlalchemyScheme() const override { return QStringLiteral("postgresql"); }
    int defaultPort() const override { return 5432; }
    bool hasServerSessions() const override { return true; }
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
    QString sessionIdSql() const override { return QStringLiteral("SELECT pg_backend_pid()"); }
    QString applicationNameSql(const QString &name) const override;
    Status cancelSession(QSqlDatabase control, qint64 id) const override;
    Status terminateSession(QSqlDatabase control, qint64 id) const override;
    Result<QList<SessionRef>> waitingOn(QSqlDatabase control, qint64 id) const override;
    Result<QList<SessionRef>> lockHolders(QSqlDatabase control, const QStringList &tables) const override;
    Result<LockSnapshot> lockSnapshot(QSqlDatabase db) const override;
    bool commitsImplicitly(const SqlStatement &statement) const override;
    Result<SchemaCatalog> readCatalog(QSqlDatabase db, const ConnectionProfile &profile) const override;
    Result<LintFacts> readLintFacts(QSqlDatabase db, const QStringList &tables, const QStringList &functions) const override;
    Result<LintFacts> readLintFactsIn(QSqlDatabase db, const QStringList &tables, const QStringList &functions,
                                      bool exactSizes) const;
    // A string literal that reads the same whatever standard_conforming_strings says.
    static QString quoteLiteral(const QString &value);
    Status createScratchDatabase(QSqlDatabase db, const ConnectionProfile &profile, const QString &name) const override;
    Status dropScratchDatabase(QSqlDatabase db, const ConnectionProfile &profile, const QString &name) const override;
    Result<QStringList> scratchDatabases(QSqlDatabase db, const QString &prefix) const override;
    QStringList leftovers(QSqlDatabase db, const QStringList &statements) const override;
    // libpq directly, through the Qt driver's handle: a reviewed script keeps
    // pace with psql (QSqlQuery adds a copy and bookkeeping per statement).
    std::unique_ptr<StatementRunner> statementRunner(QSqlDatabase db) const override;

private:
    Result<SchemaCatalog> readCatalogIn(QSqlDatabase db, const ConnectionProfile &profile) const;
    Status signal(QSqlDatabase control, qint64 id, bool terminate) const;
};

} // namespace strata
