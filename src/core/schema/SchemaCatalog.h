#pragma once

#include "common/Result.h"
#include "text/UnifiedDiff.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace strata {

// A database's schema as data, read from its catalog by the dialect: what a
// comparison needs, in a form that compares the same whichever way it was
// made (a migration, create_all(), a hand-written CREATE). The version table
// is never part of it. Names are "schema.name" where the database has schemas.
struct CatalogColumn
{
    QString name;
    QString type;        // as the database spells it: "character varying(40)", "integer"
    bool nullable = true;
    QString defaultExpr; // empty: none
    QString identity;    // "always", "by default" or empty (serial columns show their nextval() default)

    bool operator==(const CatalogColumn &o) const
    {
        return name == o.name && type == o.type && nullable == o.nullable && defaultExpr == o.defaultExpr
                && identity == o.identity;
    }
};

struct CatalogConstraint
{
    QString name;
    QString kind;       // "primary key", "unique", "check", "foreign key", "exclusion"
    QString definition; // "FOREIGN KEY (user_id) REFERENCES public.users(id)"
    bool valid = true;  // NOT VALID constraints read false

    bool operator==(const CatalogConstraint &o) const
    {
        return name == o.name && kind == o.kind && definition == o.definition && valid == o.valid;
    }
};

struct CatalogIndex
{
    QString name;
    QString definition; // the index's definition with its own name taken out
    bool unique = false;
    bool valid = true;  // PostgreSQL's indisvalid: false after a failed CREATE INDEX CONCURRENTLY

    bool operator==(const CatalogIndex &o) const
    {
        return name == o.name && definition == o.definition && unique == o.unique && valid == o.valid;
    }
};

struct CatalogTable
{
    QString name; // "public.users"
    QList<CatalogColumn> columns;
    QList<CatalogConstraint> constraints;
    QList<CatalogIndex> indexes;

    bool operator==(const CatalogTable &o) const
    {
        return name == o.name && columns == o.columns && constraints == o.constraints && indexes == o.indexes;
    }
};

struct SchemaCatalog
{
    QString dialect; // "postgresql", "sqlite", …
    QMap<QString, CatalogTable> tables;
    QMap<QString, QString> enums;     // name -> labels, in order, comma-separated
    QMap<QString, QString> views;     // name -> definition
    QMap<QString, QString> sequences; // name -> "bigint start 1 increment 1"

    bool operator==(const SchemaCatalog &o) const
    {
        return tables == o.tables && enums == o.enums && views == o.views && sequences == o.sequences;
    }
    bool operator!=(const SchemaCatalog &o) const { return !(*this == o); }
    bool isEmpty() const { return tables.isEmpty() && enums.isEmpty() && views.isEmpty() && sequences.isEmpty(); }
    int objectCount() const;

    QJsonObject toJson() const;
    static Result<SchemaCatalog> fromJson(const QJsonObject &object);
};

// One difference between the schema expected (a revision's, the models') and
// the one found (the live database).
struct SchemaDifference
{
    enum class Kind { Missing, Extra, Changed };
    Kind kind = Kind::Changed;
    QString object; // "table", "column", "index", "constraint", "enum", "view", "sequence"
    QString name;   // "public.users", "public.users.email"
    QString detail; // what differs: "type varchar(40) expected, text found"

    // "missing table public.audit", "changed column public.users.email: …"
    QString describe() const;
    QJsonObject toJson() const;
};
QString schemaDifferenceKindName(SchemaDifference::Kind kind);

// Every difference between expected and actual, in a stable order (by object
// name). Constraints and indexes are matched by name, then by definition
// (names a database made up may differ while the objects are the same: a
// rename alone is reported as one change).
QList<SchemaDifference> compareCatalogs(const SchemaCatalog &expected, const SchemaCatalog &actual);

// The schema written out as SQL for people to read (not to run: it is rebuilt
// from the catalog, and names the objects as the catalog does), one block per
// object: enum types, sequences, each table with its indexes, views (no line
// starts with "--", so a removed line never reads as a diff header). With
// orderLike, a table's columns come in that catalog's order and its own extra
// columns after them, so a diff shows what compareCatalogs counts (it ignores
// column order) and nothing else.
QList<TextBlock> schemaOutline(const SchemaCatalog &catalog, const SchemaCatalog *orderLike = nullptr);

// The unified diff of the two outlines, expected ("-") against found ("+");
// empty when they are the same.
QString schemaDiff(const SchemaCatalog &expected, const SchemaCatalog &found, const QString &expectedLabel,
                   const QString &foundLabel);

} // namespace strata
