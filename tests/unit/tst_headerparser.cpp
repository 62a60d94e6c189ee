#include "revision/HeaderParser.h"
#include "text/PythonLexer.h"

#include <QtTest>

using namespace strata;

class TestHeaderParser : public QObject
{
    Q_OBJECT
private slots:
    void values_data();
    void values();
    void docstringAndCreateDate();
    void unresolvedKeepsSource();
    void notARevision();
    void lastAssignmentWins();
    void encodings();
    void lineNumbers();
    void garbageNeverCrashes();
};

static RevisionScript parse(const QByteArray &src)
{
    return HeaderParser::parse(src, QStringLiteral("/p/x.py"), QStringLiteral("x.py"));
}

void TestHeaderParser::values_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("items");
    using K = HeaderValue::Kind;
    QTest::newRow("double quotes") << QByteArray("revision='r'\ndown_revision = \"abc\"\n") << int(K::String)
                                   << QStringList { QStringLiteral("abc") };
    QTest::newRow("single quotes") << QByteArray("revision='r'\ndown_revision = 'abc'\n") << int(K::String)
                                   << QStringList { QStringLiteral("abc") };
    QTest::newRow("None") << QByteArray("revision='r'\ndown_revision = None\n") << int(K::None) << QStringList {};
    QTest::newRow("tuple") << QByteArray("revision='r'\ndown_revision = ('a', \"b\")\n") << int(K::Sequence)
                           << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("one-tuple") << QByteArray("revision='r'\ndown_revision = ('a',)\n") << int(K::Sequence)
                               << QStringList { QStringLiteral("a") };
    QTest::newRow("parenthesised string") << QByteArray("revision='r'\ndown_revision = ('a')\n") << int(K::String)
                                          << QStringList { QStringLiteral("a") };
    QTest::newRow("bare tuple") << QByteArray("revision='r'\ndown_revision = 'a', 'b'\n") << int(K::Sequence)
                                << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("list") << QByteArray("revision='r'\ndown_revision = ['a', 'b',]\n") << int(K::Sequence)
                          << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("empty tuple") << QByteArray("revision='r'\ndown_revision = ()\n") << int(K::Sequence)
                                 << QStringList {};
    QTest::newRow("multi-line with comments")
            << QByteArray("revision='r'\ndown_revision = (\n    'a',  # one\n    # between\n    'b',\n)\n")
            << int(K::Sequence) << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("annotated")
            << QByteArray("revision: str = 'r'\ndown_revision: Union[str, Sequence[str], None] = 'a'\n")
            << int(K::String) << QStringList { QStringLiteral("a") };
    QTest::newRow("implicit concatenation") << QByteArray("revision='r'\ndown_revision = 'ab' \"cd\"\n")
                                            << int(K::String) << QStringList { QStringLiteral("abcd") };
    QTest::newRow("name bound earlier") << QByteArray("P = ('x', 'y')\nrevision='r'\ndown_revision = P\n")
                                        << int(K::Sequence) << QStringList { QStringLiteral("x"), QStringLiteral("y") };
    QTest::newRow("raw and unicode prefixes") << QByteArray("revision='r'\ndown_revision = (r'a', u'b')\n")
                                              << int(K::Sequence) << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("line continuation") << QByteArray("revision='r'\ndown_revision = \\\n    'a'\n")
                                       << int(K::String) << QStringList { QStringLiteral("a") };
    QTest::newRow("semicolons") << QByteArray("revision='r'; down_revision = 'a'\n") << int(K::String)
                                << QStringList { QStringLiteral("a") };
    QTest::newRow("CRLF") << QByteArray("revision='r'\r\ndown_revision = (\r\n 'a',\r\n)\r\n") << int(K::Sequence)
                          << QStringList { QStringLiteral("a") };
    QTest::newRow("f-string is unresolved") << QByteArray("revision='r'\ndown_revision = f'{x}'\n")
                                            << int(K::Unresolved) << QStringList {};
    QTest::newRow("call is unresolved") << QByteArray("revision='r'\ndown_revision = get()\n") << int(K::Unresolved)
                                        << QStringList {};
    QTest::newRow("attribute is unresolved") << QByteArray("revision='r'\ndown_revision = (cli.BRANCH,)\n")
                                             << int(K::Unresolved) << QStringList {};
    QTest::newRow("absent") << QByteArray("revision='r'\n") << int(K::Absent) << QStringList {};
    QTest::newRow("indented ignored") << QByteArray("revision='r'\nif True:\n    down_revision = 'a'\n")
                                      << int(K::Absent) << QStringList {};
}

