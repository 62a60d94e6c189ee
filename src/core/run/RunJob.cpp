#include "RunJob.h"

#include "common/Logging.h"
#include "revision/RevisionResolver.h"
#include "run/RunGuard.h"
#include "run/RunJournal.h"
#include "run/SqlScript.h"
#include "state/DatabaseConnection.h"
#include "state/EnvironmentStatus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace strata {

QString RunRequest::verbName(Verb v)
{
    switch (v) {
    case Verb::Upgrade: return QStringLiteral("upgrade");
    case Verb::Downgrade: return QStringLiteral("downgrade");
    case Verb::Stamp: return QStringLiteral("stamp");
    case Verb::RunSql: return QStringLiteral("run-sql");
    }
    return {};
}

QJsonObject Preflight::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("current"), QJsonArray::fromStringList(current));
    QJsonArray steps;
    for (const RunStep &s : plan)
        steps.append(s.toJson());
    o.insert(QStringLiteral("plan"), steps);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    o.insert(QStringLiteral("non_transactional"), QJsonArray::fromStringList(nonTransactional));
    o.insert(QStringLiteral("touched_tables"), QJsonArray::fromStringList(touchedTables));
    o.insert(QStringLiteral("identity"), identity);
    if (!refusal.isEmpty())
        o.insert(QStringLiteral("refusal"), refusal);
    return o;
}

namespace {

QString shortId(const QString &id)
{
    return id.left(8);
}

QStringList sortedCopy(QStringList l)
{
    l.sort();
    return l;
}

QString revisionsText(const QStringList &rows)
{
    return rows.isEmpty() ? QStringLiteral("base (no version rows)") : rows.join(QStringLiteral(", "));
}

// The plan as steps, from the graph and the database's current rows.
Result<std::vector<RunStep>> planSteps(const RunRequest &r, const QStringList &current)
{
    std::vector<RunStep> steps;
    if (r.verb == RunRequest::Verb::Stamp) {
        const RevisionResolver resolver(r.project->graph);
        auto target = resolver.resolveMany(r.target);
        if (!target)
            return target.error();
        RunStep s;
        s.direction = QStringLiteral("stamp");
        s.from = current;
        for (int n : target.value())
            s.to << r.project->graph.node(n).id;
        s.message = r.purge ? QStringLiteral("stamp (purge the version table first)") : QStringLiteral("stamp");
        s.state = QStringLiteral("pending");
        steps.push_back(s);
        return steps;
    }
    const RevisionResolver resolver(r.project->graph);
    const bool down = r.verb == RunRequest::Verb::Downgrade;
    auto plan = down ? resolver.downgradePlan(current, r.target) : resolver.upgradePlan(current, r.target);
    if (!plan)
        return plan.error();
    int i = 0;
    for (int n : plan.value()) {
        const auto &node = r.project->graph.node(n);
        RunStep s;
        s.index = i++;
        s.direction = down ? QStringLiteral("downgrade") : QStringLiteral("upgrade");
        s.from = down ? QStringList { node.id } : node.downIds;
        s.to = down ? node.downIds : QStringList { node.id };
        s.message = r.project->graph.scriptOf(n).message;
        s.state = QStringLiteral("pending");
        steps.push_back(s);
    }
    return steps;
}

QString bridgeDialectUrl(const ConnectionProfile &p)
{
    return p.sqlalchemyUrl(QString());
}

// A queue of events from an executor thread (the native SQL runner) to the
// job's thread, in the bridge's event format.
class EventQueue
{
public:
    void push(QJsonObject e)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_events.push_back(std::move(e));
        }
        m_cv.notify_one();
    }
    std::deque<QJsonObject> wait(int msecs)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_cv.wait_for(lock, std::chrono::milliseconds(msecs), [this] { return !m_events.empty(); });
        std::deque<QJsonObject> out;
        out.swap(m_events);
        return out;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QJsonObject> m_events;
};

QJsonObject event(const char *kind, std::initializer_list<std::pair<QString, QJsonValue>> fields = {})
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QLatin1String(kind));
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}

