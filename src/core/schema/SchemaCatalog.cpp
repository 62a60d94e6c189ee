#include "SchemaCatalog.h"

#include "text/SqlLexer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace strata {

namespace {

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> stringMapFrom(const QJsonValue &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString key(const QString &a, const QString &b)
{
    return a + QLatin1Char('.') + b;
}

void compareMaps(const QString &object, const QMap<QString, QString> &expected, const QMap<QString, QString> &actual,
                 QList<SchemaDifference> *out)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        auto found = actual.find(it.key());
        if (found == actual.end())
            out->append({ SchemaDifference::Kind::Missing, object, it.key(), {} });
        else if (found.value() != it.value())
            out->append({ SchemaDifference::Kind::Changed, object, it.key(),
                          QStringLiteral("%1 expected, %2 found").arg(it.value(), found.value()) });
    }
    for (auto it = actual.begin(); it != actual.end(); ++it)
        if (!expected.contains(it.key()))
            out->append({ SchemaDifference::Kind::Extra, object, it.key(), {} });
}

QString columnText(const CatalogColumn &c)
{
    QString t = c.type + (c.nullable ? QString() : QStringLiteral(" NOT NULL"));
    if (!c.defaultExpr.isEmpty())
        t += QStringLiteral(" DEFAULT ") + c.defaultExpr;
    if (!c.identity.isEmpty())
        t += QStringLiteral(" GENERATED %1 AS IDENTITY").arg(c.identity.toUpper());
    return t;
}

void compareColumns(const CatalogTable &e, const CatalogTable &a, QList<SchemaDifference> *out)
{
    QMap<QString, const CatalogColumn *> found;
    for (const CatalogColumn &c : a.columns)
        found.insert(c.name, &c);
    QSet<QString> seen;
    for (const CatalogColumn &c : e.columns) {
        seen.insert(c.name);
        const QString name = key(e.name, c.name);
        const CatalogColumn *f = found.value(c.name);
        if (!f) {
            out->append({ SchemaDifference::Kind::Missing, QStringLiteral("column"), name, columnText(c) });
            continue;
        }
        QStringList what;
        if (f->type != c.type)
            what << QStringLiteral("type %1 expected, %2 found").arg(c.type, f->type);
        if (f->nullable != c.nullable)
            what << (c.nullable ? QCoreApplication::translate("strata::SchemaCatalog", "nullable expected, NOT NULL found")
                                : QCoreApplication::translate("strata::SchemaCatalog", "NOT NULL expected, nullable found"));
        if (f->defaultExpr != c.defaultExpr)
            what << QStringLiteral("default %1 expected, %2 found")
                            .arg(c.defaultExpr.isEmpty() ? QStringLiteral("(none)") : c.defaultExpr,
                                 f->defaultExpr.isEmpty() ? QStringLiteral("(none)") : f->defaultExpr);
        if (f->identity != c.identity)
            what << QStringLiteral("identity %1 expected, %2 found")
                            .arg(c.identity.isEmpty() ? QStringLiteral("(none)") : c.identity,
                                 f->identity.isEmpty() ? QStringLiteral("(none)") : f->identity);
        if (!what.isEmpty())
            out->append({ SchemaDifference::Kind::Changed, QStringLiteral("column"), name, what.join(QStringLiteral("; ")) });
    }
    for (const CatalogColumn &c : a.columns)
        if (!seen.contains(c.name))
            out->append({ SchemaDifference::Kind::Extra, QStringLiteral("column"), key(a.name, c.name), columnText(c) });
}

