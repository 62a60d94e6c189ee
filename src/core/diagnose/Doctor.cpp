#include "Doctor.h"

#include "revision/RevisionResolver.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace strata {

namespace {

using Kind = RecipeStep::Kind;
using Level = Diagnosis::Severity;

QString timeOf(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("now");
}

// "database app at 127.0.0.1:5432 (PostgreSQL 15.4), read 14:02:11"
QString sourceOf(const EnvironmentFacts &e)
{
    const QString where = e.status.identity.isKnown() ? e.status.identity.describe() : e.profile.displayUrl();
    return QStringLiteral("%1, read %2").arg(where, timeOf(e.status.checkedAt));
}

Diagnosis make(const QString &code, Level severity, const EnvironmentFacts *e, const QString &title,
               const QString &explanation)
{
    Diagnosis d;
    d.code = code;
    d.severity = severity;
    if (e) {
        d.profileId = e->profile.id;
        d.profileName = e->profile.name;
    }
    d.title = title;
    d.explanation = explanation;
    return d;
}

QStringList profileArg(const EnvironmentFacts &e)
{
    return { QStringLiteral("--profile"), e.profile.name };
}

QString rows(const QStringList &r)
{
    return r.isEmpty() ? QCoreApplication::translate("strata::Doctor", "no row (base)") : r.join(QStringLiteral(", "));
}

} // namespace

FailureClass classifyFailure(const QString &error)
{
    const QString e = error.toLower();
    if (e.contains(QLatin1String("lock timeout")) || e.contains(QLatin1String("lock wait timeout")))
        return { QStringLiteral("lock timeout"),
                 QCoreApplication::translate("strata::FailureClass",
                                             "the migration waited for a table another session held and gave up: the statement "
                                             "that waited was not applied, and the outcome says what the run left (a database "
                                             "that commits DDL as it runs keeps earlier steps). Find the session in the Locks "
                                             "tab (strata-cli locks), end its work (or wait for a quiet moment), then run again") };
    if (e.contains(QLatin1String("cannot run inside a transaction block")))
        return { QStringLiteral("statement outside a transaction"),
                 QCoreApplication::translate("strata::FailureClass",
                                             "a statement such as CREATE INDEX CONCURRENTLY cannot run inside Alembic's "
                                             "transaction: wrap it in `with op.get_context().autocommit_block():` in the "
                                             "revision, then rehearse and run again") };
    if (e.contains(QLatin1String("alembic_version_pkc")) || (e.contains(QLatin1String("duplicate key"))
                                                              && e.contains(QLatin1String("alembic_version"))))
        return { QStringLiteral("concurrent migrator"),
                 QCoreApplication::translate("strata::FailureClass",
                                             "another migration wrote the same version row at the same time (two deploys racing): "
                                             "check the version table with strata-cli status; runs through Strata take a run lock "
                                             "that prevents this") };
    if (e.contains(QLatin1String("depend on it")) || e.contains(QLatin1String("depends on"))
        || (e.contains(QLatin1String("cannot drop")) && e.contains(QLatin1String("requires it"))))
        return { QStringLiteral("dependent objects"),
                 QCoreApplication::translate("strata::FailureClass",
                                             "something else (a foreign key, a view) still needs the object the migration drops; "
                                             "the error names it: drop or change that first in the revision, then rehearse") };
    if (e.contains(QLatin1String("invalid input syntax")) || e.contains(QLatin1String("cannot be cast"))
        || e.contains(QLatin1String("out of range")) || e.contains(QLatin1String("contains null values"))
        || e.contains(QLatin1String("is duplicated")) || e.contains(QLatin1String("value too long")))
        return { QStringLiteral("data that does not fit"),
                 QCoreApplication::translate("strata::FailureClass",
                                             "rows in the table do not fit the new definition; a rehearsal counts them and shows "
                                             "examples (strata-cli rehearse). Clean the data or add a USING clause / a data step, "
                                             "then rehearse again") };
    if (e.contains(QLatin1String("does not exist")))
        return { QStringLiteral("missing object"),
                 QCoreApplication::translate("strata::FailureClass",
                                             "the migration expects an object this database never had (other environments may "
                                             "have it): compare with strata-cli schema-match, make the revision tolerate it "
                                             "(IF EXISTS) or create it, then rehearse") };
    if (e.contains(QLatin1String("no module named")) || e.contains(QLatin1String("modulenotfounderror"))
        || e.contains(QLatin1String("importerror")))
        return { QStringLiteral("env.py cannot import"),
                 QCoreApplication::translate("strata::FailureClass",
                                             "env.py (or a revision) imports a module the project's Python cannot find: usually "
                                             "the application's own package, which is importable only from the project "
                                             "directory. Set prepend_sys_path = . in alembic.ini (Alembic adds it to sys.path), "
                                             "or install the package into that Python; a missing library is installed with pip") };
    if (e.contains(QLatin1String("permission denied")) || e.contains(QLatin1String("must be owner")))
        return { QStringLiteral("missing privilege"),
                 QCoreApplication::translate("strata::FailureClass",
                                             "the database user may not do this; the error names the object: grant the privilege "
                                             "(or run as the owner), then run again") };
    if (e.contains(QLatin1String("already exists")))
        return { QStringLiteral("object already exists"),
                 QCoreApplication::translate("strata::FailureClass",
                                             "the database already has what the migration creates (made by hand or by "
                                             "create_all()): strata-cli schema-match tells which revision the schema really is; "
                                             "stamp that one instead of upgrading over it") };
    return { QStringLiteral("migration error"),
             QCoreApplication::translate("strata::FailureClass",
                                         "Alembic stopped with the error below; the run's transaction was rolled back "
                                         "unless the outcome says otherwise. Fix the revision, rehearse it, then run again") };
}