// The reviewed-SQL runner: statement by statement on its own connection, on
// its own thread, reporting like the bridge does.
void runScript(const ConnectionProfile &profile, const QString &password, const QString &applicationName,
               const SqlScript &script, int connectTimeout, const std::atomic<bool> &cancel, EventQueue &events)
{
    DatabaseConnection conn;
    conn.setWritable(true);
    if (Status s = conn.open(profile, password, connectTimeout, applicationName); !s) {
        events.push(event("error", { { QStringLiteral("type"), QStringLiteral("ConnectionError") },
                                     { QStringLiteral("message"), s.error().message } }));
        events.push(event("exit"));
        return;
    }
    QSqlDatabase db = conn.database();
    const bool pg = profile.driver == ConnectionProfile::Driver::PostgreSQL;
    {
        QSqlQuery q(db);
        if (pg) {
            q.exec(QStringLiteral("SET lock_timeout = %1").arg(profile.lockTimeoutMs));
            q.exec(QStringLiteral("SET statement_timeout = %1").arg(profile.statementTimeoutMs));
            if (q.exec(QStringLiteral("SELECT pg_backend_pid(), current_setting('server_version_num')::int")) && q.next()) {
                events.push(event("backend", { { QStringLiteral("pid"), q.value(0).toLongLong() } }));
                // A dead client is noticed even while the session waits on a lock.
                if (q.value(1).toInt() >= 140000)
                    q.exec(QStringLiteral("SET client_connection_check_interval = 1000"));
            }
        }
    }
    const int total = int(script.statements.size());
    events.push(event("plan", { { QStringLiteral("steps"), int(script.steps.size()) },
                                { QStringLiteral("statements"), total } }));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool inTransaction = false;
    int currentStep = -2;
    QElapsedTimer stepTimer;
    auto stepAt = [&](int step) {
        if (step == currentStep)
            return;
        if (currentStep >= 0)
            events.push(event("step_finished", { { QStringLiteral("index"), currentStep },
                                                 { QStringLiteral("duration_ms"), double(stepTimer.nsecsElapsed()) / 1e6 } }));
        currentStep = step;
        if (step >= 0) {
            const SqlStep &s = script.steps[size_t(step)];
            stepTimer.start();
            events.push(event("step_started", { { QStringLiteral("index"), step },
                                                { QStringLiteral("total"), int(script.steps.size()) },
                                                { QStringLiteral("direction"), s.direction },
                                                { QStringLiteral("from"), QJsonArray::fromStringList(s.from) },
                                                { QStringLiteral("to"), QJsonArray::fromStringList(s.to) } }));
        }
    };
    int committedThrough = -1; // statements up to this index are durable
    for (int i = 0; i < total; ++i) {
        const SqlStatement &st = script.statements[size_t(i)];
        if (cancel.load()) {
            if (inTransaction)
                q.exec(QStringLiteral("ROLLBACK"));
            events.push(event("error", { { QStringLiteral("type"), QStringLiteral("Cancelled") },
                                         { QStringLiteral("message"),
                                           QStringLiteral("cancelled before statement %1 (line %2)").arg(i + 1).arg(st.line) },
                                         { QStringLiteral("cancelled"), true },
                                         { QStringLiteral("committed_through"), committedThrough } }));
            events.push(event("exit"));
            return;
        }
        stepAt(st.step);
        if (!q.exec(st.text)) {
            const QSqlError e = q.lastError();
            const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
            const bool cancelled = cancel.load() || text.contains(QLatin1String("canceling statement due to user request"));
            if (inTransaction || pg)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            events.push(event("error", { { QStringLiteral("type"), cancelled ? QStringLiteral("Cancelled")
                                                                             : QStringLiteral("SqlError") },
                                         { QStringLiteral("message"),
                                           QStringLiteral("statement %1 (line %2) failed: %3")
                                                   .arg(i + 1)
                                                   .arg(st.line)
                                                   .arg(text.trimmed()) },
                                         { QStringLiteral("cancelled"), cancelled },
                                         { QStringLiteral("line"), st.line },
                                         { QStringLiteral("statement"), i + 1 },
                                         { QStringLiteral("committed_through"), committedThrough } }));
            events.push(event("exit"));
            return;
        }
        q.finish();
        switch (st.kind) {
        case SqlStatement::Kind::Begin: inTransaction = true; break;
        case SqlStatement::Kind::Commit:
        case SqlStatement::Kind::Rollback:
            inTransaction = false;
            committedThrough = i;
            break;
        case SqlStatement::Kind::Other:
            if (!inTransaction)
                committedThrough = i;
            break;
        }
        events.push(event("statement", { { QStringLiteral("index"), i + 1 } }));
    }
    stepAt(-1);
    events.push(event("result", { { QStringLiteral("ok"), true } }));
    events.push(event("exit"));
}

} // namespace

