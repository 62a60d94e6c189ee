// The migration-safety rules, one or more cases each, on offline SQL as
// Alembic writes it for PostgreSQL (BEGIN; … -- Running upgrade … COMMIT;)
// and for MySQL (no transaction).
#include "lint/Linter.h"
#include "lint/PgParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace strata;

namespace {

// A plan's SQL the way Alembic's offline mode writes it: one transaction
// around one step.
QString plan(const QString &body, bool transaction = true)
{
    QString sql = QStringLiteral("-- strata: from=base to=1a2b3c4d5e6f direction=upgrade\n");
    if (transaction)
        sql += QStringLiteral("BEGIN;\n\n");
    sql += QStringLiteral("-- Running upgrade 0f0e0d0c0b0a -> 1a2b3c4d5e6f\n\n");
    sql += body;
    sql += QStringLiteral("\n\nUPDATE alembic_version SET version_num='1a2b3c4d5e6f' WHERE "
                          "alembic_version.version_num = '0f0e0d0c0b0a';\n\n");
    if (transaction)
        sql += QStringLiteral("COMMIT;\n");
    return sql;
}

LintReport lint(const QString &sql, const LintFacts *facts = nullptr, bool runByStrata = true,
                ConnectionProfile::Driver driver = ConnectionProfile::Driver::PostgreSQL, LintConfig config = {})
{
    LintOptions o;
    o.driver = driver;
    o.facts = facts;
    o.runByStrata = runByStrata;
    o.lockTimeoutMs = 10000;
    o.config = config;
    return Linter::lintText(sql, o);
}

QList<const LintFinding *> of(const LintReport &r, const QString &rule)
{
    QList<const LintFinding *> out;
    for (const LintFinding &f : r.findings)
        if (f.rule == rule)
            out << &f;
    return out;
}

bool has(const LintReport &r, const QString &rule)
{
    return !of(r, rule).isEmpty();
}

Severity severityOf(const LintReport &r, const QString &rule)
{
    const auto list = of(r, rule);
    return list.isEmpty() ? Severity::Info : list.first()->severity;
}

// The tests spell SQL and rule codes as plain literals.
QString plan(const char *body, bool transaction = true)
{
    return plan(QString::fromUtf8(body), transaction);
}
bool has(const LintReport &r, const char *rule)
{
    return has(r, QString::fromUtf8(rule));
}
QList<const LintFinding *> of(const LintReport &r, const char *rule)
{
    return of(r, QString::fromUtf8(rule));
}
Severity severityOf(const LintReport &r, const char *rule)
{
    return severityOf(r, QString::fromUtf8(rule));
}

LintFacts factsFor(const QString &table, double rows, qint64 bytes)
{
    LintFacts f;
    f.read = true;
    f.source = QStringLiteral("test");
    f.serverVersionNum = 150004;
    TableFacts t;
    t.name = QStringLiteral("public.") + table;
    t.rows = rows;
    t.bytes = bytes;
    f.tables.insert(t.name, t);
    f.tables.insert(table, t);
    return f;
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleExplainsItself()
    {
        QSet<QString> codes;
        for (const auto &rule : Linter::rules()) {
            QVERIFY2(!codes.contains(rule->code()), qPrintable(rule->code()));
            codes.insert(rule->code());
            QVERIFY(!rule->lock().isEmpty());
            QVERIFY(rule->why().size() > 40);
            QVERIFY(rule->safePattern().size() > 20);
        }
        QVERIFY(codes.size() >= 23);
    }

    void parserIsTheServersGrammar()
    {
        const PgParse p = PgParser::parse(QStringLiteral("ALTER TABLE orders ADD COLUMN note text"));
        QCOMPARE(p.kind, QStringLiteral("AlterTableStmt"));
        const PgParse bad = PgParser::parse(QStringLiteral("ALTER TABLE orders ADD COLUMN"));
        QVERIFY(!bad.error.isEmpty());
        QVERIFY(bad.errorOffset > 0);
    }

    void indexNotConcurrent()
    {
        QVERIFY(has(lint(plan("CREATE INDEX ix_orders_created ON orders (created_at);")), "index-not-concurrent"));
        // Alembic's autocommit_block: COMMIT, the statement, BEGIN.
        const LintReport ok = lint(plan("COMMIT;\n\nCREATE INDEX CONCURRENTLY ix_orders_created ON orders (created_at);\n\nBEGIN;"));
        QVERIFY(!has(ok, "index-not-concurrent"));
        QVERIFY(!has(ok, "concurrently-in-transaction"));
        // A table the plan creates is new and empty: nothing waits.
        QVERIFY(!has(lint(plan("CREATE TABLE audit (id SERIAL NOT NULL, PRIMARY KEY (id));\n\n"
                               "CREATE INDEX ix_audit_id ON audit (id);")),
                     "index-not-concurrent"));
    }

    void concurrentlyInTransaction()
    {
        const LintReport r = lint(plan("CREATE INDEX CONCURRENTLY ix_orders_created ON orders (created_at);"));
        QVERIFY(has(r, "concurrently-in-transaction"));
        QCOMPARE(severityOf(r, "concurrently-in-transaction"), Severity::Error);
        QVERIFY(of(r, "concurrently-in-transaction").first()->message.contains(QLatin1String("line 2")));
        QVERIFY(!has(lint(plan("CREATE INDEX CONCURRENTLY ix ON orders (a);", false)), "concurrently-in-transaction"));
    }

    void dropIndexNotConcurrent()
    {
        QVERIFY(has(lint(plan("DROP INDEX ix_orders_created;")), "drop-index-not-concurrent"));
        QVERIFY(!has(lint(plan("DROP INDEX CONCURRENTLY ix_orders_created;", false)), "drop-index-not-concurrent"));
        QVERIFY(!has(lint(plan("CREATE INDEX ix_tmp ON orders (a);\n\nDROP INDEX ix_tmp;")), "drop-index-not-concurrent"));
    }

    void volatileDefault()
    {
        const LintReport r = lint(plan("ALTER TABLE orders ADD COLUMN token UUID DEFAULT gen_random_uuid() NOT NULL;"));
        QVERIFY(has(r, "volatile-default"));
        QVERIFY(of(r, "volatile-default").first()->lock.startsWith(QLatin1String("ACCESS EXCLUSIVE")));
        QVERIFY(!has(lint(plan("ALTER TABLE orders ADD COLUMN created TIMESTAMP DEFAULT now() NOT NULL;")), "volatile-default"));
        QVERIFY(!has(lint(plan("ALTER TABLE orders ADD COLUMN state VARCHAR(10) DEFAULT 'new' NOT NULL;")), "volatile-default"));
        // An unknown function: said as a possibility, not a certainty.
        const LintReport unknown = lint(plan("ALTER TABLE orders ADD COLUMN code TEXT DEFAULT make_code();"));
        QCOMPARE(severityOf(unknown, "volatile-default"), Severity::Info);
        // The catalog knows better.
        LintFacts facts = factsFor(QStringLiteral("orders"), 500, 65536);
        facts.functionVolatility.insert(QStringLiteral("make_code"), QLatin1Char('v'));
        QCOMPARE(severityOf(lint(plan("ALTER TABLE orders ADD COLUMN code TEXT DEFAULT make_code();"), &facts),
                            "volatile-default"),
                 Severity::Info); // small table: quick
        QVERIFY(has(lint(plan("ALTER TABLE orders ADD COLUMN code TEXT DEFAULT make_code();"), &facts), "volatile-default"));
        // Before PostgreSQL 11 any default rewrites.
        LintFacts old = factsFor(QStringLiteral("orders"), -1, -1);
        old.serverVersionNum = 100012;
        QVERIFY(has(lint(plan("ALTER TABLE orders ADD COLUMN n INTEGER DEFAULT 0;"), &old), "volatile-default"));
    }

    void notNullWithoutDefault()
    {
        const QString add = QStringLiteral("ALTER TABLE orders ADD COLUMN region VARCHAR(8) NOT NULL;");
        QCOMPARE(severityOf(lint(plan(add)), "not-null-without-default"), Severity::Warning);
        const LintFacts full = factsFor(QStringLiteral("orders"), 500, 81920);
        QCOMPARE(severityOf(lint(plan(add), &full), "not-null-without-default"), Severity::Error);
        const LintFacts empty = factsFor(QStringLiteral("orders"), 0, 8192);
        QVERIFY(!has(lint(plan(add), &empty), "not-null-without-default"));
        QVERIFY(!has(lint(plan("ALTER TABLE orders ADD COLUMN region VARCHAR(8) DEFAULT 'eu' NOT NULL;")),
                     "not-null-without-default"));
    }

    void setNotNull()
    {
        QVERIFY(has(lint(plan("ALTER TABLE orders ALTER COLUMN region SET NOT NULL;")), "set-not-null"));
        QVERIFY(!has(lint(plan("ALTER TABLE orders ADD CONSTRAINT region_nn CHECK (region IS NOT NULL) NOT VALID;\n\n"
                               "ALTER TABLE orders VALIDATE CONSTRAINT region_nn;\n\n"
                               "ALTER TABLE orders ALTER COLUMN region SET NOT NULL;")),
                     "set-not-null"));
        LintFacts facts = factsFor(QStringLiteral("orders"), 5e6, 1LL << 31);
        facts.tables[QStringLiteral("orders")].validatedChecks << QStringLiteral("CHECK ((region IS NOT NULL))");
        facts.tables[QStringLiteral("public.orders")] = facts.tables[QStringLiteral("orders")];
        QVERIFY(!has(lint(plan("ALTER TABLE orders ALTER COLUMN region SET NOT NULL;"), &facts), "set-not-null"));
    }

    void columnTypeChange()
    {
        QVERIFY(has(lint(plan("ALTER TABLE orders ALTER COLUMN total TYPE BIGINT;")), "column-type-change"));
        LintFacts facts = factsFor(QStringLiteral("orders"), 5e6, 1LL << 31);
        TableFacts &t = facts.tables[QStringLiteral("orders")];
        t.columnTypes.insert(QStringLiteral("note"), QStringLiteral("character varying(40)"));
        t.columnTypes.insert(QStringLiteral("total"), QStringLiteral("integer"));
        t.referencedBy << QStringLiteral("public.order_lines");
        facts.tables[QStringLiteral("public.orders")] = t;
        QCOMPARE(severityOf(lint(plan("ALTER TABLE orders ALTER COLUMN note TYPE TEXT;"), &facts), "column-type-change"),
                 Severity::Info);
        const LintReport big = lint(plan("ALTER TABLE orders ALTER COLUMN total TYPE BIGINT;"), &facts);
        QCOMPARE(severityOf(big, "column-type-change"), Severity::Error);
        QVERIFY(of(big, "column-type-change").first()->tables.contains(QStringLiteral("public.order_lines")));
    }

    void constraintNotValid()
    {
        QVERIFY(has(lint(plan("ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY(customer_id) "
                              "REFERENCES customers (id);")),
                    "constraint-not-valid"));
        QVERIFY(has(lint(plan("ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0);")), "constraint-not-valid"));
        QVERIFY(!has(lint(plan("ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY(customer_id) "
                               "REFERENCES customers (id) NOT VALID;")),
                     "constraint-not-valid"));
    }

    void uniqueWithoutIndex()
    {
        QVERIFY(has(lint(plan("ALTER TABLE customers ADD CONSTRAINT uq_email UNIQUE (email);")), "unique-without-index"));
        QVERIFY(!has(lint(plan("ALTER TABLE customers ADD CONSTRAINT uq_email UNIQUE USING INDEX ix_email;")),
                     "unique-without-index"));
    }

    void serialAndGenerated()
    {
        QVERIFY(has(lint(plan("ALTER TABLE orders ADD COLUMN seq SERIAL NOT NULL;")), "add-serial-identity"));
        QVERIFY(has(lint(plan("ALTER TABLE orders ADD COLUMN n INTEGER GENERATED ALWAYS AS IDENTITY;")), "add-serial-identity"));
        QVERIFY(!has(lint(plan("ALTER TABLE orders ADD COLUMN n INTEGER;")), "add-serial-identity"));
        QVERIFY(has(lint(plan("ALTER TABLE orders ADD COLUMN gross INTEGER GENERATED ALWAYS AS (total * 2) STORED;")),
                    "add-stored-generated"));
        QVERIFY(!has(lint(plan("ALTER TABLE orders ADD COLUMN gross INTEGER;")), "add-stored-generated"));
    }

    void renameDropAndNotNull()
    {
        QVERIFY(has(lint(plan("ALTER TABLE orders RENAME COLUMN total TO amount;")), "rename"));
        QVERIFY(has(lint(plan("ALTER TABLE orders RENAME TO purchases;")), "rename"));
        QVERIFY(!has(lint(plan("CREATE TABLE tmp (id INTEGER);\n\nALTER TABLE tmp RENAME COLUMN id TO pk;")), "rename"));
        QVERIFY(has(lint(plan("ALTER TABLE orders DROP COLUMN note;")), "drop-column"));
        QVERIFY(!has(lint(plan("ALTER TABLE orders ADD COLUMN note TEXT;")), "drop-column"));
        QVERIFY(has(lint(plan("DROP TABLE orders;")), "drop-table"));
        QVERIFY(!has(lint(plan("CREATE TABLE tmp (id INTEGER);\n\nDROP TABLE tmp;")), "drop-table"));
        QVERIFY(has(lint(plan("ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;")), "drop-not-null"));
        QVERIFY(!has(lint(plan("ALTER TABLE orders ALTER COLUMN note SET DEFAULT 'x';")), "drop-not-null"));
    }

    void enumChange()
    {
        const LintReport used = lint(plan("ALTER TYPE order_state ADD VALUE 'held';\n\n"
                                          "UPDATE orders SET state='held' WHERE state = 'new';"));
        QCOMPARE(severityOf(used, "enum-change"), Severity::Error);
        QVERIFY(!has(lint(plan("ALTER TYPE order_state ADD VALUE 'held';")), "enum-change"));
        QCOMPARE(severityOf(lint(plan("ALTER TYPE order_state RENAME VALUE 'new' TO 'open';")), "enum-change"),
                 Severity::Warning);
        LintFacts old = factsFor(QStringLiteral("orders"), -1, -1);
        old.serverVersionNum = 110005;
        QCOMPARE(severityOf(lint(plan("ALTER TYPE order_state ADD VALUE 'held';"), &old), "enum-change"), Severity::Error);
    }

    void truncateCascade()
    {
        QCOMPARE(severityOf(lint(plan("TRUNCATE customers CASCADE;")), "truncate-cascade"), Severity::Error);
        QVERIFY(!has(lint(plan("TRUNCATE customers;")), "truncate-cascade"));
    }

    void longLock()
    {
        const QString held = QStringLiteral("ALTER TABLE orders ADD COLUMN note TEXT;\n\n"
                                            "CREATE INDEX ix_customers_email ON customers (email);\n\n"
                                            "UPDATE invoices SET paid = false;\n\n"
                                            "ALTER TABLE payments ADD COLUMN ref TEXT;");
        const LintReport r = lint(plan(held));
        QVERIFY(has(r, "long-lock"));
        QCOMPARE(of(r, "long-lock").first()->line, 6);
        // transaction_per_migration: each statement commits soon after.
        QString split = QStringLiteral("BEGIN;\n\nALTER TABLE orders ADD COLUMN note TEXT;\n\nCOMMIT;\n\nBEGIN;\n\n"
                                       "UPDATE invoices SET paid = false WHERE id = 1;\n\nCOMMIT;\n");
        QVERIFY(!has(lint(split), "long-lock"));
        // The lock summary says what is held, from where until when.
        bool found = false;
        for (const PlanLock &l : r.locks)
            if (l.table == QLatin1String("orders")) {
                found = true;
                QCOMPARE(l.mode, LockMode::AccessExclusive);
                QCOMPARE(l.fromLine, 6);
                QVERIFY(l.untilLine > 12);
                QCOMPARE(l.statements, 6); // itself, 3 more, the version update and COMMIT
            }
        QVERIFY(found);
    }

    void lockTimeout()
    {
        const QString sql = plan("ALTER TABLE orders ADD COLUMN note TEXT;");
        const LintReport strata = lint(sql);
        QVERIFY(!has(strata, "lock-timeout"));
        QVERIFY(strata.satisfied.join(QString()).contains(QLatin1String("lock-timeout")));
        QVERIFY(has(lint(sql, nullptr, false), "lock-timeout"));
        QVERIFY(!has(lint(plan("SET lock_timeout = '5s';\n\nALTER TABLE orders ADD COLUMN note TEXT;"), nullptr, false),
                     "lock-timeout"));
    }

    void unparsedIsReportedNotGuessed()
    {
        const LintReport r = lint(plan("ALTER TABLE orders ADD COLUM note TEXT;"));
        QVERIFY(has(r, "unparsed"));
        QCOMPARE(r.unparsed, 1);
        QVERIFY(of(r, "unparsed").first()->message.contains(QLatin1String("syntax error")));
    }

    void sizeSetsTheSeverity()
    {
        const QString sql = plan("CREATE INDEX ix_orders_created ON orders (created_at);");
        QCOMPARE(severityOf(lint(sql), "index-not-concurrent"), Severity::Warning);
        const LintFacts small = factsFor(QStringLiteral("orders"), 10, 16384);
        const LintReport s = lint(sql, &small);
        QCOMPARE(severityOf(s, "index-not-concurrent"), Severity::Info);
        QVERIFY(of(s, "index-not-concurrent").first()->sizeNote.contains(QLatin1String("~10 rows")));
        const LintFacts large = factsFor(QStringLiteral("orders"), 12e6, 3LL << 30);
        QCOMPARE(severityOf(lint(sql, &large), "index-not-concurrent"), Severity::Error);
    }

    void configurationTurnsRulesOffAndSetsSeverity()
    {
        const QString sql = plan("ALTER TABLE orders DROP COLUMN note;\n\nALTER TABLE orders RENAME COLUMN a TO b;");
        const LintConfig c = LintConfig::fromJson(
                QJsonObject { { QStringLiteral("off"), QJsonArray { QStringLiteral("rename") } },
                              { QStringLiteral("severity"), QJsonObject { { QStringLiteral("drop-column"), QStringLiteral("error") } } } },
                QStringLiteral("strata-workspace.json"));
        QVERIFY(c.problems.isEmpty());
        const LintReport r = lint(sql, nullptr, true, ConnectionProfile::Driver::PostgreSQL, c);
        QVERIFY(!has(r, "rename"));
        QCOMPARE(severityOf(r, "drop-column"), Severity::Error);
        const LintConfig bad = LintConfig::fromJson(
                QJsonObject { { QStringLiteral("off"), QJsonArray { QStringLiteral("no-such-rule") } },
                              { QStringLiteral("severity"), QJsonObject { { QStringLiteral("rename"), QStringLiteral("fatal") } } } },
                QStringLiteral("ws.json"));
        QCOMPARE(bad.problems.size(), 2);
        QVERIFY(bad.problems.first().contains(QLatin1String("no-such-rule")));
    }

    void allowComments()
    {
        const LintReport allowed = lint(plan("-- strata: allow drop-column the column is unused since 3.2\n"
                                             "ALTER TABLE orders DROP COLUMN note;"));
        QVERIFY(has(allowed, "drop-column"));
        QVERIFY(of(allowed, "drop-column").first()->allowed);
        QCOMPARE(of(allowed, "drop-column").first()->allowReason, QStringLiteral("the column is unused since 3.2"));
        QCOMPARE(allowed.count(Severity::Warning), 0);
        // Same line, after the statement.
        QVERIFY(of(lint(plan("ALTER TABLE orders DROP COLUMN note; -- strata: allow drop-column moved to notes table")),
                   "drop-column")
                        .first()
                        ->allowed);
        // No reason: not honoured, and said.
        const LintReport bare = lint(plan("-- strata: allow drop-column\nALTER TABLE orders DROP COLUMN note;"));
        QVERIFY(!of(bare, "drop-column").first()->allowed);
        QVERIFY(bare.notes.join(QString()).contains(QLatin1String("gives no reason")));
        // Another rule's allowance does not cover it.
        QVERIFY(!of(lint(plan("-- strata: allow rename because\nALTER TABLE orders DROP COLUMN note;")), "drop-column")
                         .first()
                         ->allowed);
    }

    void mysqlRules()
    {
        const auto my = ConnectionProfile::Driver::MySQL;
        const QString two = QStringLiteral("-- Running upgrade  -> 1a2b\n\nCREATE TABLE a (id INTEGER NOT NULL AUTO_INCREMENT, "
                                           "PRIMARY KEY (id));\n\nALTER TABLE b ADD COLUMN c INTEGER;\n\n"
                                           "INSERT INTO alembic_version (version_num) VALUES ('1a2b');\n");
        const LintReport r = lint(two, nullptr, true, my);
        QCOMPARE(r.dialect, QStringLiteral("mysql"));
        QVERIFY(has(r, "mysql-implicit-commit"));
        QCOMPARE(of(r, "mysql-implicit-commit").size(), 1);
        QVERIFY(!has(lint(QStringLiteral("ALTER TABLE b ADD COLUMN c INTEGER;"), nullptr, true, my), "mysql-implicit-commit"));
        // PostgreSQL rules never run on MySQL SQL and the other way round.
        QVERIFY(!has(r, "index-not-concurrent") && !has(r, "unparsed"));
        QVERIFY(!has(lint(two), "mysql-implicit-commit"));

        QVERIFY(has(lint(QStringLiteral("CREATE TABLE o (id INTEGER, customer_id INTEGER REFERENCES customers (id));"),
                         nullptr, true, my),
                    "mysql-inline-references"));
        QVERIFY(!has(lint(QStringLiteral("CREATE TABLE o (id INTEGER, customer_id INTEGER, FOREIGN KEY(customer_id) "
                                         "REFERENCES customers (id));"),
                          nullptr, true, my),
                     "mysql-inline-references"));
        QVERIFY(has(lint(QStringLiteral("ALTER TABLE o ADD COLUMN c INTEGER REFERENCES customers (id);"), nullptr, true, my),
                    "mysql-inline-references"));

        QVERIFY(has(lint(QStringLiteral("ALTER TABLE orders MODIFY total BIGINT NOT NULL;"), nullptr, true, my),
                    "mysql-table-copy"));
        QVERIFY(!has(lint(QStringLiteral("ALTER TABLE orders MODIFY total BIGINT NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;"),
                          nullptr, true, my),
                     "mysql-table-copy"));
        QVERIFY(!has(lint(QStringLiteral("ALTER TABLE orders ADD COLUMN note TEXT;"), nullptr, true, my), "mysql-table-copy"));
    }

    void sqliteHasNoRules()
    {
        const LintReport r = lint(plan("DROP TABLE orders;"), nullptr, true, ConnectionProfile::Driver::SQLite);
        QVERIFY(r.findings.isEmpty());
        QVERIFY(!r.notes.isEmpty());
    }

    void hostileInputNeverCrashes()
    {
        // Deep nesting: the grammar's own stack limit, or JSON too deep to read: reported either way.
        const QString deep = QStringLiteral("SELECT ") + QString(20000, QLatin1Char('(')) + QStringLiteral("1")
                + QString(20000, QLatin1Char(')')) + QStringLiteral(";");
        const LintReport r = lint(deep);
        QCOMPARE(r.unparsed, 1);
        const QString nested = QStringLiteral("SELECT ") + QStringLiteral("ARRAY[").repeated(900) + QStringLiteral("1")
                + QStringLiteral("]").repeated(900) + QStringLiteral(";");
        lint(nested); // parses or is reported; it must simply return
        // Garbage, NUL bytes, unterminated strings and dollar quotes.
        for (const QString &s : QStringList { QStringLiteral("'unterminated"), QStringLiteral("$$ never closed"),
                                  QString(QChar(0)) + QStringLiteral("ALTER"), QStringLiteral(";;;;"),
                                  QStringLiteral("-- strata: allow\n"), QStringLiteral("ALTER TABLE \"\" ADD COLUMN \"\" int;") }) {
            lint(s);
            lint(s, nullptr, true, ConnectionProfile::Driver::MySQL);
        }
        // Random bytes, many times: the lexer and the grammar never crash.
        quint32 seed = 12345;
        const QString alphabet = QStringLiteral("ALTER TABLE ADD COLUMN DROP INDEX CREATE ();,'\"$-/*\n 0123456789abc");
        for (int n = 0; n < 300; ++n) {
            QString s;
            for (int k = 0; k < 200; ++k) {
                seed = seed * 1103515245 + 12345;
                s += alphabet.at(int((seed >> 16) % quint32(alphabet.size())));
            }
            lint(s);
            lint(s, nullptr, true, ConnectionProfile::Driver::MySQL);
        }
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
