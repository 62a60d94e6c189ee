// The run verbs of strata-cli: sql, upgrade, downgrade, stamp, run-sql,
// merge and journal.
#include "CliApp.h"

#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "revision/RevisionResolver.h"
#include "run/Bridge.h"
#include "run/RunJob.h"
#include "run/RunJournal.h"
#include "state/EnvironmentStatus.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace strata {

namespace {

// Ctrl-C: the first asks the run to cancel (the database rolls back); a
// second one ends strata-cli at once (the bridge follows, and the server
// still rolls back the open transaction).
// The CLI joins revisions with a bare comma, as `status` and `plan --from` do.
const QString kComma = QStringLiteral(",");

std::atomic<RunJob *> g_runningJob { nullptr };
std::atomic<bool> g_interrupted { false };

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    if (RunJob *job = g_runningJob.load())
        job->cancel();
    std::signal(SIGINT, SIG_DFL);
}

// Ctrl-C is ours from the start of a run verb to its end (also during the
// preflight, which writes nothing and so can simply stop).
class InterruptGuard
{
public:
    InterruptGuard() : m_previous(std::signal(SIGINT, onInterrupt)) { g_interrupted.store(false); }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }

private:
    void (*m_previous)(int);
};

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO);
#else
    return false;
#endif
}

QString stepLine(const RunStep &s)
{
    QString line = QStringLiteral("%1 %2 -> %3")
                           .arg(s.direction, revisionsOrBase(s.from, kComma), revisionsOrBase(s.to, kComma));
    if (!s.message.isEmpty())
        line += QStringLiteral("  ") + s.message;
    return line;
}

// A journal record for something done at once (offline SQL, a merge).
RunRecord instantRecord(const QString &verb, const QString &target, const ProjectPtr &project)
{
    RunRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.verb = verb;
    r.target = target;
    r.project = project->config.rootDir;
    r.osUser = RunJournal::osUser();
    r.host = RunJournal::hostName();
    r.pid = QCoreApplication::applicationPid();
    r.state = RunState::Succeeded;
    r.startedAt = r.finishedAt = QDateTime::currentDateTimeUtc();
    return r;
}

void journalInstant(const RunRecord &r)
{
    RunJournal journal;
    if (journal.open())
        journal.begin(r);
}

} // namespace

Result<ConnectionProfile> CliApp::runProfile(const Options &o, const ProjectPtr &project)
{
    ProfileStore store;
    if (Status s = store.load(); !s)
        return s.error();
    if (o.profiles.size() > 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("give one --profile for %1").arg(o.verb));
    QString problem;
    QList<ConnectionProfile> mine = store.profilesForProject(project->config.rootDir, nullptr, &problem);
    if (!o.profiles.isEmpty()) {
        for (const ConnectionProfile &p : mine)
            if (p.name == o.profiles.first())
                return p;
        if (const ConnectionProfile *p = store.find(o.profiles.first()))
            return *p;
        return makeError(ErrorCode::NotFound, QStringLiteral("no profile named '%1'").arg(o.profiles.first()));
    }
    if (mine.size() == 1)
        return mine.first();
    QStringList names;
    for (const ConnectionProfile &p : mine)
        names << p.name;
    return makeError(ErrorCode::InvalidArgument,
                     mine.isEmpty() ? QStringLiteral("no profiles for this project: add one with 'strata-cli profiles add'")
                                    : QStringLiteral("say which database with --profile (%1)").arg(names.join(QStringLiteral(", "))));
}

QString CliApp::passwordFor(const ConnectionProfile &profile)
{
    if (profile.driver == ConnectionProfile::Driver::SQLite)
        return {};
    SecretStore secrets;
    QString password;
    QEventLoop loop;
    secrets.read(profile.id, [&](const SecretStore::Answer &a) {
        if (a.state == SecretStore::Answer::Found)
            password = a.password;
        loop.quit();
    });
    loop.exec();
    return password;
}

bool CliApp::ask(const QString &question, QString *answer)
{
    if (!stdinIsTerminal())
        return false;
    m_err << question;
    m_err.flush();
    QTextStream in(stdin);
    *answer = in.readLine().trimmed();
    return true;
}

