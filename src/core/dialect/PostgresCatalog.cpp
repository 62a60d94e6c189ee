// PostgreSQL's catalog as data, and scratch databases on the same server.
#include "PostgresDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace strata {

namespace {

Error catalogError(const QString &what, const QSqlQuery &q)
{
    const QString text = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    if (text.contains(QLatin1String("lock timeout")))
        return makeError(ErrorCode::Unreachable,
                         QCoreApplication::translate("strata::Dialect", "reading the schema (%1) waited 5 s for a table another session holds "
                                        "exclusively; see who with strata-cli locks")
                                 .arg(what));
    return makeError(ErrorCode::Unreachable, QCoreApplication::translate("strata::Dialect", "reading the schema (%1) failed: %2").arg(what, text.trimmed()));
}

// Schemas that are the server's, not the application's.
const char kUserRelations[] = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' "
                              "AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
                              "AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_class'::regclass "
                              "AND dep.objid = c.oid AND dep.deptype = 'e')";

QString constraintKind(const QString &code)
{
    if (code == QLatin1String("p"))
        return QStringLiteral("primary key");
    if (code == QLatin1String("u"))
        return QStringLiteral("unique");
    if (code == QLatin1String("c"))
        return QStringLiteral("check");
    if (code == QLatin1String("f"))
        return QStringLiteral("foreign key");
    return QStringLiteral("exclusion");
}

// "CREATE UNIQUE INDEX ix_a ON public.t USING btree (a)" -> "CREATE UNIQUE INDEX ON public.t USING btree (a)"
QString withoutName(QString definition, const QString &name)
{
    for (const QString &spelled : { name, QStringLiteral("\"%1\"").arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))) }) {
        const QString needle = QStringLiteral(" INDEX %1 ON ").arg(spelled);
        const qsizetype at = definition.indexOf(needle);
        if (at >= 0)
            return definition.replace(at, needle.size(), QStringLiteral(" INDEX ON "));
    }
    return definition;
}

} // namespace

