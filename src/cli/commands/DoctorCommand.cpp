// `strata-cli doctor`: the diagnoses of DoctorService, and `--fix CODE`
// walking a recipe's act through the verb that does it (its own preflight
// and confirmation), then checking again.
#include "CliContext.h"
#include "commands/Commands.h"
#include "services/DoctorService.h"
#include "services/Workspace.h"

#include <QEventLoop>
#include <QJsonArray>

namespace strata {

namespace {

QString quoted(const QStringList &command)
{
    QStringList out;
    for (const QString &a : command)
        out << (a.contains(QLatin1Char(' ')) || a.isEmpty() ? QStringLiteral("\"%1\"").arg(a) : a);
    return QStringLiteral("strata-cli ") + out.join(QLatin1Char(' '));
}

class DoctorCommand final : public Command
{
public:
    DoctorCommand()
        : Command(QStringLiteral("doctor"), QStringLiteral("[--profile P]... [--all] [--fix CODE]"),
                  QStringLiteral("what is wrong with the project and its environments, on what evidence, and the way "
                                 "out; --fix walks a diagnosis's act (confirmed as a run is) and checks again"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("an environment (repeatable)"), true });
        addOption({ { QStringLiteral("--all") }, {}, QStringLiteral("every profile, not only this project's") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
        addOption({ { QStringLiteral("--fix") }, QStringLiteral("CODE"), QStringLiteral("walk this diagnosis's recipe") });
        addOption({ { QStringLiteral("-y"), QStringLiteral("--yes") }, {}, QStringLiteral("--fix: do not ask") });
        addOption({ { QStringLiteral("--confirm-database") }, QStringLiteral("NAME"),
                    QStringLiteral("--fix on production: the database's name, typed") });
    }

    int execute(CliContext &ctx) override
    {
        if (!positional().isEmpty())
            return ctx.usage(QStringLiteral("doctor takes no arguments"), help());
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error(), exitcode::ProjectError);
        Workspace &workspace = *ws.value();
        QList<ConnectionProfile> chosen;
        for (const QString &name : values(QStringLiteral("--profile"))) {
            auto p = workspace.findProfile(name);
            if (!p)
                return ctx.fail(p.error(), exitcode::Usage);
            chosen << p.value();
        }
        if (chosen.isEmpty())
            chosen = isSet(QStringLiteral("--all")) ? workspace.store().profiles() : workspace.environments();
        DoctorRequest rq;
        rq.project = project.value();
        rq.profiles = chosen;
        rq.connectTimeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt();
        if (auto python = workspace.python(ctx.python))
            rq.python = python.value();
        else
            rq.pythonError = python.error().message;
        QEventLoop loop;
        bool answered = false;
        workspace.readPasswords(chosen, [&](const QHash<QString, QString> &found) {
            rq.passwords = found;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        QList<Diagnosis> found = DoctorService::examine(rq);

        if (isSet(QStringLiteral("--fix")))
            return fix(ctx, rq, found);
        if (ctx.json) {
            QJsonArray list;
            for (const Diagnosis &d : found)
                list.append(d.toJson());
            ctx.emitJson(QJsonObject { { QStringLiteral("diagnoses"), list },
                                       { QStringLiteral("environments"), int(chosen.size()) } });
        } else if (found.isEmpty()) {
            ctx.out << "No trouble found (" << chosen.size() << " environment(s) examined).\n";
        } else {
            for (const Diagnosis &d : found)
                print(ctx.out, d);
        }
        const Diagnosis::Severity worst = Doctor::worst(found);
        if (found.isEmpty() || worst == Diagnosis::Severity::Info)
            return exitcode::Ok;
        return worst == Diagnosis::Severity::Error ? exitcode::CheckErrors : exitcode::CheckWarnings;
    }

private:
    static void print(QTextStream &out, const Diagnosis &d)
    {
        out << severityName(d.severity) << "  " << d.code
            << (d.profileName.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(d.profileName)) << ": " << d.title << "\n";
        out << "  " << d.explanation << "\n";
        for (const Evidence &e : d.evidence)
            out << "  evidence: " << e.fact << "  (" << e.source << ")\n";
        int n = 0;
        for (const RecipeStep &s : d.steps) {
            const char *kind = s.kind == RecipeStep::Kind::Act ? (s.optional ? "optional" : "act")
                    : s.kind == RecipeStep::Kind::Show        ? "show"
                                                              : "explain";
            out << "  " << ++n << ". " << kind << ": " << s.text;
            if (!s.command.isEmpty())
                out << "\n       $ " << quoted(s.command);
            out << "\n";
        }
        out << "\n";
    }

    int fix(CliContext &ctx, DoctorRequest rq, const QList<Diagnosis> &found)
    {
        const QString code = value(QStringLiteral("--fix"));
        const QStringList profiles = values(QStringLiteral("--profile"));
        const Diagnosis *chosen = nullptr;
        for (const Diagnosis &d : found)
            if (d.code == code && (d.profileName.isEmpty() || profiles.isEmpty() || profiles.contains(d.profileName))) {
                chosen = &d;
                break;
            }
        if (!chosen) {
            ctx.out << "The doctor finds no " << code << (profiles.isEmpty() ? QString() : QStringLiteral(" on ") + profiles.join(QStringLiteral(", ")))
                    << ": nothing to fix.\n";
            return exitcode::Ok;
        }
        print(ctx.err, *chosen);
        const RecipeStep *act = chosen->act();
        if (!act) {
            ctx.err << "This diagnosis has no step Strata can take for you; follow the steps above.\n";
            return exitcode::CheckWarnings;
        }
        ctx.err << "Doing: " << act->text << "\n       $ " << quoted(act->command) << "\n";
        ctx.err.flush();
        int code_ = exitcode::Ok;
        {
            std::unique_ptr<Command> verb;
            for (auto &c : makeCommands())
                if (c->name() == act->command.first())
                    verb = std::move(c);
            if (!verb)
                return ctx.fail(makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown step %1").arg(act->command.first())));
            QStringList args = act->command.mid(1);
            if (isSet(QStringLiteral("--yes")) && verb->accepts(QStringLiteral("--yes")))
                args << QStringLiteral("--yes");
            if (isSet(QStringLiteral("--confirm-database")) && verb->accepts(QStringLiteral("--confirm-database")))
                args << QStringLiteral("--confirm-database") << value(QStringLiteral("--confirm-database"));
            QString error;
            const bool json = ctx.json;
            ctx.json = false;
            if (!verb->parse(args, ctx, &error))
                return ctx.usage(error, verb->help());
            code_ = verb->execute(ctx);
            ctx.json = json;
        }
        ctx.out.flush();
        if (code_ != exitcode::Ok && code_ != exitcode::CheckWarnings) {
            ctx.err << "The step did not succeed (exit " << code_ << "); the trouble is still there.\n";
            return code_;
        }
        // Check again, on the project as it is now (a merge wrote a file): is the trouble gone?
        if (auto reloaded = loadProject(ctx.project, ctx.section); reloaded)
            rq.project = reloaded.value();
        // … and on the profiles as they are now (an edit changed one).
        if (auto ws = ctx.workspace(); ws && ws.value()->setProject(rq.project)) {
            QList<ConnectionProfile> now;
            for (const ConnectionProfile &p : rq.profiles)
                if (auto fresh = ws.value()->findProfile(p.name); fresh)
                    now << fresh.value();
                else
                    now << p;
            rq.profiles = now;
        }
        const QList<Diagnosis> again = DoctorService::examine(rq);
        for (const Diagnosis &d : again)
            if (d.code == chosen->code && d.profileId == chosen->profileId) {
                ctx.out << "Checked again: " << d.code << " is still there: " << d.title << "\n";
                if (const RecipeStep *next = d.act(); next && next->command != act->command)
                    ctx.out << "Next: " << next->text << "\n       $ " << quoted(next->command) << "\n";
                return exitcode::CheckWarnings;
            }
        ctx.out << "Checked again: " << chosen->code << (chosen->profileName.isEmpty() ? QString() : QStringLiteral(" on ") + chosen->profileName)
                << " is gone.\n";
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeDoctorCommand()
{
    return std::make_unique<DoctorCommand>();
}

} // namespace strata