int CliApp::cmdSql(const Options &o, const ProjectPtr &project)
{
    if (o.positional.size() != 1)
        return usage(QStringLiteral("sql takes one TARGET revision"));
    const QString target = o.positional.first();
    QStringList from;
    QString dialectUrl;
    if (!o.profiles.isEmpty() || !o.fromGiven) {
        auto profile = runProfile(o, project);
        if (!profile)
            return fail(o, profile.error(), Usage);
        dialectUrl = profile->sqlalchemyUrl(QString());
        if (!o.fromGiven) {
            const EnvironmentStatus st = readEnvironmentStatus(profile.value(), passwordFor(profile.value()),
                                                               project->graph, o.timeout);
            if (st.state == EnvironmentStatus::State::Unreachable)
                return fail(o, makeError(ErrorCode::Io, st.reason), RunRefused);
            from = st.current;
        }
    }
    if (o.fromGiven)
        from = o.from.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (from == QStringList { QStringLiteral("base") })
        from.clear();
    // Upgrade unless TARGET lies below where we start.
    const bool downgrade = o.downgrade || isDowngrade(project->graph, from, target);
    if (!downgrade) {
        // Say why no upgrade plan exists either.
        if (auto up = RevisionResolver(project->graph).upgradePlan(from, target); !up)
            return fail(o, up.error(), RevisionError);
    }
    auto python = choosePython(project->config.rootDir, o.python);
    if (!python)
        return fail(o, python.error(), RunNoPython);
    OfflineSqlRequest request;
    request.project = project;
    request.python = python.value();
    request.from = from;
    request.target = target;
    request.downgrade = downgrade;
    request.dialectUrl = dialectUrl;
    auto sql = offlineSql(request);
    if (!sql)
        return fail(o, sql.error(), sql.error().code == ErrorCode::Resolution ? int(RevisionError) : int(RunNoPython));
    // Offline SQL is journaled with its text: it is what a DBA may run later.
    RunRecord record = instantRecord(QStringLiteral("sql"), target, project);
    record.profileName = o.profiles.value(0);
    record.fromRevisions = from;
    record.sql = sql.value();
    record.outcome = QStringLiteral("offline SQL %1 from %2 to %3%4")
                             .arg(downgrade ? QStringLiteral("downgrade") : QStringLiteral("upgrade"),
                                  revisionsOrBase(from, kComma), target,
                                  o.output.isEmpty() ? QString() : QStringLiteral(", written to ") + o.output);
    journalInstant(record);
    if (!o.output.isEmpty()) {
        QSaveFile file(o.output);
        if (!file.open(QIODevice::WriteOnly) || file.write(sql->toUtf8()) < 0 || !file.commit())
            return fail(o, makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(o.output, file.errorString())),
                        RunFailed);
        m_err << "strata-cli: offline SQL written to " << o.output << "\n";
    } else if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("from"), QJsonArray::fromStringList(from));
        doc.insert(QStringLiteral("target"), target);
        doc.insert(QStringLiteral("direction"), downgrade ? QStringLiteral("downgrade") : QStringLiteral("upgrade"));
        doc.insert(QStringLiteral("sql"), sql.value());
        emitJson(doc);
    } else {
        m_out << sql.value();
    }
    return Ok;
}

int CliApp::cmdMerge(const Options &o, const ProjectPtr &project)
{
    auto python = choosePython(project->config.rootDir, o.python);
    if (!python)
        return fail(o, python.error(), RunNoPython);
    if (project->graph.heads().size() < 2 && o.positional.isEmpty())
        return fail(o, makeError(ErrorCode::InvalidArgument, QStringLiteral("the project has one head; nothing to merge")),
                    RunRefused);
    auto out = writeMergeRevision({ project, python.value(), o.positional, o.message, o.revId, o.branchLabel });
    if (!out)
        return fail(o, out.error(), RunNoPython);
    for (const QString &line : out->log)
        m_err << line << "\n";
    if (!out->error.isEmpty())
        return fail(o, makeError(ErrorCode::Resolution, QStringLiteral("%1: %2").arg(
                                         out->error.value(QStringLiteral("type")).toString(),
                                         out->error.value(QStringLiteral("message")).toString())),
                    RunFailed);
    // Journal the merge too: it changes the project.
    RunRecord r = instantRecord(QStringLiteral("merge"), out->result.value(QStringLiteral("revision")).toString(),
                                project);
    r.outcome = QStringLiteral("wrote %1").arg(out->result.value(QStringLiteral("path")).toString());
    journalInstant(r);
    if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("revision"), out->result.value(QStringLiteral("revision")));
        doc.insert(QStringLiteral("path"), out->result.value(QStringLiteral("path")));
        emitJson(doc);
    } else {
        m_out << "Merge revision " << out->result.value(QStringLiteral("revision")).toString() << " written to "
              << out->result.value(QStringLiteral("path")).toString() << "\n";
    }
    return Ok;
}

