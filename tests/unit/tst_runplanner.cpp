// The run planner's policy without a database or a process: plans, what the
// offline SQL says (tables, statements that cannot be rolled back, statements
// that cannot succeed inside Alembic's transaction), whether a reviewed
// script fits, the write rules, and the steps' true states once the version
// rows were read back after a run.
#include "TestUtil.h"
#include "dialect/Dialect.h"
#include "project/Project.h"
#include "run/RunPlanner.h"

#include <QtTest>

using namespace strata;

namespace {

RunStep step(int index, QStringList from, QStringList to, StepState state, bool finished)
{
    RunStep s;
    s.index = index;
    s.from = from;
    s.to = to;
    s.state = state;
    s.finished = finished;
    if (finished)
        s.headsAfter = to;
    return s;
}

QStringList states(const std::vector<RunStep> &steps)
{
    QStringList out;
    for (const RunStep &s : steps)
        out << stepStateName(s.state);
    return out;
}

const QString kHint = QStringLiteral("'strata-cli status --profile p'");

} // namespace

class TestRunPlanner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void plansFromTheGraph();
    void rowsAfterThePlan();
    void analysisOfOfflineSql();
    void mysqlDdlCommitsOnItsOwn();
    void reviewedScriptMustStartWhereTheDatabaseIs();
    void writeRules();
    void settleSuccess();
    void settleRollbackOfOneTransaction();
    void settleTransactionPerMigration();
    void settleForeignChange();
    void settleUnknown();
    void verifiedOutcome();

private:
    ProjectPtr m_project;
};

void TestRunPlanner::initTestCase()
{
    auto p = loadProject(QStringLiteral(STRATA_DEMO_DIR));
    QVERIFY(p.ok());
    m_project = p.value();
}

void TestRunPlanner::plansFromTheGraph()
{
    const RevisionGraph &g = m_project->graph;
    auto up = RunPlanner::planSteps(RunVerb::Upgrade, g, { QStringLiteral("92a3b4c5d6e7") }, QStringLiteral("shop@head"), false);
    QVERIFY(up.ok());
    QCOMPARE(int(up->size()), 2);
    QCOMPARE(up->at(0).from, QStringList { QStringLiteral("92a3b4c5d6e7") });
    QCOMPARE(up->at(1).to, QStringList { QStringLiteral("e7f8091a2b3c") });
    QCOMPARE(up->at(1).state, StepState::Pending);
    auto down = RunPlanner::planSteps(RunVerb::Downgrade, g, { QStringLiteral("e7f8091a2b3c") }, QStringLiteral("-1"), false);
    QVERIFY(down.ok());
    QCOMPARE(int(down->size()), 1);
    QCOMPARE(down->at(0).direction, StepDirection::Downgrade);
    QCOMPARE(down->at(0).to, QStringList { QStringLiteral("a3b4c5d6e7f8") });
    auto stamp = RunPlanner::planSteps(RunVerb::Stamp, g, {}, QStringLiteral("shop@head"), true);
    QVERIFY(stamp.ok());
    QCOMPARE(stamp->at(0).direction, StepDirection::Stamp);
    QVERIFY(stamp->at(0).message.contains(QStringLiteral("purge")));
    auto bad = RunPlanner::planSteps(RunVerb::Upgrade, g, {}, QStringLiteral("head"), false);
    QVERIFY(!bad.ok()); // two heads: Alembic refuses "head"
    QCOMPARE(bad.error().code, ErrorCode::MultipleHeads);
    QVERIFY(RunPlanner::isDowngrade(g, { QStringLiteral("e7f8091a2b3c") }, QStringLiteral("92a3b4c5d6e7")));
    QVERIFY(!RunPlanner::isDowngrade(g, { QStringLiteral("92a3b4c5d6e7") }, QStringLiteral("e7f8091a2b3c")));
}

void TestRunPlanner::rowsAfterThePlan()
{
    const RevisionGraph &g = m_project->graph;
    const QStringList from { QStringLiteral("92a3b4c5d6e7") };
    auto up = RunPlanner::planSteps(RunVerb::Upgrade, g, from, QStringLiteral("shop@head"), false);
    QCOMPARE(RunPlanner::rowsAfter(RunVerb::Upgrade, g, up.value(), from), QStringList { QStringLiteral("e7f8091a2b3c") });
    auto toBase = RunPlanner::planSteps(RunVerb::Downgrade, g, { QStringLiteral("2b3c4d5e6f70") }, QStringLiteral("base"), false);
    QCOMPARE(RunPlanner::rowsAfter(RunVerb::Downgrade, g, toBase.value(), { QStringLiteral("2b3c4d5e6f70") }), QStringList());
}

