#include "RunJob.h"

#include "common/Logging.h"
#include "project/EnvPy.h"
#include "run/AlembicExecutor.h"
#include "run/DbWorker.h"
#include "run/ReviewedSqlExecutor.h"
#include "run/RunJournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <future>

namespace strata {

namespace {

// What the control session reads under the run lock.
struct LockedFacts
{
    DatabaseIdentity identity;
    VersionTableFacts versions;
};

// The bridge request for an Alembic run: the command, how the URL reaches
// env.py, and the session settings the dialect builds for every connection.
Result<QJsonObject> alembicRequest(const RunRequest &r, const DatabaseIdentity &identity, const QString &appName)
{
    auto req = sessionBridgeRequest(*r.project, runVerbName(r.verb), r.profile, r.password, identity, appName);
    if (!req)
        return req;
    req->insert(QStringLiteral("target"), r.target);
    req->insert(QStringLiteral("purge"), r.purge);
    return req;
}

// env.py reached another database than the profile's: both named, and where
// env.py takes its URL from when that can be read statically.
Phrase wrongDatabaseText(const RunRequest &r, const DatabaseIdentity &expected, const QString &actualKey)
{
    const Dialect &dialect = Dialect::of(r.profile);
    Phrase text(QT_TRANSLATE_NOOP("strata::Phrase",
                                  "env.py connected to %1 instead of %2, the database of profile '%3'; Strata stopped "
                                  "the run before its first statement, so neither database was changed"),
                { actualKey.isEmpty() ? Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "another database"))
                                      : Phrase(dialect.describeKey(actualKey, expected)),
                  expected.describe(), r.profile.name });
    const EnvPyFacts env = readEnvPy(r.project->config);
    if (!env.environmentVariables.isEmpty() || env.ignoresUrlOption())
        text += Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                         ". %1; check those in the environment Strata runs in, or give the profile the "
                                         "URL route env.py uses (strata-cli profiles edit %2 --url-env VAR)"),
                       { env.describeSources(), r.profile.name });
    return text;
}

} // namespace

class RunJob::Impl
{
public:
    explicit Impl(RunJob *job) : q(job), r(job->m_request), pf(job->m_preflight), rec(job->m_record) { }

    RunJob *q;
    const RunRequest &r;
    const Preflight &pf;
    RunRecord &rec;
    RunJournal journal;
    bool journalWarned = false;
    std::shared_ptr<DbWorker> control;
    DatabaseIdentity identity;
    QList<qint64> sessions; // every session the run opened
    std::optional<bridge::Failure> failure;
    std::optional<Error> wrongDatabase;
    bool done = false; // the executor reported success
    int totalStatements = 0; // the reviewed script's
    QJsonArray autocommitSteps;
    QElapsedTimer clock;

    // --- the journal: loud when it fails, completed when it can be ---------
    void journalled(const Status &s)
    {
        if (s)
            return;
        q->m_journalFailure = s.error().toString();
        if (!journalWarned) {
            journalWarned = true;
            qCWarning(lcJournal) << "journal write failed:" << q->m_journalFailure;
            Q_EMIT q->journalProblem(QCoreApplication::translate("strata::RunJob", "the run journal cannot be written (%1); the run goes on and "
                                                    "Strata completes the record when it can")
                                             .arg(q->m_journalFailure));
        }
    }
    void saveRecord() { journalled(journal.update(rec)); }

    void setState(RunState s, const QString &detail = {})
    {
        rec.state = s;
        saveRecord();
        Q_EMIT q->stateChanged(s, detail);
    }

    void log(const QString &line) { Q_EMIT q->logLine(line); }
    QString applicationName() const { return QStringLiteral("strata-run %1").arg(rec.id.left(8)); }