int CliApp::cmdRun(const Options &o, const ProjectPtr &project)
{
    RunRequest request;
    if (o.verb == QLatin1String("upgrade"))
        request.verb = RunRequest::Verb::Upgrade;
    else if (o.verb == QLatin1String("downgrade"))
        request.verb = RunRequest::Verb::Downgrade;
    else if (o.verb == QLatin1String("stamp"))
        request.verb = RunRequest::Verb::Stamp;
    else
        request.verb = RunRequest::Verb::RunSql;
    if (o.positional.size() != 1)
        return usage(request.verb == RunRequest::Verb::RunSql ? QStringLiteral("run-sql takes one FILE")
                                                              : QStringLiteral("%1 takes one TARGET revision").arg(o.verb));
    InterruptGuard interruptGuard;
    request.project = project;
    request.purge = o.purge;
    request.connectTimeout = o.timeout;
    if (request.verb == RunRequest::Verb::RunSql) {
        QFile file(o.positional.first());
        if (!file.open(QIODevice::ReadOnly))
            return fail(o, makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())),
                        RunRefused);
        request.sqlText = QString::fromUtf8(file.readAll());
        request.sqlFile = QFileInfo(file).absoluteFilePath();
    } else {
        request.target = o.positional.first();
        auto python = choosePython(project->config.rootDir, o.python);
        if (!python)
            return fail(o, python.error(), RunNoPython);
        request.python = python.value();
    }
    auto profile = runProfile(o, project);
    if (!profile)
        return fail(o, profile.error(), Usage);
    request.profile = profile.value();
    request.password = passwordFor(request.profile);
    request.confirmedDatabase = o.confirmDatabase;

    // Preflight: what will run and what stands in the way, before asking.
    const Preflight pf = RunJob::inspect(request, true);
    if (!pf.refusal.isEmpty())
        return fail(o, makeError(ErrorCode::InvalidArgument, QStringLiteral("refused: ") + pf.refusal), RunRefused);
    const QString label = request.profile.name + (request.profile.production ? QStringLiteral(" [PROD]") : QString());
    m_err << "Database: " << label << " — " << request.profile.displayUrl() << "\n"
          << "          " << pf.identity << "\n"
          << "Now at:   " << revisionsOrBase(pf.current, kComma) << "\n";
    if (pf.plan.empty() && request.verb != RunRequest::Verb::RunSql) {
        m_err << "Nothing to do: the database is already at " << request.target << ".\n";
        if (o.json) {
            QJsonObject doc = pf.toJson();
            doc.insert(QStringLiteral("schema"), 1);
            doc.insert(QStringLiteral("state"), QStringLiteral("nothing to do"));
            emitJson(doc);
        }
        return Ok;
    }
    m_err << "Plan:\n";
    int n = 0;
    for (const RunStep &s : pf.plan)
        m_err << QStringLiteral("  %1. ").arg(++n) << stepLine(s) << "\n";
    for (const QString &w : pf.warnings)
        m_err << "warning: " << w << "\n";
    for (const QString &s : pf.nonTransactional)
        m_err << "  non-transactional: " << s << "\n";
    m_err.flush();

    // Confirmation.
    if (request.profile.production && request.confirmedDatabase.isEmpty()) {
        QString typed;
        if (!ask(QStringLiteral("'%1' is a production database. Type its name (%2) to continue: ")
                         .arg(request.profile.name, request.profile.database),
                 &typed))
            return fail(o, makeError(ErrorCode::InvalidArgument,
                                     QStringLiteral("refused: '%1' is production; pass --confirm-database %2")
                                             .arg(request.profile.name, request.profile.database)),
                        RunRefused);
        request.confirmedDatabase = typed;
    } else if (!o.yes && !request.profile.production) {
        QString answer;
        if (!ask(QStringLiteral("Run %1 on %2? [y/N] ").arg(o.verb, request.profile.name), &answer))
            return fail(o, makeError(ErrorCode::InvalidArgument,
                                     QStringLiteral("refused: not a terminal; pass --yes to run without asking")),
                        RunRefused);
        if (answer.toLower() != QLatin1String("y") && answer.toLower() != QLatin1String("yes")) {
            m_err << "Nothing was done.\n";
            return RunRefused;
        }
    }
    request.expectedCurrent = pf.current;
    if (g_interrupted.load()) {
        m_err << "Cancelled before the run started; nothing was done.\n";
        return RunCancelled;
    }

    RunJob job(request);
    QEventLoop loop;
    QObject::connect(&job, &RunJob::stepStarted, &loop, [this](const RunStep &s, int total) {
        m_err << QStringLiteral("[%1/%2] ").arg(s.index + 1).arg(total) << stepLine(s) << " ...\n";
        m_err.flush();
    });
    QObject::connect(&job, &RunJob::stepFinished, &loop, [this](const RunStep &s, int total) {
        m_err << QStringLiteral("[%1/%2] done in %3 ms\n").arg(s.index + 1).arg(total).arg(s.durationMs, 0, 'f', 1);
        m_err.flush();
    });
    QObject::connect(&job, &RunJob::progress, &loop, [this](int done, int total) {
        if (total > 0 && stdinIsTerminal()) {
            m_err << QStringLiteral("\r%1/%2 statements").arg(done).arg(total);
            m_err.flush();
        }
    });
    QObject::connect(&job, &RunJob::logLine, &loop, [this](const QString &line) {
        m_err << "  | " << line << "\n";
        m_err.flush();
    });
    QObject::connect(&job, &RunJob::warning, &loop, [this](const QString &w) { m_err << "warning: " << w << "\n"; });
    QObject::connect(&job, &RunJob::stateChanged, &loop, [this](RunState s, const QString &detail) {
        if (s == RunState::Cancelling) {
            m_err << "Cancelling: " << detail << "\n";
            m_err.flush();
        }
    });
    QObject::connect(&job, &RunJob::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    g_runningJob.store(&job);
    if (g_interrupted.load())
        job.cancel();
    QThread *worker = QThread::create([&job] { job.run(); });
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    g_runningJob.store(nullptr);

    const RunRecord rec = job.record();
    if (o.json) {
        QJsonObject doc = rec.toJson();
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("preflight"), pf.toJson());
        emitJson(doc);
    }
    m_err << "Run " << rec.id.left(8) << ": " << runStateName(rec.state) << "\n";
    if (!rec.error.isEmpty())
        m_err << "error: " << (rec.errorType.isEmpty() ? QString() : rec.errorType + QStringLiteral(": ")) << rec.error << "\n";
    if (!rec.outcome.isEmpty())
        m_err << rec.outcome << "\n";
    m_err.flush();
    switch (rec.state) {
    case RunState::Succeeded: return Ok;
    case RunState::Cancelled: return RunCancelled;
    default: break;
    }
    if (rec.errorType == QLatin1String("ModuleNotFoundError") || rec.errorType == QLatin1String("ImportError"))
        return RunNoPython;
    return rec.error.startsWith(QLatin1String("refused")) ? RunRefused : RunFailed;
}