namespace {

// What refuses a run before any connection: no project, a read-only profile,
// a production one without its typed name (when the confirmation is due), a
// graph that cannot be walked.
QString refusalBeforeConnecting(const RunRequest &r, bool confirmationDue)
{
    const bool sqlRun = r.verb == RunRequest::Verb::RunSql;
    if (!r.project)
        return QStringLiteral("no project is open");
    if (r.profile.readOnly)
        return QStringLiteral("profile '%1' is read-only: Strata does not write to its database").arg(r.profile.name);
    if (confirmationDue && r.profile.production && r.confirmedDatabase != r.profile.database) {
        return r.confirmedDatabase.isEmpty()
                ? QStringLiteral("profile '%1' is production: type its database name '%2' to confirm")
                          .arg(r.profile.name, r.profile.database)
                : QStringLiteral("profile '%1' is production and '%2' is not its database name; nothing was done")
                          .arg(r.profile.name, r.confirmedDatabase);
    }
    if (!sqlRun && r.project->graph.hasCycles())
        return r.project->graph.blockingError();
    return {};
}

// The checks on an open connection, in this order: the run lock (lockCheck
// answers the refusal, or nothing when the lock is, or would be, ours), the
// version rows, the plan and what stands in its way.
void inspectOn(QSqlDatabase db, const RunRequest &r, bool analyse, const std::function<QString()> &lockCheck,
               Preflight &pf)
{
    const bool sqlRun = r.verb == RunRequest::Verb::RunSql;
    if (const QString held = lockCheck(); !held.isEmpty()) {
        pf.refusal = held;
        return;
    }
    EnvironmentStatus st;
    if (!inspectDatabase(db, r.profile, r.project->graph, &st)) {
        pf.refusal = st.reason;
        return;
    }
    pf.current = st.current;
    pf.identity = st.identity.user.isEmpty()
            ? QStringLiteral("%1, %2").arg(st.identity.serverVersion, st.identity.host)
            : QStringLiteral("%1, database %2 as %3 at %4")
                      .arg(st.identity.serverVersion, st.identity.database, st.identity.user, st.identity.host);
    if (r.expectedCurrent && sortedCopy(*r.expectedCurrent) != sortedCopy(st.current)) {
        pf.refusal = QStringLiteral("the database is at %1, not at %2 where the plan starts: someone migrated it "
                                    "since; review the plan again")
                             .arg(revisionsText(st.current), revisionsText(*r.expectedCurrent));
        return;
    }
    if (sqlRun) {
        auto script = SqlScript::parse(r.sqlText, r.sqlFile);
        if (!script) {
            pf.refusal = script.error().toString();
            return;
        }
        QStringList expected;
        if (script->expectedStart(&expected)) {
            if (sortedCopy(expected) != sortedCopy(st.current)) {
                pf.refusal = QStringLiteral("the script starts from %1 but the database is at %2; it was written for "
                                            "another state and is not run")
                                     .arg(revisionsText(expected), revisionsText(st.current));
                return;
            }
        } else {
            pf.warnings << QStringLiteral("the script names no starting revision (no '-- strata:' header and no "
                                          "'-- Running upgrade' marker), so Strata cannot check that it fits this "
                                          "database");
        }
        int i = 0;
        for (const SqlStep &s : script->steps) {
            RunStep step;
            step.index = i++;
            step.direction = s.direction;
            step.from = s.from;
            step.to = s.to;
            step.state = QStringLiteral("pending");
            pf.plan.push_back(step);
        }
        for (const SqlStatement &s : script->statements)
            if (s.nonTransactional)
                pf.nonTransactional << QStringLiteral("line %1: %2").arg(s.line).arg(s.text.simplified().left(120));
        pf.touchedTables = script->touchedTables();
    } else {
        auto plan = planSteps(r, st.current);
        if (!plan) {
            pf.refusal = plan.error().message;
            return;
        }
        pf.plan = plan.value();
        // (SQLite has no other sessions and its DDL is transactional.)
        if (analyse && !pf.plan.empty() && r.verb != RunRequest::Verb::Stamp
            && r.profile.driver != ConnectionProfile::Driver::SQLite) {
            // Alembic's offline SQL for exactly this range tells which tables
            // the plan touches and which statements cannot be rolled back.
            OfflineSqlRequest o;
            o.project = r.project;
            o.python = r.python;
            o.from = st.current;
            o.target = pf.plan.back().to.isEmpty() ? QStringLiteral("base") : pf.plan.back().to.join(QLatin1Char(','));
            if (pf.plan.back().to.size() > 1)
                o.target = r.target;
            o.downgrade = r.verb == RunRequest::Verb::Downgrade;
            o.dialectUrl = bridgeDialectUrl(r.profile);
            auto sql = offlineSql(o);
            if (!sql) {
                pf.warnings << QStringLiteral("could not produce the offline SQL to check the plan for "
                                              "non-transactional steps and lock conflicts: %1")
                                       .arg(sql.error().message.section(QLatin1Char('\n'), 0, 0));
            } else if (auto script = SqlScript::parse(sql.value()); script) {
                pf.touchedTables = script->touchedTables();
                pf.touchedTables.removeAll(r.profile.versionTable.toLower());
                const bool mysql = r.profile.driver == ConnectionProfile::Driver::MySQL;
                for (const SqlStatement &s : script->statements) {
                    const QString head = s.text.simplified().section(QLatin1Char(' '), 0, 0).toUpper();
                    const bool ddl = head == QLatin1String("CREATE") || head == QLatin1String("ALTER")
                            || head == QLatin1String("DROP") || head == QLatin1String("RENAME")
                            || head == QLatin1String("TRUNCATE");
                    if (s.nonTransactional || (mysql && ddl)) {
                        QString where;
                        if (s.step >= 0 && s.step < int(script->steps.size()))
                            where = QStringLiteral("step %1 (%2 -> %3)")
                                            .arg(s.step + 1)
                                            .arg(revisionsText(script->steps[size_t(s.step)].from),
                                                 revisionsText(script->steps[size_t(s.step)].to));
                        pf.nonTransactional << QStringLiteral("%1: %2").arg(where, s.text.simplified().left(120));
                    }
                }
            }
        }
    }
    if (!pf.nonTransactional.isEmpty())
        pf.warnings << QStringLiteral("%1 statement(s) cannot run inside a transaction: if the run fails or is "
                                      "cancelled after them, they stay applied (Strata then reports exactly which)")
                               .arg(pf.nonTransactional.size());
    if (r.profile.driver == ConnectionProfile::Driver::PostgreSQL && !pf.plan.empty())
        pf.warnings << describeLockHolders(db, pf.touchedTables);
}

} // namespace

