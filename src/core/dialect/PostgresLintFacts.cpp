// What the lint reads from PostgreSQL's catalog: sizes, keys, checks, types.
#include "PostgresDialect.h"

#include "lint/Lint.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace strata {

namespace {

QString literalList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << PostgresDialect::quoteLiteral(v);
    return quoted.join(QStringLiteral(", "));
}

Error factsError(const QSqlQuery &q)
{
    return makeError(ErrorCode::Unreachable,
                     QCoreApplication::translate("strata::Dialect", "reading table sizes failed: %1").arg(q.lastError().databaseText().trimmed()));
}

} // namespace

Result<LintFacts> PostgresDialect::readLintFacts(QSqlDatabase db, const QStringList &tables,
                                                 const QStringList &functions) const
{
    // pg_total_relation_size() takes ACCESS SHARE on each table: behind a
    // session holding one exclusively (a stuck migration) it would wait. In
    // a transaction of its own with a short lock_timeout, the sizes then
    // come from the planner's page counts instead, which take no lock.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN")) || !begin.exec(QStringLiteral("SET LOCAL lock_timeout = 500"))
        || !begin.exec(QStringLiteral("SET LOCAL statement_timeout = 10000"))) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return factsError(begin);
    }
    Result<LintFacts> facts = readLintFactsIn(db, tables, functions, true);
    if (!facts && facts.error().message.contains(QLatin1String("lock timeout"))) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        QSqlQuery again(db);
        if (!again.exec(QStringLiteral("BEGIN")) || !again.exec(QStringLiteral("SET LOCAL statement_timeout = 10000"))) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return factsError(again);
        }
        facts = readLintFactsIn(db, tables, functions, false);
    }
    QSqlQuery(db).exec(facts ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return facts;
}

Result<LintFacts> PostgresDialect::readLintFactsIn(QSqlDatabase db, const QStringList &tables,
                                                   const QStringList &functions, bool exactSizes) const
{
    LintFacts facts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT current_setting('server_version_num')::int, current_setting('server_version')")))
        return factsError(q);
    if (q.next()) {
        facts.serverVersionNum = q.value(0).toInt();
        facts.source = QStringLiteral("PostgreSQL %1").arg(q.value(1).toString());
    }
    QStringList bare;
    for (const QString &t : tables)
        bare << t.section(QLatin1Char('.'), -1);
    bare.removeDuplicates();
    QMap<qint64, QString> byOid;
    // reltuples is -1 until the table was first analysed (PostgreSQL 14+).
    auto readSizes = [&](const QString &where) -> Status {
        // Without the exact size: the pages the planner counted (table,
        // TOAST and indexes), -1 when the table was never analysed.
        const QString size = exactSizes
                ? QStringLiteral("pg_total_relation_size(c.oid)")
                : QStringLiteral("CASE WHEN c.reltuples < 0 THEN -1 ELSE (c.relpages::bigint + coalesce((SELECT "
                                 "t.relpages FROM pg_class t WHERE t.oid = c.reltoastrelid), 0) + coalesce((SELECT "
                                 "sum(i.relpages) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE "
                                 "x.indrelid = c.oid), 0)) * current_setting('block_size')::bigint END");
        if (!q.exec(QStringLiteral("SELECT c.oid::bigint, n.nspname, c.relname, c.reltuples::float8, %2 FROM pg_class "
                                   "c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND "
                                   "(%1)")
                            .arg(where, size)))
            return factsError(q);
        while (q.next()) {
            TableFacts t;
            t.name = q.value(1).toString() + QLatin1Char('.') + q.value(2).toString();
            const double rows = q.value(3).toDouble();
            t.rows = rows < 0 ? -1 : rows;
            t.bytes = q.value(4).toLongLong();
            byOid.insert(q.value(0).toLongLong(), t.name);
            facts.tables.insert(t.name, t);
        }
        return {};
    };
    if (!bare.isEmpty())
        if (Status st = readSizes(QStringLiteral("(c.relname IN (%1) AND n.nspname NOT IN ('pg_catalog', "
                                                 "'information_schema') AND pg_table_is_visible(c.oid)) OR n.nspname "
                                                 "|| '.' || c.relname IN (%2)")
                                          .arg(literalList(bare), literalList(tables)));
            !st)
            return st.error();
    if (!byOid.isEmpty()) {
        QStringList oids;
        for (qint64 oid : byOid.keys())
            oids << QString::number(oid);
        const QString in = oids.join(QStringLiteral(", "));
        if (!q.exec(QStringLiteral("SELECT con.confrelid::bigint, n.nspname || '.' || c.relname FROM pg_constraint con "
                                   "JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = "
                                   "c.relnamespace WHERE con.contype = 'f' AND con.confrelid IN (%1) AND con.conrelid "
                                   "<> con.confrelid ORDER BY 2")
                            .arg(in)))
            return factsError(q);
        QStringList referencing;
        while (q.next()) {
            TableFacts &t = facts.tables[byOid.value(q.value(0).toLongLong())];
            const QString name = q.value(1).toString();
            if (!t.referencedBy.contains(name))
                t.referencedBy << name;
            if (!facts.tables.contains(name) && !referencing.contains(name))
                referencing << name;
        }
        // A rewrite checks their foreign keys again: their size counts too.
        if (!referencing.isEmpty())
            if (Status st = readSizes(QStringLiteral("n.nspname || '.' || c.relname IN (%1)").arg(literalList(referencing))); !st)
                return st.error();
        if (!q.exec(QStringLiteral("SELECT conrelid::bigint, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype "
                                   "= 'c' AND convalidated AND conrelid IN (%1)")
                            .arg(in)))
            return factsError(q);
        while (q.next())
            facts.tables[byOid.value(q.value(0).toLongLong())].validatedChecks << q.value(1).toString();
        if (!q.exec(QStringLiteral("SELECT attrelid::bigint, attname, format_type(atttypid, atttypmod), attnotnull FROM "
                                   "pg_attribute WHERE attnum > 0 AND NOT attisdropped AND attrelid IN (%1)")
                            .arg(in)))
            return factsError(q);
        while (q.next()) {
            TableFacts &t = facts.tables[byOid.value(q.value(0).toLongLong())];
            t.columnTypes.insert(q.value(1).toString(), q.value(2).toString());
            if (q.value(3).toBool())
                t.notNullColumns.insert(q.value(1).toString());
        }
    }
    // By bare name too, when only one schema has that table.
    QMap<QString, int> seen;
    for (const TableFacts &t : std::as_const(facts.tables))
        seen[t.name.section(QLatin1Char('.'), -1)]++;
    const QList<TableFacts> all = facts.tables.values();
    for (const TableFacts &t : all)
        if (seen.value(t.name.section(QLatin1Char('.'), -1)) == 1)
            facts.tables.insert(t.name.section(QLatin1Char('.'), -1), t);
    if (!functions.isEmpty()) {
        // Overloads may differ: the most volatile one counts.
        if (!q.exec(QStringLiteral("SELECT lower(proname), max(provolatile::text) FROM pg_proc WHERE lower(proname) IN "
                                   "(%1) GROUP BY 1")
                            .arg(literalList(functions))))
            return factsError(q);
        while (q.next())
            facts.functionVolatility.insert(q.value(0).toString(), q.value(1).toString().at(0));
    }
    facts.read = true;
    return facts;
}

} // namespace strata