QString failureKindText(const QString &kind)
{
    // The kinds as people read them (the kind itself stays the key).
    static const char *const kinds[] = {
        QT_TRANSLATE_NOOP("strata::FailureClass", "lock timeout"),
        QT_TRANSLATE_NOOP("strata::FailureClass", "statement outside a transaction"),
        QT_TRANSLATE_NOOP("strata::FailureClass", "concurrent migrator"),
        QT_TRANSLATE_NOOP("strata::FailureClass", "dependent objects"),
        QT_TRANSLATE_NOOP("strata::FailureClass", "data that does not fit"),
        QT_TRANSLATE_NOOP("strata::FailureClass", "missing object"),
        QT_TRANSLATE_NOOP("strata::FailureClass", "env.py cannot import"),
        QT_TRANSLATE_NOOP("strata::FailureClass", "missing privilege"),
        QT_TRANSLATE_NOOP("strata::FailureClass", "object already exists"),
        QT_TRANSLATE_NOOP("strata::FailureClass", "migration error"),
    };
    for (const char *k : kinds)
        if (kind == QLatin1String(k))
            return QCoreApplication::translate("strata::FailureClass", k);
    return kind;
}

namespace {

void environmentDiagnoses(const DoctorFacts &facts, const EnvironmentFacts &e, QList<Diagnosis> *out)
{
    const EnvironmentStatus &st = e.status;
    const QString source = sourceOf(e);
    const RevisionGraph &graph = facts.project->graph;
    using State = EnvironmentStatus::State;
    switch (st.state) {
    case State::Behind:
    case State::Empty: {
        Diagnosis d = make(QStringLiteral("not-up-to-date"), Level::Warning, &e,
                           QCoreApplication::translate("strata::Doctor", "%1 is %2 revision(s) behind the scripts").arg(e.profile.name).arg(st.pending.size()),
                           QCoreApplication::translate("strata::Doctor", "The database has not applied every migration of the project (Alembic "
                                          "says \"Target database is not up to date\" when asked to autogenerate). "
                                          "Applying them in order brings it to the head."));
        d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "the version table holds %1").arg(rows(st.current)), source }
                   << Evidence { QCoreApplication::translate("strata::Doctor", "pending, in order: %1").arg(st.pending.join(QCoreApplication::translate("strata::Doctor", " → "))),
                                 QCoreApplication::translate("strata::Doctor", "the project's scripts") };
        d.steps << RecipeStep { Kind::Explain, QCoreApplication::translate("strata::Doctor", "Preview what will run: the SQL tab, or strata-cli sql "
                                                              "--profile %1 heads").arg(e.profile.name), {} }
                << RecipeStep { Kind::Act, QCoreApplication::translate("strata::Doctor", "Upgrade %1 to the head").arg(e.profile.name),
                                QStringList { QStringLiteral("upgrade"), QStringLiteral("heads") } + profileArg(e) };
        out->append(d);
        break;
    }
    case State::Unversioned: {
        Diagnosis d = make(QStringLiteral("unversioned"), Level::Error, &e,
                           QCoreApplication::translate("strata::Doctor", "%1 has tables but no recorded revision").arg(e.profile.name),
                           QCoreApplication::translate("strata::Doctor", "The tables were made without Alembic (create_all(), a restore, by hand). "
                                          "Upgrading from base would try to create them again and fail. Find the "
                                          "revision whose schema this is, then stamp it."));
        d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "the version table %1 is empty or missing").arg(e.profile.versionTable), source };
        d.steps << RecipeStep { Kind::Act, QCoreApplication::translate("strata::Doctor", "Find the revision this schema matches"),
                                QStringList { QStringLiteral("schema-match") } + profileArg(e) }
                << RecipeStep { Kind::Explain, QCoreApplication::translate("strata::Doctor", "Then stamp that revision (strata-cli stamp REV "
                                                              "--profile %1): the stamp checks the match again")
                                                       .arg(e.profile.name), {} };
        out->append(d);
        break;
    }
    case State::UnknownRevision: {
        Diagnosis d = make(QStringLiteral("unknown-revision"), Level::Error, &e,
                           QCoreApplication::translate("strata::Doctor", "%1 records a revision the scripts do not have").arg(e.profile.name),
                           QCoreApplication::translate("strata::Doctor", "Alembic fails with \"Can't locate revision identified by …\". Usually the "
                                          "scripts here are from another branch than the one deployed, the revision "
                                          "file was deleted, or this is another project's database."));
        d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "the version table holds %1").arg(rows(st.current)), source };
        bool found = false;
        for (const QString &id : st.unknown) {
            const QStringList commits = facts.revisionCommits.value(id);
            if (commits.isEmpty()) {
                d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "%1 is in no commit of this repository").arg(id),
                                         QCoreApplication::translate("strata::Doctor", "git log --all") };
            } else {
                found = true;
                d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "%1 appears in %2").arg(id, commits.join(QCoreApplication::translate("strata::Doctor", "; "))),
                                         QCoreApplication::translate("strata::Doctor", "git log --all") };
            }
        }
        d.steps << RecipeStep { Kind::Explain,
                                found ? QCoreApplication::translate("strata::Doctor", "The revision exists in the repository's history: check out the "
                                                       "branch that has it (the evidence names it) and open that "
                                                       "project, or restore the file")
                                      : QCoreApplication::translate("strata::Doctor", "No commit has the revision: the database may belong to another "
                                                       "project, or the script was never committed"),
                                {} }
                << RecipeStep { Kind::Act, QCoreApplication::translate("strata::Doctor", "See which known revision the schema matches before any stamp"),
                                QStringList { QStringLiteral("schema-match") } + profileArg(e) };
        out->append(d);
        break;
    }
    case State::Overlap: {
        // Which row is the ancestor of another: exactly that one goes.
        QStringList redundant;
        for (const QString &a : st.current) {
            const int ai = graph.indexOf(a);
            for (const QString &b : st.current) {
                const int bi = graph.indexOf(b);
                if (ai < 0 || bi < 0 || a == b)
                    continue;
                const std::vector<int> anc = graph.related({ bi }, RevisionGraph::Edges::AllDown);
                if (std::find(anc.begin(), anc.end(), ai) != anc.end() && !redundant.contains(a))
                    redundant << a;
            }
        }
        Diagnosis d = make(QStringLiteral("overlapping-rows"), Level::Error, &e,
                           QCoreApplication::translate("strata::Doctor", "%1's version table holds a revision and its ancestor").arg(e.profile.name),
                           QCoreApplication::translate("strata::Doctor", "Alembic refuses to work (\"… overlaps with other requested revisions\"). "
                                          "The ancestor's row is left over from an interrupted or hand-made change; "
                                          "removing exactly that row makes the table true again."));
        d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "the version table holds %1").arg(rows(st.current)), source };
        for (const QString &r : redundant)
            d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "%1 is an ancestor of another row").arg(r),
                                     QCoreApplication::translate("strata::Doctor", "the project's revision graph") };
        d.steps << RecipeStep { Kind::Explain,
                                QCoreApplication::translate("strata::Doctor", "Remove the ancestor's row: DELETE FROM %1 WHERE version_num IN ('%2'); "
                                               "then check with strata-cli status --profile %3")
                                        .arg(e.profile.versionTable, redundant.join(QStringLiteral("', '")), e.profile.name),
                                {} };
        if (!redundant.isEmpty())
            d.steps << RecipeStep { Kind::Act,
                                    QCoreApplication::translate("strata::Doctor", "Remove exactly the row %1 (under the run lock, proven redundant again "
                                                   "first, journaled)")
                                            .arg(redundant.first()),
                                    QStringList { QStringLiteral("remove-row"), redundant.first() } + profileArg(e) };
        out->append(d);
        break;
    }
    case State::MultipleHeads:
        break; // the project-level multiple-heads diagnosis covers it
    case State::Unreachable:
    case State::AuthenticationFailed:
    case State::NoPrivilege: {
        Diagnosis d = make(QStringLiteral("cannot-read"), Level::Error, &e,
                           QCoreApplication::translate("strata::Doctor", "%1 cannot be read: %2").arg(e.profile.name, EnvironmentStatus::stateName(st.state)),
                           st.reason);
        d.evidence << Evidence { st.reason, e.profile.displayUrl() };
        out->append(d);
        break;
    }
    case State::UpToDate:
        break;
    }

    // Sessions that block, or will block, a migration.
    if (e.locks) {
        const LockSnapshot &snap = *e.locks;
        for (const BlockingNode &root : snap.blockingTree()) {
            const SessionInfo *s = snap.session(root.pid);
            if (!s || s->isStrataControl())
                continue;
            int waiting = 0;
            std::function<void(const BlockingNode &)> count = [&](const BlockingNode &n) {
                for (const BlockingNode &w : n.waiters) {
                    ++waiting;
                    count(w);
                }
            };
            count(root);
            Diagnosis d = make(QStringLiteral("blocked-by-session"), Level::Error, &e,
                               QCoreApplication::translate("strata::Doctor", "session %1 blocks %2 other session(s) on %3").arg(root.pid).arg(waiting).arg(e.profile.name),
                               QCoreApplication::translate("strata::Doctor", "A session holds locks others (a migration among them) wait for. %1")
                                       .arg(s->idleInTransaction()
                                                    ? QCoreApplication::translate("strata::Doctor", "It is idle in a transaction: it will never end by "
                                                                     "itself; its application forgot to commit.")
                                                    : QCoreApplication::translate("strata::Doctor", "It is still working.")));
            d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "pid %1, user %2, application %3, %4 for %5 s, holds %6; last query: %7")
                                             .arg(s->pid)
                                             .arg(s->user, s->application.isEmpty() ? QStringLiteral("(none)") : s->application,
                                                  s->state)
                                             .arg(s->transactionAge(snap.takenAt))
                                             .arg(s->relationsHeld().isEmpty() ? QCoreApplication::translate("strata::Doctor", "no table") : s->relationsHeld(),
                                                  s->query.simplified().left(200)),
                                     QCoreApplication::translate("strata::Doctor", "pg_stat_activity and pg_locks of %1 at %2").arg(snap.database, timeOf(snap.takenAt)) };
            for (const BlockingNode &w : root.waiters)
                if (const SessionInfo *ws = snap.session(w.pid))
                    d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "waiting behind it: pid %1 (%2): %3")
                                                     .arg(ws->pid)
                                                     .arg(ws->application, ws->query.simplified().left(120)),
                                             QStringLiteral("pg_blocking_pids") };
            d.steps << RecipeStep { Kind::Show, QCoreApplication::translate("strata::Doctor", "Look at the chain in the Locks tab"),
                                    QStringList { QStringLiteral("locks") } + profileArg(e) };
            // A session still working: stopping its statement is gentler than ending it.
            if (!s->idleInTransaction())
                d.steps << RecipeStep { Kind::Act,
                                        QCoreApplication::translate("strata::Doctor", "Cancel the running query of session %1 (its transaction is "
                                                       "aborted; the session stays)")
                                                .arg(root.pid),
                                        QStringList { QStringLiteral("cancel-backend"), QString::number(root.pid) } + profileArg(e) };
            d.steps << RecipeStep { Kind::Act,
                                    QCoreApplication::translate("strata::Doctor", "End session %1: its open transaction is rolled back (whatever it "
                                                   "changed and did not commit is lost); the waiting sessions go on")
                                            .arg(root.pid),
                                    QStringList { QStringLiteral("terminate-backend"), QString::number(root.pid) } + profileArg(e) };
            out->append(d);
        }
        for (const SessionInfo *s : snap.idleInTransaction()) {
            if (s->isStrataControl() || s->relationsHeld().isEmpty() || s->transactionAge(snap.takenAt) < 300)
                continue;
            bool blocking = false;
            for (const BlockingNode &root : snap.blockingTree())
                blocking |= root.pid == s->pid;
            if (blocking)
                continue;
            Diagnosis d = make(QStringLiteral("idle-transaction"), Level::Warning, &e,
                               QCoreApplication::translate("strata::Doctor", "session %1 on %2 has been idle in a transaction for %3 s").arg(s->pid).arg(e.profile.name).arg(s->transactionAge(snap.takenAt)),
                               QCoreApplication::translate("strata::Doctor", "It holds table locks and will make the next migration on those tables "
                                              "wait (and everything queued behind the migration)."));
            d.evidence << Evidence { QStringLiteral("pid %1, user %2, application %3, holds %4").arg(s->pid).arg(s->user, s->application, s->relationsHeld()),
                                     QCoreApplication::translate("strata::Doctor", "pg_stat_activity of %1 at %2").arg(snap.database, timeOf(snap.takenAt)) };
            d.steps << RecipeStep { Kind::Act, QCoreApplication::translate("strata::Doctor", "End session %1 (its open transaction is rolled back)").arg(s->pid),
                                    QStringList { QStringLiteral("terminate-backend"), QString::number(s->pid) } + profileArg(e) };
            out->append(d);
        }
    }

    // The last run of this environment.
    const RunRecord *last = nullptr;
    for (const RunRecord &r : e.runs)
        if (r.verb == RunVerb::Upgrade || r.verb == RunVerb::Downgrade || r.verb == RunVerb::Stamp || r.verb == RunVerb::RunSql) {
            last = &r;
            break;
        }
    if (last && last->problem == ErrorCode::WrongDatabase) {
        Diagnosis d = make(QStringLiteral("env-connects-elsewhere"), Level::Error, &e,
                           QCoreApplication::translate("strata::Doctor", "env.py reached another database than %1's").arg(e.profile.name),
                           QCoreApplication::translate("strata::Doctor", "The last run was stopped before its first statement because env.py "
                                          "connected somewhere else than the database Strata checked (usually a URL "
                                          "taken from an environment variable or a settings module). Nothing was "
                                          "changed on either database. Make env.py use the URL Strata passes, or pass "
                                          "it in the variable env.py reads."));
        d.evidence << Evidence { last->error.text().trimmed(), QCoreApplication::translate("strata::Doctor", "run %1 in the run journal").arg(last->id.left(8)) };
        d.steps << RecipeStep { Kind::Show, QCoreApplication::translate("strata::Doctor", "See where env.py takes its URL from"),
                                QStringList { QStringLiteral("probe") } + profileArg(e) };
        out->append(d);
    } else if (last && last->state == RunState::Failed && st.state != EnvironmentStatus::State::UpToDate) {
        const FailureClass fc = classifyFailure(last->error.english());
        Diagnosis d = make(QStringLiteral("failed-migration"), Level::Error, &e,
                           QCoreApplication::translate("strata::Doctor", "the last %1 on %2 failed: %3").arg(runVerbName(last->verb), e.profile.name, fc.kind),
                           fc.explanation);
        d.evidence << Evidence { QStringLiteral("run %1 (%2 %3) at %4: %5")
                                         .arg(last->id.left(8), runVerbName(last->verb), last->target,
                                              timeOf(last->startedAt), last->error.text().trimmed().left(400)),
                                 QCoreApplication::translate("strata::Doctor", "the run journal") };
        if (!last->outcome.isEmpty())
            d.evidence << Evidence { last->outcome.text(), QCoreApplication::translate("strata::Doctor", "read back from the database after the run") };
        for (const RunStep &s : last->steps)
            if (s.state == StepState::Failed)
                d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "the failing step: %1 -> %2  %3")
                                                 .arg(rows(s.from), rows(s.to), s.message),
                                         QCoreApplication::translate("strata::Doctor", "the run journal") };
        if (last->verb == RunVerb::Upgrade || last->verb == RunVerb::Downgrade)
            d.steps << RecipeStep { Kind::Act, QCoreApplication::translate("strata::Doctor", "Rehearse the plan (after fixing): it runs for real and "
                                                              "rolls back, and shows which statement fails and why"),
                                    QStringList { QStringLiteral("rehearse"), last->target } + profileArg(e)
                                            + (last->verb == RunVerb::Downgrade ? QStringList { QStringLiteral("--downgrade") }
                                                                                : QStringList()) };
        out->append(d);
    }
    if (last && (last->state == RunState::Interrupted || last->needsVerification
                 || (last->state != RunState::Succeeded && last->preflight.value(QStringLiteral("non_transactional")).toArray().size() > 0))) {
        Diagnosis d = make(QStringLiteral("half-applied"), Level::Error, &e,
                           QCoreApplication::translate("strata::Doctor", "the last %1 on %2 may have left part of its work").arg(runVerbName(last->verb), e.profile.name),
                           QCoreApplication::translate("strata::Doctor", "The run was cut short, or it held statements that commit on their own: "
                                          "objects may exist that the version table does not account for. Compare the "
                                          "schema with the revisions, then finish, undo, or stamp."));
        d.evidence << Evidence { QStringLiteral("run %1: %2; %3").arg(last->id.left(8), runStateName(last->state), last->outcome.text()),
                                 QCoreApplication::translate("strata::Doctor", "the run journal") };
        d.steps << RecipeStep { Kind::Act, QCoreApplication::translate("strata::Doctor", "Compare the schema with the revisions"),
                                QStringList { QStringLiteral("schema-match") } + profileArg(e) };
        out->append(d);
    }
    // The Alembic that last migrated this environment.
    const QString nowAlembic = facts.probe.value(QStringLiteral("alembic")).toString();
    for (const RunRecord &r : e.runs)
        if (r.state == RunState::Succeeded && !r.tools.value(QStringLiteral("alembic")).toString().isEmpty()) {
            const QString then = r.tools.value(QStringLiteral("alembic")).toString();
            if (!nowAlembic.isEmpty() && then != nowAlembic) {
                Diagnosis d = make(QStringLiteral("alembic-version-changed"), Level::Info, &e,
                                   QCoreApplication::translate("strata::Doctor", "%1 was last migrated with Alembic %2; this machine has %3").arg(e.profile.name, then, nowAlembic),
                                   QCoreApplication::translate("strata::Doctor", "Alembic's behaviour changes between versions (configuration files, "
                                                  "autogenerate); a run here may not do what the last one did. Pin "
                                                  "the version in the project's requirements."));
                d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "run %1 used Alembic %2").arg(r.id.left(8), then), QCoreApplication::translate("strata::Doctor", "the run journal") }
                           << Evidence { QCoreApplication::translate("strata::Doctor", "Alembic %1 in %2").arg(nowAlembic, facts.python), QCoreApplication::translate("strata::Doctor", "the probe") };
                out->append(d);
            }
            break;
        }
}

} // namespace

