// `strata-cli upgrade`, `downgrade`, `stamp`, `run-sql`: a run prepared by
// MigrationService, confirmed here, executed by RunJob.
#include "CliContext.h"
#include "commands/Commands.h"
#include "common/TimeFormat.h"
#include "connection/WritePolicy.h"
#include "diagnose/RunSummary.h"
#include "run/RunJob.h"
#include "services/MigrationService.h"
#include "services/Workspace.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>

#include <atomic>
#include <csignal>

namespace strata {

namespace {

// The CLI joins revisions with a bare comma, as `status` and `plan --from` do.
const QString kComma = QStringLiteral(",");

// Ctrl-C: the first asks the run to cancel (the database rolls back); a
// second one ends strata-cli at once (the bridge follows, and the server
// still rolls back the open transaction).
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

QString stepLine(const RunStep &s)
{
    QString line = QStringLiteral("%1 %2 -> %3")
                           .arg(stepDirectionName(s.direction), revisionsOrBase(s.from, kComma), revisionsOrBase(s.to, kComma));
    if (!s.message.isEmpty())
        line += QStringLiteral("  ") + s.message;
    return line;
}

class RunCommand final : public Command
{
public:
    explicit RunCommand(const QString &verb)
        : Command(verb,
                  verb == QLatin1String("run-sql") ? QStringLiteral("FILE")
                          : verb == QLatin1String("stamp") ? QStringLiteral("[--purge] REV")
                                                           : QStringLiteral("TARGET"),
                  verb == QLatin1String("run-sql")
                          ? QStringLiteral("run a reviewed offline SQL script statement by statement (refused if the "
                                           "database is no longer at the revision the script starts from)")
                          : QStringLiteral("%1 on --profile P after a preflight; asks first unless --yes "
                                           "(production: --confirm-database NAME or the typed name)")
                                    .arg(verb))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment") });
        addOption({ { QStringLiteral("-y"), QStringLiteral("--yes") }, {}, QStringLiteral("do not ask") });
        addOption({ { QStringLiteral("--confirm-database") }, QStringLiteral("NAME"),
                    QStringLiteral("a production database's name, typed") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
        if (verb == QLatin1String("stamp")) {
            addOption({ { QStringLiteral("--purge") }, {}, QStringLiteral("empty the version table first") });
            addOption({ { QStringLiteral("--schema-mismatch-ok") }, {},
                        QStringLiteral("stamp a production database whose schema is not the revision's") });
        }
        if (!runVerbFromName(verb, &m_verb))
            m_verb = RunVerb::Upgrade;
    }

    int execute(CliContext &ctx) override
    {
        if (positional().size() != 1)
            return ctx.usage(m_verb == RunVerb::RunSql ? QStringLiteral("run-sql takes one FILE")
                                                       : QStringLiteral("%1 takes one TARGET revision").arg(name()),
                             help());
        InterruptGuard interruptGuard;
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error(), exitcode::ProjectError);
        RunRequest request;
        request.verb = m_verb;
        request.project = project.value();
        request.purge = isSet(QStringLiteral("--purge"));
        request.allowSchemaMismatch = isSet(QStringLiteral("--schema-mismatch-ok"));
        request.connectTimeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt();
        if (m_verb == RunVerb::RunSql) {
            QFile file(positional().first());
            if (!file.open(QIODevice::ReadOnly))
                return ctx.fail(makeError(ErrorCode::ScriptMismatch, QStringLiteral("cannot read %1: %2")
                                                                             .arg(file.fileName(), file.errorString())));
            request.sqlText = QString::fromUtf8(file.readAll());
            request.sqlFile = QFileInfo(file).absoluteFilePath();
        } else {
            request.target = positional().first();
            auto python = ws.value()->python(ctx.python);
            if (!python)
                return ctx.fail(python.error());
            request.python = python.value();
        }
        auto profile = ws.value()->profileFor(value(QStringLiteral("--profile")), name());
        if (!profile)
            return ctx.fail(profile.error(), exitcode::Usage);
        request.profile = profile.value();
        request.password = ctx.passwordFor(request.profile);
        request.confirmedDatabase = value(QStringLiteral("--confirm-database"));
        request.otherProfiles = ws.value()->store().profiles() + ws.value()->environments();

        // What will run and what stands in the way, before asking.
        PreparedRun prepared = MigrationService::prepare(request);
        const Preflight &pf = prepared.preflight;
        if (pf.refusal)
            return ctx.fail(*pf.refusal);
        // The rules as they apply: a profile reaching a production database is production.
        request.profile = prepared.request.profile;
        const QString label = request.profile.name + (request.profile.production ? QStringLiteral(" [PROD]") : QString());
        ctx.err << "Database: " << label << " — " << request.profile.displayUrl() << "\n"
                << "          " << pf.identityText() << "\n"
                << "Now at:   " << revisionsOrBase(pf.current, kComma) << "\n";
        if (pf.plan.empty() && m_verb != RunVerb::RunSql) {
            ctx.err << "Nothing to do: the database is already at " << request.target << ".\n";
            if (ctx.json) {
                QJsonObject doc = pf.toJson();
                doc.insert(QStringLiteral("state"), QStringLiteral("nothing to do"));
                ctx.emitJson(doc);
            }
            return exitcode::Ok;
        }
        if (pf.schemaMatches)
            ctx.err << "Schema:   " << pf.schemaCheck << "\n";
        else if (!pf.schemaDifferences.isEmpty())
            for (const QString &d : pf.schemaDifferences)
                ctx.err << "  schema: " << d << "\n";
        ctx.err << "Plan:\n";
        int n = 0;
        for (const RunStep &s : pf.plan)
            ctx.err << QStringLiteral("  %1. ").arg(++n) << stepLine(s) << "\n";
        for (const QString &w : pf.warnings)
            ctx.err << "warning: " << w << "\n";
        for (const QString &s : pf.nonTransactional)
            ctx.err << "  non-transactional: " << s << "\n";
        ctx.err.flush();

        // Confirmation: the rules are WritePolicy's; only the asking is the CLI's.
        if (WritePolicy::needsTypedName(request.profile) && request.confirmedDatabase.isEmpty()) {
            QString typed;
            if (!ctx.ask(WritePolicy::typedNamePrompt(request.profile), &typed))
                return ctx.fail(WritePolicy::check(request.profile, QString(), QStringLiteral("write")).error());
            request.confirmedDatabase = typed;
        } else if (!isSet(QStringLiteral("--yes")) && !request.profile.production) {
            QString answer;
            if (!ctx.ask(QStringLiteral("Run %1 on %2? [y/N] ").arg(name(), request.profile.name), &answer))
                return ctx.fail(makeError(ErrorCode::NotConfirmed,
                                          QStringLiteral("not a terminal; pass --yes to run without asking")));
            if (answer.toLower() != QLatin1String("y") && answer.toLower() != QLatin1String("yes")) {
                ctx.err << "Nothing was done.\n";
                return exitcode::RunRefused;
            }
        }
        if (Status s = WritePolicy::check(request.profile, request.confirmedDatabase, QStringLiteral("write")); !s)
            return ctx.fail(s.error());
        prepared.request.confirmedDatabase = request.confirmedDatabase;
        if (g_interrupted.load()) {
            ctx.err << "Cancelled before the run started; nothing was done.\n";
            return exitcode::RunCancelled;
        }
        return runPrepared(ctx, std::move(prepared));
    }

private:
    int runPrepared(CliContext &ctx, PreparedRun prepared)
    {
        const QJsonObject preflightJson = prepared.preflight.toJson();
        const int lockTimeoutMs = prepared.request.profile.lockTimeoutMs;
        RunJob job(std::move(prepared.request), std::move(prepared.preflight), std::move(prepared.session));
        QEventLoop loop;
        QObject::connect(&job, &RunJob::stepStarted, &loop, [&ctx](const RunStep &s, int total) {
            ctx.err << QStringLiteral("[%1/%2] ").arg(s.index + 1).arg(total) << stepLine(s) << " ...\n";
            ctx.err.flush();
        });
        QObject::connect(&job, &RunJob::stepFinished, &loop, [&ctx](const RunStep &s, int total) {
            ctx.err << QStringLiteral("[%1/%2] done in %3\n").arg(s.index + 1).arg(total).arg(formatDuration(s.durationMs));
            ctx.err.flush();
        });
        QObject::connect(&job, &RunJob::progress, &loop, [&ctx](int done, int total) {
            if (total > 0 && CliContext::stdinIsTerminal()) {
                ctx.err << QStringLiteral("\r%1/%2 statements").arg(done).arg(total);
                ctx.err.flush();
            }
        });
        QObject::connect(&job, &RunJob::logLine, &loop, [&ctx](const QString &line) {
            ctx.err << "  | " << line << "\n";
            ctx.err.flush();
        });
        QObject::connect(&job, &RunJob::warning, &loop, [&ctx](const QString &w) { ctx.err << "warning: " << w << "\n"; });
        QObject::connect(&job, &RunJob::journalProblem, &loop, [&ctx](const QString &w) {
            ctx.err << "strata-cli: journal: " << w << "\n";
            ctx.err.flush();
        });
        QObject::connect(&job, &RunJob::stateChanged, &loop, [&ctx](RunState s, const QString &detail) {
            if (s == RunState::Cancelling) {
                ctx.err << "Cancelling: " << detail << "\n";
                ctx.err.flush();
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
        const RunSummary summary = summarizeRun(rec, lockTimeoutMs);
        if (ctx.json) {
            QJsonObject doc = rec.toJson();
            QJsonArray next;
            for (const RecipeStep &step : summary.next)
                next.append(QJsonObject { { QStringLiteral("text"), step.text },
                                          { QStringLiteral("command"), QJsonArray::fromStringList(step.command) } });
            doc.insert(QStringLiteral("summary"), QJsonObject { { QStringLiteral("headline"), summary.headline },
                                                                { QStringLiteral("cause"), summary.cause },
                                                                { QStringLiteral("explanation"), summary.explanation },
                                                                { QStringLiteral("next"), next } });
            doc.insert(QStringLiteral("preflight"), preflightJson);
            if (!job.journalFailure().isEmpty())
                doc.insert(QStringLiteral("journal_error"), job.journalFailure());
            ctx.emitJson(doc);
        }
        ctx.err << "Run " << rec.id.left(8) << ": " << runStateName(rec.state) << "\n";
        if (!rec.error.isEmpty())
            ctx.err << "error: " << (rec.errorType.isEmpty() ? QString() : rec.errorType + QStringLiteral(": ")) << rec.error.english()
                    << "\n";
        if (!rec.outcome.isEmpty())
            ctx.err << rec.outcome.english() << "\n";
        if (rec.state != RunState::Succeeded) {
            // The cause in one sentence, then the way out.
            ctx.err << "cause: " << summary.headline << "\n";
            if (!summary.explanation.isEmpty())
                ctx.err << "  " << summary.explanation << "\n";
            for (const RecipeStep &step : summary.next)
                ctx.err << "next: " << step.text << ": strata-cli " << step.command.join(QLatin1Char(' ')) << "\n";
        }
        if (!job.journalFailure().isEmpty())
            ctx.err << "strata-cli: the run journal could not be written: " << job.journalFailure() << "\n";
        ctx.err.flush();
        switch (rec.state) {
        case RunState::Succeeded:
            return job.journalFailure().isEmpty() ? exitcode::Ok : exitcode::JournalFailed;
        case RunState::Cancelled: return exitcode::RunCancelled;
        default: break;
        }
        return rec.problem ? CliContext::exitCodeFor(makeError(*rec.problem, rec.error.english())) : exitcode::RunFailed;
    }

    RunVerb m_verb = RunVerb::Upgrade;
};

} // namespace

std::unique_ptr<Command> makeRunCommand(const QString &verb)
{
    return std::make_unique<RunCommand>(verb);
}

} // namespace strata