class RunJob::Impl
{
public:
    Impl(RunJob *job) : q(job), r(job->m_request), rec(job->m_record) { }

    RunJob *q;
    const RunRequest &r;
    RunRecord &rec;
    RunJournal journal;
    DatabaseConnection control;
    RunLock lock;
    qint64 backendPid = 0; // the latest session the run opened
    QList<qint64> backendPids;
    QList<QJsonObject> bridgeErrors;
    bool bridgeCancelled = false;
    int stepsDone = 0;

    void setState(RunState s, const QString &detail = {})
    {
        rec.state = s;
        journal.update(rec);
        Q_EMIT q->stateChanged(s, detail);
    }

    void log(const QString &line) { Q_EMIT q->logLine(line); }

    // Preflight with the lock kept; the refusal (if any) goes to *why.
    bool preflight(QString *why)
    {
        *why = refusalBeforeConnecting(r, true);
        if (!why->isEmpty())
            return false;
        // One control connection for the whole run: it takes the run lock,
        // then reads the version rows under it, and later cancels.
        if (Status s = control.open(r.profile, r.password, r.connectTimeout,
                                    QStringLiteral("strata-run %1 control").arg(shortId(rec.id)));
            !s) {
            *why = s.error().message;
            return false;
        }
        Preflight pf;
        inspectOn(control.database(), r, false, [this]() -> QString {
            QString holder;
            auto got = lock.tryAcquire(control.database(), r.profile, &holder);
            if (!got)
                return got.error().message;
            if (!got.value())
                return QStringLiteral("another run holds the run lock of %1: %2").arg(r.profile.name, holder);
            return {};
        }, pf);
        if (!pf.refusal.isEmpty()) {
            *why = pf.refusal;
            return false;
        }
        rec.fromRevisions = pf.current;
        if (!pf.identity.isEmpty())
            rec.database = r.profile.displayUrl() + QStringLiteral(" (") + pf.identity + QLatin1Char(')');
        for (const QString &w : pf.warnings)
            Q_EMIT q->warning(w);
        rec.steps = pf.plan;
        rec.stepsTotal = int(pf.plan.size());
        Q_EMIT q->planReady(rec.steps);
        for (const RunStep &s : rec.steps)
            journal.saveStep(rec.id, s);
        return true;
    }

    QStringList versionRowsNow()
    {
        EnvironmentStatus st;
        if (control.isOpen() && inspectDatabase(control.database(), r.profile, r.project->graph, &st))
            return st.current;
        // The control connection may have been the casualty; look once more.
        DatabaseConnection fresh;
        if (fresh.open(r.profile, r.password, r.connectTimeout, QStringLiteral("strata-run check")))
            if (inspectDatabase(fresh.database(), r.profile, r.project->graph, &st))
                return st.current;
        return { QStringLiteral("?") };
    }

    QList<qint64> lastWaiting;
    QElapsedTimer waitCheck;

