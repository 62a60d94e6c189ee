// SQLite's catalog as data (from sqlite_master and the table pragmas), and
// scratch databases as files.
#include "SqliteDialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace strata {

namespace {

Error catalogError(const QString &what, const QSqlQuery &q)
{
    return makeError(ErrorCode::Unreachable,
                     QCoreApplication::translate("strata::Dialect", "reading the schema (%1) failed: %2").arg(what, q.lastError().text().trimmed()));
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString withoutName(QString sql, const QString &name)
{
    sql = sql.simplified();
    for (const QString &spelled : { name, quoted(name), QStringLiteral("[%1]").arg(name), QStringLiteral("`%1`").arg(name) }) {
        const QString needle = QStringLiteral(" INDEX %1 ON ").arg(spelled);
        const qsizetype at = sql.indexOf(needle, 0, Qt::CaseInsensitive);
        if (at >= 0)
            return sql.replace(at, needle.size(), QStringLiteral(" INDEX ON "));
    }
    return sql;
}

} // namespace

Result<SchemaCatalog> SqliteDialect::readCatalog(QSqlDatabase db, const ConnectionProfile &p) const
{
    SchemaCatalog cat;
    cat.dialect = QStringLiteral("sqlite");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                               "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name")))
        return catalogError(QStringLiteral("sqlite_master"), q);
    struct Entry
    {
        QString type, name, table, sql;
    };
    QList<Entry> entries;
    while (q.next())
        entries << Entry { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
    for (const Entry &e : entries) {
        if (e.type == QLatin1String("view"))
            cat.views.insert(e.name, e.sql.simplified());
        if (e.type != QLatin1String("table") || e.name == p.versionTable)
            continue;
        CatalogTable t;
        t.name = e.name;
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(e.name))))
            return catalogError(e.name, q);
        QMap<int, QString> pk;
        while (q.next()) {
            const QString column = q.value(1).toString();
            t.columns << CatalogColumn { column, q.value(2).toString().toUpper(), !q.value(3).toBool(),
                                         q.value(4).isNull() ? QString() : q.value(4).toString(), QString() };
            if (q.value(5).toInt() > 0)
                pk.insert(q.value(5).toInt(), column);
        }
        if (!pk.isEmpty())
            t.constraints << CatalogConstraint { QStringLiteral("primary key"), QStringLiteral("primary key"),
                                                 QStringLiteral("PRIMARY KEY (%1)").arg(pk.values().join(QStringLiteral(", "))),
                                                 true };
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(e.name))))
            return catalogError(e.name, q);
        // id, seq, table, from, to, on_update, on_delete, match: one row per column pair.
        QMap<int, QStringList> from, to;
        QMap<int, QString> target, actions;
        while (q.next()) {
            const int id = q.value(0).toInt();
            from[id] << q.value(3).toString();
            to[id] << q.value(4).toString();
            target[id] = q.value(2).toString();
            QString a;
            if (q.value(5).toString() != QLatin1String("NO ACTION"))
                a += QStringLiteral(" ON UPDATE ") + q.value(5).toString();
            if (q.value(6).toString() != QLatin1String("NO ACTION"))
                a += QStringLiteral(" ON DELETE ") + q.value(6).toString();
            actions[id] = a;
        }
        for (auto it = from.begin(); it != from.end(); ++it) {
            const QString cols = it.value().join(QStringLiteral(", "));
            t.constraints << CatalogConstraint { QStringLiteral("fk(%1)").arg(cols), QStringLiteral("foreign key"),
                                                 QStringLiteral("FOREIGN KEY (%1) REFERENCES %2(%3)%4")
                                                         .arg(cols, target[it.key()], to[it.key()].join(QStringLiteral(", ")),
                                                              actions[it.key()]),
                                                 true };
        }
        if (!q.exec(QStringLiteral("PRAGMA index_list(%1)").arg(quoted(e.name))))
            return catalogError(e.name, q);
        struct Idx
        {
            QString name;
            bool unique;
            QString origin;
        };
        QList<Idx> indexes;
        while (q.next())
            indexes << Idx { q.value(1).toString(), q.value(2).toBool(), q.value(3).toString() };
        for (const Idx &i : indexes) {
            if (i.origin == QLatin1String("pk"))
                continue;
            if (i.origin == QLatin1String("u")) {
                QStringList cols;
                if (q.exec(QStringLiteral("PRAGMA index_info(%1)").arg(quoted(i.name))))
                    while (q.next())
                        cols << q.value(2).toString();
                const QString list = cols.join(QStringLiteral(", "));
                t.constraints << CatalogConstraint { QStringLiteral("unique(%1)").arg(list), QStringLiteral("unique"),
                                                     QStringLiteral("UNIQUE (%1)").arg(list), true };
                continue;
            }
            QString sql;
            for (const Entry &x : entries)
                if (x.type == QLatin1String("index") && x.name == i.name)
                    sql = x.sql;
            t.indexes << CatalogIndex { i.name, withoutName(sql, i.name), i.unique, true };
        }
        std::sort(t.constraints.begin(), t.constraints.end(),
                  [](const CatalogConstraint &a, const CatalogConstraint &b) { return a.name < b.name; });
        std::sort(t.indexes.begin(), t.indexes.end(), [](const CatalogIndex &a, const CatalogIndex &b) { return a.name < b.name; });
        cat.tables.insert(t.name, t);
    }
    return cat;
}

Status SqliteDialect::createScratchDatabase(QSqlDatabase, const ConnectionProfile &, const QString &name) const
{
    // An empty file is an empty SQLite database.
    QFile f(name);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::Dialect", "cannot create the scratch database %1: %2").arg(name, f.errorString()));
    return {};
}

Status SqliteDialect::dropScratchDatabase(QSqlDatabase, const ConnectionProfile &, const QString &name) const
{
    for (const QString &suffix : { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(name + suffix);
    return {};
}

} // namespace strata
