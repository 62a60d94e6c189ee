#pragma once

#include "dialect/Dialect.h"

namespace strata {

// MySQL and MariaDB through Qt's QMYSQL driver. DDL commits implicitly, so a
// run is not atomic. The run lock is GET_LOCK; run sessions get
// lock_wait_timeout (and, on MariaDB, max_statement_time); cancel is
// KILL QUERY from another connection. MySQL has no per-session application
// name and no session-wide statement timeout for DDL (max_execution_time
// bounds SELECTs only): runs are found by their connection id instead.
class MySqlDialect final : public Dialect
{
public:
    ConnectionProfile::Driver driver() const override { return ConnectionProfile::Driver::MySQL; }
    QString displayName() const override { return QStringLiteral("MySQL/MariaDB"); }
    QString qtDriver() const override { return QStringLiteral("QMYSQL"); }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-mysql"); }
    QString sqlalchemyScheme() const override { return QStringLiteral("mysql+pymysql"); }
    int defaultPort() const override { return 3306; }
    bool hasServerSessions() const override { return true; }
    bool transactionalDdl() const override { return false; }

    QStringList connectOptions(const ConnectionProfile &profile, const QString &applicationName, int connectTimeoutSeconds,
                               bool writable) const override;
    Result<DatabaseIdentity> identity(QSqlDatabase db, const ConnectionProfile &profile) const override;
    Result<VersionTableFacts> readVersionTable(QSqlDatabase db, const ConnectionProfile &profile) const override;
    QString identityKeySql(const DatabaseIdentity &identity) const override;
    Result<std::unique_ptr<RunLockHandle>> acquireRunLock(QSqlDatabase db, const ConnectionProfile &profile) const override;
    Result<QString> runLockHolder(QSqlDatabase db, const ConnectionProfile &profile) const override;
    QStringList sessionPreamble(const ConnectionProfile &profile, const QString &applicationName,
                                const DatabaseIdentity &identity) const override;
    QString sessionIdSql() const override { return QStringLiteral("SELECT CONNECTION_ID()"); }
    Status cancelSession(QSqlDatabase control, qint64 id) const override;
    Status terminateSession(QSqlDatabase control, qint64 id) const override;
    Result<QList<SessionRef>> waitingOn(QSqlDatabase control, qint64 id) const override;
    Result<QList<SessionRef>> lockHolders(QSqlDatabase control, const QStringList &tables) const override;
    Result<LockSnapshot> lockSnapshot(QSqlDatabase db) const override;
    bool commitsImplicitly(const SqlStatement &statement) const override;
    // DDL commits on its own here: which of a failed step's CREATE/ALTER/DROP
    // statements took effect, read from information_schema.
    QStringList leftovers(QSqlDatabase db, const QStringList &statements) const override;
    bool canCheckLeftover(const QString &statement) const override;
    QString quoteIdentifier(const QString &name) const override;

private:
    Status kill(QSqlDatabase control, qint64 id, bool terminate) const;
};

} // namespace strata