const RecipeStep *Diagnosis::act() const
{
    for (const RecipeStep &s : steps)
        if (s.kind == RecipeStep::Kind::Act && !s.optional)
            return &s;
    return nullptr;
}

QString severityName(Diagnosis::Severity s)
{
    switch (s) {
    case Diagnosis::Severity::Info: return QStringLiteral("info");
    case Diagnosis::Severity::Warning: return QStringLiteral("warning");
    case Diagnosis::Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QJsonObject Diagnosis::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("severity"), severityName(severity));
    o.insert(QStringLiteral("profile"), profileName);
    o.insert(QStringLiteral("profile_id"), profileId);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("explanation"), explanation);
    QJsonArray ev;
    for (const Evidence &e : evidence)
        ev.append(QJsonObject { { QStringLiteral("fact"), e.fact }, { QStringLiteral("source"), e.source } });
    o.insert(QStringLiteral("evidence"), ev);
    QJsonArray st;
    for (const RecipeStep &s : steps)
        st.append(QJsonObject { { QStringLiteral("kind"), s.kind == Kind::Explain ? QStringLiteral("explain")
                                                               : s.kind == Kind::Show ? QStringLiteral("show")
                                                                                      : QStringLiteral("act") },
                                { QStringLiteral("text"), s.text },
                                { QStringLiteral("command"), QJsonArray::fromStringList(s.command) },
                                { QStringLiteral("optional"), s.optional } });
    o.insert(QStringLiteral("steps"), st);
    return o;
}