// Matched by name, then what is left by definition (a rename alone is one change).
template <typename T, typename Describe, typename Same>
void compareNamed(const QString &object, const QString &table, const QList<T> &expected, const QList<T> &actual,
                  Describe describe, Same sameDefinition, QList<SchemaDifference> *out)
{
    QList<const T *> unmatchedActual;
    QList<const T *> unmatchedExpected;
    for (const T &a : actual)
        unmatchedActual << &a;
    for (const T &e : expected) {
        const T *match = nullptr;
        for (const T *a : unmatchedActual)
            if (a->name == e.name) {
                match = a;
                break;
            }
        if (!match) {
            unmatchedExpected << &e;
            continue;
        }
        unmatchedActual.removeOne(match);
        if (!(describe(*match) == describe(e)))
            out->append({ SchemaDifference::Kind::Changed, object, key(table, e.name),
                          QStringLiteral("%1 expected, %2 found").arg(describe(e), describe(*match)) });
    }
    for (const T *e : unmatchedExpected) {
        const T *match = nullptr;
        for (const T *a : unmatchedActual)
            if (sameDefinition(*a, *e)) {
                match = a;
                break;
            }
        if (match) {
            unmatchedActual.removeOne(match);
            out->append({ SchemaDifference::Kind::Changed, object, key(table, e->name),
                          QCoreApplication::translate("strata::SchemaCatalog", "named %1 in the database").arg(match->name) });
        } else {
            out->append({ SchemaDifference::Kind::Missing, object, key(table, e->name), describe(*e) });
        }
    }
    for (const T *a : unmatchedActual)
        out->append({ SchemaDifference::Kind::Extra, object, key(table, a->name), describe(*a) });
}

QString constraintText(const CatalogConstraint &c)
{
    return c.definition + (c.valid ? QString() : QStringLiteral(" NOT VALID"));
}

QString indexText(const CatalogIndex &i)
{
    return i.definition + (i.valid ? QString() : QStringLiteral(" (INVALID)"));
}

QString withSemicolon(const QString &sql)
{
    return sql.endsWith(QLatin1Char(';')) ? sql : sql + QLatin1Char(';');
}

// SQLite's constraints have no names of their own: Strata calls them "primary key", "fk(a, b)", "unique(a)".
QString constraintLine(const CatalogConstraint &c, bool named)
{
    return (named ? QStringLiteral("CONSTRAINT %1 ").arg(c.name) : QString()) + constraintText(c);
}

QString indexLine(const CatalogIndex &i)
{
    QString sql = i.definition;
    const qsizetype at = sql.indexOf(QLatin1String(" INDEX ON "), 0, Qt::CaseInsensitive);
    if (at < 0)
        return QStringLiteral("/* index %1: %2 */").arg(i.name, indexText(i));
    sql.insert(at + 7, i.name + QLatin1Char(' '));
    return withSemicolon(sql) + (i.valid ? QString() : QStringLiteral(" -- INVALID"));
}

QStringList tableLines(const CatalogTable &t, const CatalogTable *orderLike, bool namedConstraints)
{
    QList<const CatalogColumn *> columns;
    if (orderLike) {
        for (const CatalogColumn &wanted : orderLike->columns)
            for (const CatalogColumn &c : t.columns)
                if (c.name == wanted.name)
                    columns << &c;
    }
    for (const CatalogColumn &c : t.columns)
        if (!columns.contains(&c))
            columns << &c;
    QStringList entries;
    for (const CatalogColumn *c : columns)
        entries << c->name + QLatin1Char(' ') + columnText(*c);
    for (const CatalogConstraint &c : t.constraints)
        entries << constraintLine(c, namedConstraints);
    QStringList lines { QStringLiteral("CREATE TABLE %1 (").arg(t.name) };
    for (qsizetype i = 0; i < entries.size(); ++i)
        lines << QStringLiteral("    ") + entries[i] + (i + 1 < entries.size() ? QStringLiteral(",") : QString());
    lines << QStringLiteral(");");
    for (const CatalogIndex &i : t.indexes)
        lines << indexLine(i);
    return lines;
}

QString viewLine(const QString &name, const QString &definition)
{
    if (definition.startsWith(QLatin1String("CREATE "), Qt::CaseInsensitive))
        return withSemicolon(definition);
    if (definition.startsWith(QLatin1String("MATERIALIZED ")))
        return withSemicolon(QStringLiteral("CREATE MATERIALIZED VIEW %1 AS %2").arg(name, definition.mid(13)));
    return withSemicolon(QStringLiteral("CREATE VIEW %1 AS %2").arg(name, definition));
}

QString sequenceLine(const QString &name, const QString &definition)
{
    static const QRegularExpression shape(QStringLiteral("^(.+) start (-?\\d+) increment (-?\\d+)$"));
    const QRegularExpressionMatch m = shape.match(definition);
    if (!m.hasMatch())
        return QStringLiteral("CREATE SEQUENCE %1 /* %2 */;").arg(name, definition);
    return QStringLiteral("CREATE SEQUENCE %1 AS %2 START %3 INCREMENT %4;").arg(name, m.captured(1), m.captured(2), m.captured(3));
}