int CliApp::cmdProbe(const Options &o, const ProjectPtr &project)
{
    auto python = choosePython(project->config.rootDir, o.python);
    if (!python)
        return fail(o, python.error(), RunNoPython);
    QJsonObject req;
    req.insert(QStringLiteral("verb"), QStringLiteral("probe"));
    if (!o.profiles.isEmpty() || !o.all) {
        if (auto profile = runProfile(o, project); profile)
            req.insert(QStringLiteral("dialect"), profile->sqlalchemyUrl(QString()).section(QStringLiteral("://"), 0, 0));
        else if (!o.profiles.isEmpty())
            return fail(o, profile.error(), Usage);
    }
    auto out = runBridge(python.value(), project->config.rootDir, req, {}, 30000);
    if (!out)
        return fail(o, out.error(), RunNoPython);
    const QJsonObject probe = out->result.value(QStringLiteral("probe")).toObject();
    const QJsonArray missing = probe.value(QStringLiteral("missing")).toArray();
    if (o.json) {
        QJsonObject doc = probe;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("origin"), python->origin);
        doc.insert(QStringLiteral("ok"), missing.isEmpty());
        emitJson(doc);
        return missing.isEmpty() ? int(Ok) : int(RunNoPython);
    }
    auto version = [](const QJsonValue &v) { return v.isString() ? v.toString() : QStringLiteral("missing"); };
    m_out << "Python:     " << probe.value(QStringLiteral("python")).toString() << " (" << python->program << ", from "
          << python->origin << ")\n"
          << "Alembic:    " << version(probe.value(QStringLiteral("alembic"))) << "\n"
          << "SQLAlchemy: " << version(probe.value(QStringLiteral("sqlalchemy"))) << "\n";
    if (probe.contains(QStringLiteral("driver"))) {
        const QJsonObject d = probe.value(QStringLiteral("driver")).toObject();
        m_out << "Driver:     " << d.value(QStringLiteral("module")).toString() << " "
              << version(d.value(QStringLiteral("version"))) << "\n";
    }
    for (const QJsonValue &m : missing) {
        const QJsonObject mo = m.toObject();
        m_out << "missing: " << mo.value(QStringLiteral("message")).toString() << "; install it with: "
              << mo.value(QStringLiteral("install")).toString() << "\n";
    }
    return missing.isEmpty() ? int(Ok) : int(RunNoPython);
}

