// `strata-cli probe`: which Python runs Alembic here, with what, and what is missing.
#include "CliContext.h"
#include "commands/Commands.h"
#include "project/EnvPy.h"
#include "run/Bridge.h"
#include "services/Workspace.h"

#include <QJsonArray>

namespace strata {

namespace {

class ProbeCommand final : public Command
{
public:
    ProbeCommand()
        : Command(QStringLiteral("probe"), QStringLiteral("[--profile P]"),
                  QStringLiteral("which Python runs Alembic here, with the Alembic, SQLAlchemy and driver versions, or "
                                 "what is missing"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("check this environment's driver") });
        addOption({ { QStringLiteral("--all") }, {}, QStringLiteral("no environment: Python, Alembic and SQLAlchemy only") });
    }

    int execute(CliContext &ctx) override
    {
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error(), exitcode::ProjectError);
        auto python = ws.value()->python(ctx.python);
        if (!python)
            return ctx.fail(python.error());
        QJsonObject req;
        req.insert(QStringLiteral("verb"), QStringLiteral("probe"));
        std::optional<ConnectionProfile> profile;
        if (isSet(QStringLiteral("--profile")) || !isSet(QStringLiteral("--all"))) {
            if (auto p = ws.value()->profileFor(value(QStringLiteral("--profile")), name()); p) {
                profile = p.value();
                req.insert(QStringLiteral("dialect"), p->sqlalchemyUrl(QString()).section(QStringLiteral("://"), 0, 0));
            } else if (isSet(QStringLiteral("--profile"))) {
                return ctx.fail(p.error(), exitcode::Usage);
            }
        }
        auto out = runBridge(python.value(), project.value()->config.rootDir, req, {}, 30000);
        if (!out)
            return ctx.fail(out.error());
        const QJsonObject probe = out->done ? out->done->payload.value(QStringLiteral("probe")).toObject() : QJsonObject();
        const QJsonArray missing = probe.value(QStringLiteral("missing")).toArray();
        const EnvPyFacts env = readEnvPy(project.value()->config);
        // What the configuration uses that this Alembic lacks (e.g. [tool.alembic] before 1.16).
        const Findings gaps = alembicFeatureGaps(project.value()->config, probe.value(QStringLiteral("alembic")).toString());
        bool fatalGap = false;
        for (const Finding &g : gaps)
            fatalGap = fatalGap || g.severity == Severity::Error;
        QString envNote = env.describeSources();
        if (profile && env.ignoresUrlOption() && profile->urlEnvironmentVariables.isEmpty())
            envNote += QStringLiteral(": it does not read the sqlalchemy.url Strata passes for '%1', so runs are checked "
                                      "connection by connection and stop if they reach another database")
                               .arg(profile->name);
        if (ctx.json) {
            QJsonObject doc = probe;
            doc.insert(QStringLiteral("origin"), python->origin);
            doc.insert(QStringLiteral("ok"), missing.isEmpty() && !fatalGap);
            QJsonArray gapsJson;
            for (const Finding &g : gaps)
                gapsJson.append(QJsonObject { { QStringLiteral("severity"), severityName(g.severity) },
                                              { QStringLiteral("message"), g.message },
                                              { QStringLiteral("file"), g.file },
                                              { QStringLiteral("line"), g.line } });
            doc.insert(QStringLiteral("alembic_gaps"), gapsJson);
            QJsonObject envJson;
            envJson.insert(QStringLiteral("path"), env.path);
            envJson.insert(QStringLiteral("environment_variables"), QJsonArray::fromStringList(env.environmentVariables));
            envJson.insert(QStringLiteral("reads_url_option"), env.readsUrlOption);
            envJson.insert(QStringLiteral("note"), envNote);
            doc.insert(QStringLiteral("env_py"), envJson);
            ctx.emitJson(doc);
            return missing.isEmpty() && !fatalGap ? exitcode::Ok : exitcode::RunNoPython;
        }
        auto version = [](const QJsonValue &v) { return v.isString() ? v.toString() : QStringLiteral("missing"); };
        ctx.out << "Python:     " << probe.value(QStringLiteral("python")).toString() << " (" << python->program
                << ", from " << python->origin << ")\n"
                << "Alembic:    " << version(probe.value(QStringLiteral("alembic"))) << "\n"
                << "SQLAlchemy: " << version(probe.value(QStringLiteral("sqlalchemy"))) << "\n";
        if (probe.contains(QStringLiteral("driver"))) {
            const QJsonObject d = probe.value(QStringLiteral("driver")).toObject();
            ctx.out << "Driver:     " << d.value(QStringLiteral("module")).toString() << " "
                    << version(d.value(QStringLiteral("version"))) << "\n";
        }
        ctx.out << "env.py:     " << envNote << "\n";
        for (const Finding &g : gaps)
            ctx.out << (g.severity == Severity::Error ? "error: " : "warning: ") << g.location() << ": " << g.message << "\n";
        for (const QJsonValue &m : missing) {
            const QJsonObject mo = m.toObject();
            ctx.out << "missing: " << mo.value(QStringLiteral("message")).toString() << "; install it with: "
                    << mo.value(QStringLiteral("install")).toString() << "\n";
        }
        return missing.isEmpty() && !fatalGap ? exitcode::Ok : exitcode::RunNoPython;
    }
};

} // namespace

std::unique_ptr<Command> makeProbeCommand()
{
    return std::make_unique<ProbeCommand>();
}

} // namespace strata
