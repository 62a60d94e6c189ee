// Specifier resolution, plans and lane layout on the bundled demo project,
// whose shape is known: a shop branch (branch point, merge) and a separately
// labelled reporting branch that depends on the shop branch.
#include "TestUtil.h"
#include "project/Project.h"
#include "revision/LaneLayout.h"
#include "revision/RevisionResolver.h"

#include <QtTest>

using namespace strata;

class TestResolver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void graphShape();
    void specifiers_data();
    void specifiers();
    void errors_data();
    void errors();
    void plans();
    void lanes();

private:
    QStringList ids(const std::vector<int> &v) const
    {
        QStringList out;
        for (int i : v)
            out << (i >= 0 ? m_project->graph.node(i).id : QStringLiteral("base"));
        return out;
    }
    ProjectPtr m_project;
};

void TestResolver::initTestCase()
{
    auto p = loadProject(QStringLiteral(STRATA_DEMO_DIR));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    m_project = p.value();
}

void TestResolver::graphShape()
{
    const RevisionGraph &g = m_project->graph;
    QVERIFY(g.size() >= 12);
    QCOMPARE(ids(g.heads()), (QStringList { QStringLiteral("d6e7f8091a2b"), QStringLiteral("e7f8091a2b3c") }));
    QCOMPARE(ids(g.bases()), (QStringList { QStringLiteral("1a2b3c4d5e6f"), QStringLiteral("b4c5d6e7f809") }));
    QVERIFY(g.node(g.indexOf(QStringLiteral("3c4d5e6f7081"))).isBranchPoint());
    QVERIFY(g.node(g.indexOf(QStringLiteral("8192a3b4c5d6"))).isMergePoint());
    // inherited labels
    QCOMPARE(g.node(g.indexOf(QStringLiteral("a3b4c5d6e7f8"))).labels, QStringList { QStringLiteral("shop") });
    QCOMPARE(g.node(g.indexOf(QStringLiteral("d6e7f8091a2b"))).labels, QStringList { QStringLiteral("reporting") });
    QVERIFY(!g.hasErrors());
}

void TestResolver::specifiers_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("heads") << QStringLiteral("heads") << QStringList { QStringLiteral("d6e7f8091a2b"), QStringLiteral("e7f8091a2b3c") };
    QTest::newRow("label@head") << QStringLiteral("shop@head") << QStringList { QStringLiteral("e7f8091a2b3c") };
    QTest::newRow("label@base") << "reporting@base" << QStringList {};
    QTest::newRow("base") << "base" << QStringList {};
    QTest::newRow("full id") << QStringLiteral("92a3b4c5d6e7") << QStringList { QStringLiteral("92a3b4c5d6e7") };
    QTest::newRow("partial id") << QStringLiteral("92a3") << QStringList { QStringLiteral("92a3b4c5d6e7") };
    QTest::newRow("3-char prefix still matches") << QStringLiteral("92a") << QStringList { QStringLiteral("92a3b4c5d6e7") };
    QTest::newRow("heads-1") << QStringLiteral("-1") << QStringList { QStringLiteral("c5d6e7f8091a"), QStringLiteral("a3b4c5d6e7f8") };
    QTest::newRow("label@-1") << QStringLiteral("reporting@-1") << QStringList { QStringLiteral("c5d6e7f8091a") };
    QTest::newRow("label@id") << QStringLiteral("shop@4d5e") << QStringList { QStringLiteral("4d5e6f708192") };
    QTest::newRow("label alone") << QStringLiteral("reporting") << QStringList { QStringLiteral("b4c5d6e7f809") };
}

void TestResolver::specifiers()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, expected);
    RevisionResolver r(m_project->graph);
    auto got = r.resolveMany(spec);
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().message));
    QCOMPARE(ids(got.value()), expected);
}

