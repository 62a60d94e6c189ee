// `strata-cli rehearse`, `schema-match`, `drift`, `revision`: the schema use
// cases of SchemaService, said for a terminal.
#include "CliContext.h"
#include "commands/Commands.h"
#include "connection/WritePolicy.h"
#include "services/MigrationService.h"
#include "services/SchemaService.h"
#include "services/Workspace.h"

#include <QJsonArray>

#include <atomic>
#include <optional>
#include <csignal>

namespace strata {

namespace {

const QString kComma = QStringLiteral(",");

std::atomic<bool> g_cancelRehearsal { false };

extern "C" void onRehearsalInterrupt(int)
{
    g_cancelRehearsal.store(true);
    std::signal(SIGINT, SIG_DFL);
}

QString firstLine(const QString &sql, int width = 110)
{
    QString line = sql.simplified();
    if (line.size() > width)
        line = line.left(width - 1) + QStringLiteral("…");
    return line;
}

void printDifferences(QTextStream &out, const QList<SchemaDifference> &list, const QString &indent = QStringLiteral("  "))
{
    for (const SchemaDifference &d : list)
        out << indent << d.describe() << "\n";
}

// What every schema verb starts from: the project, its workspace, the
// project's Python and (when asked for) --profile's profile and password.
// On failure the exit code is in *exit.
struct Setup
{
    ProjectPtr project;
    Workspace *workspace = nullptr;
    PythonChoice python;
    ConnectionProfile profile;
    QString password;
};

std::optional<Setup> setUp(CliContext &ctx, const QString &verb, const QString &profileName, bool withProfile, int *exit,
                           bool withPython = true)
{
    Setup s;
    auto project = ctx.openProject();
    if (!project) {
        *exit = ctx.fail(project.error(), exitcode::ProjectError);
        return std::nullopt;
    }
    s.project = project.value();
    auto ws = ctx.workspace();
    if (!ws) {
        *exit = ctx.fail(ws.error(), exitcode::ProjectError);
        return std::nullopt;
    }
    s.workspace = ws.value();
    if (withPython) {
        auto python = s.workspace->python(ctx.python);
        if (!python) {
            *exit = ctx.fail(python.error());
            return std::nullopt;
        }
        s.python = python.value();
    }
    if (withProfile) {
        auto profile = s.workspace->profileFor(profileName, verb);
        if (!profile) {
            *exit = ctx.fail(profile.error(), exitcode::Usage);
            return std::nullopt;
        }
        s.profile = profile.value();
        s.password = ctx.passwordFor(s.profile);
    }
    return s;
}

class RehearseCommand final : public Command
{
public:
    RehearseCommand()
        : Command(QStringLiteral("rehearse"), QStringLiteral("--profile P [--downgrade] TARGET"),
                  QStringLiteral("run the plan for real inside one transaction that is always rolled back "
                                 "(PostgreSQL): each statement's outcome, locks and rewrites"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment") });
        addOption({ { QStringLiteral("--downgrade") }, {}, QStringLiteral("rehearse a downgrade to TARGET") });
        addOption({ { QStringLiteral("--lock-timeout") }, QStringLiteral("MS"),
                    QStringLiteral("give up on a lock after MS milliseconds (default 2000)") });
        addOption({ { QStringLiteral("--confirm-database") }, QStringLiteral("NAME"),
                    QStringLiteral("a production database's name, typed") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
    }

    int execute(CliContext &ctx) override
    {
        if (positional().size() != 1)
            return ctx.usage(QStringLiteral("rehearse takes one TARGET revision"), help());
        int exit = exitcode::Ok;
        auto setup = setUp(ctx, name(), value(QStringLiteral("--profile")), true, &exit);
        if (!setup)
            return exit;
        RehearsalRequest rq;
        RunRequest &r = rq.run;
        r.verb = isSet(QStringLiteral("--downgrade")) ? RunVerb::Downgrade : RunVerb::Upgrade;
        r.project = setup->project;
        r.python = setup->python;
        r.profile = setup->profile;
        r.password = setup->password;
        r.target = positional().first();
        r.connectTimeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt();
        r.confirmedDatabase = value(QStringLiteral("--confirm-database"));
        r.otherProfiles = setup->workspace->store().profiles() + setup->workspace->environments();
        bool ok = true;
        rq.lockTimeoutMs = value(QStringLiteral("--lock-timeout"), QStringLiteral("2000")).toInt(&ok);
        if (!ok || rq.lockTimeoutMs < 1)
            return ctx.usage(QStringLiteral("--lock-timeout takes a positive number of milliseconds"), help());
        // Production: the typed name, asked as for a run (WritePolicy's rule).
        const ConnectionProfile strict = WritePolicy::strictest(r.profile, QString(), r.otherProfiles, {}, nullptr);
        if (WritePolicy::needsTypedName(strict) && r.confirmedDatabase.isEmpty()) {
            QString typed;
            if (!ctx.ask(WritePolicy::typedNamePrompt(strict), &typed))
                return ctx.fail(WritePolicy::check(strict, QString(), QStringLiteral("rehearse")).error());
            r.confirmedDatabase = typed;
        }
        ctx.err << "Rehearsing " << runVerbName(r.verb) << " " << r.target << " on " << r.profile.name
                << " inside one transaction that is rolled back (lock_timeout " << rq.lockTimeoutMs << " ms)\n";
        ctx.err.flush();
        int lastStep = -1;
        const bool json = ctx.json;
        rq.onStatement = [&ctx, &lastStep, json](const bridge::Statement &s) {
            if (json)
                return;
            if (s.step != lastStep) {
                lastStep = s.step;
                ctx.err << "step " << s.step + 1 << ":\n";
            }
            ctx.err << QStringLiteral("  %1 %2 ms  ").arg(s.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"))
                               .arg(s.durationMs, 7, 'f', 1)
                    << firstLine(s.sql) << "\n";
            if (!s.locks.isEmpty())
                ctx.err << "        locks: " << s.locks.join(QStringLiteral(", ")) << "\n";
            if (!s.rewritten.isEmpty())
                ctx.err << "        rewrote: " << s.rewritten.join(QStringLiteral(", ")) << "\n";
            if (!s.ok)
                ctx.err << "        error: " << s.error.trimmed().replace(QLatin1Char('\n'), QStringLiteral("\n               ")) << "\n";
            if (!s.analysis.isEmpty())
                ctx.err << "        " << s.analysis << "\n";
            ctx.err.flush();
        };
        g_cancelRehearsal.store(false);
        rq.cancel = &g_cancelRehearsal;
        auto previous = std::signal(SIGINT, onRehearsalInterrupt);
        auto result = SchemaService::rehearse(rq);
        std::signal(SIGINT, previous);
        if (!result)
            return ctx.fail(result.error());
        const Rehearsal &h = result.value();
        if (ctx.json) {
            ctx.emitJson(h.toJson());
        } else {
            ctx.out << "Database: " << h.profile.name << " — " << h.preflight.identityText() << "\n";
            ctx.out << "Steps:\n";
            int n = 0;
            for (const RunStep &s : h.steps) {
                const QString state = s.state == StepState::RolledBack ? QStringLiteral("ok, rolled back")
                        : s.state == StepState::Failed                 ? QStringLiteral("FAILED")
                        : s.state == StepState::Interrupted            ? QStringLiteral("stopped")
                        : s.state == StepState::Unknown                ? QStringLiteral("ran; unknown whether rolled back")
                                                                        : QStringLiteral("not reached");
                ctx.out << QStringLiteral("  %1. %2 %3 -> %4  [%5]")
                                   .arg(++n)
                                   .arg(stepDirectionName(s.direction), revisionsOrBase(s.from, kComma),
                                        revisionsOrBase(s.to, kComma), state)
                        << (s.message.isEmpty() ? QString() : QStringLiteral("  ") + s.message) << "\n";
            }
            if (!h.stoppedBefore.isEmpty())
                ctx.out << "Stopped before: " << firstLine(h.stoppedBefore) << "\n        " << h.stopReason << "\n";
            if (!h.error.isEmpty() && h.stoppedBefore.isEmpty())
                ctx.out << "Error: " << h.error.trimmed() << "\n";
            for (const bridge::Statement &s : h.statements)
                if (!s.analysis.isEmpty())
                    ctx.out << "Why: " << s.analysis << "\n";
            ctx.out << "Result: " << h.summary() << "\n";
            if (!h.unchanged && h.verified)
                printDifferences(ctx.out, h.changes);
        }
        if (h.verified && !h.unchanged)
            return exitcode::RehearsalChangedDatabase;
        if (h.cancelled)
            return exitcode::RunCancelled;
        if (!h.stoppedBefore.isEmpty())
            return exitcode::RehearsalIncomplete;
        return h.succeeded ? exitcode::Ok : exitcode::RunFailed;
    }
};

class SchemaMatchCommand final : public Command
{
public:
    SchemaMatchCommand()
        : Command(QStringLiteral("schema-match"), QStringLiteral("--profile P [REV]"),
                  QStringLiteral("whether the database's schema is the one REV makes (default: the revision it "
                                 "records, else the head), and the nearest revision"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
        addOption({ { QStringLiteral("--cache-dir") }, QStringLiteral("DIR"),
                    QStringLiteral("where built schemas are cached (default: the user's cache)") });
        addOption({ { QStringLiteral("--diff") }, {},
                    QStringLiteral("also print the differences as a unified diff of the two schemas written out as SQL") });
    }

    int execute(CliContext &ctx) override
    {
        if (positional().size() > 1)
            return ctx.usage(QStringLiteral("schema-match takes at most one REV"), help());
        int exit = exitcode::Ok;
        auto setup = setUp(ctx, name(), value(QStringLiteral("--profile")), true, &exit);
        if (!setup)
            return exit;
        SchemaMatchRequest rq;
        rq.project = setup->project;
        rq.python = setup->python;
        rq.profile = setup->profile;
        rq.password = setup->password;
        rq.revision = positional().value(0);
        rq.connectTimeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt();
        rq.cacheDir = value(QStringLiteral("--cache-dir"));
        rq.onProgress = [&ctx](const QString &line) {
            ctx.err << line << "\n";
            ctx.err.flush();
        };
        auto match = SchemaService::matchSchema(rq);
        if (!match)
            return ctx.fail(match.error());
        const SchemaMatch &m = match.value();
        if (ctx.json) {
            ctx.emitJson(m.toJson());
        } else {
            ctx.out << "Recorded: " << revisionsOrBase(m.recorded, kComma) << "\n";
            if (m.exact) {
                ctx.out << "The schema matches " << m.revision << " exactly.\n";
            } else {
                ctx.out << "The schema does not match " << m.revision << " (" << m.differences.size()
                        << " difference(s), expected from " << m.revision << ", found in the database):\n";
                printDifferences(ctx.out, m.differences);
                if (isSet(QStringLiteral("--diff")))
                    ctx.out << m.diff;
                if (!m.nearest.isEmpty() && m.nearest != m.revision) {
                    if (m.nearestDifferences.isEmpty()) {
                        ctx.out << "It matches " << m.nearest << " exactly.\n";
                    } else {
                        ctx.out << "Nearest revision: " << m.nearest << " (" << m.nearestDifferences.size()
                                << " difference(s)):\n";
                        printDifferences(ctx.out, m.nearestDifferences);
                    }
                }
            }
            if (m.matching.size() > 1)
                ctx.out << "Revisions with this same schema: " << m.matching.join(QStringLiteral(", ")) << "\n";
            ctx.err << "(" << m.built << " revision(s) built in a scratch database, " << m.cached << " from the cache)\n";
        }
        return m.exact ? exitcode::Ok : exitcode::CheckWarnings;
    }
};

class DriftCommand final : public Command
{
public:
    DriftCommand()
        : Command(QStringLiteral("drift"), QStringLiteral("--profile P"),
                  QStringLiteral("compare the database with env.py's target_metadata (Alembic's autogenerate "
                                 "comparison; writes nothing)"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
    }

    int execute(CliContext &ctx) override
    {
        if (!positional().isEmpty())
            return ctx.usage(QStringLiteral("drift takes no arguments"), help());
        int exit = exitcode::Ok;
        auto setup = setUp(ctx, name(), value(QStringLiteral("--profile")), true, &exit);
        if (!setup)
            return exit;
        DriftRequest rq;
        rq.project = setup->project;
        rq.python = setup->python;
        rq.profile = setup->profile;
        rq.password = setup->password;
        rq.connectTimeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt();
        auto drift = SchemaService::drift(rq);
        if (!drift)
            return ctx.fail(drift.error());
        if (ctx.json) {
            ctx.emitJson(drift->toJson());
        } else if (drift->differences.isEmpty()) {
            ctx.out << "No drift: the database of " << rq.profile.name << " matches the models.\n";
        } else {
            ctx.out << "Drift on " << rq.profile.name << ": " << drift->differences.size()
                    << " difference(s) between the models (expected) and the database (found):\n";
            printDifferences(ctx.out, drift->differences);
        }
        return drift->differences.isEmpty() ? exitcode::Ok : exitcode::CheckWarnings;
    }
};

class RevisionCommand final : public Command
{
public:
    RevisionCommand()
        : Command(QStringLiteral("revision"), QStringLiteral("-m MSG [--autogenerate --profile P]"),
                  QStringLiteral("write a new revision through the project's own template (with --autogenerate: "
                                 "from the models' differences with an up-to-date database)"))
    {
        addOption({ { QStringLiteral("-m"), QStringLiteral("--message") }, QStringLiteral("MSG"), QStringLiteral("its message") });
        addOption({ { QStringLiteral("--autogenerate") }, {}, QStringLiteral("compare the models with --profile's database") });
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment to compare with") });
        addOption({ { QStringLiteral("--rev-id") }, QStringLiteral("ID"), QStringLiteral("its revision id") });
        addOption({ { QStringLiteral("--head") }, QStringLiteral("H"), QStringLiteral("the head to build on") });
        addOption({ { QStringLiteral("--branch-label") }, QStringLiteral("L"), QStringLiteral("a branch label for it") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
    }

    int execute(CliContext &ctx) override
    {
        if (!positional().isEmpty())
            return ctx.usage(QStringLiteral("revision takes its message with -m"), help());
        const bool withProfile = isSet(QStringLiteral("--autogenerate")) || isSet(QStringLiteral("--profile"));
        int exit = exitcode::Ok;
        auto setup = setUp(ctx, name(), value(QStringLiteral("--profile")), withProfile, &exit);
        if (!setup)
            return exit;
        RevisionRequest rq;
        rq.project = setup->project;
        rq.python = setup->python;
        rq.message = value(QStringLiteral("--message"));
        rq.autogenerate = isSet(QStringLiteral("--autogenerate"));
        rq.revId = value(QStringLiteral("--rev-id"));
        rq.head = value(QStringLiteral("--head"));
        rq.branchLabel = value(QStringLiteral("--branch-label"));
        rq.connectTimeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt();
        if (withProfile) {
            rq.profile = setup->profile;
            rq.password = setup->password;
        }
        auto written = SchemaService::generateRevision(rq);
        if (!written)
            return ctx.fail(written.error());
        for (const QString &line : written->log)
            ctx.err << line << "\n";
        if (ctx.json)
            ctx.emitJson(QJsonObject { { QStringLiteral("revision"), written->revision },
                                       { QStringLiteral("path"), written->path } });
        else
            ctx.out << "Revision " << written->revision << " written to " << written->path << "\n";
        return exitcode::Ok;
    }
};

class RemoveRowCommand final : public Command
{
public:
    RemoveRowCommand()
        : Command(QStringLiteral("remove-row"), QStringLiteral("--profile P REV"),
                  QStringLiteral("remove the version row REV when another row descends from it (Alembic's "
                                 "\"overlaps with other requested revisions\"); asks first unless --yes"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment") });
        addOption({ { QStringLiteral("-y"), QStringLiteral("--yes") }, {}, QStringLiteral("do not ask") });
        addOption({ { QStringLiteral("--confirm-database") }, QStringLiteral("NAME"),
                    QStringLiteral("a production database's name, typed") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
    }

    int execute(CliContext &ctx) override
    {
        if (positional().size() != 1)
            return ctx.usage(QStringLiteral("remove-row takes one REV"), help());
        int exit = exitcode::Ok;
        auto setup = setUp(ctx, name(), value(QStringLiteral("--profile")), true, &exit, false);
        if (!setup)
            return exit;
        RemoveRowRequest rq;
        rq.project = setup->project;
        rq.profile = setup->profile;
        rq.password = setup->password;
        rq.row = positional().first();
        rq.confirmedDatabase = value(QStringLiteral("--confirm-database"));
        rq.otherProfiles = setup->workspace->store().profiles() + setup->workspace->environments();
        rq.connectTimeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt();
        if (WritePolicy::needsTypedName(rq.profile) && rq.confirmedDatabase.isEmpty()) {
            QString typed;
            if (!ctx.ask(WritePolicy::typedNamePrompt(rq.profile), &typed))
                return ctx.fail(WritePolicy::check(rq.profile, QString(), QStringLiteral("write")).error());
            rq.confirmedDatabase = typed;
        } else if (!isSet(QStringLiteral("--yes")) && !rq.profile.production) {
            QString answer;
            if (!ctx.ask(QStringLiteral("Remove the row %1 from %2's version table? [y/N] ").arg(rq.row, rq.profile.name), &answer))
                return ctx.fail(makeError(ErrorCode::NotConfirmed,
                                          QStringLiteral("not a terminal; pass --yes to remove it without asking")));
            if (answer.toLower() != QLatin1String("y") && answer.toLower() != QLatin1String("yes")) {
                ctx.err << "Nothing was done.\n";
                return exitcode::RunRefused;
            }
        }
        auto rows = MigrationService::removeVersionRow(rq);
        if (!rows)
            return ctx.fail(rows.error());
        if (ctx.json)
            ctx.emitJson(QJsonObject { { QStringLiteral("removed"), rq.row },
                                       { QStringLiteral("rows"), QJsonArray::fromStringList(rows.value()) } });
        else
            ctx.out << "Removed " << rq.row << "; the version table of " << rq.profile.name << " holds "
                    << revisionsOrBase(rows.value(), kComma) << "\n";
        return exitcode::Ok;
    }
};

class BackupCommand final : public Command
{
public:
    BackupCommand()
        : Command(QStringLiteral("backup"), QStringLiteral("--profile P [--table T]... [-o FILE]"),
                  QStringLiteral("copy the database (or some tables) before a risky act: pg_dump's custom format, or "
                                 "SQLite's VACUUM INTO"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment") });
        addOption({ { QStringLiteral("--table") }, QStringLiteral("T"), QStringLiteral("only this table (repeatable)"), true });
        addOption({ { QStringLiteral("-o"), QStringLiteral("--output") }, QStringLiteral("FILE"),
                    QStringLiteral("where (default: the user's data directory, strata/backups/)") });
    }

    int execute(CliContext &ctx) override
    {
        if (!positional().isEmpty())
            return ctx.usage(QStringLiteral("backup takes no arguments"), help());
        int exit = exitcode::Ok;
        auto setup = setUp(ctx, name(), value(QStringLiteral("--profile")), true, &exit, false);
        if (!setup)
            return exit;
        BackupRequest rq;
        rq.profile = setup->profile;
        rq.password = setup->password;
        rq.tables = values(QStringLiteral("--table"));
        rq.outputPath = value(QStringLiteral("--output"));
        auto done = MigrationService::backup(rq);
        if (!done)
            return ctx.fail(done.error());
        if (ctx.json)
            ctx.emitJson(QJsonObject { { QStringLiteral("path"), done->path },
                                       { QStringLiteral("bytes"), double(done->bytes) },
                                       { QStringLiteral("how"), done->how } });
        else
            ctx.out << "Backed up " << rq.profile.name << " ("
                    << (rq.tables.isEmpty() ? QStringLiteral("the whole database") : rq.tables.join(QStringLiteral(", ")))
                    << ") to " << done->path << " (" << done->bytes << " bytes; " << done->how << ")\n";
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

std::unique_ptr<Command> makeRemoveRowCommand()
{
    return std::make_unique<RemoveRowCommand>();
}

std::unique_ptr<Command> makeRehearseCommand()
{
    return std::make_unique<RehearseCommand>();
}

std::unique_ptr<Command> makeSchemaMatchCommand()
{
    return std::make_unique<SchemaMatchCommand>();
}

std::unique_ptr<Command> makeDriftCommand()
{
    return std::make_unique<DriftCommand>();
}

std::unique_ptr<Command> makeRevisionCommand()
{
    return std::make_unique<RevisionCommand>();
}

} // namespace strata
