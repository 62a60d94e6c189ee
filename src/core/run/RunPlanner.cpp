#include "RunPlanner.h"

#include "common/Counters.h"
#include "connection/WritePolicy.h"
#include "revision/RevisionResolver.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strata {

namespace {

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QString revisionsText(const QStringList &rows)
{
    return RunPlanner::revisionsPhrase(rows).text();
}

// The version rows after applying one step to rows (Alembic's head bookkeeping
// for a linear walk: the step's "from" rows give way to its "to" rows).
QStringList applyStep(QStringList rows, const RunStep &s)
{
    if (s.direction == StepDirection::Stamp)
        return sorted(s.to);
    for (const QString &f : s.from)
        rows.removeAll(f);
    for (const QString &t : s.to)
        if (!rows.contains(t))
            rows << t;
    return sorted(rows);
}

} // namespace

QString RunRequest::what() const
{
    return runVerbName(verb) + QLatin1Char(' ') + (verb == RunVerb::RunSql ? sqlFile : target);
}

bool Preflight::canRun(RunVerb verb) const
{
    return !refusal && (verb == RunVerb::RunSql || !plan.empty());
}

QString Preflight::identityText() const
{
    if (!identity.isKnown())
        return {};
    return identity.user.isEmpty() ? QStringLiteral("%1, %2").arg(identity.serverVersion, identity.host)
                                   : QStringLiteral("%1, database %2 as %3 at %4")
                                             .arg(identity.serverVersion, identity.database, identity.user, identity.host);
}

QJsonObject Preflight::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("current"), QJsonArray::fromStringList(current));
    QJsonArray steps;
    for (const RunStep &s : plan)
        steps.append(s.toJson());
    o.insert(QStringLiteral("plan"), steps);
    o.insert(QStringLiteral("target_revisions"), QJsonArray::fromStringList(targetRevisions));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    o.insert(QStringLiteral("non_transactional"), QJsonArray::fromStringList(nonTransactional));
    o.insert(QStringLiteral("will_fail"), QJsonArray::fromStringList(willFail));
    o.insert(QStringLiteral("touched_tables"), QJsonArray::fromStringList(touchedTables));
    o.insert(QStringLiteral("identity"), identityText());
    o.insert(QStringLiteral("identity_key"), identity.key);
    if (!policyNote.isEmpty())
        o.insert(QStringLiteral("policy"), policyNote);
    if (!schemaCheck.isEmpty()) {
        o.insert(QStringLiteral("schema_check"), schemaCheck);
        o.insert(QStringLiteral("schema_matches"), schemaMatches);
        o.insert(QStringLiteral("schema_differences"), QJsonArray::fromStringList(schemaDifferences));
    }
    // What the lint said, as the person saw it before saying yes (kept in the journal).
    if (!lint.dialect.isEmpty())
        o.insert(QStringLiteral("lint"), lint.toJson());
    if (refusal) {
        o.insert(QStringLiteral("refusal"), refusal->message);
        o.insert(QStringLiteral("refusal_code"), errorCodeName(refusal->code));
    }
    return o;
}

Result<std::vector<RunStep>> RunPlanner::planSteps(RunVerb verb, const RevisionGraph &graph, const QStringList &current,
                                                   const QString &target, bool purge)
{
    Counters::add(Counter::Plans);
    std::vector<RunStep> steps;
    const RevisionResolver resolver(graph);
    if (verb == RunVerb::Stamp) {
        auto resolved = resolver.resolveMany(target);
        if (!resolved)
            return resolved.error();
        RunStep s;
        s.direction = StepDirection::Stamp;
        s.from = current;
        for (int n : resolved.value())
            if (n >= 0)
                s.to << graph.node(n).id;
        s.message = purge ? QStringLiteral("stamp (purge the version table first)") : QStringLiteral("stamp");
        steps.push_back(s);
        return steps;
    }
    const bool down = verb == RunVerb::Downgrade;
    auto plan = down ? resolver.downgradePlan(current, target) : resolver.upgradePlan(current, target);
    if (!plan)
        return plan.error();
    int i = 0;
    for (int n : plan.value()) {
        const auto &node = graph.node(n);
        RunStep s;
        s.index = i++;
        s.direction = down ? StepDirection::Downgrade : StepDirection::Upgrade;
        s.from = down ? QStringList { node.id } : node.downIds;
        s.to = down ? node.downIds : QStringList { node.id };
        s.message = graph.scriptOf(n).message;
        steps.push_back(s);
    }
    return steps;
}

bool RunPlanner::isDowngrade(const RevisionGraph &graph, const QStringList &from, const QString &target)
{
    const RevisionResolver resolver(graph);
    const auto up = resolver.upgradePlan(from, target);
    if (up && !up->empty())
        return false;
    const auto down = resolver.downgradePlan(from, target);
    return down && !down->empty();
}