QString enumLine(const QString &name, const QString &labels)
{
    QStringList quoted;
    for (const QString &label : labels.split(QLatin1Char(',')))
        quoted << SqlLexer::quoteString(label);
    return QStringLiteral("CREATE TYPE %1 AS ENUM (%2);").arg(name, quoted.join(QStringLiteral(", ")));
}

} // namespace

int SchemaCatalog::objectCount() const
{
    int n = enums.size() + views.size() + sequences.size();
    for (const CatalogTable &t : tables)
        n += 1 + t.columns.size() + t.constraints.size() + t.indexes.size();
    return n;
}

QJsonObject SchemaCatalog::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("dialect"), dialect);
    QJsonObject ts;
    for (const CatalogTable &t : tables) {
        QJsonArray columns;
        for (const CatalogColumn &c : t.columns)
            columns.append(QJsonObject { { QStringLiteral("name"), c.name },
                                         { QStringLiteral("type"), c.type },
                                         { QStringLiteral("nullable"), c.nullable },
                                         { QStringLiteral("default"), c.defaultExpr },
                                         { QStringLiteral("identity"), c.identity } });
        QJsonArray constraints;
        for (const CatalogConstraint &c : t.constraints)
            constraints.append(QJsonObject { { QStringLiteral("name"), c.name },
                                             { QStringLiteral("kind"), c.kind },
                                             { QStringLiteral("definition"), c.definition },
                                             { QStringLiteral("valid"), c.valid } });
        QJsonArray indexes;
        for (const CatalogIndex &i : t.indexes)
            indexes.append(QJsonObject { { QStringLiteral("name"), i.name },
                                         { QStringLiteral("definition"), i.definition },
                                         { QStringLiteral("unique"), i.unique },
                                         { QStringLiteral("valid"), i.valid } });
        ts.insert(t.name, QJsonObject { { QStringLiteral("columns"), columns },
                                        { QStringLiteral("constraints"), constraints },
                                        { QStringLiteral("indexes"), indexes } });
    }
    o.insert(QStringLiteral("tables"), ts);
    o.insert(QStringLiteral("enums"), stringMap(enums));
    o.insert(QStringLiteral("views"), stringMap(views));
    o.insert(QStringLiteral("sequences"), stringMap(sequences));
    return o;
}

Result<SchemaCatalog> SchemaCatalog::fromJson(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("tables")).isObject())
        return makeError(ErrorCode::Config, QCoreApplication::translate("strata::SchemaCatalog", "not a schema catalog (no \"tables\" object)"));
    SchemaCatalog c;
    c.dialect = o.value(QStringLiteral("dialect")).toString();
    const QJsonObject ts = o.value(QStringLiteral("tables")).toObject();
    for (auto it = ts.begin(); it != ts.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        CatalogTable table;
        table.name = it.key();
        for (const QJsonValue &v : t.value(QStringLiteral("columns")).toArray()) {
            const QJsonObject x = v.toObject();
            table.columns << CatalogColumn { x.value(QStringLiteral("name")).toString(), x.value(QStringLiteral("type")).toString(),
                                             x.value(QStringLiteral("nullable")).toBool(true),
                                             x.value(QStringLiteral("default")).toString(),
                                             x.value(QStringLiteral("identity")).toString() };
        }
        for (const QJsonValue &v : t.value(QStringLiteral("constraints")).toArray()) {
            const QJsonObject x = v.toObject();
            table.constraints << CatalogConstraint { x.value(QStringLiteral("name")).toString(),
                                                     x.value(QStringLiteral("kind")).toString(),
                                                     x.value(QStringLiteral("definition")).toString(),
                                                     x.value(QStringLiteral("valid")).toBool(true) };
        }
        for (const QJsonValue &v : t.value(QStringLiteral("indexes")).toArray()) {
            const QJsonObject x = v.toObject();
            table.indexes << CatalogIndex { x.value(QStringLiteral("name")).toString(),
                                            x.value(QStringLiteral("definition")).toString(),
                                            x.value(QStringLiteral("unique")).toBool(),
                                            x.value(QStringLiteral("valid")).toBool(true) };
        }
        c.tables.insert(table.name, table);
    }
    c.enums = stringMapFrom(o.value(QStringLiteral("enums")));
    c.views = stringMapFrom(o.value(QStringLiteral("views")));
    c.sequences = stringMapFrom(o.value(QStringLiteral("sequences")));
    return c;
}

