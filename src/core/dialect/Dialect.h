#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "locks/LockSnapshot.h"
#include "schema/SchemaCatalog.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace strata {

struct SqlStatement;
struct LintFacts;

// Who and where a database is, read from the server itself, so that two
// profiles reaching the same database (or env.py reaching another one) can
// be told apart from what the server says, not from how a URL is spelled.
struct DatabaseIdentity
{
    QString serverVersion;  // for people: "PostgreSQL 15.4", "10.11.6-MariaDB", "SQLite 3.40.1"
    int serverVersionNum = 0; // PostgreSQL's server_version_num (0 elsewhere)
    QString database;
    QString user;
    QString host;     // the server's address:port as it reports it, or the SQLite file
    QString serverId; // server-unique where readable: PostgreSQL's system identifier (or its start
                      // time), MySQL's data directory, SQLite's canonical file path
    QString key;      // same key <=> same database on the same server

    bool isKnown() const { return !key.isEmpty(); }
    // "database app_test at 127.0.0.1:5432 (PostgreSQL 15.4)"
    QString describe() const;
};

// What a database says about its version table.
struct VersionTableFacts
{
    bool exists = false;
    QStringList rows;   // sorted version_num values
    int userTables = 0; // tables other than the version table (and the catalogs)
};

// A session that holds or waits on something, for sentences that name it.
struct SessionRef
{
    qint64 id = 0;
    QString user;
    QString host;
    QString application;
    QString state;
    qint64 ageSeconds = -1;
    QString detail; // what it holds, e.g. "accounts (AccessShareLock)"

    QString describe() const;
};

// Runs one statement after another on an open connection, as fast as the
// database's client library allows (the reviewed-SQL runner's inner loop).
class StatementRunner
{
public:
    virtual ~StatementRunner() = default;
    // False with the server's message in *error when the statement failed.
    virtual bool exec(const QString &sql, QString *error) = 0;
};

// The run lock of one database, held until release() or until the
// connection (or the process) goes away.
class RunLockHandle
{
public:
    virtual ~RunLockHandle() = default;
    virtual void release() = 0;
};

// Everything that differs between PostgreSQL, MySQL/MariaDB and SQLite: how
// to connect and classify failures, identity and the version table, the run
// lock, the session preamble (names and timeouts), cancel and terminate, whom
// a session waits on, the lock snapshot, catalog facts. A feature a database
// lacks is a decision in its class that says so, never a silent branch.
// Every method is safe to call from any thread with that thread's connection.
class Dialect
{
public:
    virtual ~Dialect() = default;

    static const Dialect &of(ConnectionProfile::Driver driver);
    static const Dialect &of(const ConnectionProfile &profile) { return of(profile.driver); }

    virtual ConnectionProfile::Driver driver() const = 0;
    virtual QString displayName() const = 0;   // "PostgreSQL"
    virtual QString qtDriver() const = 0;      // "QPSQL"
    virtual QString driverPackage() const = 0; // the Debian package with the Qt SQL driver
    virtual QString sqlalchemyScheme() const = 0; // "postgresql", "mysql+pymysql", "sqlite"
    virtual int defaultPort() const = 0;
    // Has sessions of other clients (a lock view, cancel, terminate).
    virtual bool hasServerSessions() const = 0;
    // DDL runs inside a transaction and rolls back with it.
    virtual bool transactionalDdl() const = 0;

    // --- connecting ---------------------------------------------------------
    // The Qt driver's connect options (timeouts, application name, SSL, …);
    // dead servers are noticed by keepalives where the driver allows.
    virtual QStringList connectOptions(const ConnectionProfile &profile, const QString &applicationName,
                                       int connectTimeoutSeconds, bool writable) const = 0;
    // A driver's error text as a failure kind and a sentence that says what to check.
    virtual std::pair<ConnectFailure, Phrase> classifyConnectError(const ConnectionProfile &profile,
                                                                   const QString &driverText) const;
    // A catalog query that failed: "<what> failed: <the driver's text>".
    static Error queryFailed(const Phrase &what, const QString &driverText, ConnectFailure failure);

    // --- identity and the version table -------------------------------------
    virtual Result<DatabaseIdentity> identity(QSqlDatabase db, const ConnectionProfile &profile) const = 0;
    virtual Result<VersionTableFacts> readVersionTable(QSqlDatabase db, const ConnectionProfile &profile) const = 0;
    // A key another connection reported, in words, next to the one expected:
    // "database app_demo on the same server".
    virtual QString describeKey(const QString &key, const DatabaseIdentity &expected) const;
    // The SQL the bridge runs on every connection env.py opens to compare it
    // with this identity (one row, one text column: the identity key); empty
    // when this database cannot be compared from inside Python.
    virtual QString identityKeySql(const DatabaseIdentity &identity) const = 0;

