// The schema as data: the comparison says what is missing, extra or changed
// (a rename alone is one change, never a missing plus an extra), the cache's
// JSON reads back the same and a damaged one is refused, SQLite's catalog
// is read from a real database (the version table left out), and the
// bridge's rehearsal events are parsed with their bounds. The schema written
// out as SQL and the unified diff of two of them show exactly what the
// comparison counts; the diff applied to the first text gives the second,
// whatever the texts (random ones, and blocks too large to match line by line).
#include "dialect/Dialect.h"
#include "run/BridgeProtocol.h"
#include "schema/SchemaCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
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

// Applies a unified diff to from, hunk by hunk, checking every context and
// removed line and every hunk's counts; an empty optional when it does not apply.
std::optional<QStringList> applyDiff(const QStringList &from, const QString &diff)
{
    QStringList lines = diff.split(QLatin1Char('\n'));
    if (lines.isEmpty() || !lines.last().isEmpty())
        return std::nullopt; // every line ends with a newline
    lines.removeLast();
    if (lines.isEmpty())
        return from;
    if (lines.size() < 3 || !lines[0].startsWith(QLatin1String("--- ")) || !lines[1].startsWith(QLatin1String("+++ ")))
        return std::nullopt;
    static const QRegularExpression header(QStringLiteral("^@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@"));
    QStringList out;
    int at = 0; // next line of from not yet copied
    int k = 2;
    while (k < lines.size()) {
        const QRegularExpressionMatch m = header.match(lines[k]);
        if (!m.hasMatch())
            return std::nullopt;
        const int fromStart = m.captured(1).toInt(), fromCount = m.captured(2).toInt();
        const int toStart = m.captured(3).toInt(), toCount = m.captured(4).toInt();
        const int first = fromCount == 0 ? fromStart : fromStart - 1; // 0-based index of the hunk in from
        if (first < at || first > from.size())
            return std::nullopt;
        while (at < first)
            out << from[at++];
        if ((toCount == 0 ? toStart : toStart - 1) != out.size())
            return std::nullopt;
        int seenFrom = 0, seenTo = 0;
        for (++k; k < lines.size() && !lines[k].startsWith(QLatin1String("@@")); ++k) {
            const QString &l = lines[k];
            const QString text = l.mid(1);
            if (l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('-'))) {
                if (at >= from.size() || from[at] != text)
                    return std::nullopt;
                ++at;
                ++seenFrom;
            }
            if (l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('+'))) {
                out << text;
                ++seenTo;
            }
            if (!l.startsWith(QLatin1Char(' ')) && !l.startsWith(QLatin1Char('-')) && !l.startsWith(QLatin1Char('+')))
                return std::nullopt;
        }
        if (seenFrom != fromCount || seenTo != toCount)
            return std::nullopt;
    }
    while (at < from.size())
        out << from[at++];
    return out;
}