void TestResolver::errors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("head with two heads") << "head" << int(ErrorCode::MultipleHeads) << "'<branchname>@head'";
    QTest::newRow("unknown") << "ffffffff" << int(ErrorCode::NotFound) << "No such revision or branch 'ffffffff'";
    QTest::newRow("too short") << "zz9" << int(ErrorCode::NotFound) << "at least four characters";
    QTest::newRow("not on branch") << "reporting@4d5e6f708192" << int(ErrorCode::NotFound)
                                   << "not a member of branch";
    QTest::newRow("partial not on branch") << "reporting@4d5e" << int(ErrorCode::NotFound)
                                           << "No such revision or branch '4d5e'";
    QTest::newRow("unknown branch") << "nobranch@head" << int(ErrorCode::NotFound) << "'nobranch'";
    QTest::newRow("relative ids are for plans") << "92a3b4c5d6e7+2" << int(ErrorCode::NotFound)
                                                << "92a3b4c5d6e7+2";
}

void TestResolver::errors()
{
    QFETCH(QString, spec);
    QFETCH(int, code);
    QFETCH(QString, fragment);
    RevisionResolver r(m_project->graph);
    auto one = r.resolveOne(spec);
    QVERIFY(!one.ok());
    QCOMPARE(int(one.error().code), code);
    QVERIFY2(one.error().message.contains(fragment), qPrintable(one.error().message));
}

void TestResolver::plans()
{
    RevisionResolver r(m_project->graph);
    auto up = r.upgradePlan({ QStringLiteral("3c4d5e6f7081") }, QStringLiteral("8192a3b4c5d6"));
    QVERIFY(up.ok());
    // both branches are applied before the merge; Alembic's order
    QCOMPARE(ids(up.value()),
             (QStringList { QStringLiteral("5e6f708192a3"), QStringLiteral("708192a3b4c5"), QStringLiteral("4d5e6f708192"), QStringLiteral("6f708192a3b4"), QStringLiteral("8192a3b4c5d6") }));
    auto down = r.downgradePlan({ QStringLiteral("e7f8091a2b3c"), QStringLiteral("d6e7f8091a2b") },
                                QStringLiteral("a3b4c5d6e7f8"));
    QVERIFY(down.ok());
    // the reporting branch depends on a3b4…, so it is not dropped; only e7f8… is
    QCOMPARE(ids(down.value()), QStringList { QStringLiteral("e7f8091a2b3c") });
    auto toBase = r.downgradePlan({ QStringLiteral("b4c5d6e7f809") }, QStringLiteral("reporting@base"));
    QVERIFY(toBase.ok());
    auto bad = r.upgradePlan({ QStringLiteral("e7f8091a2b3c") }, QStringLiteral("3c4d5e6f7081"));
    QVERIFY(bad.ok()); // already past it: nothing to do
    QVERIFY(bad.value().empty());
    auto relative = r.upgradePlan({ QStringLiteral("92a3b4c5d6e7") }, QStringLiteral("+2"));
    QVERIFY(relative.ok());
    QCOMPARE(ids(relative.value()), (QStringList { QStringLiteral("a3b4c5d6e7f8"), QStringLiteral("e7f8091a2b3c") }));
    auto relativeDown = r.downgradePlan({ QStringLiteral("92a3b4c5d6e7") }, QStringLiteral("-1"));
    QVERIFY(relativeDown.ok());
    QCOMPARE(ids(relativeDown.value()), QStringList { QStringLiteral("92a3b4c5d6e7") });
    auto tooFar = r.upgradePlan({ QStringLiteral("e7f8091a2b3c") }, QStringLiteral("+1"));
    QVERIFY(!tooFar.ok());
    QVERIFY(tooFar.error().message.contains(QStringLiteral("didn't produce 1 migrations")));
    auto multi = r.upgradePlan({}, QStringLiteral("head"));
    QVERIFY(!multi.ok());
    QCOMPARE(multi.error().code, ErrorCode::MultipleHeads);
}

void TestResolver::lanes()
{
    const RevisionGraph &g = m_project->graph;
    const std::vector<int> order = g.history();
    const LaneLayout layout = LaneLayout::compute(g, order);
    QCOMPARE(layout.rows.size(), order.size());
    QVERIFY(layout.maxLanes >= 2); // the shop branch point needs two lanes
    // the merge row continues into two lanes below it
    const int merge = layout.rowOfNode[size_t(g.indexOf(QStringLiteral("8192a3b4c5d6")))];
    QCOMPARE(layout.rows[size_t(merge)].toBelow.size(), size_t(2));
    // two depends_on edges, drawn in the gutter
    QCOMPARE(layout.dependencies.size(), size_t(2));
    QVERIFY(layout.gutterColumns >= 1);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