QString schemaDifferenceKindName(SchemaDifference::Kind kind)
{
    switch (kind) {
    case SchemaDifference::Kind::Missing: return QStringLiteral("missing");
    case SchemaDifference::Kind::Extra: return QStringLiteral("extra");
    case SchemaDifference::Kind::Changed: return QStringLiteral("changed");
    }
    return {};
}

QString SchemaDifference::describe() const
{
    QString text = QStringLiteral("%1 %2 %3").arg(schemaDifferenceKindName(kind), object, name);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

QJsonObject SchemaDifference::toJson() const
{
    return QJsonObject { { QStringLiteral("kind"), schemaDifferenceKindName(kind) },
                         { QStringLiteral("object"), object },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("detail"), detail } };
}

QList<SchemaDifference> compareCatalogs(const SchemaCatalog &expected, const SchemaCatalog &actual)
{
    QList<SchemaDifference> out;
    for (const CatalogTable &e : expected.tables) {
        auto found = actual.tables.find(e.name);
        if (found == actual.tables.end()) {
            out.append({ SchemaDifference::Kind::Missing, QStringLiteral("table"), e.name,
                         QStringLiteral("%1 column(s)").arg(e.columns.size()) });
            continue;
        }
        compareColumns(e, found.value(), &out);
        compareNamed(QStringLiteral("constraint"), e.name, e.constraints, found->constraints, constraintText,
                     [](const CatalogConstraint &a, const CatalogConstraint &b) {
                         return a.kind == b.kind && a.definition == b.definition && a.valid == b.valid;
                     },
                     &out);
        compareNamed(QStringLiteral("index"), e.name, e.indexes, found->indexes, indexText,
                     [](const CatalogIndex &a, const CatalogIndex &b) {
                         return a.definition == b.definition && a.valid == b.valid;
                     },
                     &out);
    }
    for (const CatalogTable &a : actual.tables)
        if (!expected.tables.contains(a.name))
            out.append({ SchemaDifference::Kind::Extra, QStringLiteral("table"), a.name,
                         QStringLiteral("%1 column(s)").arg(a.columns.size()) });
    compareMaps(QStringLiteral("enum"), expected.enums, actual.enums, &out);
    compareMaps(QStringLiteral("view"), expected.views, actual.views, &out);
    compareMaps(QStringLiteral("sequence"), expected.sequences, actual.sequences, &out);
    return out;
}

QList<TextBlock> schemaOutline(const SchemaCatalog &catalog, const SchemaCatalog *orderLike)
{
    // The key's first character orders the kinds: types before the tables that use them, views last.
    QList<TextBlock> blocks;
    for (auto it = catalog.enums.begin(); it != catalog.enums.end(); ++it)
        blocks.append({ QStringLiteral("1 ") + it.key(), { enumLine(it.key(), it.value()) } });
    for (auto it = catalog.sequences.begin(); it != catalog.sequences.end(); ++it)
        blocks.append({ QStringLiteral("2 ") + it.key(), { sequenceLine(it.key(), it.value()) } });
    const bool named = catalog.dialect != QLatin1String("sqlite");
    for (const CatalogTable &t : catalog.tables) {
        const CatalogTable *like = nullptr;
        if (orderLike) {
            auto other = orderLike->tables.find(t.name);
            if (other != orderLike->tables.end())
                like = &other.value();
        }
        blocks.append({ QStringLiteral("3 ") + t.name, tableLines(t, like, named) });
    }
    for (auto it = catalog.views.begin(); it != catalog.views.end(); ++it)
        blocks.append({ QStringLiteral("4 ") + it.key(), { viewLine(it.key(), it.value()) } });
    // One entry, one line: a line break inside a name or a default is written \n.
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\n|\r"));
    for (TextBlock &block : blocks)
        for (QString &line : block.lines)
            line.replace(lineBreak, QStringLiteral("\\n"));
    return blocks;
}

QString schemaDiff(const SchemaCatalog &expected, const SchemaCatalog &found, const QString &expectedLabel,
                   const QString &foundLabel)
{
    return unifiedDiff(schemaOutline(expected), schemaOutline(found, &expected), expectedLabel, foundLabel);
}

} // namespace strata
