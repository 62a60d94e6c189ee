#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace strata {

// One statement of a SQL script, ready to send to the server.
struct SqlStatement
{
    QString text;  // without the terminating ';', comments before it dropped
    int line = 1;  // 1-based line where the statement starts
    int step = -1; // index into SqlScript::steps, -1 before the first marker
    enum class Kind { Other, Begin, Commit, Rollback } kind = Kind::Other;
    // Cannot run inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, …).
    bool nonTransactional = false;
};

// A migration step named by Alembic's offline marker "-- Running upgrade A -> B".
struct SqlStep
{
    QString direction; // "upgrade" or "downgrade"
    QStringList from;
    QStringList to;
    int line = 0;
};

// An offline SQL script split the way PostgreSQL reads it (see SqlLexer), with
// Alembic's step markers and Strata's header:
//   -- strata: from=<rev,rev|base> to=<rev,…|base> direction=upgrade
struct SqlScript
{
    std::vector<SqlStatement> statements;
    std::vector<SqlStep> steps;
    bool hasHeader = false;
    QStringList headerFrom; // the version rows the script expects to find ({} = empty table)
    QStringList headerTo;
    QString headerDirection;
    QStringList tables; // touched tables, found while splitting (see touchedTables())

    // Splits text; psql meta-commands (\i, \set, …) are refused with their line.
    static Result<SqlScript> parse(const QString &text, const QString &fileName = {});

    // The version rows the database must hold before the first statement:
    // the header's, else the first step marker's "from" (empty = not versioned
    // yet). False when the script names neither.
    bool expectedStart(QStringList *rows) const;

    // The header line Strata writes on top of the offline SQL it produces.
    static QString header(const QStringList &from, const QStringList &to, const QString &direction);

    // Tables the statements touch (lower-case, unqualified), for lock checks.
    QStringList touchedTables() const { return tables; }
};

} // namespace strata
