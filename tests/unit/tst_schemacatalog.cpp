// The schema as data: the comparison says what is missing, extra or changed
// (a rename alone is one change, never a missing plus an extra), the cache's
// JSON reads back the same and a damaged one is refused, SQLite's catalog
// is read from a real database (the version table left out), and the
// bridge's rehearsal events are parsed with their bounds.
#include "dialect/Dialect.h"
#include "run/BridgeProtocol.h"
#include "schema/SchemaCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace strata;

namespace {

SchemaCatalog sample()
{
    SchemaCatalog c;
    c.dialect = QStringLiteral("postgresql");
    CatalogTable users;
    users.name = QStringLiteral("public.users");
    users.columns << CatalogColumn { QStringLiteral("id"), QStringLiteral("integer"), false,
                                     QStringLiteral("nextval('users_id_seq'::regclass)"), QString() }
                  << CatalogColumn { QStringLiteral("email"), QStringLiteral("character varying(40)"), false, {}, {} };
    users.constraints << CatalogConstraint { QStringLiteral("users_pkey"), QStringLiteral("primary key"),
                                             QStringLiteral("PRIMARY KEY (id)"), true }
                      << CatalogConstraint { QStringLiteral("users_email_key"), QStringLiteral("unique"),
                                             QStringLiteral("UNIQUE (email)"), true };
    users.indexes << CatalogIndex { QStringLiteral("ix_users_email_lower"),
                                    QStringLiteral("CREATE INDEX ON public.users USING btree (lower(email))"), false, true };
    c.tables.insert(users.name, users);
    c.enums.insert(QStringLiteral("public.mood"), QStringLiteral("sad,ok,happy"));
    c.views.insert(QStringLiteral("public.active"), QStringLiteral("SELECT users.id FROM users;"));
    c.sequences.insert(QStringLiteral("public.users_id_seq"), QStringLiteral("integer start 1 increment 1"));
    return c;
}

QStringList described(const QList<SchemaDifference> &list)
{
    QStringList out;
    for (const SchemaDifference &d : list)
        out << d.describe();
    return out;
}

} // namespace

class TestSchemaCatalog : public QObject
{
    Q_OBJECT
private slots:
    void identicalIsEmpty()
    {
        QVERIFY(compareCatalogs(sample(), sample()).isEmpty());
        QVERIFY(sample() == sample());
    }

    void columnsTablesAndObjects()
    {
        SchemaCatalog found = sample();
        CatalogTable &u = found.tables[QStringLiteral("public.users")];
        u.columns[1].type = QStringLiteral("text");
        u.columns[1].nullable = true;
        u.columns << CatalogColumn { QStringLiteral("nickname"), QStringLiteral("text"), true, {}, {} };
        found.tables.insert(QStringLiteral("public.audit"), CatalogTable { QStringLiteral("public.audit"), {}, {}, {} });
        found.enums[QStringLiteral("public.mood")] = QStringLiteral("sad,happy");
        found.views.remove(QStringLiteral("public.active"));
        const QStringList d = described(compareCatalogs(sample(), found));
        QVERIFY2(d.contains(QStringLiteral("changed column public.users.email: type character varying(40) expected, "
                                           "text found; NOT NULL expected, nullable found")),
                 qPrintable(d.join(QLatin1Char('\n'))));
        QVERIFY(d.contains(QStringLiteral("extra column public.users.nickname: text")));
        QVERIFY(d.contains(QStringLiteral("extra table public.audit: 0 column(s)")));
        QVERIFY(d.contains(QStringLiteral("changed enum public.mood: sad,ok,happy expected, sad,happy found")));
        QVERIFY(d.contains(QStringLiteral("missing view public.active")));
        QCOMPARE(d.size(), 5);
        // The other way round, extra becomes missing.
        const QStringList back = described(compareCatalogs(found, sample()));
        QVERIFY(back.contains(QStringLiteral("missing table public.audit: 0 column(s)")));
        QVERIFY(back.contains(QStringLiteral("missing column public.users.nickname: text")));
    }

    void renamesAreOneChange()
    {
        SchemaCatalog found = sample();
        CatalogTable &u = found.tables[QStringLiteral("public.users")];
        u.constraints[1].name = QStringLiteral("uq_users_email");
        u.indexes[0].valid = false; // a failed CREATE INDEX CONCURRENTLY
        const QStringList d = described(compareCatalogs(sample(), found));
        QVERIFY2(d.contains(QStringLiteral("changed constraint public.users.users_email_key: named uq_users_email in the "
                                           "database")),
                 qPrintable(d.join(QLatin1Char('\n'))));
        QVERIFY(d.contains(QStringLiteral("changed index public.users.ix_users_email_lower: CREATE INDEX ON public.users "
                                          "USING btree (lower(email)) expected, CREATE INDEX ON public.users USING btree "
                                          "(lower(email)) (INVALID) found")));
        QCOMPARE(d.size(), 2);
        // A NOT VALID foreign key differs from a validated one.
        found = sample();
        found.tables[QStringLiteral("public.users")].constraints[0].valid = false;
        QCOMPARE(compareCatalogs(sample(), found).size(), 1);
    }