    // Whether the run's session waits on others, said at once (twice a second).
    void checkWaiting()
    {
        if (backendPid <= 0 || !control.isOpen() || r.profile.driver != ConnectionProfile::Driver::PostgreSQL)
            return;
        if (waitCheck.isValid() && waitCheck.elapsed() < 500)
            return;
        waitCheck.start();
        QSqlQuery c(control.database());
        c.prepare(QStringLiteral(
                "SELECT b.pid, coalesce(b.usename, ''), coalesce(b.application_name, ''), coalesce(b.state, ''), "
                "coalesce(extract(epoch FROM now() - coalesce(b.xact_start, b.query_start))::int, 0) FROM "
                "unnest(pg_blocking_pids(?)) AS w(pid) JOIN pg_stat_activity b ON b.pid = w.pid ORDER BY b.pid"));
        c.addBindValue(backendPid);
        if (!c.exec())
            return;
        QList<qint64> pids;
        QStringList who;
        while (c.next()) {
            pids << c.value(0).toLongLong();
            who << QStringLiteral("session %1 (%2, '%3', %4 for %5 s)")
                           .arg(c.value(0).toString(), c.value(1).toString(), c.value(2).toString(),
                                c.value(3).toString().isEmpty() ? QStringLiteral("state hidden") : c.value(3).toString(),
                                c.value(4).toString());
        }
        if (pids == lastWaiting)
            return;
        lastWaiting = pids;
        const QString text = pids.isEmpty() ? QString()
                                            : QStringLiteral("waiting on %1").arg(who.join(QStringLiteral(", ")));
        if (!text.isEmpty())
            log(QStringLiteral("strata: the run is ") + text);
        Q_EMIT q->waitingOn(pids, text);
    }

    // Every session the run opened (env.py may open more than one).
    void cancelBackend()
    {
        if (backendPids.isEmpty() || !control.isOpen() || r.profile.driver != ConnectionProfile::Driver::PostgreSQL)
            return;
        QSqlQuery c(control.database());
        c.prepare(QStringLiteral("SELECT pg_cancel_backend(?)"));
        for (qint64 pid : std::as_const(backendPids)) {
            c.addBindValue(pid);
            c.exec();
        }
    }