Result<SchemaCatalog> PostgresDialect::readCatalog(QSqlDatabase db, const ConnectionProfile &p) const
{
    // One snapshot for every query, and a bounded wait: deparsing defaults
    // and views takes a share lock on their tables, which a session holding
    // one exclusively would make wait for ever.
    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return catalogError(QStringLiteral("a snapshot"), tx);
    tx.exec(QStringLiteral("SET LOCAL lock_timeout = 5000"));
    auto read = readCatalogIn(db, p);
    tx.exec(read ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return read;
}

Result<SchemaCatalog> PostgresDialect::readCatalogIn(QSqlDatabase db, const ConnectionProfile &p) const
{
    SchemaCatalog cat;
    cat.dialect = QStringLiteral("postgresql");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The version table, wherever the profile keeps it.
    const QString versionFilter =
            QStringLiteral("NOT (c.relname = %1 AND n.nspname = coalesce(nullif(%2, ''), current_schema()))")
                    .arg(quoteLiteral(p.versionTable), quoteLiteral(p.versionTableSchema));
    const QString tablesSql = QStringLiteral(
            "SELECT n.nspname || '.' || c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, "
            "coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity::text "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum "
            "WHERE c.relkind IN ('r', 'p') AND %1 AND %2 ORDER BY 1, a.attnum")
                                      .arg(QLatin1String(kUserRelations), versionFilter);
    if (!q.exec(tablesSql))
        return catalogError(QStringLiteral("tables"), q);
    while (q.next()) {
        const QString table = q.value(0).toString();
        CatalogTable &t = cat.tables[table];
        t.name = table;
        if (q.value(1).isNull())
            continue; // a table without columns
        const QString identity = q.value(5).toString();
        t.columns << CatalogColumn { q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                                     q.value(4).toString(),
                                     identity == QLatin1String("a") ? QStringLiteral("always")
                                             : identity == QLatin1String("d") ? QStringLiteral("by default")
                                                                              : QString() };
    }
    const QString constraintsSql = QStringLiteral(
            "SELECT n.nspname || '.' || c.relname, k.conname, k.contype::text, pg_get_constraintdef(k.oid), k.convalidated "
            "FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE k.contype IN ('p', 'u', 'c', 'f', 'x') AND %1 AND %2 ORDER BY 1, 2")
                                           .arg(QLatin1String(kUserRelations), versionFilter);
    if (!q.exec(constraintsSql))
        return catalogError(QStringLiteral("constraints"), q);
    while (q.next()) {
        auto it = cat.tables.find(q.value(0).toString());
        if (it == cat.tables.end())
            continue;
        it->constraints << CatalogConstraint { q.value(1).toString(), constraintKind(q.value(2).toString()),
                                               q.value(3).toString(), q.value(4).toBool() };
    }
    // Indexes that back a constraint are the constraint's.
    const QString indexesSql = QStringLiteral(
            "SELECT n.nspname || '.' || c.relname, i.relname, pg_get_indexdef(x.indexrelid), x.indisunique, x.indisvalid "
            "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x')) "
            "AND c.relkind IN ('r', 'p', 'm') AND %1 AND %2 ORDER BY 1, 2")
                                       .arg(QLatin1String(kUserRelations), versionFilter);
    if (!q.exec(indexesSql))
        return catalogError(QStringLiteral("indexes"), q);
    while (q.next()) {
        auto it = cat.tables.find(q.value(0).toString());
        if (it == cat.tables.end())
            continue;
        const QString name = q.value(1).toString();
        it->indexes << CatalogIndex { name, withoutName(q.value(2).toString(), name), q.value(3).toBool(),
                                      q.value(4).toBool() };
    }
    if (!q.exec(QStringLiteral(
                "SELECT n.nspname || '.' || t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) "
                "FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace "
                "WHERE NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_type'::regclass AND dep.objid = t.oid "
                "AND dep.deptype = 'e') GROUP BY 1")))
        return catalogError(QStringLiteral("enums"), q);
    while (q.next())
        cat.enums.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT n.nspname || '.' || c.relname, c.relkind::text, pg_get_viewdef(c.oid, true) "
                               "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE c.relkind IN ('v', 'm') AND %1")
                        .arg(QLatin1String(kUserRelations))))
        return catalogError(QStringLiteral("views"), q);
    while (q.next())
        cat.views.insert(q.value(0).toString(),
                         (q.value(1).toString() == QLatin1String("m") ? QStringLiteral("MATERIALIZED ") : QString())
                                 + q.value(2).toString().simplified());
    if (!q.exec(QStringLiteral("SELECT n.nspname || '.' || c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement "
                               "FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid "
                               "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE %1")
                        .arg(QLatin1String(kUserRelations))))
        return catalogError(QStringLiteral("sequences"), q);
    while (q.next())
        cat.sequences.insert(q.value(0).toString(), QStringLiteral("%1 start %2 increment %3")
                                                             .arg(q.value(1).toString(), q.value(2).toString(),
                                                                  q.value(3).toString()));
    return cat;
}

Status PostgresDialect::createScratchDatabase(QSqlDatabase db, const ConnectionProfile &, const QString &name) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user, r.rolcreatedb OR r.rolsuper FROM pg_roles r WHERE r.rolname = current_user"))
        || !q.next())
        return catalogError(QStringLiteral("privileges"), q);
    const QString role = q.value(0).toString();
    if (!q.value(1).toBool())
        return makeError(ErrorCode::Refused,
                         QCoreApplication::translate("strata::Dialect", "building a revision's schema needs a scratch database on this server, and role "
                                        "%1 may not create databases: ALTER ROLE %1 CREATEDB (or use a profile whose "
                                        "role may)")
                                 .arg(quoteIdentifier(role)));
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(quoteIdentifier(name))))
        return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::Dialect", "cannot create the scratch database %1: %2")
                                                     .arg(name, q.lastError().databaseText().trimmed()));
    return {};
}

Status PostgresDialect::dropScratchDatabase(QSqlDatabase db, const ConnectionProfile &, const QString &name) const
{
    QSqlQuery q(db);
    // WITH (FORCE): a bridge killed mid-build may leave a session behind (server 13+).
    if (q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(name))))
        return {};
    if (q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoteIdentifier(name))))
        return {};
    return makeError(ErrorCode::Io, QCoreApplication::translate("strata::Dialect", "the scratch database %1 could not be dropped: %2")
                                            .arg(name, q.lastError().databaseText().trimmed()));
}

Result<QStringList> PostgresDialect::scratchDatabases(QSqlDatabase db, const QString &prefix) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT datname FROM pg_database WHERE starts_with(datname, %1) ORDER BY 1").arg(quoteLiteral(prefix))))
        return catalogError(QStringLiteral("databases"), q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace strata