QStringList RunPlanner::rowsAfter(RunVerb, const RevisionGraph &graph, const std::vector<RunStep> &plan,
                                  const QStringList &current)
{
    QStringList rows = sorted(current);
    for (const RunStep &s : plan) {
        rows = applyStep(rows, s);
        // An upgrade past a revision that others depend on leaves only the
        // heads; drop rows that are ancestors of other rows, as Alembic does.
        if (s.direction == StepDirection::Upgrade) {
            QStringList kept;
            for (const QString &r : rows) {
                bool ancestor = false;
                const int n = graph.indexOf(r);
                for (const QString &other : rows) {
                    const int m = graph.indexOf(other);
                    if (n < 0 || m < 0 || m == n)
                        continue;
                    const auto related = graph.related({ m }, RevisionGraph::Edges::NormalizedDown);
                    if (std::find(related.begin(), related.end(), n) != related.end())
                        ancestor = true;
                }
                if (!ancestor)
                    kept << r;
            }
            rows = kept;
        }
    }
    return sorted(rows);
}

RunPlanner::SqlAnalysis RunPlanner::analyse(const SqlScript &script, const Dialect &dialect, const QString &versionTable)
{
    SqlAnalysis a;
    a.touchedTables = script.touchedTables();
    a.touchedTables.removeAll(versionTable.toLower());
    bool inTransaction = false;
    for (const SqlStatement &s : script.statements) {
        switch (s.kind) {
        case SqlStatement::Kind::Begin: inTransaction = true; continue;
        case SqlStatement::Kind::Commit:
        case SqlStatement::Kind::Rollback: inTransaction = false; continue;
        case SqlStatement::Kind::Other: break;
        }
        QString where = QStringLiteral("line %1").arg(s.line);
        if (s.step >= 0 && s.step < int(script.steps.size())) {
            const SqlStep &step = script.steps[size_t(s.step)];
            where = QStringLiteral("step %1 (%2 -> %3)")
                            .arg(s.step + 1)
                            .arg(revisionsText(step.from), revisionsText(step.to));
        }
        const QString text = s.text.simplified().left(120);
        // PostgreSQL refuses these inside a transaction block; Alembic's
        // offline SQL shows where its transaction is.
        if (s.nonTransactional && inTransaction && dialect.transactionalDdl())
            a.willFail << QCoreApplication::translate("strata::RunPlanner", "%1: %2 — cannot run inside a transaction block, and Alembic runs it inside "
                                         "one; wrap it in op.get_context().autocommit_block()")
                                  .arg(where, text);
        else if (dialect.commitsImplicitly(s)) {
            a.nonTransactional << QStringLiteral("%1: %2").arg(where, text);
            a.commitsOnItsOwn.emplace_back(s.step, s.text);
        }
    }
    return a;
}

std::vector<RunStep> RunPlanner::scriptSteps(const SqlScript &script)
{
    std::vector<RunStep> out;
    int i = 0;
    for (const SqlStep &s : script.steps) {
        RunStep step;
        step.index = i++;
        if (!stepDirectionFromName(s.direction, &step.direction))
            step.direction = StepDirection::Upgrade;
        step.from = s.from;
        step.to = s.to;
        out.push_back(step);
    }
    return out;
}

Status RunPlanner::checkScriptStart(const SqlScript &script, const QStringList &current, QStringList *warnings)
{
    QStringList expected;
    if (!script.expectedStart(&expected)) {
        *warnings << QCoreApplication::translate("strata::RunPlanner", "the script names no starting revision (no '-- strata:' header and no "
                                    "'-- Running upgrade' marker), so Strata cannot check that it fits this database");
        return {};
    }
    if (sorted(expected) != sorted(current))
        return makeError(ErrorCode::ScriptMismatch,
                         QCoreApplication::translate("strata::RunPlanner", "the script starts from %1 but the database is at %2; it was written for "
                                        "another state and is not run")
                                 .arg(revisionsText(expected), revisionsText(current)));
    return {};
}

Status RunPlanner::checkRequest(const RunRequest &r, bool typedNameDue)
{
    if (!r.project)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("strata::RunPlanner", "no project is open"));
    if (Status s = WritePolicy::check(r.profile, r.confirmedDatabase,
                                      r.verb == RunVerb::RunSql ? QStringLiteral("run SQL") : QStringLiteral("write"),
                                      typedNameDue);
        !s)
        return s;
    if (r.verb != RunVerb::RunSql && r.project->graph.isBlocked())
        return makeError(ErrorCode::Cycle, r.project->graph.blockingError());
    return {};
}