void TestRunPlanner::analysisOfOfflineSql()
{
    // As Alembic writes it for PostgreSQL: one transaction, and a step that
    // leaves it with autocommit_block (COMMIT … BEGIN around the statement).
    const QString sql = QStringLiteral(
            "BEGIN;\n\n"
            "-- Running upgrade  -> a1\n\n"
            "CREATE TABLE accounts (id SERIAL NOT NULL, PRIMARY KEY (id));\n\n"
            "INSERT INTO alembic_version (version_num) VALUES ('a1');\n\n"
            "-- Running upgrade a1 -> b2\n\n"
            "CREATE INDEX CONCURRENTLY ix_in_tx ON accounts (id);\n\n"
            "UPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = 'a1';\n\n"
            "-- Running upgrade b2 -> c3\n\n"
            "COMMIT;\n\n"
            "CREATE INDEX CONCURRENTLY ix_autocommit ON accounts (id);\n\n"
            "BEGIN;\n\n"
            "UPDATE alembic_version SET version_num='c3' WHERE alembic_version.version_num = 'b2';\n\n"
            "COMMIT;\n");
    auto script = SqlScript::parse(sql);
    QVERIFY(script.ok());
    const auto a = RunPlanner::analyse(script.value(), Dialect::of(ConnectionProfile::Driver::PostgreSQL),
                                       QStringLiteral("alembic_version"));
    QCOMPARE(a.willFail.size(), 1);
    QVERIFY2(a.willFail.first().contains(QStringLiteral("ix_in_tx")) && a.willFail.first().contains(QStringLiteral("step 2")),
             qPrintable(a.willFail.first()));
    QVERIFY(a.willFail.first().contains(QStringLiteral("autocommit_block")));
    QCOMPARE(a.nonTransactional.size(), 1);
    QVERIFY(a.nonTransactional.first().contains(QStringLiteral("ix_autocommit")));
    QVERIFY(a.touchedTables.contains(QStringLiteral("accounts")));
    QVERIFY(!a.touchedTables.contains(QStringLiteral("alembic_version")));
}

void TestRunPlanner::mysqlDdlCommitsOnItsOwn()
{
    // MySQL's offline SQL has no BEGIN: every DDL statement commits by itself.
    auto script = SqlScript::parse(QStringLiteral("-- Running upgrade  -> a1\n\nCREATE TABLE t (id INTEGER);\n\n"
                                                  "INSERT INTO alembic_version (version_num) VALUES ('a1');\n"));
    const auto a = RunPlanner::analyse(script.value(), Dialect::of(ConnectionProfile::Driver::MySQL),
                                       QStringLiteral("alembic_version"));
    QCOMPARE(a.willFail.size(), 0);
    QCOMPARE(a.nonTransactional.size(), 1);
    QVERIFY(a.nonTransactional.first().contains(QStringLiteral("CREATE TABLE t")));
}

void TestRunPlanner::reviewedScriptMustStartWhereTheDatabaseIs()
{
    auto script = SqlScript::parse(QStringLiteral("-- strata: from=a1 to=b2 direction=upgrade\n"
                                                  "-- Running upgrade a1 -> b2\nSELECT 1;\n"));
    QStringList warnings;
    QVERIFY(RunPlanner::checkScriptStart(script.value(), { QStringLiteral("a1") }, &warnings).ok());
    const Status wrong = RunPlanner::checkScriptStart(script.value(), {}, &warnings);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::ScriptMismatch);
    QVERIFY(wrong.error().message.contains(QStringLiteral("starts from a1")));
    auto bare = SqlScript::parse(QStringLiteral("SELECT 1;\n"));
    QVERIFY(RunPlanner::checkScriptStart(bare.value(), {}, &warnings).ok());
    QCOMPARE(warnings.size(), 1); // cannot tell: said, not refused
    QCOMPARE(int(RunPlanner::scriptSteps(script.value()).size()), 1);
}

void TestRunPlanner::writeRules()
{
    RunRequest r;
    r.project = m_project;
    r.profile.name = QStringLiteral("prod");
    r.profile.database = QStringLiteral("shop");
    r.profile.production = true;
    QVERIFY(RunPlanner::checkRequest(r, false).ok()); // the dialog asks later
    QCOMPARE(RunPlanner::checkRequest(r, true).error().code, ErrorCode::ProductionUnconfirmed);
    r.confirmedDatabase = QStringLiteral("other");
    QCOMPARE(RunPlanner::checkRequest(r, true).error().code, ErrorCode::ProductionUnconfirmed);
    r.confirmedDatabase = QStringLiteral("shop");
    QVERIFY(RunPlanner::checkRequest(r, true).ok());
    r.profile.readOnly = true;
    QCOMPARE(RunPlanner::checkRequest(r, false).error().code, ErrorCode::ReadOnly);
}

void TestRunPlanner::settleSuccess()
{
    std::vector<RunStep> steps { step(0, {}, { QStringLiteral("a1") }, StepState::Done, true),
                                 step(1, { QStringLiteral("a1") }, { QStringLiteral("b2") }, StepState::Done, true) };
    const auto s = RunPlanner::settle(steps, {}, QStringList { QStringLiteral("b2") }, { QStringLiteral("b2") },
                                      RunState::Succeeded, kHint);
    QCOMPARE(states(s.steps), (QStringList { QStringLiteral("done"), QStringLiteral("done") }));
    QCOMPARE(s.committedSteps, 2);
    QVERIFY(s.outcome.english().startsWith(QStringLiteral("applied 2 step(s)")));
}

