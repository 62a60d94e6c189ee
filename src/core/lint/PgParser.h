#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace strata {

// One statement parsed by the PostgreSQL server's own grammar (libpg_query),
// its parse tree read as JSON. Nothing here guesses: what the grammar
// refuses comes back as an error with the grammar's own message.
struct PgParse
{
    QString kind;     // "IndexStmt", "AlterTableStmt", … (the first statement's)
    QJsonObject node; // its fields
    int statements = 0; // how many statements the text held (the splitter gives one)
    QString error;    // empty when parsed
    int errorOffset = -1; // 0-based character in the text, when the grammar says
};

class PgParser
{
public:
    static PgParse parse(const QString &sql);
    static QString grammarVersion(); // "PostgreSQL 15.1 grammar (libpg_query)"
};

// Reading libpg_query's JSON: every node is {"TypeName": {fields}}, a field
// left at its default (false, 0, empty) is absent.
namespace pgtree {

QString type(const QJsonValue &node);                 // "String", "FuncCall", …
QJsonObject body(const QJsonValue &node);             // the fields under the type
QJsonObject body(const QJsonValue &node, const char *expectedType); // empty when another type
// [{"String": {"sval": "pg_catalog"}}, …] -> {"pg_catalog", …}
QStringList strings(const QJsonValue &list);
// A RangeVar's fields -> "schema.name" or "name" (lower-case, as PostgreSQL folds unquoted names)
QString relation(const QJsonObject &rangeVar);
// The type a TypeName names, without pg_catalog: "int4", "varchar(40)", "serial".
QString typeName(const QJsonObject &typeNameFields);
// Depth-first over every node in value: fn(type, fields).
void walk(const QJsonValue &value, const std::function<void(const QString &, const QJsonObject &)> &fn);

} // namespace pgtree

} // namespace strata