    void jsonRoundTripAndDamage()
    {
        const SchemaCatalog c = sample();
        const QByteArray bytes = QJsonDocument(c.toJson()).toJson();
        auto back = SchemaCatalog::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY(back.ok());
        QVERIFY(back.value() == c);
        QVERIFY(!SchemaCatalog::fromJson(QJsonObject()).ok());
        QVERIFY(!SchemaCatalog::fromJson(QJsonObject { { QStringLiteral("tables"), 3 } }).ok());
        // Wrong types inside read as empty values, never a crash.
        QJsonObject odd { { QStringLiteral("tables"),
                            QJsonObject { { QStringLiteral("t"), QJsonObject { { QStringLiteral("columns"), 7 } } } } } };
        QVERIFY(SchemaCatalog::fromJson(odd).ok());
        // Deep nesting in a damaged cache file: Qt refuses it, the reader gets an empty object.
        QByteArray deep(200000, '[');
        QVERIFY(!SchemaCatalog::fromJson(QJsonDocument::fromJson(deep).object()).ok());
    }

    void sqliteCatalog()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cat"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : {
                         "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                         "CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(40) NOT NULL UNIQUE)",
                         "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id) ON DELETE "
                         "CASCADE, amount INTEGER DEFAULT 0)",
                         "CREATE INDEX ix_orders_user ON orders (user_id)",
                         "CREATE VIEW big AS SELECT * FROM orders WHERE amount > 100" })
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            ConnectionProfile p;
            p.driver = ConnectionProfile::Driver::SQLite;
            p.database = file;
            auto cat = Dialect::of(p).readCatalog(db, p);
            QVERIFY(cat.ok());
            QCOMPARE(cat->tables.keys(), (QStringList { QStringLiteral("orders"), QStringLiteral("users") }));
            const CatalogTable &orders = cat->tables[QStringLiteral("orders")];
            QCOMPARE(orders.columns.size(), 3);
            QCOMPARE(orders.columns[2].defaultExpr, QStringLiteral("0"));
            QStringList constraints;
            for (const CatalogConstraint &c : orders.constraints)
                constraints << c.definition;
            QVERIFY2(constraints.contains(QStringLiteral("FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE")),
                     qPrintable(constraints.join(QLatin1Char('|'))));
            QCOMPARE(orders.indexes.size(), 1);
            QCOMPARE(orders.indexes[0].definition, QStringLiteral("CREATE INDEX ON orders (user_id)"));
            QStringList userConstraints;
            for (const CatalogConstraint &c : cat->tables[QStringLiteral("users")].constraints)
                userConstraints << c.definition;
            QVERIFY(userConstraints.contains(QStringLiteral("UNIQUE (email)")));
            QVERIFY(userConstraints.contains(QStringLiteral("PRIMARY KEY (id)")));
            QVERIFY(cat->views.contains(QStringLiteral("big")));
            // The same schema made again compares equal.
            auto again = Dialect::of(p).readCatalog(db, p);
            QVERIFY(compareCatalogs(cat.value(), again.value()).isEmpty());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cat"));
    }

    void rehearsalEvents()
    {
        QJsonObject st { { QStringLiteral("event"), QStringLiteral("statement") },
                         { QStringLiteral("step"), 1 },
                         { QStringLiteral("sql"), QStringLiteral("ALTER TABLE t ADD COLUMN c int") },
                         { QStringLiteral("ok"), false },
                         { QStringLiteral("error"), QStringLiteral("boom") },
                         { QStringLiteral("locks"), QJsonArray { QStringLiteral("AccessExclusiveLock on public.t") } },
                         { QStringLiteral("analysis"), QStringLiteral("2 of 5 row(s)") } };
        auto e = bridge::parse(st);
        QVERIFY(e.ok());
        const auto &s = std::get<bridge::Statement>(e.value());
        QCOMPARE(s.step, 1);
        QVERIFY(!s.ok);
        QCOMPARE(s.locks, QStringList { QStringLiteral("AccessExclusiveLock on public.t") });
        st.insert(QStringLiteral("step"), -3);
        QVERIFY(!bridge::parse(st).ok());
        auto r = bridge::parse(QJsonObject { { QStringLiteral("event"), QStringLiteral("reached") },
                                             { QStringLiteral("revision"), QStringLiteral("a1") } });
        QVERIFY(r.ok());
        QCOMPARE(std::get<bridge::Reached>(r.value()).revision, QStringLiteral("a1"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaCatalog)
#include "tst_schemacatalog.moc"