    // --- under the run lock -------------------------------------------------
    // Takes the lock, then reads identity and version rows; waits for it as
    // long as the connection may take, but answers Cancel at once.
    std::optional<Result<LockedFacts>> lockAndRead()
    {
        const ConnectionProfile profile = r.profile;
        auto future = control->post<LockedFacts>([profile](DbSession &s) -> Result<LockedFacts> {
            const Dialect &dialect = Dialect::of(profile);
            auto lock = dialect.acquireRunLock(s.db, profile);
            if (!lock)
                return lock.error();
            s.runLock = std::move(lock.value());
            LockedFacts facts;
            auto id = dialect.identity(s.db, profile);
            if (!id)
                return id.error();
            facts.identity = id.value();
            auto versions = dialect.readVersionTable(s.db, profile);
            if (!versions)
                return versions.error();
            facts.versions = versions.value();
            return facts;
        });
        const qint64 deadline = clock.elapsed() + qint64(r.connectTimeout) * 1000 + 15000;
        while (future.wait_for(std::chrono::milliseconds(CancelPolicy::PollMs)) != std::future_status::ready) {
            if (q->m_cancel.load())
                return std::nullopt;
            if (clock.elapsed() > deadline)
                return Result<LockedFacts>(makeError(
                        ErrorCode::Unreachable,
                        Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "the database did not answer while Strata took the "
                                                                   "run lock; nothing was run"))));
        }
        return future.get();
    }

    std::optional<QStringList> readBack(int budgetMs)
    {
        const ConnectionProfile profile = r.profile;
        auto answer = control->call<VersionTableFacts>(
                [profile](DbSession &s) { return Dialect::of(profile).readVersionTable(s.db, profile); }, budgetMs);
        if (!answer) {
            log(RunJob::tr("strata: the database did not answer within %1 ms after the run").arg(budgetMs));
            return std::nullopt;
        }
        if (!answer->ok()) {
            log(RunJob::tr("strata: the version rows could not be read after the run: %1").arg(answer->error().message));
            return std::nullopt;
        }
        return answer->value().rows;
    }

    // --- while the executor runs ---------------------------------------------
    std::optional<std::future<Result<QList<SessionRef>>>> waitCheck;
    qint64 lastWaitCheck = -1;
    QList<qint64> lastWaiting;
    QString waitedOn; // the last sessions the run was seen waiting on, for the record

    // Whether the run's session waits on others, said at once (twice a second).
    void checkWaiting()
    {
        if (sessions.isEmpty() || !Dialect::of(r.profile).hasServerSessions())
            return;
        if (waitCheck) {
            if (waitCheck->wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
                return; // the server is slow to answer; do not pile up questions
            const Result<QList<SessionRef>> who = waitCheck->get();
            waitCheck.reset();
            if (who) {
                QList<qint64> ids;
                QStringList names;
                for (const SessionRef &s : who.value()) {
                    ids << s.id;
                    names << s.describe();
                }
                if (ids != lastWaiting) {
                    lastWaiting = ids;
                    const QString joined = names.join(QStringLiteral("; "));
                    const QString text = ids.isEmpty() ? QString() : RunJob::tr("waiting on %1").arg(joined);
                    if (!text.isEmpty()) {
                        log(RunJob::tr("strata: the run is waiting on %1").arg(joined));
                        waitedOn = joined;
                    }
                    Q_EMIT q->waitingOn(ids, text);
                }
            }
        }
        if (lastWaitCheck >= 0 && clock.elapsed() - lastWaitCheck < CancelPolicy::WaitCheckMs)
            return;
        lastWaitCheck = clock.elapsed();
        const qint64 id = sessions.last();
        const ConnectionProfile profile = r.profile;
        waitCheck = control->post<QList<SessionRef>>(
                [profile, id](DbSession &s) { return Dialect::of(profile).waitingOn(s.db, id); });
    }

    // Every session the run opened (env.py may open more than one); never
    // waited on. After the grace they are ended outright: a server does not
    // notice a killed client until its statement next talks to it.
    void signalSessions(bool terminate)
    {
        if (sessions.isEmpty() || !Dialect::of(r.profile).hasServerSessions())
            return;
        const QList<qint64> ids = sessions;
        const ConnectionProfile profile = r.profile;
        control->send([profile, ids, terminate](DbSession &s) {
            for (qint64 id : ids) {
                if (terminate)
                    Dialect::of(profile).terminateSession(s.db, id);
                else
                    Dialect::of(profile).cancelSession(s.db, id);
            }
        });
    }

    void onEvent(const bridge::Event &event)
    {
        std::visit([this](const auto &e) { handle(e); }, event);
    }

    void handle(const bridge::Hello &h)
    {
        rec.tools.insert(QStringLiteral("python"), h.python);
        rec.tools.insert(QStringLiteral("alembic"), h.alembic);
        rec.tools.insert(QStringLiteral("sqlalchemy"), h.sqlalchemy);
    }
    void handle(const bridge::Backend &b)
    {
        if (b.identityKey.isEmpty() == false && identity.isKnown() && b.identityKey != identity.key) {
            // The bridge refuses such a connection itself; this is the second lock on the door.
            wrongDatabase = makeError(ErrorCode::WrongDatabase, b.identityKey);
            if (!failure) {
                bridge::Failure f;
                f.type = QStringLiteral("StrataWrongDatabase");
                f.actualKey = b.identityKey;
                failure = f;
            }
            return;
        }
        if (!b.driver.isEmpty())
            rec.tools.insert(QStringLiteral("driver"), b.driver);
        if (b.sessionId > 0 && !sessions.contains(b.sessionId))
            sessions << b.sessionId;
    }
    void handle(const bridge::Configured &c)
    {
        rec.tools.insert(QStringLiteral("transaction_mode"), c.transactionPerMigration
                                                                     ? QStringLiteral("one transaction per migration")
                                                                     : QStringLiteral("one transaction for the whole run"));
    }
    void handle(const bridge::Plan &p)
    {
        rec.stepsTotal = std::max(rec.stepsTotal, p.steps);
    }
    void handle(const bridge::StepStarted &e)
    {
        if (e.index >= int(rec.steps.size()))
            rec.steps.resize(size_t(e.index) + 1);
        RunStep &s = rec.steps[size_t(e.index)];
        s.index = e.index;
        s.direction = e.direction;
        s.from = e.from;
        s.to = e.to;
        if (!e.message.isEmpty())
            s.message = e.message;
        s.startedAt = QDateTime::currentDateTimeUtc();
        s.state = StepState::Running;
        rec.stepsTotal = std::max(rec.stepsTotal, e.total);
        journalled(journal.saveStep(rec.id, s));
        Q_EMIT q->stepStarted(s, rec.stepsTotal);
    }
    void handle(const bridge::StepFinished &e)
    {
        if (e.index >= int(rec.steps.size()))
            return;
        RunStep &s = rec.steps[size_t(e.index)];
        s.durationMs = e.durationMs;
        s.finished = true;
        if (e.hasHeads)
            s.headsAfter = e.heads;
        // Finished, not yet committed: it is done once the rows say so.
        s.state = StepState::Done;
        journalled(journal.saveStep(rec.id, s));
        Q_EMIT q->stepFinished(s, rec.stepsTotal);
    }
    void handle(const bridge::AutocommitBlock &a)
    {
        if (!autocommitSteps.contains(a.index + 1))
            autocommitSteps.append(a.index + 1);
        rec.tools.insert(QStringLiteral("autocommit_blocks_in_steps"), autocommitSteps);
    }
    void handle(const bridge::Statement &) { } // rehearsals only
    void handle(const bridge::Reached &) { }   // schema builds only
    void handle(const bridge::Done &) { done = true; }
    void handle(const bridge::Failure &f)
    {
        failure = f;
        if (!f.traceback.isEmpty())
            for (const QString &line : f.traceback.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                log(line);
    }

    std::unique_ptr<RunExecutor> makeExecutor(QString *why)
    {
        if (r.verb == RunVerb::RunSql) {
            SqlScript script;
            if (r.script) {
                script = *r.script;
            } else {
                auto parsed = SqlScript::parse(r.sqlText, r.sqlFile);
                if (!parsed) {
                    *why = parsed.error().toString();
                    return nullptr;
                }
                script = std::move(parsed.value());
            }
            totalStatements = int(script.statements.size());
            return std::make_unique<ReviewedSqlExecutor>(r.profile, r.password, r.connectTimeout, applicationName(),
                                                         std::move(script), identity);
        }
        auto req = alembicRequest(r, identity, applicationName());
        if (!req) {
            *why = req.error().message;
            return nullptr;
        }
        return std::make_unique<AlembicExecutor>(r.python, r.project->config.rootDir, req.value(),
                                                 secretSpellings(r.password));
    }
};

RunJob::RunJob(RunRequest request, Preflight preflight, std::shared_ptr<DbWorker> session, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_preflight(std::move(preflight)), m_session(std::move(session))
{
    m_record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.verb = m_request.verb;
    m_record.target = m_request.verb == RunVerb::RunSql ? m_request.sqlFile : m_request.target;
    m_record.project = m_request.project ? m_request.project->config.rootDir : QString();
    m_record.profileId = m_request.profile.id;
    m_record.profileName = m_request.profile.name;
    m_record.database = m_request.profile.displayUrl();
    m_record.osUser = RunJournal::osUser();
    m_record.host = RunJournal::hostName();
    m_record.pid = QCoreApplication::applicationPid();
    m_record.sql = m_request.verb == RunVerb::RunSql ? m_request.sqlText : m_preflight.offlineSql;
    m_record.preflight = m_preflight.toJson();
    m_record.fromRevisions = m_preflight.current;
    m_record.targetRevisions = m_preflight.targetRevisions;
    m_record.identityKey = m_preflight.identity.key;
    m_record.steps = m_preflight.plan;
    m_record.stepsTotal = int(m_preflight.plan.size());
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
    d.clock.start();
    RunRecord &rec = m_record;
    const RunRequest &r = m_request;
    rec.startedAt = QDateTime::currentDateTimeUtc();
    rec.state = RunState::Queued;
    const QString verifyHint = QStringLiteral("'strata-cli status --profile %1'").arg(r.profile.name);

    auto finish = [&](RunState state, const Phrase &error, std::optional<ErrorCode> problem = std::nullopt) {
        rec.state = state;
        rec.finishedAt = QDateTime::currentDateTimeUtc();
        if (!error.isEmpty())
            rec.error = error;
        if (problem)
            rec.problem = problem;
        if (d.control) {
            // The lock goes with the control session; a session stuck on a
            // server that stopped answering is left behind, not waited on.
            d.control->send([](DbSession &s) {
                if (s.runLock)
                    s.runLock->release();
                s.runLock.reset();
            });
            d.control->shutdown(rec.needsVerification ? 50 : 1500);
        }
        if (d.journal.isOpen()) {
            // The record is completed as soon as the journal takes it again.
            Status s = d.journal.update(rec);
            for (int attempt = 0; !s && attempt < 10; ++attempt) {
                QThread::msleep(200);
                s = d.journal.update(rec);
            }
            if (s)
                m_journalFailure.clear();
            else
                d.journalled(s);
        }
        Q_EMIT stateChanged(state, (rec.outcome.isEmpty() ? rec.error : rec.outcome).text());
        Q_EMIT finished(rec);
    };
    auto refuse = [&](const Error &e) {
        rec.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "nothing was done"));
        finish(RunState::Failed,
               Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "refused before anything was written: %1"), { e.phrase() }),
               e.code);
    };

    // Connecting changes nothing: the control session and the executor
    // connect while the journal is written. One control session for the
    // whole run: it takes the run lock, then reads identity and version rows
    // under it, watches, cancels, reads back. The executor must reach the
    // database checked at the preflight; it runs nothing before start().
    const QString controlName = QStringLiteral("strata-run %1 control").arg(rec.id.left(8));
    if (m_session) {
        d.control = std::move(m_session);
        if (const QString rename = Dialect::of(r.profile).applicationNameSql(controlName); !rename.isEmpty())
            d.control->send([rename](DbSession &s) { QSqlQuery(s.db).exec(rename); });
    } else {
        d.control = std::make_shared<DbWorker>(r.profile, r.password, r.connectTimeout, controlName);
    }
    d.identity = m_preflight.identity;
    QString why;
    std::unique_ptr<RunExecutor> executor = d.makeExecutor(&why);
    if (executor && !m_preflight.refusal && m_preflight.canRun(r.verb))
        executor->warmUp();

    // The journal first: a run nobody can find later does not start.
    Status opened = d.journal.open(r.journalPath.isEmpty() ? RunJournal::defaultPath() : r.journalPath);
    qCDebug(lcJournal) << "journal opened after" << d.clock.elapsed() << "ms";
    rec.state = RunState::Preflight;
    if (opened)
        opened = d.journal.begin(rec);
    qCDebug(lcJournal) << "run" << rec.id << "begun after" << d.clock.elapsed() << "ms";
    if (!opened) {
        rec.error = Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                             "refused: the run journal cannot be written, so the run does not start: %1"),
                           { opened.error().toString() });
        rec.problem = ErrorCode::JournalUnwritable;
        rec.state = RunState::Failed;
        rec.finishedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT finished(rec);
        return;
    }
    Q_EMIT stateChanged(RunState::Preflight, tr("checking the database before the run"));
    const Phrase cancelledBefore(QT_TRANSLATE_NOOP("strata::Phrase", "cancelled before it started; nothing was changed"));
    if (m_cancel.load())
        return finish(RunState::Cancelled, cancelledBefore);
    if (Status s = RunPlanner::checkRequest(r, true); !s)
        return refuse(s.error());
    if (m_preflight.refusal)
        return refuse(*m_preflight.refusal);
    if (!m_preflight.canRun(r.verb)) {
        rec.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "nothing to do; the database is at %1"),
                             { RunPlanner::revisionsPhrase(m_preflight.current) });
        return finish(RunState::Succeeded, {});
    }

    if (!executor)
        return refuse(makeError(ErrorCode::ScriptMismatch, why));
    qCDebug(lcRun) << "run" << rec.id << "journaled after" << d.clock.elapsed() << "ms";
    auto locked = d.lockAndRead();
    if (locked && !locked->ok() && locked->error().code == ErrorCode::Unreachable && !m_cancel.load()) {
        // The adopted session may have died while the confirmation was open.
        qCDebug(lcRun) << "control session unusable (" << locked->error().message << "); connecting again";
        d.control->shutdown(0);
        d.control = std::make_shared<DbWorker>(r.profile, r.password, r.connectTimeout, controlName);
        locked = d.lockAndRead();
    }
    qCDebug(lcRun) << "run" << rec.id << "lock taken and rows read after" << d.clock.elapsed() << "ms";
    if (!locked)
        return finish(RunState::Cancelled, cancelledBefore);
    if (!locked->ok())
        return refuse(locked->error());
    d.identity = locked->value().identity;
    const QStringList rows = locked->value().versions.rows;
    if (m_preflight.identity.isKnown() && d.identity.key != m_preflight.identity.key)
        return refuse(makeError(ErrorCode::WrongDatabase,
                                Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                                         "profile '%1' now reaches %2, not %3 that was checked; review "
                                                         "the plan again"),
                                       { r.profile.name, d.identity.describe(), m_preflight.identity.describe() })));
    if (rows != m_preflight.current)
        return refuse(makeError(ErrorCode::MovedSince,
                                Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                                         "the database is at %1, not at %2 where the plan starts: "
                                                         "someone migrated it since; review the plan again"),
                                       { RunPlanner::revisionsPhrase(rows), RunPlanner::revisionsPhrase(m_preflight.current) })));
    rec.fromRevisions = rows;
    rec.identityKey = d.identity.key;
    rec.database = r.profile.displayUrl() + QStringLiteral(" (") + m_preflight.identityText() + QLatin1Char(')');
    Q_EMIT planReady(rec.steps);
    if (m_cancel.load())
        return finish(RunState::Cancelled, cancelledBefore);

    if (Status s = executor->start(); !s) {
        rec.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                               "nothing was applied: the database is at %1, as before the run"),
                             { RunPlanner::revisionsPhrase(rows) });
        return finish(RunState::Failed, s.error().phrase(), s.error().code);
    }
    // (Started first: the journal's word that it runs need not hold it up.)
    d.setState(RunState::Running, tr("running %n step(s)", nullptr, rec.stepsTotal));
    if (auto *alembic = dynamic_cast<AlembicExecutor *>(executor.get()))
        d.log(tr("strata: Alembic runs in %1 (%2), pid %3")
                      .arg(r.python.program, r.python.origin)
                      .arg(alembic->processId()));

    CancelPolicy cancelPolicy(r.graceMs);
    QElapsedTimer progressTimer;
    progressTimer.start();
    auto onEvent = [&d](const bridge::Event &e) { d.onEvent(e); };
    auto onLog = [&d](const QString &l) { d.log(l); };
    const int totalStatements = d.totalStatements;
    for (;;) {
        const bool more = executor->poll(CancelPolicy::PollMs, onEvent, onLog);
        if (d.wrongDatabase && !cancelPolicy.killed())
            executor->kill();
        const CancelPolicy::Actions act = cancelPolicy.tick(m_cancel.load(), d.clock.elapsed());
        if (act.askExecutor) {
            d.setState(RunState::Cancelling, tr("cancelling: asking the database to stop"));
            executor->askToStop();
        }
        if (act.signalServer)
            d.signalSessions(false);
        if (act.kill) {
            d.log(tr("strata: the run did not stop within %1 s; terminating it").arg(r.graceMs / 1000.0));
            d.signalSessions(true);
            executor->kill();
        }
        if (totalStatements > 0 && (progressTimer.elapsed() >= 100 || !more)) {
            progressTimer.restart();
            Q_EMIT progress(executor->statementsDone(), totalStatements);
        }
        if (!more || cancelPolicy.killed())
            break;
        if (!cancelPolicy.requested())
            d.checkWaiting();
    }
    if (!d.lastWaiting.isEmpty())
        Q_EMIT waitingOn({}, QString());

    // What happened, from what the executor said and what the database reads.
    qCDebug(lcRun) << "run" << rec.id << "executor ended after" << d.clock.elapsed() << "ms";
    const RunExecutor::End end = executor->end();
    const std::optional<QStringList> after = d.readBack(cancelPolicy.readBackBudget(d.clock.elapsed()));
    RunState final = RunState::Succeeded;
    Phrase error;
    std::optional<ErrorCode> problem;
    if (d.wrongDatabase || (d.failure && d.failure->type == QLatin1String("StrataWrongDatabase"))) {
        final = RunState::Failed;
        error = wrongDatabaseText(r, d.identity, d.failure ? d.failure->actualKey : QString());
        rec.errorType = QStringLiteral("StrataWrongDatabase");
        problem = ErrorCode::WrongDatabase;
    } else if (end.error) {
        final = RunState::Failed;
        error = end.error->phrase();
        problem = end.error->code;
    } else if (d.failure) {
        const Error e = bridgeFailureError(*d.failure);
        rec.errorType = d.failure->type;
        final = (e.code == ErrorCode::Cancelled || m_cancel.load()) ? RunState::Cancelled : RunState::Failed;
        error = d.failure->message;
        if (!d.failure->install.isEmpty())
            error += Phrase(QT_TRANSLATE_NOOP("strata::Phrase", " (install it with: %1)"), { d.failure->install });
        if (final == RunState::Failed)
            problem = e.code;
    } else if (end.killed) {
        final = m_cancel.load() ? RunState::Cancelled : RunState::Failed;
        error = r.verb == RunVerb::RunSql
                ? Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                           "the SQL runner did not stop within the grace period (the server does not "
                                           "answer)"))
                : Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                           "the Alembic process did not stop within the grace period and was "
                                           "terminated"));
    } else if (end.crashed) {
        final = m_cancel.load() ? RunState::Cancelled : RunState::Failed;
        error = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "the Alembic process was killed (signal)"));
        if (final == RunState::Failed)
            problem = ErrorCode::MigrationFailed;
    } else if (!d.done) {
        final = m_cancel.load() ? RunState::Cancelled : RunState::Failed;
        error = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "the Alembic process ended with exit code %1 without a result"),
                       { QString::number(end.exitCode) });
        if (final == RunState::Failed)
            problem = ErrorCode::MigrationFailed;
    }
    const RunPlanner::Settlement settled = RunPlanner::settle(rec.steps, rows, after, m_preflight.targetRevisions,
                                                              final, verifyHint);
    rec.steps = settled.steps;
    rec.outcome = settled.outcome;
    // Statements that commit on their own stay when their step did not: say
    // exactly what stayed, from the catalog.
    if (final != RunState::Succeeded && after && !m_preflight.commitsOnItsOwn.empty()) {
        QStringList statements;
        for (const auto &[stepIndex, sql] : m_preflight.commitsOnItsOwn)
            if (stepIndex >= settled.committedSteps && stepIndex < int(rec.steps.size())
                && rec.steps[size_t(stepIndex)].state != StepState::Pending)
                statements << sql;
        if (!statements.isEmpty()) {
            const ConnectionProfile profile = r.profile;
            auto found = d.control->call<QStringList>(
                    [profile, statements](DbSession &s) -> Result<QStringList> {
                        return Dialect::of(profile).leftovers(s.db, statements);
                    },
                    cancelPolicy.readBackBudget(d.clock.elapsed()));
            if (found && found->ok() && !found->value().isEmpty()) {
                if (!Dialect::of(profile).transactionalDdl()) {
                    // DDL committed as it ran: the failed step is half-applied, not rolled back.
                    int halfStep = -1;
                    for (const auto &[stepIndex, sql] : m_preflight.commitsOnItsOwn)
                        if (stepIndex >= settled.committedSteps && stepIndex < int(rec.steps.size())
                            && rec.steps[size_t(stepIndex)].state == StepState::RolledBack) {
                            halfStep = stepIndex;
                            break;
                        }
                    if (halfStep >= 0) {
                        rec.steps[size_t(halfStep)].state = StepState::Failed;
                        const RunStep &st = rec.steps[size_t(halfStep)];
                        rec.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                                               "half-applied: the version table is at %1, but step %2 "
                                                               "(%3 -> %4) failed after statements that commit on their "
                                                               "own on %5"),
                                             { RunPlanner::revisionsPhrase(after.value_or(QStringList())), QString::number(halfStep + 1),
                                               RunPlanner::revisionsPhrase(st.from), RunPlanner::revisionsPhrase(st.to),
                                               Dialect::of(profile).displayName() });
                        if (settled.committedSteps > 0)
                            rec.outcome += Phrase(QT_TRANSLATE_N_NOOP("strata::Phrase",
                                                                      " (step(s) 1-%n committed before it)"),
                                                  {}, settled.committedSteps);
                    }
                }
                rec.outcome += Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "; what committed on its own stayed: %1"),
                                      { found->value().join(QStringLiteral("; ")) });
            } else if (found && found->ok() && !Dialect::of(profile).transactionalDdl()
                       && !std::all_of(statements.cbegin(), statements.cend(), [&profile](const QString &sql) {
                              return Dialect::of(profile).canCheckLeftover(sql);
                          })) {
                // Nothing Strata can see stayed, but this database cannot roll
                // DDL back: "rolled back" would be a guess.
                for (RunStep &st : rec.steps)
                    if (st.state == StepState::RolledBack)
                        st.state = StepState::Unknown;
                rec.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                                       "the version table is at %1, as before the run, but %2 commits "
                                                       "DDL as it runs: none of the tables, columns or indexes the "
                                                       "failed step creates or drops are there, and its other changes "
                                                       "cannot be checked (%3)"),
                                     { RunPlanner::revisionsPhrase(after.value_or(QStringList())), Dialect::of(profile).displayName(),
                                       excerpt(statements.join(QStringLiteral("; ")), 300) });
            }
        }
    }
    rec.needsVerification = settled.unknown;
    rec.toRevisions = after.value_or(QStringList());
    rec.waitedOn = d.waitedOn;
    if (settled.foreignChange && final == RunState::Succeeded) {
        final = RunState::Failed;
        problem = ErrorCode::MigrationFailed;
        error = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "the version table changed under the run"));
    }
    finish(final, error, problem);
}

} // namespace strata
