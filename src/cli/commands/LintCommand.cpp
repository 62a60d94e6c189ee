// `strata-cli lint`: the migration-safety rules over a plan's offline SQL (LintService).
#include "CliContext.h"
#include "commands/Commands.h"
#include "services/LintService.h"
#include "services/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace strata {

namespace {

class LintCommand final : public Command
{
public:
    LintCommand()
        : Command(QStringLiteral("lint"),
                  QStringLiteral("[--profile P] [--from REV] [--downgrade] TARGET | --all | --sql FILE | --rules"),
                  QStringLiteral("migration-safety rules over the plan's offline SQL (locks, rewrites, scans); exit "
                                 "1 on warnings, 2 on errors"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"),
                    QStringLiteral("the environment: its dialect, and its tables' sizes weigh the findings") });
        addOption({ { QStringLiteral("--from") }, QStringLiteral("REV"), QStringLiteral("start here instead (base for none)") });
        addOption({ { QStringLiteral("--downgrade") }, {}, QStringLiteral("a downgrade") });
        addOption({ { QStringLiteral("--all") }, {}, QStringLiteral("every revision's SQL, from base to every head") });
        addOption({ { QStringLiteral("--sql") }, QStringLiteral("FILE"), QStringLiteral("lint this SQL file (- for standard input)") });
        addOption({ { QStringLiteral("--dialect") }, QStringLiteral("D"),
                    QStringLiteral("postgresql (default without a profile) or mysql") });
        addOption({ { QStringLiteral("--external") }, {},
                    QStringLiteral("the SQL will be run by another tool, without Strata's lock_timeout") });
        addOption({ { QStringLiteral("--no-facts") }, {}, QStringLiteral("do not read table sizes from the database") });
        addOption({ { QStringLiteral("--rules") }, {}, QStringLiteral("list every rule: its lock, why, the safe pattern") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
    }

    int execute(CliContext &ctx) override
    {
        if (isSet(QStringLiteral("--rules")))
            return listRules(ctx);
        const bool all = isSet(QStringLiteral("--all"));
        const bool fromFile = isSet(QStringLiteral("--sql"));
        if (all + fromFile + (positional().size() == 1) != 1 || positional().size() > 1)
            return ctx.usage(QStringLiteral("lint takes one TARGET revision, --all or --sql FILE"), help());
        LintRequest request;
        request.all = all;
        request.downgrade = isSet(QStringLiteral("--downgrade"));
        request.external = isSet(QStringLiteral("--external"));
        request.readFacts = !isSet(QStringLiteral("--no-facts"));
        request.connectTimeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt();
        if (!positional().isEmpty())
            request.target = positional().first();
        if (isSet(QStringLiteral("--dialect"))) {
            const QString d = value(QStringLiteral("--dialect")).toLower();
            if (d == QLatin1String("postgresql") || d == QLatin1String("postgres"))
                request.dialect = ConnectionProfile::Driver::PostgreSQL;
            else if (d == QLatin1String("mysql") || d == QLatin1String("mariadb"))
                request.dialect = ConnectionProfile::Driver::MySQL;
            else
                return ctx.usage(QStringLiteral("--dialect is postgresql or mysql, not '%1'").arg(d), help());
        }
        auto project = ctx.openProject();
        if (fromFile) {
            const QString path = value(QStringLiteral("--sql"));
            QFile file;
            const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
            if (!ok)
                return ctx.fail(makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
            request.sqlText = QString::fromUtf8(file.readAll());
            if (request.sqlText.isNull())
                request.sqlText = QStringLiteral("");
            if (project)
                request.project = project.value();
        } else {
            if (!project)
                return ctx.fail(project.error(), exitcode::ProjectError);
            request.project = project.value();
        }
        // A profile when one is named, or (for a plan without --from) the project's only one.
        const bool fromGiven = isSet(QStringLiteral("--from"));
        if (request.project) {
            auto ws = ctx.workspace();
            if (!ws)
                return ctx.fail(ws.error(), exitcode::ProjectError);
            const bool needStart = !all && !fromFile && !fromGiven;
            if (isSet(QStringLiteral("--profile")) || needStart) {
                auto profile = ws.value()->profileFor(value(QStringLiteral("--profile")), QStringLiteral("lint"));
                if (!profile)
                    return ctx.fail(profile.error(), exitcode::Usage);
                request.profile = profile.value();
                if (needStart || request.readFacts)
                    request.password = ctx.passwordFor(profile.value());
            }
            if (!fromFile) {
                auto python = ws.value()->python(ctx.python);
                if (!python)
                    return ctx.fail(python.error());
                request.python = python.value();
            }
        }
        if (fromGiven) {
            QStringList from = value(QStringLiteral("--from")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (from == QStringList { QStringLiteral("base") })
                from.clear();
            request.from = from;
        }
        auto result = LintService::lintPlan(request);
        if (!result)
            return ctx.fail(result.error());
        const LintReport &report = result->report;
        if (ctx.json) {
            QJsonObject doc = report.toJson();
            if (!fromFile) {
                doc.insert(QStringLiteral("from"), QJsonArray::fromStringList(result->from));
                doc.insert(QStringLiteral("to"), QJsonArray::fromStringList(result->to));
                doc.insert(QStringLiteral("target"), result->target);
                doc.insert(QStringLiteral("direction"), result->downgrade ? QStringLiteral("downgrade") : QStringLiteral("upgrade"));
            }
            if (!result->environment.isEmpty())
                doc.insert(QStringLiteral("environment"), result->environment);
            ctx.emitJson(doc);
        } else {
            print(ctx, *result, request);
        }
        if (report.count(Severity::Error) > 0)
            return exitcode::CheckErrors;
        return report.count(Severity::Warning) > 0 ? exitcode::CheckWarnings : exitcode::Ok;
    }

private:
    static QString where(const CliContext &, const LintResult &r, const LintFinding &f, const ProjectPtr &project)
    {
        QString text = QStringLiteral("SQL line %1").arg(f.line);
        if (!f.revision.isEmpty())
            text += QStringLiteral(", revision %1").arg(f.revision);
        if (!f.file.isEmpty())
            text += QStringLiteral(" (%1)").arg(project ? project->relativePath(f.file) : f.file);
        Q_UNUSED(r);
        return text;
    }

    void print(CliContext &ctx, const LintResult &r, const LintRequest &request) const
    {
        const LintReport &report = r.report;
        if (request.sqlText.isNull())
            ctx.out << "lint: " << (r.downgrade ? "downgrade" : "upgrade") << " from "
                    << (r.from.isEmpty() ? QStringLiteral("base") : r.from.join(QLatin1Char(','))) << " to " << r.target;
        else
            ctx.out << "lint: " << value(QStringLiteral("--sql"));
        ctx.out << " (" << report.dialect << (report.parser.isEmpty() ? QString() : QStringLiteral(", ") + report.parser)
                << ")\n";
        if (!report.factsSource.isEmpty())
            ctx.out << "table sizes from " << report.factsSource << "\n";
        for (const QString &n : report.notes)
            ctx.out << "note: " << n << "\n";
        for (const LintFinding &f : report.findings) {
            ctx.out << "\n" << severityName(f.severity) << " [" << f.rule << "] " << where(ctx, r, f, request.project)
                    << (f.allowed ? QStringLiteral(" — allowed: ") + f.allowReason : QString()) << "\n";
            ctx.out << "  " << f.message << "\n";
            if (!f.lock.isEmpty())
                ctx.out << "  lock: " << f.lock << "\n";
            if (!f.sizeNote.isEmpty())
                ctx.out << "  size: " << f.sizeNote << "\n";
            if (const LintRule *rule = Linter::rule(f.rule); rule && !f.allowed)
                ctx.out << "  safe: " << rule->safePattern() << "\n";
        }
        if (!report.locks.isEmpty()) {
            ctx.out << "\nlocks the SQL takes:\n";
            for (const PlanLock &l : report.locks)
                ctx.out << "  " << l.describe() << "\n";
        }
        for (const QString &s : report.satisfied)
            ctx.out << "satisfied: " << s << "\n";
        ctx.out << "\n" << report.statements << " statement(s) checked";
        if (report.unparsed)
            ctx.out << " (" << report.unparsed << " not parsed)";
        ctx.out << ": " << report.summary() << "\n";
    }

    int listRules(CliContext &ctx) const
    {
        QJsonArray rules;
        for (const auto &rule : Linter::rules()) {
            if (ctx.json) {
                rules.append(QJsonObject { { QStringLiteral("code"), rule->code() },
                                           { QStringLiteral("severity"), severityName(rule->severity()) },
                                           { QStringLiteral("dialect"), rule->forMySql() ? QStringLiteral("mysql")
                                                                                         : QStringLiteral("postgresql") },
                                           { QStringLiteral("lock"), rule->lock() },
                                           { QStringLiteral("why"), rule->why() },
                                           { QStringLiteral("safe"), rule->safePattern() },
                                           { QStringLiteral("scales_with_table"), rule->scalesWithTable() } });
                continue;
            }
            ctx.out << rule->code() << " (" << severityName(rule->severity()) << ", "
                    << (rule->forMySql() ? "MySQL/MariaDB" : "PostgreSQL")
                    << (rule->scalesWithTable() ? ", severity follows the table's size" : "") << ")\n"
                    << "  lock: " << rule->lock() << "\n  why:  " << rule->why() << "\n  safe: " << rule->safePattern()
                    << "\n";
        }
        if (ctx.json)
            ctx.emitJson(QJsonObject { { QStringLiteral("rules"), rules } });
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeLintCommand()
{
    return std::make_unique<LintCommand>();
}

} // namespace strata
