// `strata-cli resolve SPEC`: what a revision specifier resolves to.
#include "CliContext.h"
#include "commands/Commands.h"
#include "revision/RevisionFormat.h"
#include "revision/RevisionResolver.h"

namespace strata {

namespace {

class ResolveCommand final : public Command
{
public:
    ResolveCommand()
        : Command(QStringLiteral("resolve"), QStringLiteral("SPEC"), QStringLiteral("what a revision specifier resolves to"))
    {
    }

    int execute(CliContext &ctx) override
    {
        if (positional().size() != 1)
            return ctx.usage(QStringLiteral("resolve needs exactly one specifier"), help());
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        const Project &p = *project.value();
        auto r = RevisionResolver(p.graph).resolveMany(positional().first());
        if (!r)
            return ctx.fail(r.error());
        if (ctx.json) {
            QJsonObject doc;
            doc.insert(QStringLiteral("spec"), positional().first());
            doc.insert(QStringLiteral("revisions"), RevisionFormat::idsJson(p.graph, r.value()));
            ctx.emitJson(doc);
            return exitcode::Ok;
        }
        for (int n : r.value())
            ctx.out << (n >= 0 ? RevisionFormat::headLine(p.graph, n) : QStringLiteral("base")) << "\n";
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeResolveCommand()
{
    return std::make_unique<ResolveCommand>();
}

} // namespace strata
