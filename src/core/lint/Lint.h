#pragma once

#include "common/Finding.h"
#include "connection/ConnectionProfile.h"

#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace strata {

// PostgreSQL's table lock modes, weakest first (the order in which they
// conflict with more of the others).
enum class LockMode {
    None,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
};

QString lockModeName(LockMode mode); // "ACCESS EXCLUSIVE"
// What the mode keeps others from doing, for people: "blocks reads and writes".
QString lockModeEffect(LockMode mode);
// Whether the mode stops ordinary writes (INSERT/UPDATE/DELETE) on the table.
inline bool blocksWrites(LockMode mode) { return mode >= LockMode::Share; }

// A table lock one statement takes, and whether the statement reads or
// rewrites the whole table while holding it (the time it holds the lock then
// grows with the table).
struct TableLock
{
    QString table; // "name" or "schema.name", lower-case
    LockMode mode = LockMode::None;
    bool wholeTable = false; // a rewrite, a full scan or an index build
};

// What the database says about a table a statement touches (read from the
// catalog when a profile is at hand; lint works without it).
struct TableFacts
{
    QString name;              // "public.events"
    double rows = -1;          // the planner's estimate (reltuples); -1 when never analysed
    qint64 bytes = -1;         // table, indexes and TOAST
    QStringList referencedBy;  // tables whose foreign keys point here (locked by a rewrite)
    QStringList validatedChecks; // definitions of validated CHECK constraints: "CHECK ((email IS NOT NULL))"
    QMap<QString, QString> columnTypes; // column -> type as the database spells it
    QSet<QString> notNullColumns;

    // "~12,000,000 rows, 2.1 GB" (what is known).
    QString describe() const;
    enum class Size { Unknown, Small, Medium, Large };
    Size size() const;
};

// The catalog facts a lint run may use; empty without a database.
struct LintFacts
{
    bool read = false;
    QString source;           // "the catalog of 'staging' (PostgreSQL 15.4)"
    int serverVersionNum = 0; // 150004; 0 when unknown
    QMap<QString, TableFacts> tables; // by "schema.name" and by bare name
    QMap<QString, QChar> functionVolatility; // function name (lower) -> 'i', 's' or 'v'
    QString problem;          // why they could not be read, when they could not

    const TableFacts *table(const QString &name) const;
};

// One statement as the rules see it.
struct LintStatement
{
    int index = 0;      // position in the script
    QString text;       // as written, without the terminating ';'
    int line = 1;       // 1-based first line in the script
    int endLine = 1;    // last line
    int step = -1;      // the Alembic step ("-- Running upgrade A -> B") it belongs to
    QString revision;   // the revision that step applies ("" before the first step)
    QString revisionFile; // that revision's script, when known
    int transaction = -1; // the BEGIN … COMMIT block it runs in, -1 outside one
    int transactionLine = 0; // that block's BEGIN (its line)
    QString kind;       // libpg_query's node name: "IndexStmt", "AlterTableStmt", …
    QJsonObject node;   // that node's fields
    QString parseError; // libpg_query could not parse it (PostgreSQL only)
    bool control = false; // BEGIN, COMMIT, ROLLBACK, SET …: nothing to lint
    QList<TableLock> locks; // what it locks (PostgreSQL)
    QStringList created;  // tables it creates
};

struct LintContext
{
    ConnectionProfile::Driver driver = ConnectionProfile::Driver::PostgreSQL;
    const LintFacts *facts = nullptr;
    // Strata runs this SQL (a run, a rehearsal, a reviewed script), so
    // lock_timeout and statement_timeout are set for it.
    bool runByStrata = true;
    int lockTimeoutMs = 0;
    QString versionTable = QStringLiteral("alembic_version");
    const std::vector<LintStatement> *statements = nullptr;
    // Where the script creates each table (statement index), by "schema.name" and bare name.
    QHash<QString, int> createdAt;
    bool eachRevisionAlone = false; // only tables created in the same step are new
    // A table the script created before this statement: new, empty, seen by nobody else.
    bool isNewTable(const QString &table, int statementIndex) const;
    // The facts of an existing table, or null (unknown or new).
    const TableFacts *tableFacts(const QString &table) const;
    int serverVersionNum() const { return facts ? facts->serverVersionNum : 0; }
};

// What a rule found at one statement.
struct LintFinding
{
    QString rule;
    Severity severity = Severity::Warning;
    QString message;    // what this statement does, in plain words
    QString lock;       // the lock it takes: "ACCESS EXCLUSIVE on public.events"
    QStringList tables; // the existing tables it is about
    QStringList objects; // what it removes or changes, for people: "column accounts.phone", "table orders"
    int statement = -1;
    int line = 0;
    QString revision;
    QString file;       // the revision's script
    QString sizeNote;   // "public.events: ~12,000,000 rows, 2.1 GB" when the catalog was read
    bool allowed = false;
    QString allowReason; // from "-- strata: allow RULE reason"

    QJsonObject toJson() const;
};
using LintFindings = QList<LintFinding>;

// One migration-safety rule: a code, a default severity, the lock it is
// about, why that hurts and what to write instead. check() adds findings
// for one statement; it never sees another dialect's SQL.
class LintRule
{
public:
    virtual ~LintRule() = default;
    virtual QString code() const = 0;
    virtual Severity severity() const = 0;
    virtual QString lock() const = 0;        // "ACCESS EXCLUSIVE for the whole rewrite"
    virtual QString why() const = 0;
    virtual QString safePattern() const = 0;
    virtual bool forMySql() const { return false; } // else PostgreSQL
    // The danger grows with the table (a rewrite or scan): the catalog's size sets the severity.
    virtual bool scalesWithTable() const { return false; }
    virtual void check(const LintStatement &statement, const LintContext &context, LintFindings &out) const = 0;

protected:
    LintFinding finding(const LintStatement &statement, const QString &message, const QStringList &tables = {},
                        const QString &lock = {}) const;
};

} // namespace strata