QString Diagnosis::toMarkdown() const
{
    QString md = QStringLiteral("### %1 — %2\n\n").arg(code, title);
    if (!profileName.isEmpty())
        md += QStringLiteral("Environment: **%1**, severity: %2\n\n").arg(profileName, severityName(severity));
    md += explanation + QStringLiteral("\n\nEvidence:\n");
    for (const Evidence &e : evidence)
        md += QStringLiteral("- %1 _(%2)_\n").arg(e.fact, e.source);
    md += QStringLiteral("\nWay out:\n");
    int n = 0;
    for (const RecipeStep &s : steps)
        md += QStringLiteral("%1. %2%3\n").arg(++n).arg(s.text,
                                                     s.command.isEmpty() ? QString()
                                                                         : QStringLiteral(" — `strata-cli %1`").arg(s.command.join(QLatin1Char(' '))));
    return md;
}

Diagnosis::Severity Doctor::worst(const QList<Diagnosis> &diagnoses)
{
    Level w = Level::Info;
    for (const Diagnosis &d : diagnoses)
        w = std::max(w, d.severity);
    return w;
}

QList<Diagnosis> Doctor::diagnose(const DoctorFacts &facts)
{
    QList<Diagnosis> out;
    const RevisionGraph &graph = facts.project->graph;
    // The project: several heads (not when each is a deliberately labelled branch).
    bool deliberate = false;
    for (const Finding &f : graph.findings())
        deliberate |= f.code == QLatin1String("multiple-heads") && f.severity == Severity::Info;
    if (graph.heads().size() > 1 && !graph.isBlocked() && !deliberate) {
        Diagnosis d = make(QStringLiteral("multiple-heads"), Level::Error, nullptr,
                           QCoreApplication::translate("strata::Doctor", "the project has %1 heads").arg(graph.heads().size()),
                           QCoreApplication::translate("strata::Doctor", "Two branches of migrations were written in parallel. `alembic upgrade "
                                          "head` refuses (\"Multiple head revisions are present\"). A merge revision "
                                          "joins them; a head no environment has applied yet can instead be "
                                          "re-chained onto the other by editing its down_revision."));
        QStringList unapplied;
        for (int h : graph.heads()) {
            const QString id = graph.node(h).id;
            QStringList at;
            for (const EnvironmentFacts &e : facts.environments) {
                for (const QString &row : e.status.current) {
                    const int ri = graph.indexOf(row);
                    if (ri < 0)
                        continue;
                    const std::vector<int> anc = graph.related({ ri }, RevisionGraph::Edges::AllDown);
                    if (std::find(anc.begin(), anc.end(), h) != anc.end()) {
                        at << e.profile.name;
                        break;
                    }
                }
            }
            if (at.isEmpty())
                unapplied << id;
            d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "head %1 (%2) — applied on: %3")
                                             .arg(id, graph.scriptOf(h).message,
                                                  at.isEmpty() ? QCoreApplication::translate("strata::Doctor", "no environment") : at.join(QStringLiteral(", "))),
                                     facts.project->relativePath(graph.scriptOf(h).path) };
        }
        d.steps << RecipeStep { Kind::Act, QCoreApplication::translate("strata::Doctor", "Write a merge revision of all heads"),
                                QStringList { QStringLiteral("merge"), QStringLiteral("-m"), QStringLiteral("merge heads") } };
        if (!unapplied.isEmpty())
            d.steps << RecipeStep { Kind::Explain,
                                    QCoreApplication::translate("strata::Doctor", "Or, since no environment has applied %1, set the down_revision of "
                                                   "such a head to another head instead (one line of history, no "
                                                   "merge revision)")
                                            .arg(unapplied.join(QStringLiteral(", "))),
                                    {} };
        out.append(d);
    }
    for (const EnvironmentFacts &e : facts.environments) {
        const qsizetype first = out.size();
        environmentDiagnoses(facts, e, &out);
        // Before an act that writes to a database that matters: a backup, offered first.
        static const QStringList risky { QStringLiteral("stamp"), QStringLiteral("remove-row"), QStringLiteral("downgrade"),
                                         QStringLiteral("upgrade") };
        const bool matters = e.profile.production || e.profile.kind == ConnectionProfile::Kind::Production
                || e.profile.kind == ConnectionProfile::Kind::Staging;
        const bool canBackUp = e.profile.driver == ConnectionProfile::Driver::SQLite
                || (e.profile.driver == ConnectionProfile::Driver::PostgreSQL && facts.hasPgDump);
        for (qsizetype i = first; i < out.size(); ++i) {
            const RecipeStep *act = out[i].act();
            if (matters && canBackUp && act && risky.contains(act->command.value(0)))
                out[i].steps.prepend(RecipeStep { Kind::Act,
                                                  QCoreApplication::translate("strata::Doctor", "Back up %1 first (optional; the file's path is said)").arg(e.profile.name),
                                                  QStringList { QStringLiteral("backup") } + profileArg(e), true });
        }
    }
    // Two profiles on one database.
    QHash<QString, QStringList> byKey;
    for (const EnvironmentFacts &e : facts.environments)
        if (e.status.identity.isKnown())
            byKey[e.status.identity.key] << e.profile.name;
    for (auto it = byKey.begin(); it != byKey.end(); ++it)
        if (it.value().size() > 1) {
            Diagnosis d = make(QStringLiteral("same-database"), Level::Warning, nullptr,
                               QCoreApplication::translate("strata::Doctor", "profiles %1 reach the same database").arg(it.value().join(QStringLiteral(", "))),
                               QCoreApplication::translate("strata::Doctor", "Whatever one profile says (production, read-only) applies to the others "
                                              "too; a test profile pointed at production is a classic accident."));
            for (const EnvironmentFacts &e : facts.environments)
                if (e.status.identity.key == it.key())
                    d.evidence << Evidence { QStringLiteral("%1: %2").arg(e.profile.name, e.profile.displayUrl()), sourceOf(e) };
            out.append(d);
        }
    // env.py takes its URL from variables nobody sets for a profile.
    if (facts.envPy.ignoresUrlOption() && !facts.envPy.environmentVariables.isEmpty()) {
        for (const EnvironmentFacts &e : facts.environments) {
            bool routed = false;
            for (const QString &v : facts.envPy.environmentVariables)
                routed |= e.profile.urlEnvironmentVariables.contains(v) || facts.variablesSet.contains(v);
            if (routed)
                continue;
            const QString first = facts.envPy.environmentVariables.first();
            Diagnosis d = make(QStringLiteral("url-variable-missing"), Level::Error, &e,
                               QCoreApplication::translate("strata::Doctor", "env.py takes its URL from $%1, which nothing sets for %2").arg(first, e.profile.name),
                               QCoreApplication::translate("strata::Doctor", "env.py ignores sqlalchemy.url and reads the database URL from the "
                                              "environment; without the variable a run, a preview or a drift check "
                                              "fails (or reaches whatever the shell has set). Strata can pass the "
                                              "profile's URL in that variable."));
            d.evidence << Evidence { facts.envPy.describeSources(), facts.project->relativePath(facts.envPy.path) };
            for (const QString &v : facts.envPy.environmentVariables)
                if (!facts.variableDefinedIn.value(v).isEmpty())
                    d.evidence << Evidence { QCoreApplication::translate("strata::Doctor", "$%1 is defined in %2").arg(v, facts.variableDefinedIn.value(v).join(QStringLiteral(", "))),
                                             QCoreApplication::translate("strata::Doctor", "the project's .env files") };
            d.steps << RecipeStep { Kind::Act, QCoreApplication::translate("strata::Doctor", "Pass %1's URL to env.py in $%2").arg(e.profile.name, first),
                                    { QStringLiteral("profiles"), QStringLiteral("edit"), e.profile.name, QStringLiteral("--url-env"), first } };
            out.append(d);
        }
    }
    // The Python that runs Alembic.
    if (!facts.probeError.isEmpty()) {
        Diagnosis d = make(QStringLiteral("no-python"), Level::Error, nullptr, QCoreApplication::translate("strata::Doctor", "Alembic cannot be run"),
                           facts.probeError);
        out.append(d);
    }
    for (const QJsonValue &v : facts.probe.value(QStringLiteral("missing")).toArray()) {
        const QJsonObject m = v.toObject();
        Diagnosis d = make(QStringLiteral("missing-module"), Level::Error, nullptr,
                           QCoreApplication::translate("strata::Doctor", "%1 is missing from %2").arg(m.value(QStringLiteral("module")).toString(), facts.python),
                           QCoreApplication::translate("strata::Doctor", "Alembic runs in the project's own Python; it needs this module there."));
        d.evidence << Evidence { m.value(QStringLiteral("message")).toString(), facts.python };
        d.steps << RecipeStep { Kind::Explain, QCoreApplication::translate("strata::Doctor", "Install it: %1").arg(m.value(QStringLiteral("install")).toString()), {} };
        out.append(d);
    }
    // What the project's configuration relies on that this machine's Alembic lacks.
    if (facts.project) {
        const QString alembic = facts.probe.value(QStringLiteral("alembic")).toString();
        for (const Finding &gap : alembicFeatureGaps(facts.project->config, alembic)) {
            Diagnosis d = make(QStringLiteral("alembic-too-old"),
                               gap.severity == Severity::Error ? Level::Error : Level::Warning, nullptr,
                               QCoreApplication::translate("strata::Doctor", "Alembic %1 here lacks what the project's configuration uses").arg(alembic),
                               gap.message);
            d.evidence << Evidence { QStringLiteral("%1:%2").arg(facts.project->relativePath(gap.file)).arg(gap.line),
                                     QCoreApplication::translate("strata::Doctor", "the project's configuration") }
                       << Evidence { QCoreApplication::translate("strata::Doctor", "Alembic %1 in %2").arg(alembic, facts.python), QCoreApplication::translate("strata::Doctor", "the probe") };
            d.steps << RecipeStep { Kind::Explain,
                                    QCoreApplication::translate("strata::Doctor", "Install a newer Alembic in the project's Python (pip install -U "
                                                   "alembic), or pin the configuration to what Alembic %1 reads")
                                            .arg(alembic),
                                    {} };
            out.append(d);
        }
    }
    // Passwords in clear in the project.
    for (const SecretInFile &s : facts.secrets) {
        Diagnosis d = make(QStringLiteral("plaintext-password"), Level::Warning, nullptr,
                           QCoreApplication::translate("strata::Doctor", "a password in clear at %1:%2").arg(facts.project->relativePath(s.file)).arg(s.line),
                           QCoreApplication::translate("strata::Doctor", "Anyone with the repository (or a backup of it) has the database password. "
                                          "Keep it in the keychain (strata-cli profiles import-ini --strip-password, "
                                          "or import-env) and leave a placeholder in the file; keep .env files out of "
                                          "version control (.gitignore)."));
        d.evidence << Evidence { s.what, QStringLiteral("%1:%2").arg(s.file).arg(s.line) };
        out.append(d);
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnosis &a, const Diagnosis &b) { return a.severity > b.severity; });
    return out;
}

} // namespace strata
