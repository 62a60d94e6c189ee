// The SQL lexer and the statement splitter of the reviewed-SQL runner.
#include "run/SqlScript.h"
#include "text/SqlLexer.h"

#include <QTest>

using namespace strata;

class TstSqlScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsOnTopLevelSemicolonsOnly()
    {
        const QString text = QStringLiteral(
                "SELECT 'a;b', \"we;ird\" FROM t; -- c;omment\n"
                "SELECT E'it\\'s; ok', 'it''s; ok';\n"
                "/* outer /* inner; */ still; */ SELECT 1;\n"
                "CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1; SELECT $$x;$$; $fn$ LANGUAGE sql;\n"
                "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\n"
                "SELECT 3");
        auto script = SqlScript::parse(text);
        QVERIFY(script.ok());
        QCOMPARE(int(script->statements.size()), 6);
        QCOMPARE(script->statements[0].text, QStringLiteral("SELECT 'a;b', \"we;ird\" FROM t"));
        QCOMPARE(script->statements[1].text, QStringLiteral("SELECT E'it\\'s; ok', 'it''s; ok'"));
        QCOMPARE(script->statements[2].text, QStringLiteral("SELECT 1"));
        QCOMPARE(script->statements[2].line, 3);
        QVERIFY(script->statements[3].text.endsWith(QStringLiteral("$fn$ LANGUAGE sql")));
        QVERIFY(script->statements[4].text.endsWith(QStringLiteral("SELECT 2; END")));
        QCOMPARE(script->statements[5].text, QStringLiteral("SELECT 3"));
    }

    void readsAlembicMarkersAndStrataHeader()
    {
        const QString text = QStringLiteral(
                "-- strata: from=base to=b2 direction=upgrade\n"
                "BEGIN;\n\n-- Running upgrade  -> a1\n\nCREATE TABLE x (id int);\n"
                "INSERT INTO alembic_version (version_num) VALUES ('a1');\n\n"
                "-- Running upgrade a1 -> b2\n\nCREATE INDEX CONCURRENTLY ix ON x (id);\nCOMMIT;\n");
        auto script = SqlScript::parse(text);
        QVERIFY(script.ok());
        QVERIFY(script->hasHeader);
        QCOMPARE(script->headerTo, QStringList { QStringLiteral("b2") });
        QStringList start { QStringLiteral("sentinel") };
        QVERIFY(script->expectedStart(&start));
        QVERIFY(start.isEmpty());
        QCOMPARE(int(script->steps.size()), 2);
        QCOMPARE(script->steps[1].from, QStringList { QStringLiteral("a1") });
        QCOMPARE(script->statements[0].kind, SqlStatement::Kind::Begin);
        QCOMPARE(script->statements[1].step, 0);
        QCOMPARE(script->statements[3].step, 1);
        QVERIFY(script->statements[3].nonTransactional);
        QCOMPARE(script->statements[4].kind, SqlStatement::Kind::Commit);
        QCOMPARE(script->touchedTables(), (QStringList { QStringLiteral("x"), QStringLiteral("alembic_version") }));
    }

    void withoutHeaderTheFirstMarkerSaysWhereItStarts()
    {
        auto script = SqlScript::parse(QStringLiteral("-- Running downgrade b2 -> a1\nDROP TABLE y;\n"));
        QVERIFY(script.ok());
        QStringList start;
        QVERIFY(script->expectedStart(&start));
        QCOMPARE(start, QStringList { QStringLiteral("b2") });
        auto none = SqlScript::parse(QStringLiteral("SELECT 1;"));
        QVERIFY(!none->expectedStart(&start));
    }

    void badInputIsNamedWithItsLine()
    {
        auto unterminated = SqlScript::parse(QStringLiteral("SELECT 1;\nSELECT 'oops;\nSELECT 2;"), QStringLiteral("f.sql"));
        QVERIFY(!unterminated.ok());
        QCOMPARE(unterminated.error().line, 2);
        QCOMPARE(unterminated.error().file, QStringLiteral("f.sql"));
        auto dollar = SqlScript::parse(QStringLiteral("SELECT $x$ never closed"));
        QVERIFY(!dollar.ok());
        QVERIFY(dollar.error().message.contains(QStringLiteral("dollar")));
        auto meta = SqlScript::parse(QStringLiteral("SELECT 1;\n\\i other.sql\n"), QStringLiteral("m.sql"));
        QVERIFY(!meta.ok());
        QCOMPARE(meta.error().line, 2);
        QVERIFY(meta.error().message.contains(QStringLiteral("\\i other.sql")));
    }

    void lexerCoversTheTextExactly()
    {
        const QString text = QStringLiteral("SELECT $1, $$a$$, U&\"x\", 1.5e3 /* c */ -- end\n;");
        const Tokens tokens = SqlLexer::tokenize(text);
        int at = 0;
        for (const Token &t : tokens) {
            QCOMPARE(t.start, at);
            at += t.length;
        }
        QCOMPARE(at, int(text.size()));
        QCOMPARE(tokens.front().kind, TokenKind::Keyword);
    }
};

QTEST_GUILESS_MAIN(TstSqlScript)
#include "tst_sqlscript.moc"