QStringList joined(const QList<TextBlock> &blocks)
{
    QStringList out;
    for (const TextBlock &b : blocks)
        out += b.lines;
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

    // The schema written out as SQL, as a person reads it.
    void outlineReadsAsSql()
    {
        QCOMPARE(joined(schemaOutline(sample())),
                 QStringList({ QStringLiteral("CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');"),
                               QStringLiteral("CREATE SEQUENCE public.users_id_seq AS integer START 1 INCREMENT 1;"),
                               QStringLiteral("CREATE TABLE public.users ("),
                               QStringLiteral("    id integer NOT NULL DEFAULT nextval('users_id_seq'::regclass),"),
                               QStringLiteral("    email character varying(40) NOT NULL,"),
                               QStringLiteral("    CONSTRAINT users_pkey PRIMARY KEY (id),"),
                               QStringLiteral("    CONSTRAINT users_email_key UNIQUE (email)"),
                               QStringLiteral(");"),
                               QStringLiteral("CREATE INDEX ix_users_email_lower ON public.users USING btree (lower(email));"),
                               QStringLiteral("CREATE VIEW public.active AS SELECT users.id FROM users;") }));
        // An enum label with a quote, an invalid index, a NOT VALID constraint, a materialized view.
        SchemaCatalog odd = sample();
        odd.enums[QStringLiteral("public.mood")] = QStringLiteral("it's");
        odd.tables[QStringLiteral("public.users")].indexes[0].valid = false;
        odd.tables[QStringLiteral("public.users")].constraints[1].valid = false;
        odd.views[QStringLiteral("public.active")] = QStringLiteral("MATERIALIZED SELECT 1");
        // Shapes it cannot write as SQL are said in comments, never on a line starting "--".
        odd.sequences.insert(QStringLiteral("public.odd_seq"), QStringLiteral("-- what"));
        odd.tables[QStringLiteral("public.users")].indexes << CatalogIndex { QStringLiteral("ix_odd"), QStringLiteral("--x"), false, true };
        const QStringList lines = joined(schemaOutline(odd));
        QVERIFY(lines.contains(QStringLiteral("CREATE SEQUENCE public.odd_seq /* -- what */;")));
        QVERIFY(lines.contains(QStringLiteral("/* index ix_odd: --x */")));
        QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^--"))).isEmpty());
        // A default with a line break stays on its column's line.
        odd.tables[QStringLiteral("public.users")].columns[1].defaultExpr = QStringLiteral("'a\n--- b'::text");
        QVERIFY(joined(schemaOutline(odd)).contains(
                QStringLiteral("    email character varying(40) NOT NULL DEFAULT 'a\\n--- b'::text,")));
        QVERIFY2(lines.contains(QStringLiteral("CREATE TYPE public.mood AS ENUM ('it''s');")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(QStringLiteral("CREATE INDEX ix_users_email_lower ON public.users USING btree (lower(email)); -- INVALID")));
        QVERIFY(lines.contains(QStringLiteral("    CONSTRAINT users_email_key UNIQUE (email) NOT VALID")));
        QVERIFY(lines.contains(QStringLiteral("CREATE MATERIALIZED VIEW public.active AS SELECT 1;")));
    }

    // The diff shows what the comparison counts: a changed column, an extra
    // column, an extra table, a changed enum, a missing view. Columns in
    // another order are no difference (the comparison ignores their order).
    void schemaDiffShowsTheDifferences()
    {
        QVERIFY(schemaDiff(sample(), sample(), QStringLiteral("a"), QStringLiteral("b")).isEmpty());
        SchemaCatalog found = sample();
        CatalogTable &u = found.tables[QStringLiteral("public.users")];
        std::swap(u.columns[0], u.columns[1]);
        QVERIFY(compareCatalogs(sample(), found).isEmpty());
        QVERIFY(schemaDiff(sample(), found, QStringLiteral("a"), QStringLiteral("b")).isEmpty());

        u.columns[0].type = QStringLiteral("text"); // email, now first in the database
        u.columns << CatalogColumn { QStringLiteral("nickname"), QStringLiteral("text"), true, {}, {} };
        found.tables.insert(QStringLiteral("public.audit"),
                            CatalogTable { QStringLiteral("public.audit"),
                                           { CatalogColumn { QStringLiteral("at"), QStringLiteral("timestamp"), true, {}, {} } },
                                           {}, {} });
        found.enums[QStringLiteral("public.mood")] = QStringLiteral("sad,happy");
        found.views.remove(QStringLiteral("public.active"));
        const QString diff = schemaDiff(sample(), found, QStringLiteral("expected: the schema e5 makes"),
                                        QStringLiteral("found: the database of staging"));
        QCOMPARE(diff, QStringLiteral(
                               "--- expected: the schema e5 makes\n"
                               "+++ found: the database of staging\n"
                               "@@ -1,10 +1,13 @@\n"
                               "-CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');\n"
                               "+CREATE TYPE public.mood AS ENUM ('sad', 'happy');\n"
                               " CREATE SEQUENCE public.users_id_seq AS integer START 1 INCREMENT 1;\n"
                               "+CREATE TABLE public.audit (\n"
                               "+    at timestamp\n"
                               "+);\n"
                               " CREATE TABLE public.users (\n"
                               "     id integer NOT NULL DEFAULT nextval('users_id_seq'::regclass),\n"
                               "-    email character varying(40) NOT NULL,\n"
                               "+    email text NOT NULL,\n"
                               "+    nickname text,\n"
                               "     CONSTRAINT users_pkey PRIMARY KEY (id),\n"
                               "     CONSTRAINT users_email_key UNIQUE (email)\n"
                               " );\n"
                               " CREATE INDEX ix_users_email_lower ON public.users USING btree (lower(email));\n"
                               "-CREATE VIEW public.active AS SELECT users.id FROM users;\n"));
        const SchemaCatalog expected = sample();
        auto applied = applyDiff(joined(schemaOutline(expected)), diff);
        QVERIFY(applied);
        QCOMPARE(*applied, joined(schemaOutline(found, &expected)));
    }

    // Hunks: three lines of context, changes closer than two contexts in one
    // hunk, the heading from the block, ranges as diff and patch read them.
    void unifiedDiffHunks()
    {
        QStringList a;
        for (int i = 1; i <= 30; ++i)
            a << QStringLiteral("line %1").arg(i);
        QStringList b = a;
        b[1] = QStringLiteral("two");          // line 2
        b[8] = QStringLiteral("nine");         // line 9: 6 unchanged lines apart, same hunk
        b.removeAt(25);                         // line 26: far away, its own hunk
        const QString diff = unifiedDiff({ { QStringLiteral("k"), a } }, { { QStringLiteral("k"), b } },
                                         QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(diff, QStringLiteral("--- a\n+++ b\n"
                                      "@@ -1,12 +1,12 @@\n"
                                      " line 1\n-line 2\n+two\n line 3\n line 4\n line 5\n line 6\n line 7\n line 8\n"
                                      "-line 9\n+nine\n line 10\n line 11\n line 12\n"
                                      "@@ -23,7 +23,6 @@ line 1\n"
                                      " line 23\n line 24\n line 25\n-line 26\n line 27\n line 28\n line 29\n"));
        // Inserting into an empty text: the "-0,0" range.
        QCOMPARE(unifiedDiff({}, { { QStringLiteral("k"), { QStringLiteral("x") } } }, QStringLiteral("a"), QStringLiteral("b")),
                 QStringLiteral("--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n"));
        QCOMPARE(unifiedDiff({ { QStringLiteral("k"), a } }, { { QStringLiteral("k"), a } }, QStringLiteral("a"),
                             QStringLiteral("b")),
                 QString());
    }

    // Random texts in random blocks, and blocks past the line-matching limit:
    // the diff always applies to the first text and gives the second.
    void unifiedDiffAlwaysApplies()
    {
        QRandomGenerator random(20261203);
        const QStringList words { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral(""),
                                  QStringLiteral("-x"), QStringLiteral("+y"), QStringLiteral("@@ z") };
        auto randomBlocks = [&](int blockCount) {
            QList<TextBlock> blocks;
            for (int k = 0; k < blockCount; ++k) {
                if (random.bounded(3) == 0)
                    continue;
                TextBlock block { QStringLiteral("%1").arg(k, 3, 10, QLatin1Char('0')), {} };
                const int n = int(random.bounded(12));
                for (int i = 0; i < n; ++i)
                    block.lines << words[random.bounded(int(words.size()))];
                blocks << block;
            }
            return blocks;
        };
        for (int round = 0; round < 3000; ++round) {
            const QList<TextBlock> from = randomBlocks(6), to = randomBlocks(6);
            const int context = int(random.bounded(5));
            const QString diff = unifiedDiff(from, to, QStringLiteral("f"), QStringLiteral("t"), context);
            auto applied = applyDiff(joined(from), diff);
            QVERIFY2(applied, qPrintable(diff));
            QCOMPARE(*applied, joined(to));
            QCOMPARE(diff.isEmpty(), joined(from) == joined(to));
        }
        QStringList big, bigger;
        for (int i = 0; i < 2100; ++i) {
            big << QStringLiteral("row %1").arg(i);
            bigger << QStringLiteral("row %1").arg(i % 7 == 0 ? -i : i);
        }
        const QString diff = unifiedDiff({ { QStringLiteral("t"), big } }, { { QStringLiteral("t"), bigger } },
                                         QStringLiteral("f"), QStringLiteral("t"));
        auto applied = applyDiff(big, diff);
        QVERIFY(applied);
        QCOMPARE(*applied, bigger);
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