RunPlanner::Settlement RunPlanner::settle(const std::vector<RunStep> &input, const QStringList &beforeRows,
                                          const std::optional<QStringList> &afterRows, const QStringList &target,
                                          RunState final, const QString &verifyHint)
{
    Settlement st;
    st.steps = input;
    const QStringList before = sorted(beforeRows);
    int started = 0;
    int finished = 0;
    for (const RunStep &s : input) {
        if (s.state != StepState::Pending)
            ++started;
        if (s.finished)
            ++finished;
    }
    if (!afterRows) {
        // Nothing was read back: only what the executor itself confirmed.
        st.unknown = true;
        for (RunStep &s : st.steps) {
            if (s.state == StepState::Pending)
                continue;
            s.state = (final == RunState::Succeeded && s.finished) ? StepState::Done : StepState::Unknown;
        }
        st.committedSteps = final == RunState::Succeeded ? finished : 0;
        st.outcome = final == RunState::Succeeded
                ? Phrase(QT_TRANSLATE_N_NOOP("strata::Phrase",
                                             "applied %n step(s) (Alembic reported the commit), but the version rows "
                                             "could not be read back; verify with %1"),
                         { verifyHint }, finished)
                : Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                           "unknown: the database could not be read after the run, so what it kept is "
                                           "not known; verify with %1"),
                         { verifyHint });
        return st;
    }
    const QStringList after = sorted(*afterRows);
    // The last step whose rows are what the database holds now.
    int committed = -1;
    if (after != before) {
        for (int i = int(st.steps.size()) - 1; i >= 0; --i) {
            const RunStep &s = st.steps[size_t(i)];
            if ((s.finished || s.state == StepState::Done) && !s.headsAfter.isEmpty() && sorted(s.headsAfter) == after) {
                committed = i;
                break;
            }
            if ((s.finished || s.state == StepState::Done) && s.headsAfter.isEmpty() && final == RunState::Succeeded
                && i == int(st.steps.size()) - 1 && after == sorted(target)) {
                committed = i;
                break;
            }
        }
    }
    st.foreignChange = after != before && committed < 0;
    for (int i = 0; i < int(st.steps.size()); ++i) {
        RunStep &s = st.steps[size_t(i)];
        if (i <= committed)
            s.state = StepState::Done;
        else if (s.state != StepState::Pending)
            s.state = (final == RunState::Succeeded && !st.foreignChange) ? StepState::Done : StepState::RolledBack;
    }
    if (final == RunState::Succeeded && !st.foreignChange && committed < 0 && after == before)
        committed = int(st.steps.size()) - 1; // steps that change no rows (a stamp to where it is)
    st.committedSteps = committed + 1;
    const Phrase at = revisionsPhrase(after);
    if (st.foreignChange) {
        st.outcome = final == RunState::Succeeded
                ? Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                           "the run reported success, but the version table reads %1, not %2 where the "
                                           "plan leads: another session changed it during the run"),
                         { at, revisionsPhrase(sorted(target)) })
                : Phrase(QT_TRANSLATE_N_NOOP("strata::Phrase",
                                             "another session moved the version table from %1 to %2 during the run; "
                                             "none of this run's %n step(s) committed"),
                         { revisionsPhrase(before), at }, started);
        return st;
    }
    if (final == RunState::Succeeded) {
        st.outcome = st.steps.empty()
                ? Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "nothing to do; the database is at %1"), { at })
                : Phrase(QT_TRANSLATE_N_NOOP("strata::Phrase", "applied %n step(s); the database is at %1"), { at },
                         int(st.steps.size()));
        return st;
    }
    if (committed < 0) {
        st.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                              "nothing was applied: the database is at %1, as before the run"),
                            { at });
        if (started > 0)
            st.outcome += Phrase(QT_TRANSLATE_N_NOOP("strata::Phrase", " (%n step(s) rolled back)"), {}, started);
        return st;
    }
    st.outcome = final == RunState::Cancelled
            ? Phrase(QT_TRANSLATE_N_NOOP("strata::Phrase",
                                         "partly applied: step(s) 1-%n committed and stay; the database moved from %1 "
                                         "to %2; steps after them rolled back at the cancel"),
                     { revisionsPhrase(before), at }, committed + 1)
            : Phrase(QT_TRANSLATE_N_NOOP("strata::Phrase",
                                         "partly applied: step(s) 1-%n committed and stay; the database moved from %1 "
                                         "to %2; steps after them rolled back at the failure"),
                     { revisionsPhrase(before), at }, committed + 1);
    return st;
}

Phrase RunPlanner::revisionsPhrase(const QStringList &rows)
{
    return rows.isEmpty() ? Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "base (no version rows)"))
                          : Phrase(rows.join(QStringLiteral(", ")));
}

Phrase RunPlanner::verifiedOutcome(const RunRecord &run, const QStringList &rowsIn)
{
    const QStringList rows = sorted(rowsIn);
    const Phrase at = revisionsPhrase(rows);
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (rows == sorted(run.fromRevisions))
        return Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                        "verified %1: nothing was applied; the database is at %2, as before the run"),
                      { when, at });
    if (!run.targetRevisions.isEmpty() && rows == sorted(run.targetRevisions))
        return Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                        "verified %1: the run committed; the database is at %2, where its plan leads"),
                      { when, at });
    QStringList rowsSoFar = sorted(run.fromRevisions);
    for (const RunStep &s : run.steps) {
        rowsSoFar = applyStep(rowsSoFar, s);
        if (rowsSoFar == rows)
            return Phrase(QT_TRANSLATE_N_NOOP("strata::Phrase",
                                              "verified %1: step(s) 1-%n committed; the database is at %2"),
                          { when, at }, s.index + 1);
    }
    return Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                    "verified %1: the database is at %2, which is neither where the run started (%3) "
                                    "nor a step of it: changed since by someone else"),
                  { when, at, revisionsPhrase(run.fromRevisions) });
}

} // namespace strata