int CliApp::cmdJournal(const Options &o)
{
    RunJournal journal;
    if (Status s = journal.open(); !s)
        return fail(o, s.error(), ProjectError);
    if (!o.positional.isEmpty()) {
        auto run = journal.find(o.positional.first());
        if (!run)
            return fail(o, run.error(), Usage);
        const RunRecord &r = run.value();
        if (o.json) {
            QJsonObject doc = r.toJson();
            doc.insert(QStringLiteral("schema"), 1);
            emitJson(doc);
            return Ok;
        }
        m_out << "Run:       " << r.id << "\n"
              << "What:      " << r.verb << " " << r.target << "\n"
              << "State:     " << runStateName(r.state) << "\n"
              << "Who:       " << r.osUser << "@" << r.host << " (pid " << r.pid << ")\n"
              << "Where:     " << r.profileName << " — " << r.database << "\n"
              << "Project:   " << r.project << "\n"
              << "Started:   " << r.startedAt.toLocalTime().toString(Qt::ISODate) << "\n"
              << "Finished:  " << (r.finishedAt.isValid() ? r.finishedAt.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-")) << "\n"
              << "From:      " << revisionsOrBase(r.fromRevisions, kComma) << "\n"
              << "To:        " << revisionsOrBase(r.toRevisions, kComma) << "\n";
        if (!r.error.isEmpty())
            m_out << "Error:     " << (r.errorType.isEmpty() ? QString() : r.errorType + QStringLiteral(": ")) << r.error << "\n";
        if (!r.outcome.isEmpty())
            m_out << "Outcome:   " << r.outcome << "\n";
        for (const RunStep &s : r.steps)
            m_out << QStringLiteral("  %1. %2  [%3%4]\n")
                             .arg(s.index + 1)
                             .arg(stepLine(s), s.state,
                                  s.durationMs >= 0 ? QStringLiteral(", %1 ms").arg(s.durationMs, 0, 'f', 1) : QString());
        if (!r.sql.isEmpty())
            m_out << "SQL:\n" << r.sql << "\n";
        return Ok;
    }
    auto runs = journal.list(o.limit);
    if (!runs)
        return fail(o, runs.error(), ProjectError);
    if (o.json) {
        QJsonArray list;
        for (const RunRecord &r : runs.value()) {
            QJsonObject j = r.toJson();
            j.remove(QStringLiteral("sql"));
            list.append(j);
        }
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("runs"), list);
        doc.insert(QStringLiteral("journal"), journal.path());
        emitJson(doc);
        return Ok;
    }
    for (const RunRecord &r : journal.newlyInterrupted())
        m_err << "note: run " << r.id.left(8) << " (" << r.verb << " on " << r.profileName
              << ") was interrupted: Strata ended while it ran\n";
    if (runs->isEmpty()) {
        m_out << "No runs yet (" << journal.path() << ").\n";
        return Ok;
    }
    for (const RunRecord &r : runs.value()) {
        m_out << r.id.left(8) << "  " << r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
              << "  " << runStateName(r.state).leftJustified(11) << "  " << QString(r.verb + QLatin1Char(' ') + r.target).leftJustified(24)
              << "  " << r.profileName.leftJustified(12) << "  " << (r.error.isEmpty() ? r.outcome : r.error).section(QLatin1Char('\n'), 0, 0)
              << "\n";
    }
    return Ok;
}

} // namespace strata