    void onEvent(const QJsonObject &e)
    {
        const QString kind = e.value(QStringLiteral("event")).toString();
        if (kind == QLatin1String("backend")) {
            backendPid = e.value(QStringLiteral("pid")).toInteger();
            if (backendPid > 0 && !backendPids.contains(backendPid))
                backendPids << backendPid;
            Q_EMIT q->backendStarted(backendPid);
        } else if (kind == QLatin1String("step_started")) {
            const int i = e.value(QStringLiteral("index")).toInt();
            if (i < 0 || i > 100000) // a malformed event is ignored, never trusted as an index
                return;
            if (i >= int(rec.steps.size()))
                rec.steps.resize(size_t(i) + 1);
            RunStep &s = rec.steps[size_t(i)];
            s.index = i;
            if (e.contains(QStringLiteral("direction")))
                s.direction = e.value(QStringLiteral("direction")).toString();
            if (e.contains(QStringLiteral("from"))) {
                s.from.clear();
                for (const QJsonValue &v : e.value(QStringLiteral("from")).toArray())
                    s.from << v.toString();
                s.to.clear();
                for (const QJsonValue &v : e.value(QStringLiteral("to")).toArray())
                    s.to << v.toString();
            }
            if (!e.value(QStringLiteral("message")).toString().isEmpty())
                s.message = e.value(QStringLiteral("message")).toString();
            s.startedAt = QDateTime::currentDateTimeUtc();
            s.state = QStringLiteral("running");
            rec.stepsTotal = std::max(rec.stepsTotal, e.value(QStringLiteral("total")).toInt());
            journal.saveStep(rec.id, s);
            Q_EMIT q->stepStarted(s, rec.stepsTotal);
        } else if (kind == QLatin1String("step_finished")) {
            const int i = e.value(QStringLiteral("index")).toInt();
            if (i >= 0 && i < int(rec.steps.size())) {
                RunStep &s = rec.steps[size_t(i)];
                s.durationMs = e.value(QStringLiteral("duration_ms")).toDouble();
                s.state = QStringLiteral("done");
                stepsDone = i + 1;
                journal.saveStep(rec.id, s);
                Q_EMIT q->stepFinished(s, rec.stepsTotal);
            }
        } else if (kind == QLatin1String("plan")) {
            rec.stepsTotal = std::max(rec.stepsTotal, e.value(QStringLiteral("steps")).toInt());
        } else if (kind == QLatin1String("sql")) {
            Q_EMIT q->sqlText(e.value(QStringLiteral("text")).toString());
        } else if (kind == QLatin1String("error")) {
            bridgeErrors << e;
            if (e.value(QStringLiteral("cancelled")).toBool())
                bridgeCancelled = true;
            const QString tb = e.value(QStringLiteral("traceback")).toString();
            if (!tb.isEmpty())
                for (const QString &line : tb.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    log(line);
        }
    }

    // Watches the cancel flag while an executor runs; true when the executor
    // had to be killed after the grace period.
    struct CancelState
    {
        bool requested = false;
        QElapsedTimer since;
        qint64 lastSignal = -1;
    };

    bool handleCancel(CancelState &cs, const std::function<void()> &askExecutor, const std::function<void()> &kill)
    {
        if (!q->m_cancel.load())
            return false;
        if (!cs.requested) {
            cs.requested = true;
            cs.since.start();
            setState(RunState::Cancelling, QStringLiteral("cancelling: asking the database to stop"));
            askExecutor();
            cancelBackend();
            cs.lastSignal = 0;
            return false;
        }
        // A statement may have started just after the first signal: repeat.
        if (cs.since.elapsed() - cs.lastSignal >= 200) {
            cs.lastSignal = cs.since.elapsed();
            cancelBackend();
        }
        if (cs.since.elapsed() > r.graceMs) {
            log(QStringLiteral("strata: the run did not stop within %1 s; terminating it").arg(r.graceMs / 1000.0));
            kill();
            return true;
        }
        return false;
    }

    bool runBridge(QString *failure)
    {
        auto script = bridgeScriptPath();
        if (!script) {
            *failure = script.error().message;
            return false;
        }
        auto base = bridgeRequest(*r.project, RunRequest::verbName(r.verb));
        if (!base) {
            *failure = base.error().message;
            return false;
        }
        QJsonObject req = base.value();
        req.insert(QStringLiteral("target"), r.target);
        req.insert(QStringLiteral("purge"), r.purge);
        req.insert(QStringLiteral("url"), r.profile.sqlalchemyUrl(r.password));
        req.insert(QStringLiteral("password"), r.password);
        req.insert(QStringLiteral("url_as_option"), r.profile.urlAsConfigOption);
        req.insert(QStringLiteral("url_env"), QJsonArray::fromStringList(r.profile.urlEnvironmentVariables));
        req.insert(QStringLiteral("application_name"), QStringLiteral("strata-run %1").arg(shortId(rec.id)));
        req.insert(QStringLiteral("lock_timeout_ms"), r.profile.lockTimeoutMs);
        req.insert(QStringLiteral("statement_timeout_ms"), r.profile.statementTimeoutMs);
        BridgeProcess bridge;
        bridge.setSecrets(secretSpellings(r.password));
        if (Status s = bridge.start(r.python, script.value(), r.project->config.rootDir, req); !s) {
            *failure = s.error().message;
            return false;
        }
        log(QStringLiteral("strata: Alembic runs in %1 (%2), pid %3")
                    .arg(r.python.program, r.python.origin)
                    .arg(bridge.processId()));
        CancelState cs;
        bool killed = false;
        auto eventFn = [this](const QJsonObject &e) { onEvent(e); };
        auto logFn = [this](const QString &l) { log(l); };
        while (bridge.poll(20, eventFn, logFn)) {
            if (!killed)
                killed = handleCancel(cs, [&] { bridge.sendCancel(); }, [&] { bridge.kill(); });
            if (!cs.requested)
                checkWaiting();
        }
        if (killed || bridge.crashed()) {
            *failure = killed ? QStringLiteral("the Alembic process did not stop and was terminated; the database "
                                               "rolled back its open transaction")
                              : QStringLiteral("the Alembic process was killed (signal); the database rolled back "
                                               "its open transaction");
            if (killed)
                bridgeCancelled = true;
            return false;
        }
        if (!bridgeErrors.isEmpty()) {
            const QJsonObject e = bridgeErrors.last();
            rec.errorType = e.value(QStringLiteral("type")).toString();
            QString message = e.value(QStringLiteral("message")).toString();
            if (const QString install = e.value(QStringLiteral("install")).toString(); !install.isEmpty())
                message += QStringLiteral(" (install it with: %1)").arg(install);
            *failure = message;
            return false;
        }
        if (bridge.exitCode() != 0) {
            *failure = QStringLiteral("the Alembic process ended with exit code %1").arg(bridge.exitCode());
            return false;
        }
        return true;
    }

    bool runNative(QString *failure, const SqlScript &script)
    {
        EventQueue events;
        std::atomic<bool> stop { false };
        const QString appName = QStringLiteral("strata-run %1").arg(shortId(rec.id));
        const ConnectionProfile profile = r.profile;
        const QString password = r.password;
        const int timeout = r.connectTimeout;
        std::thread worker([&, profile, password, appName, timeout] {
            runScript(profile, password, appName, script, timeout, stop, events);
        });
        CancelState cs;
        bool done = false;
        bool killed = false;
        int statements = 0;
        QElapsedTimer progressTimer;
        progressTimer.start();
        const int total = int(script.statements.size());
        while (!done) {
            for (QJsonObject &e : events.wait(20)) {
                const QString kind = e.value(QStringLiteral("event")).toString();
                if (kind == QLatin1String("exit"))
                    done = true;
                else if (kind == QLatin1String("statement"))
                    statements = e.value(QStringLiteral("index")).toInt();
                else
                    onEvent(e);
            }
            if (progressTimer.elapsed() >= 100 || done) {
                progressTimer.restart();
                Q_EMIT q->progress(statements, total);
            }
            // The native runner cannot be killed; cancel in the server and
            // between statements is all it needs.
            if (!killed)
                killed = handleCancel(cs, [&] { stop.store(true); }, [] {});
            if (!cs.requested && !done)
                checkWaiting();
        }
        worker.join();
        if (!bridgeErrors.isEmpty()) {
            const QJsonObject e = bridgeErrors.last();
            rec.errorType = e.value(QStringLiteral("type")).toString();
            *failure = e.value(QStringLiteral("message")).toString();
            return false;
        }
        return true;
    }

    QString outcomeText(RunState final, const QStringList &after)
    {
        const QString at = revisionsText(after);
        const bool unchanged = sortedCopy(after) == sortedCopy(rec.fromRevisions);
        if (final == RunState::Succeeded)
            return rec.stepsTotal == 0 ? QStringLiteral("nothing to do; the database is at %1").arg(at)
                                       : QStringLiteral("applied %1 step(s); the database is at %2")
                                                 .arg(std::max(stepsDone, rec.stepsTotal))
                                                 .arg(at);
        if (unchanged)
            return QStringLiteral("nothing was applied: the database is at %1, as before the run").arg(at);
        return QStringLiteral("partly applied: the database moved from %1 to %2 (steps that committed before the "
                              "%3 stay; see the steps)")
                .arg(revisionsText(rec.fromRevisions), at,
                     final == RunState::Cancelled ? QStringLiteral("cancel") : QStringLiteral("failure"));
    }
};

RunJob::RunJob(RunRequest request, QObject *parent) : QObject(parent), m_request(std::move(request))
{
    m_record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.verb = RunRequest::verbName(m_request.verb);
    m_record.target = m_request.verb == RunRequest::Verb::RunSql ? m_request.sqlFile : m_request.target;
    m_record.project = m_request.project ? m_request.project->config.rootDir : QString();
    m_record.profileId = m_request.profile.id;
    m_record.profileName = m_request.profile.name;
    m_record.database = m_request.profile.displayUrl();
    m_record.osUser = RunJournal::osUser();
    m_record.host = RunJournal::hostName();
    m_record.pid = QCoreApplication::applicationPid();
    if (m_request.verb == RunRequest::Verb::RunSql)
        m_record.sql = m_request.sqlText;
}

RunJob::~RunJob() = default;

void RunJob::cancel()
{
    m_cancel.store(true);
}

RunRecord RunJob::record() const
{
    return m_record;
}

void RunJob::run()
{
    Impl d(this);
    RunRecord &rec = m_record;
    rec.startedAt = QDateTime::currentDateTimeUtc();
    rec.state = RunState::Queued;
    auto finish = [&](RunState state, const QString &error) {
        rec.state = state;
        rec.finishedAt = QDateTime::currentDateTimeUtc();
        if (!error.isEmpty())
            rec.error = error;
        for (RunStep &s : rec.steps)
            if (s.state == QLatin1String("running")) {
                s.state = state == RunState::Succeeded ? QStringLiteral("done") : QStringLiteral("rolled back");
                d.journal.saveStep(rec.id, s);
            }
        d.lock.release();
        d.journal.update(rec);
        Q_EMIT stateChanged(state, rec.outcome.isEmpty() ? error : rec.outcome);
        Q_EMIT finished(rec);
    };
    // The journal first: a run nobody can find later does not start.
    if (Status s = d.journal.open(m_request.journalPath.isEmpty() ? RunJournal::defaultPath() : m_request.journalPath); !s) {
        rec.error = QStringLiteral("the run journal cannot be written, so the run does not start: %1").arg(s.error().toString());
        rec.state = RunState::Failed;
        Q_EMIT finished(rec);
        return;
    }
    if (Status s = d.journal.begin(rec); !s) {
        rec.error = QStringLiteral("the run journal cannot be written, so the run does not start: %1").arg(s.error().toString());
        rec.state = RunState::Failed;
        Q_EMIT finished(rec);
        return;
    }
    d.setState(RunState::Preflight, tr("checking the database before the run"));
    QString why;
    if (m_cancel.load())
        return finish(RunState::Cancelled, QStringLiteral("cancelled before it started; nothing was changed"));
    if (!d.preflight(&why))
        return finish(RunState::Failed, QStringLiteral("refused before anything was written: ") + why);
    if (m_cancel.load())
        return finish(RunState::Cancelled, QStringLiteral("cancelled before it started; nothing was changed"));

    SqlScript script;
    if (m_request.verb == RunRequest::Verb::RunSql) {
        auto parsed = SqlScript::parse(m_request.sqlText, m_request.sqlFile);
        if (!parsed)
            return finish(RunState::Failed, parsed.error().toString());
        script = parsed.value();
    }
    d.setState(RunState::Running, tr("running %n step(s)", nullptr, rec.stepsTotal));
    QString failure;
    const bool ok = (m_request.verb == RunRequest::Verb::RunSql) ? d.runNative(&failure, script) : d.runBridge(&failure);
    rec.toRevisions = d.versionRowsNow();
    RunState final = RunState::Succeeded;
    if (!ok)
        final = (m_cancel.load() || d.bridgeCancelled) ? RunState::Cancelled : RunState::Failed;
    rec.outcome = d.outcomeText(final, rec.toRevisions);
    if (!ok)
        rec.error = failure;
    finish(final, failure);
}

Preflight RunJob::inspect(const RunRequest &r, bool analyse)
{
    Preflight pf;
    pf.refusal = refusalBeforeConnecting(r, false);
    if (!pf.refusal.isEmpty())
        return pf;
    DatabaseConnection conn;
    if (Status s = conn.open(r.profile, r.password, r.connectTimeout, QStringLiteral("strata preflight")); !s) {
        pf.refusal = s.error().message;
        return pf;
    }
    // Only a look: the lock is taken and given back at once.
    inspectOn(conn.database(), r, analyse, [&]() -> QString {
        QString holder;
        RunLock probe;
        auto got = probe.tryAcquire(conn.database(), r.profile, &holder);
        if (got && !got.value())
            return QStringLiteral("another run holds the run lock of %1: %2").arg(r.profile.name, holder);
        return {};
    }, pf);
    return pf;
}

Result<QString> offlineSql(const OfflineSqlRequest &o)
{
    if (o.from.size() > 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("offline SQL needs one starting revision; the database has %1 (%2): give --from")
                                 .arg(o.from.size())
                                 .arg(o.from.join(QStringLiteral(", "))));
    auto base = bridgeRequest(*o.project, QStringLiteral("sql"));
    if (!base)
        return base.error();
    QJsonObject req = base.value();
    req.insert(QStringLiteral("from"), o.from.isEmpty() ? QStringLiteral("base") : o.from.first());
    req.insert(QStringLiteral("target"), o.target);
    req.insert(QStringLiteral("downgrade"), o.downgrade);
    if (!o.dialectUrl.isEmpty())
        req.insert(QStringLiteral("url"), o.dialectUrl);
    auto out = runBridge(o.python, o.project->config.rootDir, req);
    if (!out)
        return out.error();
    if (!out->error.isEmpty())
        return makeError(ErrorCode::Resolution, QStringLiteral("%1: %2").arg(out->error.value(QStringLiteral("type")).toString(),
                                                                         out->error.value(QStringLiteral("message")).toString()));
    // Where the script ends: the heads after its last step.
    QStringList to = o.from;
    for (const QJsonObject &e : out->events) {
        if (e.value(QStringLiteral("event")).toString() != QLatin1String("step_finished"))
            continue;
        to.clear();
        for (const QJsonValue &v : e.value(QStringLiteral("heads")).toArray())
            to << v.toString();
    }
    return QString(SqlScript::header(o.from, to, o.downgrade ? QStringLiteral("downgrade") : QStringLiteral("upgrade"))
                   + QLatin1Char('\n') + out->result.value(QStringLiteral("sql")).toString());
}

bool isDowngrade(const RevisionGraph &graph, const QStringList &from, const QString &target)
{
    const RevisionResolver resolver(graph);
    const auto up = resolver.upgradePlan(from, target);
    if (up && !up->empty())
        return false;
    const auto down = resolver.downgradePlan(from, target);
    return down && !down->empty();
}

Result<BridgeOutcome> writeMergeRevision(const MergeRequest &m)
{
    auto base = bridgeRequest(*m.project, QStringLiteral("merge"));
    if (!base)
        return base.error();
    QJsonObject req = base.value();
    req.insert(QStringLiteral("revisions"),
               QJsonArray::fromStringList(m.revisions.isEmpty() ? QStringList { QStringLiteral("heads") } : m.revisions));
    req.insert(QStringLiteral("message"), m.message);
    req.insert(QStringLiteral("rev_id"), m.revId);
    req.insert(QStringLiteral("branch_label"), m.branchLabel);
    return runBridge(m.python, m.project->config.rootDir, req);
}

} // namespace strata