void TestHeaderParser::values()
{
    QFETCH(QByteArray, source);
    QFETCH(int, kind);
    QFETCH(QStringList, items);
    const RevisionScript s = parse(source);
    QVERIFY(s.isRevision);
    QCOMPARE(s.id(), QStringLiteral("r"));
    QCOMPARE(int(s.downRevision.kind), kind);
    QCOMPARE(s.downRevision.items, items);
}

void TestHeaderParser::docstringAndCreateDate()
{
    const RevisionScript s = parse("\"\"\"add users table\n\nRevision ID: r\nCreate Date: 2024-01-02 03:04:05.000006\n"
                                   "\n\"\"\"\nrevision = 'r'\n");
    QCOMPARE(s.message, QStringLiteral("add users table"));
    QCOMPARE(s.createDate, QStringLiteral("2024-01-02 03:04:05.000006"));
    QVERIFY(s.longDoc.startsWith(QStringLiteral("add users table\n\nRevision ID: r")));
    // a docstring after code is not a docstring
    const RevisionScript t = parse("import os\n\"\"\"late\"\"\"\nrevision = 'r'\n");
    QCOMPARE(t.message, QString());
}

void TestHeaderParser::unresolvedKeepsSource()
{
    const RevisionScript s = parse("revision = 'r'\nbranch_labels = (cli.EXPAND_BRANCH,)\n");
    QCOMPARE(s.branchLabels.kind, HeaderValue::Kind::Unresolved);
    QCOMPARE(s.branchLabels.source, QStringLiteral("(cli.EXPAND_BRANCH,)"));
    QCOMPARE(s.findings.size(), 1);
    QCOMPARE(s.findings.first().code, QStringLiteral("unresolved-header"));
    QCOMPARE(s.findings.first().line, 2);

    const RevisionScript r = parse("revision = make_id()\n");
    QVERIFY(!r.isRevision);
    QCOMPARE(r.findings.first().code, QStringLiteral("unresolved-revision"));
}

void TestHeaderParser::notARevision()
{
    const RevisionScript s = parse("def helper():\n    revision = 'x'\n    return revision\n");
    QVERIFY(!s.isRevision);
    QVERIFY(s.findings.isEmpty());
}

void TestHeaderParser::lastAssignmentWins()
{
    const RevisionScript s = parse("revision = 'a'\nrevision = 'b'\n");
    QCOMPARE(s.id(), QStringLiteral("b"));
}

void TestHeaderParser::encodings()
{
    const RevisionScript latin = parse("# -*- coding: latin-1 -*-\n\"\"\"caf\xe9\"\"\"\nrevision = 'r'\n");
    QVERIFY(latin.isRevision);
    QCOMPARE(latin.message, QStringLiteral("caf\u00e9"));
    const RevisionScript bom = parse("\xEF\xBB\xBFrevision = 'r'\n");
    QCOMPARE(bom.id(), QStringLiteral("r"));
    const RevisionScript bad = parse("revision = 'r'\n# \xff\xfe\n");
    QVERIFY(!bad.isRevision);
    QCOMPARE(bad.findings.first().code, QStringLiteral("undecodable-file"));
    QCOMPARE(bad.findings.first().line, 2);
}

void TestHeaderParser::lineNumbers()
{
    const RevisionScript s = parse("\"\"\"doc\n\nmore\n\"\"\"\n\nrevision = 'r'\ndown_revision = (\n 'a',\n)\n");
    QCOMPARE(s.revision.line, 6);
    QCOMPARE(s.downRevision.line, 7);
}

void TestHeaderParser::garbageNeverCrashes()
{
    // A cheap in-suite fuzz pass; the libFuzzer target goes much further.
    const QByteArray seeds[] = { "revision = ('a', ", "\"\"\"unterminated", "revision = 'r\\", "((((((((",
                                 "revision: = = 'x'", "r'''", "\\\n\\\n", "down_revision = 'a' 'b' (" };
    quint32 state = 12345;
    for (const QByteArray &seed : seeds) {
        for (int i = 0; i < 300; ++i) {
            QByteArray s = seed;
            for (int k = 0; k < 6; ++k) {
                state = state * 1103515245u + 12345u;
                const int pos = s.isEmpty() ? 0 : int(state % quint32(s.size()));
                s.insert(pos, char("'\"()[],=:#\\\n ra"[state % 17]));
            }
            const RevisionScript r = parse(s);
            Q_UNUSED(r);
        }
    }
    QVERIFY(true);
}

QTEST_GUILESS_MAIN(TestHeaderParser)
#include "tst_headerparser.moc"