    // --- the run lock --------------------------------------------------------
    // Taken: the handle. Held by someone else: RunLockHeld naming the holder.
    virtual Result<std::unique_ptr<RunLockHandle>> acquireRunLock(QSqlDatabase db,
                                                                  const ConnectionProfile &profile) const = 0;
    // Who holds it now (empty: nobody), without taking it.
    virtual Result<QString> runLockHolder(QSqlDatabase db, const ConnectionProfile &profile) const = 0;

    // --- sessions of a run -------------------------------------------------------
    // Statements for every session a run opens (its name, lock and statement
    // timeouts, dead-client checks), in the order to run them.
    virtual QStringList sessionPreamble(const ConnectionProfile &profile, const QString &applicationName,
                                        const DatabaseIdentity &identity) const = 0;
    // Renames an open session (empty where sessions have no name).
    virtual QString applicationNameSql(const QString &name) const { Q_UNUSED(name); return {}; }
    // One row, one number: the session's id as cancel/terminate take it.
    virtual QString sessionIdSql() const = 0;
    virtual Status cancelSession(QSqlDatabase control, qint64 id) const = 0;
    virtual Status terminateSession(QSqlDatabase control, qint64 id) const = 0;
    // The sessions id waits on (empty: it does not wait).
    virtual Result<QList<SessionRef>> waitingOn(QSqlDatabase control, qint64 id) const = 0;
    // Sessions other than ours holding locks on these tables (or idle in a
    // transaction holding any table lock, with no tables given).
    virtual Result<QList<SessionRef>> lockHolders(QSqlDatabase control, const QStringList &tables) const = 0;
    virtual Result<LockSnapshot> lockSnapshot(QSqlDatabase db) const = 0;

    // A runner for statements on db (QSqlQuery by default; a dialect may
    // talk to its client library directly).
    virtual std::unique_ptr<StatementRunner> statementRunner(QSqlDatabase db) const;

    // What statements that commit on their own left in the database (an
    // index built, an INVALID index, a table dropped), as sentences with the
    // way out; empty when there is nothing to look for.
    virtual QStringList leftovers(QSqlDatabase db, const QStringList &statements) const;
    // Whether leftovers() can tell if this statement took effect (when it
    // finds nothing for such statements, nothing of them stayed).
    virtual bool canCheckLeftover(const QString &statement) const { Q_UNUSED(statement); return false; }

    // --- the schema ------------------------------------------------------------
    // The live catalog (tables, columns, constraints, indexes, enums, views,
    // sequences), the profile's version table left out. Refused (with the
    // reason) where this database's catalog is not read.
    virtual Result<SchemaCatalog> readCatalog(QSqlDatabase db, const ConnectionProfile &profile) const;
    // What the lint weighs its findings with: the size, the referencing
    // tables, validated checks and column types of the tables a plan
    // touches, and the volatility of the functions its defaults call.
    // Refused where no reader exists yet.
    virtual Result<LintFacts> readLintFacts(QSqlDatabase db, const QStringList &tables, const QStringList &functions) const;
    // Scratch databases on the profile's server, for building the schema a
    // revision produces. The SQLite dialect makes a file; servers need the
    // right to create databases (Refused, saying what to grant, without it).
    virtual Status createScratchDatabase(QSqlDatabase db, const ConnectionProfile &profile, const QString &name) const;
    virtual Status dropScratchDatabase(QSqlDatabase db, const ConnectionProfile &profile, const QString &name) const;
    // The scratch databases on the server (names starting with prefix).
    virtual Result<QStringList> scratchDatabases(QSqlDatabase db, const QString &prefix) const;

    // --- SQL ---------------------------------------------------------------
    // A statement that commits on its own (cannot be rolled back with the run).
    virtual bool commitsImplicitly(const SqlStatement &statement) const = 0;
    virtual QString quoteIdentifier(const QString &name) const;
    // schema.table as this database spells it (no schema: the connection's default).
    QString qualifiedVersionTable(const ConnectionProfile &profile) const;

protected:
    // "the local socket:5432" / "db.example:5432" / the SQLite file.
    static QString whereText(const ConnectionProfile &profile);
    // acquireRunLock's answer when another run holds it (holder: who, when known).
    static Error runLockHeld(const QString &holder);
};

// The SQLite file a profile names (relative paths against its project).
QString sqliteFilePath(const ConnectionProfile &profile);

} // namespace strata