void TestRunPlanner::settleRollbackOfOneTransaction()
{
    // Cancelled in step 3 of one transaction: Alembic had finished steps 1
    // and 2, but the rows read back are the start: all of them rolled back.
    std::vector<RunStep> steps { step(0, {}, { QStringLiteral("a1") }, StepState::Done, true),
                                 step(1, { QStringLiteral("a1") }, { QStringLiteral("b2") }, StepState::Done, true),
                                 step(2, { QStringLiteral("b2") }, { QStringLiteral("c3") }, StepState::Running, false),
                                 step(3, { QStringLiteral("c3") }, { QStringLiteral("d4") }, StepState::Pending, false) };
    const auto s = RunPlanner::settle(steps, {}, QStringList(), { QStringLiteral("d4") }, RunState::Cancelled, kHint);
    QCOMPARE(states(s.steps), (QStringList { QStringLiteral("rolled back"), QStringLiteral("rolled back"),
                                             QStringLiteral("rolled back"), QStringLiteral("pending") }));
    QCOMPARE(s.committedSteps, 0);
    QVERIFY2(s.outcome.english().startsWith(QStringLiteral("nothing was applied")), qPrintable(s.outcome.english()));
    QVERIFY(!s.foreignChange);
}

void TestRunPlanner::settleTransactionPerMigration()
{
    std::vector<RunStep> steps { step(0, {}, { QStringLiteral("a1") }, StepState::Done, true),
                                 step(1, { QStringLiteral("a1") }, { QStringLiteral("b2") }, StepState::Done, true),
                                 step(2, { QStringLiteral("b2") }, { QStringLiteral("c3") }, StepState::Running, false) };
    const auto s = RunPlanner::settle(steps, {}, QStringList { QStringLiteral("b2") }, { QStringLiteral("c3") },
                                      RunState::Failed, kHint);
    QCOMPARE(states(s.steps), (QStringList { QStringLiteral("done"), QStringLiteral("done"), QStringLiteral("rolled back") }));
    QCOMPARE(s.committedSteps, 2);
    QVERIFY2(s.outcome.english().contains(QStringLiteral("step(s) 1-2 committed")), qPrintable(s.outcome.english()));
}

void TestRunPlanner::settleForeignChange()
{
    // Someone else's `alembic upgrade` raced the run: Strata failed on its
    // first step; the table holds what the other runner wrote.
    std::vector<RunStep> steps { step(0, {}, { QStringLiteral("a1") }, StepState::Running, false),
                                 step(1, { QStringLiteral("a1") }, { QStringLiteral("b2") }, StepState::Pending, false) };
    const auto s = RunPlanner::settle(steps, {}, QStringList { QStringLiteral("b2") }, { QStringLiteral("b2") },
                                      RunState::Failed, kHint);
    QVERIFY(s.foreignChange);
    QCOMPARE(s.committedSteps, 0);
    QVERIFY2(s.outcome.english().startsWith(QStringLiteral("another session moved the version table from base (no version rows) to b2")),
             qPrintable(s.outcome.english()));
    QVERIFY(!s.outcome.english().contains(QStringLiteral("partly applied")));
}

void TestRunPlanner::settleUnknown()
{
    std::vector<RunStep> steps { step(0, {}, { QStringLiteral("a1") }, StepState::Done, true),
                                 step(1, { QStringLiteral("a1") }, { QStringLiteral("b2") }, StepState::Running, false) };
    const auto s = RunPlanner::settle(steps, {}, std::nullopt, { QStringLiteral("b2") }, RunState::Cancelled, kHint);
    QVERIFY(s.unknown);
    QCOMPARE(states(s.steps), (QStringList { QStringLiteral("unknown"), QStringLiteral("unknown") }));
    QVERIFY(s.outcome.english().startsWith(QStringLiteral("unknown")));
    QVERIFY(s.outcome.english().contains(kHint));
    QVERIFY(!s.outcome.english().contains(QStringLiteral("rolled back")));
}

void TestRunPlanner::verifiedOutcome()
{
    RunRecord r;
    r.fromRevisions = {};
    r.targetRevisions = { QStringLiteral("b2") };
    r.steps = { step(0, {}, { QStringLiteral("a1") }, StepState::Unknown, false),
                step(1, { QStringLiteral("a1") }, { QStringLiteral("b2") }, StepState::Unknown, false) };
    QVERIFY(RunPlanner::verifiedOutcome(r, { QStringLiteral("b2") }).english().contains(QStringLiteral("the run committed")));
    QVERIFY(RunPlanner::verifiedOutcome(r, {}).english().contains(QStringLiteral("nothing was applied")));
    QVERIFY(RunPlanner::verifiedOutcome(r, { QStringLiteral("a1") }).english().contains(QStringLiteral("step(s) 1-1 committed")));
    QVERIFY(RunPlanner::verifiedOutcome(r, { QStringLiteral("zz") }).english().contains(QStringLiteral("someone else")));
}

QTEST_MAIN(TestRunPlanner)
#include "tst_runplanner.moc"
