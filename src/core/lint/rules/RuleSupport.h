#pragma once

// What the PostgreSQL rules share: reading ALTER TABLE's subcommands and
// column definitions out of libpg_query's tree, and telling a constant
// default from a volatile one.
#include "lint/Lint.h"
#include "lint/PgParser.h"

#include <QJsonArray>

namespace strata::lintsupport {

inline QString field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}
inline bool flag(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toBool();
}

// A statement option given as a DefElem in "params" (REINDEX (CONCURRENTLY) …).
bool hasOption(const QJsonObject &node, const char *name);

// ALTER TABLE's target (empty for ALTER INDEX/VIEW/SEQUENCE/TYPE …).
QString alteredTable(const LintStatement &s);
// The same, only when the table existed before this statement (a table the
// script created is new and empty: nobody waits on it).
QString existingAlteredTable(const LintStatement &s, const LintContext &context);
// The AlterTableCmd fields of an ALTER TABLE, in order.
QList<QJsonObject> alterCommands(const LintStatement &s);
// A ColumnDef's constraints of one contype ("CONSTR_DEFAULT", …).
QList<QJsonObject> columnConstraints(const QJsonObject &columnDef, const QString &contype);
// The column an AT_AddColumn adds (its ColumnDef fields).
QJsonObject addedColumn(const QJsonObject &command);

// Ordered: the worst of several wins.
enum class Volatility { Constant, Stable, Unknown, Volatile };
// The worst volatility in an expression; *function names the function that decided it.
Volatility volatility(const QJsonValue &expression, const LintContext &context, QString *function = nullptr);

// A CHECK expression of the form "column IS NOT NULL" (its column, else empty).
QString notNullCheckColumn(const QJsonValue &expression);
// Whether a validated CHECK (column IS NOT NULL) exists, in the catalog or
// made valid earlier in the script.
bool hasValidatedNotNullCheck(const QString &table, const QString &column, const LintStatement &s,
                              const LintContext &context);

// "serial", "bigserial", "smallserial" (and serial2/4/8).
bool isSerialType(const QString &typeName);

// A finding's lock text: "ACCESS EXCLUSIVE on orders".
QString lockOn(LockMode mode, const QStringList &tables);

// MySQL/MariaDB: the statement as words (Strata's lexer; comments and
// strings left out), upper-cased, with their bracket depth. "," and "(" / ")"
// are kept as words too.
struct SqlWord
{
    QString text;
    int depth = 0;
};
QList<SqlWord> sqlWords(const QString &statement);
// Splits words at the commas of one depth (the elements of a CREATE TABLE's
// list at depth 1, an ALTER TABLE's clauses at depth 0).
QList<QList<SqlWord>> splitAtCommas(const QList<SqlWord> &words, int depth);
bool hasWord(const QList<SqlWord> &words, const char *word);

} // namespace strata::lintsupport
