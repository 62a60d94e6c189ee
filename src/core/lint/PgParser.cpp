#include "lint/PgParser.h"

#include <pg_query.h>

#include <QCoreApplication>
#include <QJsonDocument>

namespace strata {

PgParse PgParser::parse(const QString &sql)
{
    PgParse out;
    const QByteArray utf8 = sql.toUtf8();
    PgQueryParseResult result = pg_query_parse(utf8.constData());
    if (result.error) {
        out.error = QString::fromUtf8(result.error->message);
        if (result.error->cursorpos > 0) // 1-based, in bytes
            out.errorOffset = QString::fromUtf8(utf8.left(result.error->cursorpos - 1)).size();
        pg_query_free_parse_result(result);
        return out;
    }
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(result.parse_tree), &jsonError);
    pg_query_free_parse_result(result);
    if (doc.isNull()) {
        // Qt refuses JSON nested deeper than it reads: say so, never guess.
        out.error = QCoreApplication::translate("strata::Linter", "the parse tree cannot be read (%1): the statement is nested too deeply to check")
                            .arg(jsonError.errorString());
        return out;
    }
    const QJsonArray stmts = doc.object().value(QStringLiteral("stmts")).toArray();
    out.statements = int(stmts.size());
    if (stmts.isEmpty())
        return out; // only comments
    const QJsonValue first = stmts.first().toObject().value(QStringLiteral("stmt"));
    out.kind = pgtree::type(first);
    out.node = pgtree::body(first);
    return out;
}

QString PgParser::grammarVersion()
{
    return QStringLiteral("PostgreSQL %1 grammar (libpg_query)").arg(QLatin1String(PG_VERSION));
}

namespace pgtree {

QString type(const QJsonValue &node)
{
    const QJsonObject o = node.toObject();
    return o.isEmpty() ? QString() : o.constBegin().key();
}

QJsonObject body(const QJsonValue &node)
{
    const QJsonObject o = node.toObject();
    return o.isEmpty() ? QJsonObject() : o.constBegin().value().toObject();
}

QJsonObject body(const QJsonValue &node, const char *expectedType)
{
    return node.toObject().value(QLatin1String(expectedType)).toObject();
}

QStringList strings(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject s = body(v, "String");
        if (!s.isEmpty())
            out << s.value(QStringLiteral("sval")).toString();
    }
    return out;
}

QString relation(const QJsonObject &rangeVar)
{
    const QString rel = rangeVar.value(QStringLiteral("relname")).toString();
    const QString schema = rangeVar.value(QStringLiteral("schemaname")).toString();
    // The parser already folded unquoted names; quoted ones keep their case.
    return schema.isEmpty() ? rel : schema + QLatin1Char('.') + rel;
}

QString typeName(const QJsonObject &t)
{
    QStringList names = strings(t.value(QStringLiteral("names")));
    if (names.size() > 1 && names.first() == QLatin1String("pg_catalog"))
        names.removeFirst();
    QString name = names.join(QLatin1Char('.'));
    QStringList mods;
    for (const QJsonValue &m : t.value(QStringLiteral("typmods")).toArray()) {
        const QJsonObject c = body(m, "A_Const");
        if (c.contains(QStringLiteral("ival")))
            mods << QString::number(c.value(QStringLiteral("ival")).toObject().value(QStringLiteral("ival")).toInt());
    }
    if (!mods.isEmpty())
        name += QLatin1Char('(') + mods.join(QLatin1Char(',')) + QLatin1Char(')');
    if (t.contains(QStringLiteral("arrayBounds")))
        name += QStringLiteral("[]");
    return name;
}

namespace {
void walkValue(const QJsonValue &value, const std::function<void(const QString &, const QJsonObject &)> &fn, int depth)
{
    if (depth > 2000)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            walkValue(v, fn, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        // A node is {"Type": {…}} with a capitalised type; fields are lower-case.
        if (!it.key().isEmpty() && it.key().at(0).isUpper() && it.value().isObject())
            fn(it.key(), it.value().toObject());
        walkValue(it.value(), fn, depth + 1);
    }
}
} // namespace

void walk(const QJsonValue &value, const std::function<void(const QString &, const QJsonObject &)> &fn)
{
    walkValue(value, fn, 0);
}

} // namespace pgtree

} // namespace strata
